// Pack storage: what template packs take, and removing only the stored versions no project needs.
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { packsRepository } from '../../src/db/packs-repository';
import { projectTemplatesRepository } from '../../src/db/project-templates-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import type { Pack } from '../../src/domain/pack';
import { emptyDraft } from '../../src/domain/project';
import type { PackEntry } from '../../src/packs/pack-entries';
import { freshDatabase } from './test-database';

const GOV = 'gov-uk-service-standard';

async function govPack(): Promise<{ pack: Pack; files: PackEntry[] }> {
  const { result } = await readPackFromDisk(`templates/${GOV}`);
  if (!result.ok) throw new Error('the built-in pack did not validate');
  return { pack: result.pack, files: result.files };
}

function withVersion(pack: Pack, version: string): Pack {
  const copy = structuredClone(pack);
  copy.manifest.version = version;
  return copy;
}

/** Stores versions 1.0.0, 2.0.0 and 3.0.0 of the pack as imported, 3.0.0 in use. */
async function threeVersions() {
  const db = freshDatabase();
  const packs = packsRepository(db);
  const gov = await govPack();
  for (const version of ['1.0.0', '2.0.0', '3.0.0'])
    await packs.applyImport(await packs.prepareImport(withVersion(gov.pack, version), gov.files), 'imported');
  const projects = projectsRepository(db);
  const uses = projectTemplatesRepository(db);
  return { db, packs, projects, uses, gov };
}

describe('pack storage', () => {
  it('counts the stored files of every version and lists only unused older versions', async () => {
    const { packs, projects, uses, gov } = await threeVersions();
    const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
    await uses.add(project.id, { packId: GOV, templateId: GOV, version: '2.0.0' });

    const report = await packs.storageReport();
    const oneCopy = gov.files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    expect(oneCopy).toBeGreaterThan(0);
    expect(report.versionCount).toBe(3);
    expect(report.fileBytes).toBe(3 * oneCopy);
    expect(report.estimatedBytes).toBeGreaterThan(report.fileBytes);
    expect(report.removable.map((r) => r.key)).toEqual([`${GOV}@1.0.0`]);
    expect(report.removable[0]?.fileBytes).toBe(oneCopy);
    expect(report.removableBytes).toBe(report.removable[0]?.estimatedBytes);
  });

  it('removes an unused older version and keeps the one a project uses and the one in use', async () => {
    const { packs, projects, uses } = await threeVersions();
    const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
    await uses.add(project.id, { packId: GOV, templateId: GOV, version: '2.0.0' });

    const removed = await packs.removeUnusedVersions((await packs.storageReport()).removable.map((r) => r.key));
    expect(removed).toEqual([`${GOV}@1.0.0`]);
    expect((await packs.versions(GOV)).map((v) => [v.version, v.active])).toEqual([
      ['3.0.0', true],
      ['2.0.0', false],
    ]);
    expect((await packs.storageReport()).removable).toEqual([]);
  });

  it('keeps versions used by archived and deleted-but-undoable projects', async () => {
    const { packs, projects, uses } = await threeVersions();
    const archived = await projects.create({ ...emptyDraft(), name: 'Archived' });
    await uses.add(archived.id, { packId: GOV, templateId: GOV, version: '1.0.0' });
    await projects.setArchived(archived.id, true);
    const deleted = await projects.create({ ...emptyDraft(), name: 'Deleted' });
    await uses.add(deleted.id, { packId: GOV, templateId: GOV, version: '2.0.0' });
    await projects.delete(deleted.id);

    expect((await packs.storageReport()).removable).toEqual([]);
    expect(await packs.removeUnusedVersions([`${GOV}@1.0.0`, `${GOV}@2.0.0`, `${GOV}@3.0.0`])).toEqual([]);
    expect((await packs.versions(GOV)).map((v) => v.version)).toEqual(['3.0.0', '2.0.0', '1.0.0']);
  });

  it('checks again when removing: a version that became used since the report is kept', async () => {
    const { packs, projects, uses } = await threeVersions();
    const report = await packs.storageReport();
    expect(report.removable.map((r) => r.version)).toEqual(['2.0.0', '1.0.0']);
    const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
    await uses.add(project.id, { packId: GOV, templateId: GOV, version: '1.0.0' });

    expect(await packs.removeUnusedVersions(report.removable.map((r) => r.key))).toEqual([`${GOV}@2.0.0`]);
    expect((await packs.versions(GOV)).map((v) => v.version)).toEqual(['3.0.0', '1.0.0']);
  });

  it('never offers the version in use or the newest built-in version, even when a newer import replaced it', async () => {
    const db = freshDatabase();
    const packs = packsRepository(db);
    const gov = await govPack();
    await packs.installBuiltIns([{ pack: withVersion(gov.pack, '1.0.0'), files: gov.files }]);
    await packs.installBuiltIns([{ pack: withVersion(gov.pack, '1.1.0'), files: gov.files }]);
    await packs.applyImport(await packs.prepareImport(withVersion(gov.pack, '9.0.0'), gov.files), 'imported');

    expect((await packs.storageReport()).removable.map((r) => r.version)).toEqual(['1.0.0']);
    expect(await packs.removeUnusedVersions([`${GOV}@9.0.0`, `${GOV}@1.1.0`, `${GOV}@1.0.0`])).toEqual([
      `${GOV}@1.0.0`,
    ]);
    expect((await packs.versions(GOV)).map((v) => [v.version, v.active, v.origin])).toEqual([
      ['9.0.0', true, 'imported'],
      ['1.1.0', false, 'built-in'],
    ]);
  });
});
