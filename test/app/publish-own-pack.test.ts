// Publishing an own pack through the use case: the pack and its changed templates get a new version,
// the earlier version is kept, and a pack that would not validate stores nothing.
import { describe, expect, it } from 'vitest';
import { publishOwnPack, type PackCheck } from '../../src/app/packs/publish-own-pack';
import { packsRepository } from '../../src/db/packs-repository';
import type { PackProblem } from '../../src/domain/pack';
import { readPackEntries } from '../../src/packs/pack-reader';
import { writePackFiles } from '../../src/packs/pack-writer';
import { freshDatabase } from '../db/test-database';
import { packFrom } from './pack-fixtures';

/** The check an import makes: the pack is written as files and read back. */
const asImported: PackCheck<PackProblem> = (pack) => {
  const files = writePackFiles(pack);
  const result = readPackEntries(files);
  return result.ok ? { ok: true, pack: result.pack, files } : { ok: false, problems: result.problems };
};

async function ownPack() {
  const packs = packsRepository(freshDatabase());
  const { pack, files } = await packFrom('test/fixtures/packs/good-pack');
  await packs.saveOwnPack(pack, files);
  return { packs, pack };
}

describe('publishing an own pack', () => {
  it('raises the version of the pack and of the changed template, and keeps the earlier version', async () => {
    const { packs, pack } = await ownPack();
    const edited = structuredClone(pack);
    const changed = edited.templates[0];
    if (!changed) throw new Error('the fixture has templates');
    changed.title = `${changed.title} (revised)`;

    const outcome = await publishOwnPack(packs, edited, 'minor', asImported);
    expect(outcome).toEqual({
      ok: true,
      version: '1.3.0',
      previousVersion: '1.2.0',
      message: 'Version 1.3.0 of \u201cExample pack\u201d is published. Version 1.2.0 is kept to compare with.',
    });
    const versions = await packs.versions('example-pack');
    expect(versions.map((v) => [v.version, v.active])).toEqual([
      ['1.3.0', true],
      ['1.2.0', false],
    ]);
    const published = versions[0]?.pack.templates.find((t) => t.id === changed.id);
    expect(published?.title).toBe(changed.title);
    expect(published?.version).not.toBe(pack.templates[0]?.version);
    expect((await packs.get('example-pack'))?.origin).toBe('own');
  });

  it('stores nothing and gives the problems when the published pack would not validate', async () => {
    const { packs, pack } = await ownPack();
    const broken = structuredClone(pack);
    broken.manifest.name = '';
    const outcome = await publishOwnPack(packs, broken, 'patch', asImported);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.length).toBeGreaterThan(0);
    expect((await packs.versions('example-pack')).map((v) => v.version)).toEqual(['1.2.0']);
  });
});
