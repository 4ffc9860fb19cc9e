import { describe, expect, it } from 'vitest';
import { AssessmentChangedError, assessmentsRepository } from '../../src/db/assessments-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import { StorageError } from '../../src/db/storage-errors';
import { createAssessment, emptyAnswer, type Assessment } from '../../src/domain/assessment/assessment-model';
import { emptyDraft } from '../../src/domain/project';
import { freshDatabase } from './test-database';

const GOV_UK = { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.1.0' };

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const projects = projectsRepository(db, clock);
  const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
  const repo = assessmentsRepository(db, clock);
  const fresh = (id: string, projectId = project.id, stage: Assessment['stage'] = 'alpha'): Assessment =>
    createAssessment({ id, projectId, standard: GOV_UK, stage, panelDate: '2026-07-01', now: clock() });
  return { db, projects, project, repo, fresh, advance };
}

describe('assessments repository', () => {
  it('creates, lists (most recently changed first), reads and deletes the assessments of one project', async () => {
    const { projects, project, repo, fresh, advance } = await setup();
    const other = await projects.create({ ...emptyDraft(), name: 'Other project' });
    const alpha = await repo.create(fresh('alpha'));
    advance();
    const beta = await repo.create(fresh('beta', project.id, 'beta'));
    await repo.create(fresh('elsewhere', other.id));
    expect((await repo.list(project.id)).assessments.map((a) => a.id)).toEqual(['beta', 'alpha']);
    expect(await repo.get(alpha.id)).toEqual(alpha);
    expect(await repo.read('missing')).toBeUndefined();

    advance();
    const changed = await repo.save({ ...alpha, answers: [{ ...emptyAnswer('1'), status: 'ready' }] }, alpha.updatedAt);
    expect(changed.updatedAt > beta.updatedAt).toBe(true);
    expect((await repo.list(project.id)).assessments.map((a) => a.id)).toEqual(['alpha', 'beta']);

    await expect(repo.delete(other.id, alpha.id)).rejects.toThrow('That assessment belongs to another project.');
    await repo.delete(project.id, alpha.id);
    await repo.delete(project.id, alpha.id);
    expect((await repo.list(project.id)).assessments.map((a) => a.id)).toEqual(['beta']);
  });

  it('refuses an assessment of a project that does not exist or was deleted', async () => {
    const { projects, project, repo, fresh } = await setup();
    await expect(repo.create(fresh('x', 'no-such-project'))).rejects.toThrow('That project no longer exists.');
    await projects.delete(project.id);
    await expect(repo.create(fresh('y'))).rejects.toThrow('That project no longer exists.');
  });

  it('refuses a save from an out-of-date copy and keeps the newer one', async () => {
    const { repo, fresh, advance } = await setup();
    const start = await repo.create(fresh('a'));
    advance();
    const first = await repo.save({ ...start, panelDate: '2026-08-01' }, start.updatedAt);
    // A second window still showing the first copy changes the stage: refused, nothing lost.
    const stale = repo.save({ ...start, stage: 'beta' }, start.updatedAt);
    await expect(stale).rejects.toBeInstanceOf(AssessmentChangedError);
    await expect(repo.save({ ...start, stage: 'beta' }, start.updatedAt)).rejects.toThrow(
      /changed in another window or tab/,
    );
    try {
      await repo.save({ ...start, stage: 'beta' }, start.updatedAt);
    } catch (error) {
      expect((error as AssessmentChangedError).current).toEqual(first);
    }
    expect(await repo.get('a')).toEqual(first);
  });

  it('refuses to store an assessment that does not hang together, storing nothing', async () => {
    const { repo, fresh } = await setup();
    const bad: Assessment = {
      ...fresh('a'),
      answers: [{ ...emptyAnswer('1'), status: 'not-applicable', notApplicableReason: ' ' }],
    };
    await expect(repo.create(bad)).rejects.toBeInstanceOf(StorageError);
    expect(await repo.read('a')).toBeUndefined();
  });

  it('reports an unreadable record without dropping it, and never writes over it', async () => {
    const { db, project, repo, fresh } = await setup();
    const good = await repo.create(fresh('good'));
    const broken = { ...fresh('broken'), stage: 'gamma', answers: 'lots' };
    await db.assessments.put(broken as unknown as Assessment);
    const list = await repo.list(project.id);
    expect(list.assessments.map((a) => a.id)).toEqual([good.id]);
    expect(list.unreadable).toEqual([
      { id: 'broken', problems: ['The stored assessment does not have the shape this version of Waymark reads.'] },
    ]);
    expect(await repo.read('broken')).toMatchObject({ state: 'unreadable', id: 'broken' });
    expect(await repo.get('broken')).toBeUndefined();
    await expect(repo.save(fresh('broken'), broken.updatedAt)).rejects.toThrow(/cannot be read by this version/);
    expect(await db.assessments.get('broken')).toEqual(broken);
  });
});
