// Assessments and the business case report where they cite an evidence item: each assessment point whose
// answer cites it (named by its number and title in the installed standard) and each assumption of the case
// (named in the newest revision that cites it), with the screens' own routes. Deleting a cited item is allowed,
// as for the compliance map's citations: the records stay whole and keep the citation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedStandardPoints } from '../../../src/app/evidence/assessment-evidence-uses';
import { removeEvidence } from '../../../src/app/evidence/evidence-actions';
import { evidenceUseFinders, findEvidenceUses } from '../../../src/app/evidence/evidence-uses';
import { readPackFromDisk } from '../../../src/cli/pack-source';
import { complianceMapRepository } from '../../../src/db/compliance-map-repository';
import type { WaymarkDatabase } from '../../../src/db/database';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../db/test-database';
import { evidence, project } from '../backup/workspace-fixture';
import { projectParts } from '../../fixtures/project-parts';

const routes = {
  map: paths.map,
  assessment: { point: (p: string, a: string, point: string) => `/projects/${p}/assessments/${a}/points/${point}` },
  businessCase: {
    assumption: (p: string, n: number, id: string) => `/projects/${p}/business-case/${n}/assumptions/${id}`,
  },
};

async function setUp(withStandard: boolean) {
  const db = freshDatabase();
  await db.projects.put(project('p1', 'Fishing licences'));
  await db.evidence.bulkPut([evidence('ev-1', 'p1', 'Interview notes'), evidence('ev-2', 'p1', 'Survey')]);
  const parts = projectParts('p1', ['ev-1', 'ev-2'], 'p1');
  await db.assessments.bulkPut(parts.assessments);
  await db.businessCases.bulkPut(parts.businessCases);
  await db.caseRevisions.bulkPut(parts.caseRevisions);
  if (withStandard) {
    const { result } = await readPackFromDisk(join(import.meta.dirname, '../../../templates/gov-uk-service-standard'));
    if (!result.ok) throw new Error('The GOV.UK Service Standard pack did not read.');
    await packsRepository(db).installBuiltIns([{ pack: result.pack, files: result.files }]);
  }
  return { db, finders: findersOf(db) };
}

function findersOf(db: WaymarkDatabase) {
  const bundles = projectBundleRepository(db);
  return evidenceUseFinders({
    complianceMaps: complianceMapRepository(db),
    citing: { read: (id) => bundles.evidenceCiting(id), standardPoints: installedStandardPoints(packsRepository(db)) },
    routes,
  });
}

describe('assessments’ and the business case’s uses of evidence', () => {
  it('lists each point and assumption that cites the item, in plain words, with the route to it', async () => {
    const { finders } = await setUp(true);
    expect(await findEvidenceUses(finders, 'p1', 'ev-1')).toEqual([
      {
        area: 'assessments',
        label: 'Alpha assessment: point 1, Understand users and their needs',
        where: routes.assessment.point('p1', 'p1-assessment-alpha', '1'),
      },
      {
        area: 'assessments',
        label: 'Alpha assessment: point 3, Provide a joined up experience across all channels',
        where: routes.assessment.point('p1', 'p1-assessment-alpha', '3'),
      },
      {
        area: 'business-case',
        label: 'Alpha business case, revision 2: assumption \u201cAnglers will apply online\u201d',
        where: routes.businessCase.assumption('p1', 2, 'p1-assumption'),
      },
    ]);
    expect(await findEvidenceUses(finders, 'p1', 'ev-2')).toEqual([
      expect.objectContaining({
        label: 'Alpha assessment: point 3, Provide a joined up experience across all channels',
      }),
    ]);
  });

  it('names a point by its id when the standard is not installed here', async () => {
    const { finders } = await setUp(false);
    expect((await findEvidenceUses(finders, 'p1', 'ev-2')).map((u) => u.label)).toEqual([
      'Alpha assessment: the point \u201c3\u201d',
    ]);
  });

  it('reports nothing for an item nothing cites, a project without records, or records it cannot read', async () => {
    const { db, finders } = await setUp(false);
    expect(await findEvidenceUses(finders, 'p1', 'not-cited')).toEqual([]);
    expect(await findEvidenceUses(finders, 'no-such-project', 'ev-1')).toEqual([]);
    const alpha = await db.assessments.get('p1-assessment-alpha');
    if (!alpha) throw new Error('no assessment');
    await db.assessments.put({ ...alpha, stage: 'gamma' as never });
    expect((await findEvidenceUses(finders, 'p1', 'ev-1')).map((u) => u.area)).toEqual(['business-case']);
  });

  it('leaves the assessment and business case finders out when the screens give no routes for them', async () => {
    const { db } = await setUp(false);
    const finders = evidenceUseFinders({ complianceMaps: complianceMapRepository(db), routes: { map: paths.map } });
    expect(await findEvidenceUses(finders, 'p1', 'ev-1')).toEqual([]);
  });

  it('lets a cited item be deleted, leaving the records whole with their citations kept', async () => {
    const { db, finders } = await setUp(true);
    await removeEvidence({ evidence: evidenceRepository(db) }, 'ev-1');
    expect(await db.evidence.get('ev-1')).toBeUndefined();
    expect(await findEvidenceUses(finders, 'p1', 'ev-1')).toHaveLength(3);
  });
});
