// The compliance map reports where it cites an evidence item: register entries (declared conflicts and
// ordering contradictions) and agreed exceptions, with the screens' own routes; nothing for an item it does
// not cite or a project without a map. Deleting a cited item is allowed, as for any used evidence: the map
// stays whole and keeps the citation, which its screens and document show as a deleted item.
import { describe, expect, it } from 'vitest';
import { evidenceUseFinders, findEvidenceUses } from '../../../src/app/evidence/evidence-uses';
import { removeEvidence } from '../../../src/app/evidence/evidence-actions';
import { complianceMapRepository } from '../../../src/db/compliance-map-repository';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import type { ComplianceMap } from '../../../src/domain/compliance-map/map-model';
import { paths } from '../../../src/ui/paths';
import { freshDatabase } from '../../db/test-database';
import { handMap, handProject } from '../../fixtures/compliance-map/hand-built-map';

function citingMap(evidenceId: string): ComplianceMap {
  const map = handMap();
  return {
    ...map,
    conflicts: [
      ...map.conflicts.map((c) => ({ ...c, evidenceIds: [evidenceId] })),
      {
        id: 'c2',
        subject: {
          type: 'cycle',
          steps: [
            { processId: 'central', stepId: 'prototype' },
            { processId: 'department', stepId: 'design' },
          ],
        },
        owner: 'PMO',
        proposedResolution: '',
        status: 'agreed',
        evidenceIds: [evidenceId, 'other'],
        note: '',
        updatedAt: map.updatedAt,
      },
    ],
    exceptions: [
      ...map.exceptions.map((x) => ({ ...x, evidenceIds: [evidenceId] })),
      {
        id: 'x2',
        waives: { type: 'dependency', processId: 'department', stepId: 'gate2', dependsOn: 'design' },
        reason: 'Held together.',
        agreedBy: 'PMO',
        agreedAt: map.updatedAt,
        evidenceIds: ['other'],
      },
    ],
  };
}

async function setUp() {
  const db = freshDatabase();
  await db.projects.put(handProject());
  const evidence = evidenceRepository(db);
  const item = await evidence.add(
    handProject().id,
    { title: 'Board minutes', kind: 'decision-record', source: { type: 'none' }, date: '', owner: '', description: '' },
    null,
  );
  await complianceMapRepository(db).create(citingMap(item.id));
  const finders = evidenceUseFinders({ complianceMaps: complianceMapRepository(db), routes: { map: paths.map } });
  return { db, evidence, item, finders };
}

describe('the compliance map’s uses of evidence', () => {
  it('lists each register entry and exception that cites the item, with words and the route to it', async () => {
    const { item, finders } = await setUp();
    const projectId = handProject().id;
    expect(await findEvidenceUses(finders, projectId, item.id)).toEqual([
      {
        area: 'compliance-map',
        label: 'Conflict register: Full design sign-off conflicts with Build and test prototypes',
        where: paths.map.conflictOfLink(projectId, 'l3'),
      },
      {
        area: 'compliance-map',
        label: 'Conflict register: ordering contradiction between Build and test prototypes, Full design sign-off',
        where: paths.map.conflictOfCycle(projectId, ['central:prototype', 'department:design']),
      },
      {
        area: 'compliance-map',
        label: 'Exception agreed: Full design sign-off must come before Build and test prototypes',
        where: paths.map.exceptions(projectId),
      },
    ]);
    expect(await findEvidenceUses(finders, projectId, 'other')).toEqual([
      expect.objectContaining({ label: expect.stringContaining('ordering contradiction') as unknown }),
      expect.objectContaining({ label: 'Exception agreed: Gate 2 review waits for Full design sign-off' }),
    ]);
  });

  it('reports nothing for an item the map does not cite, or a project with no map', async () => {
    const { finders } = await setUp();
    expect(await findEvidenceUses(finders, handProject().id, 'not-cited')).toEqual([]);
    expect(await findEvidenceUses(finders, 'no-such-project', 'other')).toEqual([]);
  });

  it('lets a cited item be deleted, leaving the map whole with its citations kept', async () => {
    const { db, evidence, item, finders } = await setUp();
    await removeEvidence({ evidence }, item.id);
    expect(await db.evidence.get(item.id)).toBeUndefined();
    const stored = await complianceMapRepository(db).read(handProject().id);
    expect(stored.state).toBe('ready');
    expect(await findEvidenceUses(finders, handProject().id, item.id)).toHaveLength(3);
  });
});
