// Hostile files: resource attacks on the YAML parser, polluting keys, invalid text encodings, unsafe paths and
// oversized packs. Each is refused with a problem naming the file and place.
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/domain/pack-limits';
import { checkPackEntries } from '../../src/packs/pack-entries';
import { PackProblems } from '../../src/packs/pack-problems';
import { readPackEntries, readPackZipBytes } from '../../src/packs/pack-reader';
import { edited, fixtureText, readEdited, text, zipOf } from './pack-fixtures';

const STANDARD = 'standards/example-standard.yaml';

/** Reads the good pack with the standard replaced. How long each refusal takes is measured in the bench (test/bench/hostile-input.bench.ts). */
function timed(changes: Record<string, string | Uint8Array | null>) {
  return { result: readEdited(changes) };
}

const head = 'id: example-standard\nkind: standard\ntitle: T\nversion: 1.0.0\n';

describe('YAML resource attacks', () => {
  it('refuses a billion-laughs alias bomb at once', () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i += 1)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
      );
    const { result } = timed({ [STANDARD]: `${head}${lines.join('\n')}\n` });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: '',
      message: expect.stringMatching(/aliases \(\*name\) too many times/),
    });
  });

  it('refuses deeply nested flow collections (a megabyte of brackets) before parsing', () => {
    const depth = 400_000;
    const { result } = timed({ [STANDARD]: `${head}points: ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 5',
      message: `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep`,
    });
  });

  it('refuses stacked block indicators and deep indentation', () => {
    const dashes = timed({ [STANDARD]: `${head}points:\n${'- '.repeat(400_000)}x\n` });
    expect(dashes.result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 6',
      message: expect.stringMatching(/nested more than/),
    });
    const indented = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    const deep = timed({ [STANDARD]: `${head}${indented} x\n` });
    expect(deep.result.problems).toContainEqual({
      file: STANDARD,
      location: expect.stringMatching(/^line \d+$/),
      message: expect.stringMatching(/nested more than/),
    });
  });

  it('refuses a mapping with more values than allowed', () => {
    const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: 1`).join('\n');
    const { result } = timed({ [STANDARD]: `${head}${keys}\n` });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 1',
      message: expect.stringMatching(/more than 100000 values/),
    });
  });

  it('refuses prototype-polluting keys anywhere, and leaves Object.prototype alone', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const yaml = `${head}summary: S\npoints:\n  - id: "1"\n    title: T\n    summary: S\n    look_for:\n      ${key}: { polluted: [yes] }\n`;
      const { result } = timed({ [STANDARD]: yaml });
      expect(result.problems).toContainEqual({
        file: STANDARD,
        location: 'line 11',
        message: `the key "${key}" is not allowed in a pack`,
      });
    }
    expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined();
  });

  it('refuses duplicate keys with the line of the second one', () => {
    const { result } = timed({ [STANDARD]: `${head}title: Again\n` });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 5',
      message: 'the key "title" appears twice in the same place',
    });
  });

  it('refuses keys that are not plain text, and several documents in one file', () => {
    const complex = timed({ [STANDARD]: `${head}? [a, b]\n: value\n` });
    expect(complex.result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 5',
      message: expect.stringMatching(/key is not plain text/),
    });
    const two = timed({ [STANDARD]: `${head}---\nid: x\n` });
    expect(two.result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 5',
      message: expect.stringMatching(/more than one YAML document/),
    });
  });

  it('refuses a file that is a list or a single value instead of fields', () => {
    const { result } = timed({ [STANDARD]: '- a\n- b\n' });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: '',
      message: expect.stringMatching(/must hold the template's fields/),
    });
  });
});

