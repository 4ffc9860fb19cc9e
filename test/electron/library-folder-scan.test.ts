// Reading the shared library folder: pack folders and zips at the top are candidates, read within the
// limits; links, hidden entries and folders without a pack.yaml are passed over, with a reason where
// the person may wonder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: { fromWebContents: vi.fn(() => null) }, dialog: {} }));

import { PACK_LIMITS } from '../../src/domain/pack-limits';
import { folderLinkError } from '../../electron/ipc/folder-reader';
import {
  LIBRARY_SCAN_LIMITS,
  libraryFolderReadError,
  scanFullReason,
  scanLibraryFolder,
  SKIP_LINK,
  SKIP_NO_MANIFEST,
  zipTooLargeReason,
  type LibraryScanLimits,
} from '../../electron/ipc/library-folder-scan';

const roomy: LibraryScanLimits = { maxFileBytes: 1000, maxFolderFiles: 100, maxFolderBytes: 10_000, maxFolderDepth: 8 };
let base: string;
let shared: string;

function write(relative: string, content: string | Uint8Array): void {
  const full = path.join(shared, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'waymark-library-scan-'));
  shared = path.join(base, 'Team packs');
  mkdirSync(shared);
  writeFileSync(path.join(base, 'secret.txt'), 'outside the shared folder');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('scanLibraryFolder', () => {
  it('returns pack folders and zips at the top, sorted by name, with their files', async () => {
    write('service-standard/pack.yaml', 'id: service-standard\n');
    write('service-standard/standards/service-standard.yaml', 'id: service-standard\n');
    write('service-standard/README.md', 'For people.');
    write('maturity.zip', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]));
    write('README.md', 'About these packs.');

    const result = await scanLibraryFolder(shared, roomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Team packs');
    expect(result.value.packs.map((pack) => [pack.name, pack.kind])).toEqual([
      ['maturity.zip', 'zip'],
      ['service-standard', 'folder'],
    ]);
    const [zip, folder] = result.value.packs;
    expect(zip?.kind === 'zip' && [...zip.bytes]).toEqual([0x50, 0x4b, 3, 4, 9, 9]);
    expect(folder?.kind === 'folder' && folder.files.map((file) => file.path)).toEqual([
      'README.md',
      'pack.yaml',
      'standards/service-standard.yaml',
    ]);
    expect(folder?.kind === 'folder' && text(folder.files[1]?.bytes)).toBe('id: service-standard\n');
    // A loose file that is not a zip is neither a pack nor worth a mention.
    expect(result.value.skipped).toEqual([]);
  });

  it('lists a folder without a pack.yaml as skipped, and ignores hidden entries such as .git', async () => {
    write('docs/notes.md', 'notes');
    write('.git/HEAD', 'ref: refs/heads/main');
    write('.hidden-pack/pack.yaml', 'id: hidden\n');
    write('__MACOSX/pack.yaml', 'id: resource-fork\n');
    write('pack-a/pack.yaml', 'id: a\n');
    write('pack-a/.DS_Store', 'x');
    const result = await scanLibraryFolder(shared, roomy);
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['pack-a']);
    expect(
      result.ok && result.value.packs[0]?.kind === 'folder' && result.value.packs[0].files.map((file) => file.path),
    ).toEqual(['pack.yaml']);
    expect(result.ok && result.value.skipped).toEqual([{ name: 'docs', reason: SKIP_NO_MANIFEST }]);
  });

  it('never follows links at the top, and skips a pack folder that holds a link, saying so', async () => {
    write('outside-pack/pack.yaml', 'id: outside\n');
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'pack.yaml'), 'id: elsewhere\n');
    symlinkSync(elsewhere, path.join(shared, 'linked-pack'));
    symlinkSync(path.join(base, 'secret.txt'), path.join(shared, 'linked.zip'));
    write('real-pack/pack.yaml', 'id: real\n');
    symlinkSync(path.join(base, 'secret.txt'), path.join(shared, 'real-pack', 'README.md'));
    write('inner-link-pack/pack.yaml', 'id: inner\n');
    symlinkSync(path.join(shared, 'inner-link-pack', 'pack.yaml'), path.join(shared, 'inner-link-pack', 'copy.yaml'));

    const result = await scanLibraryFolder(shared, roomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.packs.map((pack) => pack.name)).toEqual(['outside-pack']);
    expect(result.value.skipped).toEqual([
      { name: 'inner-link-pack', reason: folderLinkError('copy.yaml') },
      { name: 'linked-pack', reason: SKIP_LINK },
      { name: 'linked.zip', reason: SKIP_LINK },
      { name: 'real-pack', reason: folderLinkError('README.md') },
    ]);
    const everything = JSON.stringify(
      result.value.packs.map((pack) =>
        pack.kind === 'folder' ? pack.files.map((f) => text(f.bytes)) : text(pack.bytes),
      ),
    );
    expect(everything).not.toContain('outside the shared folder');
  });

  it('skips a pack folder over the limits with the folder reader\u2019s sentence, and keeps the others', async () => {
    write('big-pack/pack.yaml', 'id: big\n');
    write('big-pack/guides/huge.md', 'x'.repeat(1001));
    write('deep-pack/pack.yaml', 'id: deep\n');
    write('deep-pack/a/b/c/d.md', 'deep');
    write('fine-pack/pack.yaml', 'id: fine\n');
    const result = await scanLibraryFolder(shared, { ...roomy, maxFolderDepth: 2 });
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['fine-pack']);
    expect(result.ok && result.value.skipped.map((item) => item.name)).toEqual(['big-pack', 'deep-pack']);
    expect(result.ok && result.value.skipped[0]?.reason).toMatch(/larger than/);
    expect(result.ok && result.value.skipped[1]?.reason).toMatch(/nested more than 2 levels/);
  });

  it('skips a zip over the pack zip limit without reading it', async () => {
    const limits = { ...roomy, maxZipBytes: 1000 };
    write('huge.zip', new Uint8Array(1001));
    write('small.zip', new Uint8Array(1000));
    const result = await scanLibraryFolder(shared, limits);
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['small.zip']);
    expect(result.ok && result.value.skipped).toEqual([{ name: 'huge.zip', reason: zipTooLargeReason(limits) }]);
    expect(zipTooLargeReason(LIBRARY_SCAN_LIMITS)).toBe(
      'This zip file is larger than 16 MB, the most a template pack may be.',
    );
  });

  it('holds each pack to the pack limits by default, so one oversized pack that sorts first hides nothing', async () => {
    // A folder pack over the pack total (16 MB) in files of under 1 MB each, then a small pack after it.
    for (let i = 0; i < 17; i += 1) write(`a-big/standards/s${i}.yaml`, new Uint8Array(1_000_000));
    write('a-big/pack.yaml', 'id: big');
    write('b-small/pack.yaml', 'id: small');
    writeFileSync(path.join(shared, 'c-huge.zip'), new Uint8Array(PACK_LIMITS.maxZipBytes + 1));
    write('d-small.zip', new Uint8Array(10));
    const result = await scanLibraryFolder(shared);
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['b-small', 'd-small.zip']);
    const skipped = result.ok ? result.value.skipped : [];
    expect(skipped.map((item) => item.name)).toEqual(['a-big', 'c-huge.zip']);
    expect(skipped[0]?.reason).toContain('16 MB');
    expect(skipped[1]?.reason).toBe(zipTooLargeReason(LIBRARY_SCAN_LIMITS));
  });

  it('stops reading packs once the whole scan reaches the total limits', async () => {
    for (const name of ['a', 'b', 'c']) {
      write(`${name}/pack.yaml`, 'x'.repeat(400));
    }
    const limits = { ...roomy, maxFolderBytes: 1000 };
    const result = await scanLibraryFolder(shared, limits);
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['a', 'b']);
    expect(result.ok && result.value.skipped).toEqual([{ name: 'c', reason: scanFullReason(limits) }]);
  });

  it('looks at a bounded number of entries at the top', async () => {
    for (const name of ['a', 'b', 'c', 'd']) write(`${name}/pack.yaml`, 'id: x\n');
    const result = await scanLibraryFolder(shared, { ...roomy, maxFolderFiles: 2 });
    expect(result.ok && result.value.packs.map((pack) => pack.name)).toEqual(['a', 'b']);
    expect(result.ok && result.value.skipped[0]?.name).toBe('2 more items');
  });

  it('fails with one plain sentence when the folder is missing or is a file', async () => {
    expect(await scanLibraryFolder(path.join(base, 'gone'), roomy)).toEqual({
      ok: false,
      error: libraryFolderReadError('gone'),
    });
    expect(await scanLibraryFolder(path.join(base, 'secret.txt'), roomy)).toEqual({
      ok: false,
      error: libraryFolderReadError('secret.txt'),
    });
    expect(libraryFolderReadError('gone')).toBe(
      'Waymark could not open the shared folder \u201cgone\u201d. Check it is still there and that you can open it.',
    );
  });
});
