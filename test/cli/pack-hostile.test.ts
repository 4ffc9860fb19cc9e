// `waymark pack validate` against every class of bad pack: the same cases the Library's import screen refuses
// (test/fixtures/hostile-packs.ts), each written as a zip and checked in-process, in the JSON and the human
// form; and a pack folder on disk holding a real symbolic link.
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPackProblem, type PackProblem } from '../../src/domain/pack';
import {
  GOOD_PACK_FOLDER,
  HOSTILE_PACK_CASES,
  hostilePackFileName,
  hostilePackZip,
  type HostilePackCase,
} from '../fixtures/hostile-packs';
import { runCaptured, type CliRun } from './pack-cli-io';

const problemSchema = z.object({ file: z.string(), location: z.string(), message: z.string() });

/** A line of a Node stack trace, such as "    at readPack (/work/src/packs/pack-zip.ts:12:5)". */
const STACK_LINE = /^\s*at .*:\d+:\d+\)?$/m;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-pack-hostile-'));
  for (const hostile of HOSTILE_PACK_CASES)
    writeFileSync(join(work, hostilePackFileName(hostile)), hostilePackZip(hostile));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Reads the single JSON object `--json` prints, checks it is a refusal, and returns its problems as printed lines. */
function refusedProblems(run: CliRun): string[] {
  expect(run.err).toBe('');
  const json: unknown = JSON.parse(run.out);
  expect(json).toEqual({ ok: false, pack: null, problems: expect.any(Array) });
  const problems: PackProblem[] = z.object({ problems: z.array(problemSchema) }).parse(json).problems;
  expect(problems.length).toBeGreaterThan(0);
  return problems.map(formatPackProblem);
}

/** Checks every expected text is shown, and that one problem alone names both the place and the reason. */
function expectAllShown(lines: readonly string[], expected: readonly string[]): void {
  for (const part of expected) expect(lines.join('\n')).toContain(part);
  expect(lines.filter((line) => expected.every((part) => line.includes(part)))).not.toEqual([]);
}

/** What the human form prints on stdout for a refused pack: a count line, then one indented line per problem. */
function problemsListing(source: string, lines: readonly string[]): string {
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return [`The pack at ${source} is not valid (${count}):`, ...lines.map((line) => `  ${line}`), ''].join('\n');
}

const CASES = HOSTILE_PACK_CASES.map((hostile): [string, HostilePackCase] => [hostile.name, hostile]);

describe('waymark pack validate on a bad pack zip', () => {
  it.each(CASES)('refuses %s with --json: exit 1, no pack, the problem named', async (_name, hostile) => {
    const run = await runCaptured(['pack', 'validate', hostilePackFileName(hostile), '--json'], work);
    expect(run.code).toBe(1);
    expectAllShown(refusedProblems(run), hostile.expected);
  });

  it.each(CASES)('refuses %s in plain words: exit 1, the problems listed, no stack trace', async (_name, hostile) => {
    const zip = hostilePackFileName(hostile);
    const json = refusedProblems(await runCaptured(['pack', 'validate', zip, '--json'], work));
    const run = await runCaptured(['pack', 'validate', zip], work);
    expect(run.code).toBe(1);
    expect(run.out).toBe(problemsListing(zip, json));
    expect(run.err).toBe('');
    expectAllShown(json, hostile.expected);
    expect(`${run.out}${run.err}`).not.toMatch(STACK_LINE);
    expect(`${run.out}${run.err}`).not.toMatch(/\b\w*Error\b:/);
  });
});

describe('waymark pack validate on a pack folder holding a symbolic link', () => {
  const SECRET = 'secret text that must never be read into a pack';
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'waymark-pack-link-'));
    cpSync(GOOD_PACK_FOLDER, join(folder, 'pack'), { recursive: true });
    writeFileSync(join(folder, 'outside.md'), `---\nid: outside\n---\n${SECRET}\n`);
    symlinkSync(join(folder, 'outside.md'), join(folder, 'pack/guides/link.md'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const expected = ['guides/link.md', 'symbolic link'];

  it('refuses the link with --json without following it', async () => {
    const run = await runCaptured(['pack', 'validate', 'pack', '--json'], folder);
    expect(run.code).toBe(1);
    const lines = refusedProblems(run);
    expect(lines).toEqual([
      'guides/link.md: the file is a symbolic link; packs may hold only ordinary files and folders',
    ]);
    expectAllShown(lines, expected);
    expect(run.out).not.toContain(SECRET);
  });

  it('refuses the link in plain words with no stack trace', async () => {
    const run = await runCaptured(['pack', 'validate', 'pack'], folder);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      problemsListing('pack', [
        'guides/link.md: the file is a symbolic link; packs may hold only ordinary files and folders',
      ]),
    );
    expect(run.err).toBe('');
    expect(run.out).not.toContain(SECRET);
    expect(run.out).not.toMatch(STACK_LINE);
  });
});