describe('encodings, paths and sizes', () => {
  it('refuses invalid UTF-8 with the line it is on', () => {
    const bytes = text(`${head}summary: ok\n`);
    const bad = new Uint8Array([...bytes, ...text('edition: caf'), 0xc3, 0x28, 10]);
    const { result } = timed({ [STANDARD]: bad });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: 'line 6',
      message: 'the file is not valid UTF-8 text; save it with UTF-8 encoding',
    });
  });

  it('accepts a byte order mark and Windows line endings', () => {
    const crlf = fixtureText('pack.yaml').replace(/\n/g, '\r\n');
    const result = readEdited({ 'README.md': '\uFEFFreadme', 'pack.yaml': `\uFEFF${crlf}` });
    expect(result.problems).toEqual([]);
  });

  it('refuses paths that escape the pack, absolute paths and backslashes', () => {
    const cases: [string, RegExp][] = [
      ['../evil.yaml', /points outside the pack folder/],
      ['standards/../../evil.yaml', /points outside the pack folder/],
      ['/etc/passwd', /is an absolute path/],
      ['C:/Windows/evil.yaml', /is an absolute path/],
      ['standards\\..\\evil.yaml', /uses backslashes/],
      ['standards//x.yaml', /empty or "." part/],
      ['a/b/c/d.yaml', /folders deep/],
    ];
    for (const [path, message] of cases) {
      const result = readPackEntries(edited({ [path]: 'id: x' }));
      expect(result.problems).toContainEqual({ file: path, location: '', message: expect.stringMatching(message) });
      expect(result.ok).toBe(false);
    }
  });

  it('refuses a file over the size limit without reading it as text', () => {
    const big = new Uint8Array(PACK_LIMITS.maxFileBytes + 1).fill(0x61);
    const result = readEdited({ [STANDARD]: big });
    expect(result.problems).toContainEqual({
      file: STANDARD,
      location: '',
      message: `the file is ${big.length} bytes, more than the ${PACK_LIMITS.maxFileBytes} allowed`,
    });
  });

  it('refuses too many files and too many bytes in all', () => {
    const many = Array.from({ length: PACK_LIMITS.maxFiles + 1 }, (_, i) => ({
      path: `guides/g${i}.md`,
      bytes: text('x'),
    }));
    const problems = new PackProblems();
    expect(checkPackEntries(many, problems)).toEqual([]);
    expect(problems.list()).toEqual([
      {
        file: '',
        location: '',
        message: `the pack has ${many.length} files, more than the ${PACK_LIMITS.maxFiles} allowed`,
      },
    ]);
    const chunk = new Uint8Array(PACK_LIMITS.maxFileBytes);
    const heavy = Array.from({ length: 17 }, (_, i) => ({ path: `guides/g${i}.md`, bytes: chunk }));
    const sizeProblems = new PackProblems();
    expect(checkPackEntries(heavy, sizeProblems)).toEqual([]);
    expect(sizeProblems.list()[0]?.message).toMatch(/add up to more than/);
  });

  it('caps the number of problems listed and says how many more there were', () => {
    const points = Array.from({ length: 400 }, (_, i) => `  - { id: "${i}" }`).join('\n');
    const result = readEdited({ [STANDARD]: `${head}points:\n${points}\n` });
    expect(result.problems).toHaveLength(PACK_LIMITS.maxProblems + 1);
    expect(result.problems.at(-1)).toEqual({
      file: '',
      location: '',
      message: expect.stringMatching(/^\d+ more problems were found but not listed/),
    });
  });
});

describe('random damage', () => {
  it('never throws, and always answers with a pack or problems, for corrupted files and zips', () => {
    let seed = 20240601;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const entries = edited({});
    const zip = zipOf(entries);
    for (let round = 0; round < 150; round += 1) {
      const target = entries[Math.floor(random() * entries.length)];
      if (!target) continue;
      const bytes = target.bytes.slice();
      for (let flips = 0; flips < 1 + Math.floor(random() * 8); flips += 1)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const result = readPackEntries(entries.map((entry) => (entry === target ? { path: entry.path, bytes } : entry)));
      expect(result.ok ? result.pack !== null : result.problems.length > 0).toBe(true);
      const damaged = zip.slice();
      damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const fromZip = readPackZipBytes(damaged);
      expect(fromZip.ok ? fromZip.pack !== null : fromZip.problems.length > 0).toBe(true);
    }
  });
});
