// Reading chosen files and folders from the checked file itself: an entry swapped for a link, another
// file or a named pipe between the look and the read is refused, never read in its place.
import { execFileSync } from 'node:child_process';
import {
  constants,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Called after the real lstat or readdir has answered: the moment another program could swap the entry. */
const swap = vi.hoisted(() => ({
  afterLstat: null as ((file: string) => void) | null,
  afterReaddir: null as ((folder: string) => void) | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    lstat: async (file: string, options?: unknown): Promise<unknown> => {
      const result: unknown = await Reflect.apply(real.lstat, real, [file, options]);
      swap.afterLstat?.(String(file));
      return result;
    },
    readdir: async (folder: string, options?: unknown): Promise<unknown> => {
      const result: unknown = await Reflect.apply(real.readdir, real, [folder, options]);
      swap.afterReaddir?.(String(folder));
      return result;
    },
  };
});
vi.mock('electron', () => ({ BrowserWindow: { fromWebContents: vi.fn(() => null) }, dialog: {} }));

import { openFlags, readBoundedFile } from '../../src/node/bounded-file';
import { FOLDER_CHANGED_ERROR, folderLinkError, readFolderWithinLimits } from '../../electron/ipc/folder-reader';
import { scanLibraryFolder, SKIP_CHANGED, SKIP_LINK } from '../../electron/ipc/library-folder-scan';
import { OPEN_READ_ERROR, readFileWithinLimit } from '../../electron/ipc/open-file';
import { once, replaceWithLink } from '../fixtures/file-swap';

const roomy = { maxFileBytes: 1000, maxFolderFiles: 100, maxFolderBytes: 10_000, maxFolderDepth: 8 };
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
let base: string;
let secret: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'waymark-swap-'));
  secret = path.join(base, 'secret.txt');
  writeFileSync(secret, 'outside the chosen folder');
});

afterEach(() => {
  swap.afterLstat = null;
  swap.afterReaddir = null;
  rmSync(base, { recursive: true, force: true });
});

