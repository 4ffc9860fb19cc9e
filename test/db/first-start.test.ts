import { describe, expect, it, vi } from 'vitest';
import { runStartup } from '../../src/db/first-start';
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
