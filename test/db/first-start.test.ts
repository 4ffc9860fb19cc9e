import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { localStorageMarker, WORKSPACE_MARKER_KEY } from '../../src/db/backup-status';
import { finishStartAfterRestore, runStartup } from '../../src/db/first-start';
import { LATEST_VERSION } from '../../src/db/schema';
import { checkStoredVersion } from '../../src/db/stored-version';
import { projectsRepository } from '../../src/db/projects-repository';
import { settingsRepository } from '../../src/db/settings-repository';
import { freshDatabase } from './test-database';

describe('first start', () => {
  it('asks to persist storage and creates the example project once', async () => {
    const db = freshDatabase();
    const persist = vi.fn().mockResolvedValue(true);
    await runStartup(db, { persist });
    await runStartup(db, { persist });
    expect(persist).toHaveBeenCalledTimes(1);
    const { active } = await projectsRepository(db).list();
    expect(active).toHaveLength(1);
    expect(active[0]?.isExample).toBe(true);
    expect(await settingsRepository(db).getAll()).toMatchObject({
      firstStartDone: true,
      persistentStorageGranted: true,
    });
  });

  it('records an unknown answer when the browser cannot persist storage', async () => {
    const db = freshDatabase();
    await runStartup(db, { persist: () => Promise.reject(new Error('not allowed')) });
    expect((await settingsRepository(db).getAll()).persistentStorageGranted).toBeNull();
    expect((await projectsRepository(db).list()).active).toHaveLength(1);
  });

  it('does not bring back a deleted example project on the next start', async () => {
    const db = freshDatabase();
    await runStartup(db, undefined);
    const repo = projectsRepository(db);
    const example = (await repo.list()).active[0];
    if (!example) throw new Error('no example project');
    await repo.delete(example.id);
    await runStartup(db, undefined);
    expect((await repo.list()).active).toEqual([]);
  });
});

describe('vanished data', () => {
  it('notices that a workspace existed and does not start afresh with the example', async () => {
    const store = new Map<string, string>();
    const marker = localStorageMarker({
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
    });
    const first = freshDatabase();
    expect(await runStartup(first, undefined, marker)).toBe('ready');
    expect(store.has(WORKSPACE_MARKER_KEY)).toBe(true);
    // The browser cleared the database: the next start finds an empty one.
    const cleared = freshDatabase();
    expect(await runStartup(cleared, undefined, marker)).toBe('vanished');
    expect(await cleared.projects.count()).toBe(0);
    expect((await settingsRepository(cleared).getAll()).firstStartDone).toBe(false);
    await finishStartAfterRestore(cleared, marker);
    expect(await runStartup(cleared, undefined, marker)).toBe('ready');
    expect(await cleared.projects.count()).toBe(0);
  });
});

describe('a database made by a newer Waymark', () => {
  it('is recognised before it is opened, and is left exactly as it was', async () => {
    const name = `waymark-newer-${process.pid}`;
    const newer = new Dexie(name, { indexedDB, IDBKeyRange });
    newer.version(LATEST_VERSION + 3).stores({ projects: 'id', settings: 'key', workItems: 'id' });
    await newer.table('projects').put({ id: 'p1', name: 'Made in a newer Waymark', shape: 'new' });
    newer.close();
    expect(await checkStoredVersion(indexedDB, name)).toEqual({
      status: 'newer',
      storedVersion: LATEST_VERSION + 3,
      readsUpTo: LATEST_VERSION,
    });
    expect(await checkStoredVersion(indexedDB, 'no-such-database')).toEqual({ status: 'absent' });
    const reopened = new Dexie(name, { indexedDB, IDBKeyRange });
    await reopened.open();
    expect(reopened.verno).toBe(LATEST_VERSION + 3);
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(['projects', 'settings', 'workItems']);
    expect(await reopened.table('projects').toArray()).toEqual([
      { id: 'p1', name: 'Made in a newer Waymark', shape: 'new' },
    ]);
    reopened.close();
  });
});
