// The command line with hostile names and awkward places: nothing from a file reaches the terminal raw,
// long values are cut, every command answers --help, and file-system errors are said in words.
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shown, terminalSafe } from '../../src/cli/terminal-text';
import { fileSystemErrorText } from '../../src/node/file-errors';
import { GOOD_PACK, goodEntries } from '../packs/pack-fixtures';
import { runCaptured } from './pack-cli-io';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-cli-manners-'));
  cpSync(GOOD_PACK, join(work, 'pack'), { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const ESCAPES = '\u001B]0;owned\u0007\u001B[2J\u009B31m\u202E';

function goodZipWith(extra: Record<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of goodEntries()) files[entry.path] = entry.bytes;
  return zipSync({ ...files, ...extra });
}

/** No escape, C1 or direction control reaches the terminal. */
function expectTerminalSafe(text: string): void {
  // The pattern looks for control characters on purpose.
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
}

describe('what the command line prints from a file', () => {
  it('escapes control characters in zip entry names printed by pack validate', async () => {
    writeFileSync(join(work, 'hostile.zip'), goodZipWith({ [`notes${ESCAPES}.txt`]: strToU8('x') }));
    const run = await runCaptured(['pack', 'validate', 'hostile.zip'], work);
    expect(run.code).toBe(1);
    expectTerminalSafe(run.out + run.err);
    expect(run.out).toContain('notes\\u001B]0;owned\\u0007\\u001B[2J');
  });

  it('escapes them in a file name given on the command line and in pack render output', async () => {
    const run = await runCaptured(
      ['pack', 'render', `missing${ESCAPES}.zip`, '--template', 'x', '--out', 'a.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expectTerminalSafe(run.out + run.err);
  });

  it('cuts very long values with a marker', async () => {
    const long = `${'a'.repeat(900)}.txt`;
    writeFileSync(join(work, 'long.zip'), goodZipWith({ [`${long}\u0001`]: strToU8('x') }));
    const run = await runCaptured(['pack', 'validate', 'long.zip'], work);
    expect(run.code).toBe(1);
    expect(run.out).not.toContain(long);
    expect(run.out).toMatch(/a\u2026 \[\d+ more characters\]/);
    expect(shown('x'.repeat(10), 4)).toBe('xxxx\u2026 [6 more characters]');
    expect(terminalSafe('a\nb\u001B', true)).toBe('a\nb\\u001B');
    expect(shown('a\nb')).toBe('a\\u000Ab');
  });
});

describe('--help', () => {
  it('answers for the pack group and every pack command', async () => {
    const group = await runCaptured(['pack', '--help'], work);
    expect(group.code).toBe(0);
    for (const command of ['pack validate', 'pack build', 'pack render']) expect(group.out).toContain(command);
    for (const command of ['validate', 'build', 'render']) {
      const run = await runCaptured(['pack', command, '--help'], work);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Usage: waymark pack ${command}`);
      expect(run.err).toBe('');
    }
  });
});

describe('file-system errors in words', () => {
  it('says a missing output folder in words, with the path', async () => {
    const run = await runCaptured(['pack', 'build', 'pack', '--out', 'nowhere/pack.zip'], work);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/the folder nowhere does not exist/);
    expect(run.err).not.toMatch(/ENOENT|partial|\.tmp|something went wrong/);
  });

  it('refuses to replace a read-only file, and leaves it as it was', async () => {
    for (const [command, out] of [
      ['build', 'locked.zip'],
      ['render', 'locked.docx'],
    ] as const) {
      const path = join(work, out);
      writeFileSync(path, 'keep me');
      chmodSync(path, 0o444);
      const args =
        command === 'build'
          ? ['pack', 'build', 'pack', '--out', out]
          : ['pack', 'render', 'pack', '--template', 'example-standard', '--out', out];
      const run = await runCaptured(args, work);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${out} is read-only, so it was not replaced`);
      expect(readFileSync(path, 'utf8')).toBe('keep me');
    }
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp') || name.includes('partial'))).toEqual([]);
  });

  it('writes an output whose name is near the file-name limit', async () => {
    const out = `${'n'.repeat(250)}.zip`;
    const run = await runCaptured(['pack', 'build', 'pack', '--out', out], work);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(join(work, out))).toBe(true);
  });

  it('words every file-system code it meets', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/x' });
    expect(fileSystemErrorText(error, 'packs/a')).toBe(
      'permission was refused for packs/a; check that you may read and write there',
    );
    expect(fileSystemErrorText(new Error('plain'))).toBeNull();
  });
});
