// `waymark pack validate` and `waymark pack build`, run in-process with captured output.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackZipBytes } from '../../src/packs/pack-reader';
import { GOOD_PACK } from '../packs/pack-fixtures';
import { runCaptured } from './pack-cli-io';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-pack-cli-'));
  cpSync(GOOD_PACK, join(work, 'pack'), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

describe('waymark pack validate', () => {
  it('prints a summary and exits 0 for a valid pack', async () => {
    const run = await runCaptured(['pack', 'validate', 'pack'], work);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toContain('Valid pack: Example pack (example-pack), version 1.2.0, 6 templates:');
    expect(run.out).toMatch(/standard\s+example-standard 1\.0\.0: Example standard \(3 points\)/);
    expect(run.out).toMatch(/maturity-model\s+example-maturity 2\.0\.0: Example maturity model \(2 categories\)/);
    expect(run.out).toMatch(/process\s+department-gates 1\.1\.0: Departmental gates \(example\) \(3 steps\)/);
  });

  it('prints exactly one JSON object with --json', async () => {
    const run = await runCaptured(['pack', 'validate', 'pack', '--json'], work);
    expect(run.code).toBe(0);
    const json: unknown = JSON.parse(run.out);
    expect(json).toEqual({
      ok: true,
      pack: {
        id: 'example-pack',
        name: 'Example pack',
        version: '1.2.0',
        templates: expect.arrayContaining([
          { id: 'example-standard', kind: 'standard', title: 'Example standard', version: '1.0.0', items: 3 },
        ]),
      },
      problems: [],
    });
  });

  it('lists each problem with file, place and reason and exits 1, writing nothing', async () => {
    const file = join(work, 'pack/standards/example-standard.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    title: Work in the open\n', ''));
    const before = listing(work);
    const run = await runCaptured(['pack', 'validate', 'pack'], work);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      'The pack at pack is not valid (1 problem):\n  standards/example-standard.yaml, points[1]: the point has no title\n',
    );
    expect(listing(work)).toEqual(before);
    const json = await runCaptured(['pack', 'validate', 'pack', '--json'], work);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({
      ok: false,
      pack: null,
      problems: [{ file: 'standards/example-standard.yaml', location: 'points[1]', message: 'the point has no title' }],
    });
  });

  it('refuses symbolic links on disk without following them', async () => {
    symlinkSync('/etc/passwd', join(work, 'pack/guides/linked.md'));
    const run = await runCaptured(['pack', 'validate', 'pack', '--json'], work);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).problems).toEqual([
      {
        file: 'guides/linked.md',
        location: '',
        message: 'the file is a symbolic link; packs may hold only ordinary files and folders',
      },
    ]);
    symlinkSync(join(work, 'pack'), join(work, 'pack-link'));
    const linked = await runCaptured(['pack', 'validate', 'pack-link'], work);
    expect(linked.code).toBe(1);
    expect(linked.err).toMatch(/is a symbolic link/);
  });

  it('validates a zip as well as a folder', async () => {
    const built = await runCaptured(['pack', 'build', 'pack', '--out', 'example.zip'], work);
    expect(built.code).toBe(0);
    const run = await runCaptured(['pack', 'validate', 'example.zip'], work);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Valid pack: Example pack');
  });

  it('exits 1 with one sentence for a missing path, and prints JSON for it with --json', async () => {
    const run = await runCaptured(['pack', 'validate', 'nowhere'], work);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^waymark: there is no file or folder at .*nowhere\n$/);
    const json = await runCaptured(['pack', 'validate', 'nowhere', '--json'], work);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, pack: null, problems: [{ file: '', location: '' }] });
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCaptured(['pack', 'validate'], work)).code).toBe(2);
    expect((await runCaptured(['pack', 'validate', 'a', 'b'], work)).code).toBe(2);
    const unknown = await runCaptured(['pack', 'validate', 'pack', '--jsn'], work);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('waymark: "--jsn" is not an option of "waymark pack validate".\n');
  });
});

describe('waymark pack build', () => {
  it('writes a deterministic zip that validates, and reports it', async () => {
    const one = await runCaptured(['pack', 'build', 'pack', '--out', 'one.zip'], work);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^Built one\.zip: Example pack \(example-pack\) version 1\.2\.0, 9 files, \d+ bytes\.\n$/);
    await runCaptured(['pack', 'build', 'pack', '--out=two.zip'], work);
    const bytes = readFileSync(join(work, 'one.zip'));
    expect(bytes.equals(readFileSync(join(work, 'two.zip')))).toBe(true);
    expect(readPackZipBytes(new Uint8Array(bytes)).ok).toBe(true);
    expect(readdirSync(work).filter((name) => name.includes('partial') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write inside the pack folder or over it', async () => {
    const inside = await runCaptured(['pack', 'build', 'pack', '--out', 'pack/out.zip'], work);
    expect(inside.code).toBe(1);
    expect(inside.err).toMatch(/inside the pack folder/);
    expect(existsSync(join(work, 'pack/out.zip'))).toBe(false);
    expect((await runCaptured(['pack', 'build', 'pack', '--out', 'pack.zip/..'], work)).code).toBe(2);
  });

  it('writes nothing and exits 1 when the pack is not valid', async () => {
    writeFileSync(join(work, 'pack/notes.txt'), 'stray');
    const run = await runCaptured(['pack', 'build', 'pack', '--out', 'out.zip'], work);
    expect(run.code).toBe(1);
    expect(run.out).toContain('notes.txt: the file is not part of the pack format');
    expect(existsSync(join(work, 'out.zip'))).toBe(false);
  });

  it('exits 2 without --out, with a non-zip name, or given a zip to build from', async () => {
    expect((await runCaptured(['pack', 'build', 'pack'], work)).code).toBe(2);
    expect((await runCaptured(['pack', 'build', 'pack', '--out', 'x.tar'], work)).code).toBe(2);
    await runCaptured(['pack', 'build', 'pack', '--out', 'a.zip'], work);
    expect((await runCaptured(['pack', 'build', 'a.zip', '--out', 'b.zip'], work)).code).toBe(2);
  });
});
