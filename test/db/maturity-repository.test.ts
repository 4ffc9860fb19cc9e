import { describe, expect, it } from 'vitest';
import { MaturityChangedError, maturityRepository } from '../../src/db/maturity-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import { StorageError } from '../../src/db/storage-errors';
import type { MaturitySelfAssessment } from '../../src/domain/assessment/maturity-self-assessment';
import { emptyDraft } from '../../src/domain/project';
import { freshDatabase } from './test-database';

const COLORADO = {
  packId: 'colorado-software-delivery-maturity',
  templateId: 'colorado-software-delivery-maturity',
  version: '1.1.0',
};

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const projects = projectsRepository(db, clock);
  const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
  const repo = maturityRepository(db, clock);
  const fresh = (id: string, date = '2026-06-01', projectId = project.id): MaturitySelfAssessment => ({
    id,
    projectId,
    model: COLORADO,
    date,
    createdAt: clock().toISOString(),
    updatedAt: clock().toISOString(),
    scores: [],
  });
  return { db, projects, project, repo, fresh, advance };
}

describe('maturity self-assessments repository', () => {
  it('creates, lists (latest date first), reads, saves and deletes the self-assessments of one project', async () => {
    const { projects, project, repo, fresh, advance } = await setup();
    const other = await projects.create({ ...emptyDraft(), name: 'Other project' });
    const march = await repo.create(fresh('march', '2026-03-01'));
    advance();
    await repo.create(fresh('may', '2026-05-01'));
    await repo.create(fresh('elsewhere', '2026-05-01', other.id));
    expect((await repo.list(project.id)).selfAssessments.map((a) => a.id)).toEqual(['may', 'march']);
    expect(await repo.get('march')).toEqual(march);
    expect(await repo.read('missing')).toBeUndefined();

    advance();
    const score = {
      categoryId: 'team-culture',
      dimensionId: null,
      current: 'low',
      target: 'high',
      notes: '',
      lever: '',
    };
    const saved = await repo.save({ ...march, scores: [score] }, march.updatedAt);
    expect(saved.scores).toEqual([score]);
    expect(saved.createdAt).toBe(march.createdAt);
    expect(saved.updatedAt > march.updatedAt).toBe(true);
    expect(await repo.get('march')).toEqual(saved);

    await expect(repo.delete(other.id, 'march')).rejects.toThrow('That self-assessment belongs to another project.');
    await repo.delete(project.id, 'march');
    await repo.delete(project.id, 'march');
    expect((await repo.list(project.id)).selfAssessments.map((a) => a.id)).toEqual(['may']);
  });

  it('refuses a self-assessment of a project that does not exist or was deleted', async () => {
    const { projects, project, repo, fresh } = await setup();
    await expect(repo.create(fresh('x', '2026-06-01', 'no-such-project'))).rejects.toThrow(
      'That project no longer exists.',
    );
    await projects.delete(project.id);
    await expect(repo.create(fresh('y'))).rejects.toThrow('That project no longer exists.');
  });

  it('refuses a save from an out-of-date copy and keeps the newer one', async () => {
    const { repo, fresh, advance } = await setup();
    const start = await repo.create(fresh('a'));
    advance();
    const first = await repo.save({ ...start, date: '2026-06-02' }, start.updatedAt);
    let caught: unknown;
    try {
      await repo.save({ ...start, date: '2026-06-03' }, start.updatedAt);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MaturityChangedError);
    expect((caught as MaturityChangedError).message).toMatch(/changed in another window or tab/);
    expect((caught as MaturityChangedError).current).toEqual(first);
    expect(await repo.get('a')).toEqual(first);
  });

  it('refuses to store a self-assessment that does not have the right shape, storing nothing', async () => {
    const { repo, fresh } = await setup();
    const bad: MaturitySelfAssessment = { ...fresh('a'), date: '1 June' };
    await expect(repo.create(bad)).rejects.toBeInstanceOf(StorageError);
    const tooLong: MaturitySelfAssessment = {
      ...fresh('b'),
      scores: [
        {
          categoryId: 'team-culture',
          dimensionId: null,
          current: null,
          target: null,
          notes: 'x'.repeat(4001),
          lever: '',
        },
      ],
    };
    await expect(repo.create(tooLong)).rejects.toThrow(/not saved/);
    expect(await repo.read('a')).toBeUndefined();
    expect(await repo.read('b')).toBeUndefined();
  });

  it('reports an unreadable record without dropping it, and never writes over it', async () => {
    const { db, project, repo, fresh } = await setup();
    const good = await repo.create(fresh('good'));
    const broken = { ...fresh('broken'), scores: 'lots' };
    await db.maturityAssessments.put(broken as unknown as MaturitySelfAssessment);
    const list = await repo.list(project.id);
    expect(list.selfAssessments.map((a) => a.id)).toEqual([good.id]);
    expect(list.unreadable).toEqual([
      { id: 'broken', problems: ['The stored self-assessment does not have the shape this version of Waymark reads.'] },
    ]);
    expect(await repo.read('broken')).toMatchObject({ state: 'unreadable', id: 'broken' });
    expect(await repo.get('broken')).toBeUndefined();
    await expect(repo.save(fresh('broken'), broken.updatedAt)).rejects.toThrow(/cannot be read by this version/);
    expect(await db.maturityAssessments.get('broken')).toEqual(broken);
  });
});
