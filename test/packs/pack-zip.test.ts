// Zips from outside: bombs (declared and actual sizes, ratio, entry count, overlapping entries), links,
// unsafe names, encryption and damage are refused before or while inflating, quickly; built zips are stable.
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/domain/pack-limits';
import { PackProblems } from '../../src/packs/pack-problems';
import { readPackZipBytes } from '../../src/packs/pack-reader';
import { readPackZip, writePackZip } from '../../src/packs/pack-zip';
import { goodEntries, text, zipOf } from './pack-fixtures';

/** Calls `patch` with a view of the zip and the offset of each central directory entry, in order. */
function patchDirectory(zip: Uint8Array, patch: (view: DataView, at: number, index: number) => void): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let end = copy.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let at = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  for (let i = 0; i < count; i += 1) {
    patch(view, at, i);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return copy;
}

function zipProblems(zip: Uint8Array) {
  const problems = new PackProblems();
  const entries = readPackZip(zip, problems);
  return { entries, problems: problems.list() };
}

describe('zip bombs', () => {
  it('refuses an entry that declares a gigabyte, without inflating it', () => {
    const zip = patchDirectory(zipOf([{ path: 'pack.yaml', bytes: text('id: x') }]), (view, at) =>
      view.setUint32(at + 24, 1_000_000_000, true),
    );
    const { problems } = zipProblems(zip);
    expect(problems).toEqual([
      {
        file: 'pack.yaml',
        location: '',
        message: `the zip entry declares 1000000000 bytes, more than the ${PACK_LIMITS.maxFileBytes} allowed for one file`,
      },
    ]);
  });

  it('stops inflating an entry that produces more than it declares', () => {
    const zeros = new Uint8Array(50_000_000);
    const zip = patchDirectory(zipSync({ 'guides/g.md': zeros }), (view, at) => view.setUint32(at + 24, 1000, true));
    const { problems } = zipProblems(zip);
    expect(problems).toEqual([
      {
        file: 'guides/g.md',
        location: '',
        message:
          'the zip entry inflates to more than the 1000 bytes it declares, which is refused as a possible zip bomb',
      },
    ]);
  });

  it('refuses entries compressed far more than text ever is', () => {
    const { problems } = zipProblems(zipSync({ 'guides/g.md': new Uint8Array(900_000) }));
    expect(problems).toEqual([
      { file: 'guides/g.md', location: '', message: expect.stringMatching(/compressed more than 100 to 1/) },
    ]);
  });

  it('refuses a zip that lists too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= PACK_LIMITS.maxZipEntries; i += 1) files[`guides/g${i}.md`] = text('x');
    const { problems, entries } = zipProblems(zipSync(files, { level: 0 }));
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      {
        file: '',
        location: '',
        message: `the zip lists ${PACK_LIMITS.maxZipEntries + 1} entries, more than the ${PACK_LIMITS.maxZipEntries} allowed`,
      },
    ]);
  });

  it('refuses entries that share their compressed data', () => {
    const zip = zipOf([
      { path: 'guides/a.md', bytes: text('same') },
      { path: 'guides/b.md', bytes: text('same') },
    ]);
    let first = 0;
    const patched = patchDirectory(zip, (view, at, index) => {
      if (index === 0) first = view.getUint32(at + 42, true);
      else view.setUint32(at + 42, first, true);
    });
    expect(zipProblems(patched).problems).toEqual([
      { file: 'guides/b.md', location: '', message: expect.stringMatching(/shares its data with another entry/) },
    ]);
  });

  it('refuses a zip file over the size limit', () => {
    const problems = new PackProblems();
    readPackZip(new Uint8Array(PACK_LIMITS.maxZipBytes + 1), problems);
    expect(problems.list()[0]?.message).toMatch(/^the zip is \d+ bytes, more than the/);
  });
});

