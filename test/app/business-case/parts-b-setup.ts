// A project with a business case (agile template, asking to move from alpha to beta) in a fresh database,
// with a clock the tests move on, for the costs, registers and approvals use case tests.
import { createCase } from '../../../src/app/business-case/case-actions';
import type { DraftTarget } from '../../../src/app/business-case/cost-actions';
import { businessCaseRepository } from '../../../src/db/business-case-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import type { CaseRevision } from '../../../src/domain/business-case/model';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const AGILE = { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' };

export async function caseSetup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => {
    now = new Date(now.getTime() + 60_000);
    return now;
  };
  const repos = {
    businessCases: businessCaseRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
  };
  await repos.packs.installBuiltIns([await packFrom('templates/waymark-agile-business-case')]);
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  const outcome = await createCase(
    repos,
    { projectId: project.id, template: AGILE, title: 'Boat case', gate: 'alpha-to-beta', smallScheme: false },
    clock,
  );
  if (!outcome.ok) throw new Error('The case was not created.');
  const target = (revision: CaseRevision): DraftTarget => ({
    projectId: project.id,
    revisionId: revision.id,
    expectedUpdatedAt: revision.updatedAt,
  });
  async function stored(): Promise<CaseRevision[]> {
    const read = await repos.businessCases.read(project.id);
    if (read.state !== 'ready') throw new Error('The case cannot be read.');
    return [...read.revisions].sort((a, b) => a.number - b.number);
  }
  return { repos, project, clock, first: outcome.value.revision, target, stored };
}
