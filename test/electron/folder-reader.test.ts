// Reading a chosen folder stays within the limits and never follows a link, inside or out.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  folderLimitError,
  folderLinkError,
  readFolderWithinLimits,
  type FolderLimits,
} from '../../electron/ipc/folder-reader';

const roomy: FolderLimits = { maxFileBytes: 1000, maxFolderFiles: 100, maxFolderBytes: 10_000, maxFolderDepth: 8 };
let base: string;
let pack: string;

function write(relative: string, text: string): void {
  const full = path.join(pack, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'waymark-folder-'));
  pack = path.join(base, 'service-standard');
  mkdirSync(pack);
  write('pack.yaml', 'id: service-standard\n');
  write('points/01-understand-users.md', '# Understand users\n');
  write('points/nested/deeper/note.md', 'note');
  writeFileSync(path.join(base, 'secret.txt'), 'outside');
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('readFolderWithinLimits', () => {
  it('returns every file with a relative, forward-slash path, sorted', async () => {
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('service-standard');
    expect(result.value.files.map((file) => file.path)).toEqual([
      'pack.yaml',
      'points/01-understand-users.md',
      'points/nested/deeper/note.md',
    ]);
    expect(new TextDecoder().decode(result.value.files[0]?.bytes)).toBe('id: service-standard\n');
  });

  it('skips hidden entries such as .git', async () => {
    write('.git/HEAD', 'ref: main');
    write('.DS_Store', 'x');
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result.ok && result.value.files.map((file) => file.path)).not.toContain('.git/HEAD');
    expect(result.ok && result.value.files).toHaveLength(3);
  });

  it.each([
    ['a file outside', 'leak.txt', () => path.join(base, 'secret.txt')],
    ['the folder above', 'parent', () => base],
    ['a system folder', 'etc', () => '/etc'],
    ['a file inside', 'alias.yaml', () => path.join(pack, 'pack.yaml')],
    ['the folder itself (a loop)', 'points/loop', () => pack],
  ])('refuses the folder, naming the link, when it holds a link to %s', async (_what, linkPath, target) => {
    symlinkSync(target(), path.join(pack, linkPath));
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result).toEqual({ ok: false, error: folderLinkError(linkPath) });
  });

  it('refuses a link to a hidden file inside, which would otherwise bring a skipped file in', async () => {
    write('.secrets/token.txt', 'hidden');
    symlinkSync(path.join(pack, '.secrets', 'token.txt'), path.join(pack, 'token.txt'));
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result).toEqual({ ok: false, error: folderLinkError('token.txt') });
  });

  it('ignores a link inside a hidden folder, as it ignores the rest of that folder', async () => {
    write('.git/HEAD', 'ref: main');
    symlinkSync(path.join(base, 'secret.txt'), path.join(pack, '.git', 'leak'));
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result.ok && result.value.files.map((file) => file.path)).toEqual([
      'pack.yaml',
      'points/01-understand-users.md',
      'points/nested/deeper/note.md',
    ]);
  });

  it('words a link in plain English', () => {
    expect(folderLinkError('points/alias.md')).toBe(
      'That folder holds a link, \u201cpoints/alias.md\u201d. Template packs may hold only ordinary files and folders, so Waymark does not follow links. Replace the link with the file or folder itself.',
    );
  });

  it('passes over a named pipe without waiting on it', async () => {
    execFileSync('mkfifo', [path.join(pack, 'pipe')]);
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result.ok && result.value.files.map((file) => file.path)).toEqual([
      'pack.yaml',
      'points/01-understand-users.md',
      'points/nested/deeper/note.md',
    ]);
  });

  it('fails with a plain sentence when there are too many files', async () => {
    const result = await readFolderWithinLimits(pack, { ...roomy, maxFolderFiles: 2 });
    expect(result).toEqual({ ok: false, error: folderLimitError('files', { ...roomy, maxFolderFiles: 2 }) });
  });

  it('fails when one file is too large', async () => {
    write('big.bin', 'x'.repeat(1001));
    const result = await readFolderWithinLimits(pack, roomy);
    expect(result).toEqual({ ok: false, error: folderLimitError('file-bytes', roomy) });
  });

  it('fails when the files add up to too much', async () => {
    const limits = { ...roomy, maxFolderBytes: 30 };
    const result = await readFolderWithinLimits(pack, limits);
    expect(result).toEqual({ ok: false, error: folderLimitError('bytes', limits) });
  });

  it('fails when folders are nested too deeply', async () => {
    const limits = { ...roomy, maxFolderDepth: 2 };
    const result = await readFolderWithinLimits(pack, limits);
    expect(result).toEqual({ ok: false, error: folderLimitError('depth', limits) });
    expect((await readFolderWithinLimits(pack, { ...roomy, maxFolderDepth: 3 })).ok).toBe(true);
  });

  it('fails for a missing folder or a file', async () => {
    expect((await readFolderWithinLimits(path.join(base, 'missing'), roomy)).ok).toBe(false);
    expect((await readFolderWithinLimits(path.join(base, 'secret.txt'), roomy)).ok).toBe(false);
  });

  it('words the limits in plain English', () => {
    expect(folderLimitError('files', { ...roomy, maxFolderFiles: 2000 })).toBe(
      'That folder has more than 2,000 files, which is more than Waymark can open at once.',
    );
  });
});
