// A project with a business case on the built-in agile template, for the tests of the structured parts.
import { createCase, startRevision } from '../../../src/app/business-case/case-actions';
import { businessCaseRepository } from '../../../src/db/business-case-repository';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import type { CaseRevision } from '../../../src/domain/business-case/model';
import { latestRevision } from '../../../src/domain/business-case/revisions';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const AGILE = { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' };

export async function caseFixture() {
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
    evidence: evidenceRepository(db, clock),
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
  /** The draft as stored now, and where to save onto it. */
  const draft = async (): Promise<CaseRevision> => {
    const stored = await repos.businessCases.read(project.id);
    if (stored.state !== 'ready') throw new Error('no case');
    const current = latestRevision(stored.revisions);
    if (!current) throw new Error('no revision');
    return current;
  };
  const target = async () => {
    const current = await draft();
    return { projectId: project.id, revisionId: current.id, expectedUpdatedAt: current.updatedAt };
  };
  /** Freezes the current draft (starting the next one) and returns the frozen revision. */
  const freeze = async (): Promise<CaseRevision> => {
    const current = await draft();
    const started = await startRevision(
      repos,
      {
        projectId: project.id,
        expectedUpdatedAt: current.updatedAt,
        summary: 'Alpha finished.',
        author: 'Priya Shah',
        gate: null,
      },
      clock,
    );
    if (!started.ok) throw new Error('not started');
    return started.value.frozen;
  };
  return { db, repos, project, clock, draft, target, freeze };
}
