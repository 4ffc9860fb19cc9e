import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectChangedError, projectsRepository, UNDO_WINDOW_MS } from '../../src/db/projects-repository';
import { StorageError } from '../../src/db/storage-errors';
import { emptyDraft } from '../../src/domain/project';
import { freshDatabase } from './test-database';
import { projectParts } from '../fixtures/project-parts';

const draft = (name: string) => ({ ...emptyDraft(), name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('projects repository', () => {
  it('creates, lists, edits and archives projects', async () => {
    const db = freshDatabase();
    const repo = projectsRepository(db);
    const a = await repo.create(draft('Alpha project'));
    await repo.create(draft('Beta project'));
    expect((await repo.list()).active.map((p) => p.name).sort()).toEqual(['Alpha project', 'Beta project']);

    await repo.update(a.id, { ...draft('Alpha renamed'), phase: 'beta' });
    expect(await repo.get(a.id)).toMatchObject({ name: 'Alpha renamed', phase: 'beta' });

    await repo.setArchived(a.id, true);
    const lists = await repo.list();
    expect(lists.active.map((p) => p.name)).toEqual(['Beta project']);
    expect(lists.archived.map((p) => p.name)).toEqual(['Alpha renamed']);

    await repo.setArchived(a.id, false);
    expect((await repo.list()).archived).toEqual([]);
  });

  it('hides a deleted project and brings it back on undo', async () => {
    const repo = projectsRepository(freshDatabase());
    const p = await repo.create(draft('To delete'));
    await repo.delete(p.id);
    expect(await repo.get(p.id)).toBeUndefined();
    expect((await repo.list()).active).toEqual([]);
    await expect(repo.update(p.id, draft('x'))).rejects.toThrow('That project no longer exists.');
    const restored = await repo.undoDelete(p.id);
    expect(restored.deletedAt).toBeNull();
    expect((await repo.list()).active.map((x) => x.name)).toEqual(['To delete']);
  });

  it('purges deletions only once the undo window has passed', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const db = freshDatabase();
    const repo = projectsRepository(db, () => now);
    const p = await repo.create(draft('Old'));
    await repo.delete(p.id);
    now = new Date(now.getTime() + UNDO_WINDOW_MS - 1000);
    expect(await repo.purgeDeleted()).toBe(0);
    now = new Date(now.getTime() + 2000);
    expect(await repo.purgeDeleted()).toBe(1);
    expect(await db.projects.count()).toBe(0);
  });

  it('removes a purged project’s assessments, business case and case revisions, and no one else’s', async () => {
    let now = new Date('2026-11-26T10:00:00Z');
    const db = freshDatabase();
    const repo = projectsRepository(db, () => now);
    const gone = await repo.create(draft('Gone'));
    const kept = await repo.create(draft('Kept'));
    for (const [project, prefix] of [
      [gone, 'gone'],
      [kept, 'kept'],
    ] as const) {
      const parts = projectParts(project.id, [], prefix);
      await db.assessments.bulkPut(parts.assessments);
      await db.maturityAssessments.bulkPut(parts.maturityAssessments);
      await db.businessCases.bulkPut(parts.businessCases);
      await db.caseRevisions.bulkPut(parts.caseRevisions);
    }
    await repo.delete(gone.id);
    now = new Date(now.getTime() + UNDO_WINDOW_MS + 1000);
    expect(await repo.purgeDeleted()).toBe(1);
    const ids = async (table: { toArray(): Promise<{ id: string }[]> }) =>
      (await table.toArray()).map((r) => r.id).sort();
    expect(await ids(db.assessments)).toEqual(['kept-assessment-alpha', 'kept-assessment-self']);
    expect(await ids(db.maturityAssessments)).toEqual(['kept-maturity']);
    expect(await ids(db.businessCases)).toEqual(['kept-case']);
    expect(await ids(db.caseRevisions)).toEqual(['kept-revision-1', 'kept-revision-2']);
  });

  it('turns a full disk into a StorageError and keeps what was saved', async () => {
    const db = freshDatabase();
    const repo = projectsRepository(db);
    const kept = await repo.create(draft('Kept'));
    vi.spyOn(db.projects, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const failure = await repo.create(draft('Too much')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect((failure as StorageError).message).toContain('Everything saved before is safe');
    expect((await repo.list()).active.map((p) => p.id)).toEqual([kept.id]);
  });

  it('leaves a project unchanged when an edit fails to save', async () => {
    const db = freshDatabase();
    const repo = projectsRepository(db);
    const p = await repo.create(draft('Stable'));
    vi.spyOn(db.projects, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(repo.update(p.id, draft('Changed'))).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect((await repo.get(p.id))?.name).toBe('Stable');
  });
});

describe('two windows editing one project', () => {
  it('refuses a save made from an out-of-date copy and hands back the current project, losing neither edit', async () => {
    let now = Date.UTC(2026, 11, 1, 9);
    const repo = projectsRepository(freshDatabase(), () => new Date((now += 1000)));
    const opened = await repo.create(draft('Shared project'));
    const first = await repo.update(opened.id, { ...draft('Renamed in window one'), owner: 'Ana' }, opened.updatedAt);
    const refused = repo.update(opened.id, { ...draft('Renamed in window two'), owner: 'Ben' }, opened.updatedAt);
    await expect(refused).rejects.toBeInstanceOf(ProjectChangedError);
    const error = await refused.catch((e: unknown) => e);
    expect(error instanceof ProjectChangedError && error.current).toEqual(first);
    expect(await repo.get(opened.id)).toEqual(first);
    const kept = await repo.update(opened.id, draft('Renamed in window two'), first.updatedAt);
    expect(kept.name).toBe('Renamed in window two');
  });
});

describe('records checked as they are read', () => {
  it('reports a stored project it cannot understand instead of failing, and leaves it in place', async () => {
    const db = freshDatabase();
    const repo = projectsRepository(db);
    const good = await repo.create(draft('Readable'));
    // A record written by another version, with a field of the wrong type; put as a plain object.
    await db.table('projects').put({ ...good, id: 'odd', phase: 'retired', name: 42 });
    const lists = await repo.list();
    expect(lists.active.map((p) => p.name)).toEqual(['Readable']);
    expect(lists.unreadable).toBe(1);
    expect(await repo.get('odd')).toBeUndefined();
    expect(await db.table('projects').get('odd')).toMatchObject({ name: 42 });
  });
});
