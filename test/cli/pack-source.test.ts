// The CLI reads each pack file from the file it checked: an entry swapped for a link, another file or a
// named pipe between the look and the read becomes a problem, and nothing is read through a link.
import { execFileSync } from 'node:child_process';
import { constants, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Called after the real lstat has answered: the moment another program could swap the entry. */
const swap = vi.hoisted(() => ({ afterLstat: null as ((file: string) => void) | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    lstat: async (file: string, options?: unknown): Promise<unknown> => {
      const result: unknown = await Reflect.apply(real.lstat, real, [file, options]);
      swap.afterLstat?.(String(file));
      return result;
    },
  };
});

import {
  CheckedReadError,
  packOpenFlags,
  readChecked,
  readPackFolder,
  readPackFromDisk,
} from '../../src/cli/pack-source';
import { once, replaceWithLink } from '../fixtures/file-swap';

let base: string;
let pack: string;
let secret: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'waymark-pack-source-'));
  pack = path.join(base, 'pack');
  mkdirSync(path.join(pack, 'guides'), { recursive: true });
  writeFileSync(path.join(pack, 'pack.yaml'), 'id: pack\n');
  writeFileSync(path.join(pack, 'guides', 'intro.md'), '# Intro\n');
  secret = path.join(base, 'secret.txt');
  writeFileSync(secret, 'outside the pack');
});

afterEach(() => {
  swap.afterLstat = null;
  rmSync(base, { recursive: true, force: true });
});

const decoded = (entries: { bytes: Uint8Array }[]): string =>
  entries.map((entry) => new TextDecoder().decode(entry.bytes)).join('\n');

describe('readPackFolder', () => {
  it('reads ordinary files as before', async () => {
    const folder = await readPackFolder(pack);
    expect(folder.problems).toEqual([]);
    expect(folder.entries.map((entry) => entry.path)).toEqual(['pack.yaml', 'guides/intro.md']);
  });

  it('reports a file that became a link after it was looked at, and reads nothing through it', async () => {
    const manifest = path.join(pack, 'pack.yaml');
    swap.afterLstat = once(manifest, () => replaceWithLink(manifest, secret));
    const folder = await readPackFolder(pack);
    expect(folder.problems).toEqual([
      {
        file: 'pack.yaml',
        location: '',
        message: 'the file is a symbolic link; packs may hold only ordinary files and folders',
      },
    ]);
    expect(decoded(folder.entries)).not.toContain('outside the pack');
  });

  it('reports a file replaced by another after it was looked at', async () => {
    const manifest = path.join(pack, 'pack.yaml');
    writeFileSync(path.join(base, 'other.yaml'), 'id: other\n');
    swap.afterLstat = once(manifest, () => renameSync(path.join(base, 'other.yaml'), manifest));
    const folder = await readPackFolder(pack);
    expect(folder.problems).toEqual([
      { file: 'pack.yaml', location: '', message: 'the file changed while it was being read; run the command again' },
    ]);
  });

  it('does not wait on a named pipe swapped in after the look', async () => {
    const manifest = path.join(pack, 'pack.yaml');
    swap.afterLstat = once(manifest, () => {
      unlinkSync(manifest);
      execFileSync('mkfifo', [manifest]);
    });
    const folder = await readPackFolder(pack);
    expect(folder.problems).toEqual([{ file: 'pack.yaml', location: '', message: 'the file is not an ordinary file' }]);
  });

  it('reports a sub-folder that became a link after it was looked at, and reads nothing from its target', async () => {
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'stolen.md'), 'outside the pack');
    const guides = path.join(pack, 'guides');
    swap.afterLstat = once(guides, () => replaceWithLink(guides, outside));
    const folder = await readPackFolder(pack);
    expect(folder.problems.map((problem) => problem.file)).toEqual(['guides']);
    expect(folder.problems[0]?.message).toMatch(/symbolic link or changed/);
    expect(decoded(folder.entries)).not.toContain('outside the pack');
  });
});

describe('readPackFromDisk', () => {
  it('refuses a zip that became a link after it was looked at', async () => {
    const zip = path.join(base, 'pack.zip');
    writeFileSync(zip, new Uint8Array([0x50, 0x4b, 3, 4]));
    swap.afterLstat = once(zip, () => replaceWithLink(zip, secret));
    await expect(readPackFromDisk(zip)).rejects.toThrow(
      `${zip} is a symbolic link; give the path of the real folder or zip`,
    );
  });
});

describe('readChecked', () => {
  it('refuses a file that is not the one looked at, and one over the limit', async () => {
    const file = path.join(pack, 'pack.yaml');
    const seen = lstatSync(file, { bigint: true });
    await expect(readChecked(file, seen, 100)).resolves.toEqual(new TextEncoder().encode('id: pack\n'));
    await expect(readChecked(file, seen, 3)).rejects.toEqual(new CheckedReadError('too-large'));
    await expect(readChecked(path.join(pack, 'guides', 'intro.md'), seen, 100)).rejects.toEqual(
      new CheckedReadError('changed'),
    );
  });

  it('opens without following a final link and without blocking where the system allows it', () => {
    if (process.platform !== 'win32') expect(packOpenFlags() & constants.O_NOFOLLOW).toBe(constants.O_NOFOLLOW);
    if (process.platform !== 'win32') expect(packOpenFlags() & constants.O_NONBLOCK).toBe(constants.O_NONBLOCK);
    expect(packOpenFlags({ O_RDONLY: 0 })).toBe(0);
  });
});
