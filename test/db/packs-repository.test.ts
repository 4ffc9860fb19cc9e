import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { packsRepository } from '../../src/db/packs-repository';
import type { Pack } from '../../src/domain/pack';
import type { PackEntry } from '../../src/packs/pack-entries';
import { freshDatabase } from './test-database';

async function builtIn(folder: string): Promise<{ pack: Pack; files: PackEntry[] }> {
  const { result } = await readPackFromDisk(`templates/${folder}`);
  if (!result.ok) throw new Error(`templates/${folder} did not validate`);
  return { pack: result.pack, files: result.files };
}

function withVersion(pack: Pack, version: string, change?: (p: Pack) => void): Pack {
  const copy = structuredClone(pack);
  copy.manifest.version = version;
  change?.(copy);
  return copy;
}

describe('packs repository', () => {
  it('installs built-in packs once, and again only when they are newer', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    expect(await repo.installBuiltIns([gov])).toEqual(['gov-uk-service-standard']);
    expect(await repo.installBuiltIns([gov])).toEqual([]);
    const shipped = gov.pack.manifest.version;
    const newer = { pack: withVersion(gov.pack, '50.0.0'), files: gov.files };
    expect(await repo.installBuiltIns([newer])).toEqual(['gov-uk-service-standard']);
    const versions = await repo.versions('gov-uk-service-standard');
    expect(versions.map((v) => [v.version, v.active])).toEqual([
      ['50.0.0', true],
      [shipped, false],
    ]);
    expect((await repo.listActive()).map((p) => p.key)).toEqual(['gov-uk-service-standard@50.0.0']);
  });

  it('says when an import would replace a pack that comes with Waymark', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    await repo.installBuiltIns([gov]);
    const claimed = withVersion(gov.pack, '99.0.0', (p) => (p.manifest.publisher = 'Someone else'));
    expect((await repo.prepareImport(claimed, gov.files)).replacesBuiltIn).toEqual({ publisher: 'Waymark' });
    const nhs = await builtIn('nhs-service-standard');
    expect((await repo.prepareImport(nhs.pack, nhs.files)).replacesBuiltIn).toBeNull();
  });

  it('reports the same pack again as nothing to do, and refuses a different pack with the same version', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    await repo.applyImport(await repo.prepareImport(gov.pack, gov.files), 'imported');

    const again = await repo.prepareImport(gov.pack, gov.files);
    expect(again.plan.status).toBe('same-version');
    expect(await repo.applyImport(again, 'imported')).toBe(false);

    const altered = withVersion(gov.pack, gov.pack.manifest.version, (p) => {
      const template = p.templates[0];
      if (template?.kind === 'standard' && template.points[0]) template.points[0].title = 'Changed title';
    });
    const clash = await repo.prepareImport(altered, gov.files);
    expect(clash.plan.status).toBe('id-clash');
    await expect(repo.applyImport(clash, 'imported')).rejects.toThrow('needs a new version number');
    expect((await repo.get('gov-uk-service-standard'))?.pack.templates[0]).toEqual(gov.pack.templates[0]);
  });

  it('goes back a version only when the person confirms', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    await repo.applyImport(await repo.prepareImport(withVersion(gov.pack, '2.0.0'), gov.files), 'imported');
    const older = await repo.prepareImport(gov.pack, gov.files);
    expect(older.plan.status).toBe('older-version');
    await expect(repo.applyImport(older, 'imported')).rejects.toThrow('Confirm to go back a version');
    expect(await repo.applyImport(older, 'imported', { confirmDowngrade: true })).toBe(true);
    expect((await repo.get('gov-uk-service-standard'))?.version).toBe(gov.pack.manifest.version);
  });

  it('refuses an import prepared before the installed packs changed', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    const first = await repo.prepareImport(gov.pack, gov.files);
    const stale = await repo.prepareImport(gov.pack, gov.files);
    await repo.applyImport(first, 'imported');
    await expect(repo.applyImport(stale, 'imported')).rejects.toThrow('changed while this import was being prepared');
  });

  it('keeps built-in packs, removes imported ones, and protects packs it did not make from own-pack saves', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    const nhs = await builtIn('nhs-service-standard');
    await repo.installBuiltIns([gov]);
    await repo.applyImport(await repo.prepareImport(nhs.pack, nhs.files), 'imported');
    await expect(repo.remove('gov-uk-service-standard')).rejects.toThrow('cannot be removed');
    await expect(repo.saveOwnPack(gov.pack, gov.files)).rejects.toThrow('was not made in Waymark');
    await repo.remove('nhs-service-standard');
    expect((await repo.listActive()).map((p) => p.id)).toEqual(['gov-uk-service-standard']);
  });

  it('saves an own pack in place and keeps earlier versions after a version change', async () => {
    const repo = packsRepository(freshDatabase());
    const gov = await builtIn('gov-uk-service-standard');
    const own = withVersion(gov.pack, '0.1.0', (p) => {
      p.manifest.id = 'my-department-checklist';
      p.manifest.name = 'My department checklist';
    });
    await repo.saveOwnPack(own, []);
    await repo.saveOwnPack(
      withVersion(own, '0.1.0', (p) => (p.manifest.description = 'Edited')),
      [],
    );
    expect((await repo.versions('my-department-checklist')).map((v) => v.pack.manifest.description)).toEqual([
      'Edited',
    ]);
    await repo.saveOwnPack(withVersion(own, '0.2.0'), []);
    expect((await repo.versions('my-department-checklist')).map((v) => [v.version, v.active])).toEqual([
      ['0.2.0', true],
      ['0.1.0', false],
    ]);
    await repo.activate('my-department-checklist', '0.1.0');
    expect((await repo.get('my-department-checklist'))?.version).toBe('0.1.0');
  });
});