describe('unsafe or damaged entries', () => {
  it('refuses symbolic links, by their mode bits', () => {
    const zip = zipSync({ 'pack.yaml': [text('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
    expect(zipProblems(zip).problems).toEqual([
      {
        file: 'pack.yaml',
        location: '',
        message: 'the zip entry is a symbolic link; packs may hold only ordinary files',
      },
    ]);
  });

  it('refuses names that escape the folder or are absolute', () => {
    for (const [name, message] of [
      ['../evil.yaml', /points outside the pack folder/],
      ['/tmp/evil.yaml', /is an absolute path/],
      ['standards\\..\\..\\evil.yaml', /uses backslashes/],
    ] as const) {
      const { problems, entries } = zipProblems(zipSync({ [name]: text('x') }));
      expect(entries).toEqual([]);
      expect(problems).toEqual([{ file: name, location: '', message: expect.stringMatching(message) }]);
    }
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    const base = zipOf([{ path: 'pack.yaml', bytes: text('id: x') }]);
    const encrypted = patchDirectory(base, (view, at) =>
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true),
    );
    expect(zipProblems(encrypted).problems[0]?.message).toMatch(/is encrypted/);
    const bzip = patchDirectory(base, (view, at) => view.setUint16(at + 10, 12, true));
    expect(zipProblems(bzip).problems[0]?.message).toMatch(/compression method other than deflate/);
  });

  it('reports files that are not zips, cut short, or damaged inside', () => {
    expect(zipProblems(text('not a zip at all, just text')).problems[0]?.message).toBe(
      'the file is not a zip file, or it is damaged',
    );
    const zip = zipOf(goodEntries());
    const cut = zip.slice(0, zip.length - 30);
    expect(zipProblems(cut).problems[0]?.message).toMatch(/not a zip file, or it is damaged|damaged/);
    const garbled = zipSync({ 'guides/g.md': [deflateSync(text('hello')), { level: 0 }] });
    const lying = patchDirectory(garbled, (view, at) => view.setUint16(at + 10, 8, true));
    expect(zipProblems(lying).problems[0]?.file).toBe('guides/g.md');
  });

  it('names the file when a zip entry is not valid UTF-8', () => {
    const result = readPackZipBytes(
      zipOf([
        ...goodEntries().filter((e) => e.path !== 'README.md'),
        { path: 'README.md', bytes: text('ok') },
        { path: 'guides/bad.md', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
      ]),
    );
    expect(result.problems).toContainEqual({
      file: 'guides/bad.md',
      location: 'line 1',
      message: 'the file is not valid UTF-8 text; save it with UTF-8 encoding',
    });
  });
});

describe('writing a pack zip', () => {
  it('gives the same bytes for the same files in any order, and reads back to the same pack', () => {
    const entries = goodEntries();
    const one = writePackZip(entries);
    const two = writePackZip([...entries].reverse());
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    const back = readPackZipBytes(one);
    expect(back.problems).toEqual([]);
    expect(back.files.map((f) => f.path)).toEqual(entries.map((e) => e.path).sort());
  });
});

describe('entry check values (CRC-32)', () => {
  it('matches the CRC-32 of known text', async () => {
    const { crc32 } = await import('../../src/packs/crc32');
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('refuses a stored entry whose bytes were changed after zipping', () => {
    const zip = zipSync({ 'pack.yaml': [text('id: changed-after-zipping\n'), { level: 0 }] });
    const at = zip.indexOf('c'.charCodeAt(0), 30 + 'pack.yaml'.length);
    const damaged = zip.slice();
    damaged[at] = 'k'.charCodeAt(0);
    const { entries, problems } = zipProblems(damaged);
    expect(entries).toEqual([]);
    expect(problems.map((p) => `${p.file} ${p.message}`).join('\n')).toMatch(
      /pack\.yaml the zip entry is damaged: its contents do not match the check value/,
    );
  });

  it('refuses a compressed entry whose recorded check value is wrong', () => {
    const zip = patchDirectory(zipOf(goodEntries()), (view, at, index) => {
      if (index === 0) view.setUint32(at + 16, (view.getUint32(at + 16, true) ^ 1) >>> 0, true);
    });
    const { problems } = zipProblems(zip);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('do not match the check value');
  });

  it('reads a good zip with every check value right', () => {
    const { entries, problems } = zipProblems(zipOf(goodEntries()));
    expect(problems).toEqual([]);
    expect(entries.length).toBe(goodEntries().length);
  });
});
