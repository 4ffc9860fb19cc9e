// Importing a pack through the use case: choosing, checking and planning store nothing; applying stores
// the whole pack; a pack that does not validate is refused with its problems.
import { describe, expect, it } from 'vitest';
import { applyPackImport, planPackImport } from '../../src/app/packs/import-pack';
import { packsRepository } from '../../src/db/packs-repository';
import { writePackZip } from '../../src/packs/pack-zip';
import type { OpenedFile, OpenedFolder, Platform } from '../../src/platform/platform';
import { freshDatabase } from '../db/test-database';
import { packFrom } from './pack-fixtures';

function choosing(
  file: OpenedFile | null,
  folder: OpenedFolder | null = null,
): Pick<Platform, 'openFile' | 'openFolder'> {
  return { openFile: () => Promise.resolve(file), openFolder: () => Promise.resolve(folder) };
}

describe('importing a pack', () => {
  it('plans the import of a chosen zip without storing it, then stores it when applied', async () => {
    const packs = packsRepository(freshDatabase());
    const { files } = await packFrom('test/fixtures/packs/good-pack');
    const plan = await planPackImport(packs, choosing({ name: 'example.zip', bytes: writePackZip(files) }), 'zip');
    if (plan.kind !== 'preview') throw new Error(`expected a preview, got ${plan.kind}`);
    expect(plan.source).toBe('example.zip');
    expect(plan.prepared.plan.action).toBe('install');
    expect(await packs.listActive()).toEqual([]);

    expect(await applyPackImport(packs, plan.prepared)).toBe('Example pack 1.2.0 imported.');
    expect((await packs.listActive()).map((p) => p.key)).toEqual(['example-pack@1.2.0']);
    expect((await packs.get('example-pack'))?.origin).toBe('imported');
  });

  it('reads a folder that holds the pack one level down', async () => {
    const packs = packsRepository(freshDatabase());
    const { files } = await packFrom('test/fixtures/packs/good-pack');
    const folder = { name: 'Downloads', files: files.map((f) => ({ path: `example/${f.path}`, bytes: f.bytes })) };
    const plan = await planPackImport(packs, choosing(null, folder), 'folder');
    expect(plan.kind === 'preview' && plan.source).toBe('the folder Downloads');
  });

  it('stores nothing and says so when the person cancels', async () => {
    const packs = packsRepository(freshDatabase());
    expect(await planPackImport(packs, choosing(null), 'zip')).toEqual({ kind: 'cancelled' });
    expect(await planPackImport(packs, choosing(null), 'folder')).toEqual({ kind: 'cancelled' });
    expect(await packs.listActive()).toEqual([]);
  });

  it('refuses a file that is not a pack, with its problems, storing nothing', async () => {
    const packs = packsRepository(freshDatabase());
    const plan = await planPackImport(packs, choosing({ name: 'notes.zip', bytes: new Uint8Array([1, 2, 3]) }), 'zip');
    expect(plan.kind).toBe('invalid');
    expect(plan.kind === 'invalid' && plan.problems.length).toBeGreaterThan(0);
    expect(await packs.listActive()).toEqual([]);
  });

  it('goes back to an older version only when the person confirms', async () => {
    const packs = packsRepository(freshDatabase());
    const { pack, files } = await packFrom('test/fixtures/packs/good-pack');
    const newer = structuredClone(pack);
    newer.manifest.version = '2.0.0';
    await packs.applyImport(await packs.prepareImport(newer, files), 'imported');
    const plan = await planPackImport(packs, choosing({ name: 'old.zip', bytes: writePackZip(files) }), 'zip');
    if (plan.kind !== 'preview') throw new Error('expected a preview');
    expect(plan.prepared.plan.action).toBe('confirm-downgrade');
    await expect(applyPackImport(packs, plan.prepared)).rejects.toThrow(/Confirm to go back a version/);
    expect((await packs.get('example-pack'))?.version).toBe('2.0.0');
    await applyPackImport(packs, plan.prepared, { confirmDowngrade: true });
    expect((await packs.get('example-pack'))?.version).toBe('1.2.0');
  });
});