describe('readBoundedFile', () => {
  it('reads a regular file and refuses links, folders, missing files and files over the limit', async () => {
    const file = path.join(base, 'pack.zip');
    writeFileSync(file, 'PK');
    symlinkSync(file, path.join(base, 'alias.zip'));
    expect(await readBoundedFile(file, 2)).toEqual({ ok: true, bytes: new TextEncoder().encode('PK') });
    expect(await readBoundedFile(file, 1)).toEqual({ ok: false, reason: 'too-large' });
    expect(await readBoundedFile(path.join(base, 'alias.zip'), 10)).toEqual({ ok: false, reason: 'link' });
    expect(await readBoundedFile(base, 10)).toEqual({ ok: false, reason: 'not-file' });
    expect(await readBoundedFile(path.join(base, 'gone.zip'), 10)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses a file that is not the one the walk looked at', async () => {
    const first = path.join(base, 'a.md');
    const second = path.join(base, 'b.md');
    writeFileSync(first, 'a');
    writeFileSync(second, 'b');
    const seen = lstatSync(first, { bigint: true });
    renameSync(second, first);
    expect(await readBoundedFile(first, 10, seen)).toEqual({ ok: false, reason: 'changed' });
  });

  it('does not follow a link swapped in after the look, and reads nothing through it', async () => {
    const file = path.join(base, 'pack.zip');
    writeFileSync(file, 'PK');
    swap.afterLstat = once(file, () => replaceWithLink(file, secret));
    expect(await readBoundedFile(file, 100)).toEqual({ ok: false, reason: 'link' });
  });

  it('notices a different file swapped in after the look', async () => {
    const file = path.join(base, 'pack.zip');
    const other = path.join(base, 'other.zip');
    writeFileSync(file, 'PK');
    writeFileSync(other, 'XX');
    swap.afterLstat = once(file, () => renameSync(other, file));
    expect(await readBoundedFile(file, 100)).toEqual({ ok: false, reason: 'changed' });
  });

  it('does not wait on a named pipe swapped in after the look', async () => {
    const file = path.join(base, 'pack.zip');
    writeFileSync(file, 'PK');
    swap.afterLstat = once(file, () => {
      unlinkSync(file);
      execFileSync('mkfifo', [file]);
    });
    // Without a non-blocking open this would wait for a writer that never comes.
    expect(await readBoundedFile(file, 100)).toEqual({ ok: false, reason: 'not-file' });
  });

  it('opens read-only without following a final link and without blocking, and copes without those flags', () => {
    const flags = openFlags();
    if (process.platform !== 'win32') {
      expect(flags & constants.O_NOFOLLOW).toBe(constants.O_NOFOLLOW);
      expect(flags & constants.O_NONBLOCK).toBe(constants.O_NONBLOCK);
    }
    // Windows has neither flag: reading only, and the identity check does the rest.
    expect(openFlags({ O_RDONLY: 0, O_WRONLY: 1 })).toBe(0);
    expect(openFlags({ O_RDONLY: 0, O_NOFOLLOW: 256, O_NONBLOCK: 2048 })).toBe(256 | 2048);
  });
});

describe('swaps while reading a chosen folder', () => {
  it('refuses a file that becomes a link after the folder was listed, and never reads its target', async () => {
    const pack = path.join(base, 'pack');
    mkdirSync(pack);
    writeFileSync(path.join(pack, 'pack.yaml'), 'id: pack\n');
    swap.afterReaddir = once(pack, () => replaceWithLink(path.join(pack, 'pack.yaml'), secret));
    expect(await readFolderWithinLimits(pack, roomy)).toEqual({ ok: false, error: folderLinkError('pack.yaml') });
  });

  it('refuses a file that becomes a link after it was looked at', async () => {
    const pack = path.join(base, 'pack');
    mkdirSync(pack);
    const manifest = path.join(pack, 'pack.yaml');
    writeFileSync(manifest, 'id: pack\n');
    swap.afterLstat = once(manifest, () => replaceWithLink(manifest, secret));
    expect(await readFolderWithinLimits(pack, roomy)).toEqual({ ok: false, error: folderLinkError('pack.yaml') });
  });

  it('refuses a sub-folder that becomes a link after it was looked at', async () => {
    const pack = path.join(base, 'pack');
    const outside = path.join(base, 'outside');
    mkdirSync(path.join(pack, 'guides'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'stolen.md'), 'outside the chosen folder');
    swap.afterLstat = once(path.join(pack, 'guides'), () => replaceWithLink(path.join(pack, 'guides'), outside));
    expect(await readFolderWithinLimits(pack, roomy)).toEqual({ ok: false, error: FOLDER_CHANGED_ERROR });
  });
});

describe('swaps while scanning the shared folder', () => {
  it('skips a pack folder that becomes a link after the listing, and reads nothing from its target', async () => {
    const shared = path.join(base, 'shared');
    const outside = path.join(base, 'outside-pack');
    mkdirSync(path.join(shared, 'team-pack'), { recursive: true });
    writeFileSync(path.join(shared, 'team-pack', 'pack.yaml'), 'id: team\n');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'pack.yaml'), 'outside the chosen folder');
    swap.afterReaddir = once(shared, () => replaceWithLink(path.join(shared, 'team-pack'), outside));
    const result = await scanLibraryFolder(shared, roomy);
    expect(result).toEqual({
      ok: true,
      value: { name: 'shared', packs: [], skipped: [{ name: 'team-pack', reason: SKIP_LINK }] },
    });
  });

  it('skips a zip that becomes a link or another file after the listing', async () => {
    const shared = path.join(base, 'shared');
    mkdirSync(shared);
    writeFileSync(path.join(shared, 'a.zip'), 'PK');
    writeFileSync(path.join(shared, 'b.zip'), 'PK');
    writeFileSync(path.join(base, 'other.zip'), 'PK');
    swap.afterReaddir = once(shared, () => replaceWithLink(path.join(shared, 'a.zip'), secret));
    swap.afterLstat = once(path.join(shared, 'b.zip'), () =>
      renameSync(path.join(base, 'other.zip'), path.join(shared, 'b.zip')),
    );
    const result = await scanLibraryFolder(shared, roomy);
    expect(result.ok && result.value.packs).toEqual([]);
    expect(result.ok && result.value.skipped).toEqual([
      { name: 'a.zip', reason: SKIP_LINK },
      { name: 'b.zip', reason: SKIP_CHANGED },
    ]);
  });
});

describe('reading one chosen file', () => {
  it('refuses a file that becomes a link after it was looked at', async () => {
    const file = path.join(base, 'process.csv');
    writeFileSync(file, 'step,owner\n');
    swap.afterLstat = once(file, () => replaceWithLink(file, secret));
    const result = await readFileWithinLimit(file);
    expect(result).toEqual({ ok: false, error: OPEN_READ_ERROR });
    expect(text(result.ok ? result.value.bytes : undefined)).not.toContain('outside');
  });
});
