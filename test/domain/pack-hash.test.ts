// Content hashes: stable across key order and file format, different when any text differs.
import { describe, expect, it } from 'vitest';
import { canonicalJson, packContentHash, sha256Hex, templateContentHash } from '../../src/domain/pack-hash';
import { readPackEntries } from '../../src/packs/pack-reader';
import { goodEntries } from '../packs/pack-fixtures';

function goodPack() {
  const result = readPackEntries(goodEntries());
  if (!result.ok) throw new Error('the fixture pack should be valid');
  return result.pack;
}

describe('canonical JSON', () => {
  it('sorts keys, drops undefined properties and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, 'x', { d: null, c: true }], e: undefined })).toBe(
      '{"a":[3,"x",{"c":true,"d":null}],"b":1}',
    );
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe('content hashes', () => {
  it('computes SHA-256 in hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same pack hash whatever the template order, and a new one when text changes', async () => {
    const pack = goodPack();
    const hash = await packContentHash(pack);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await packContentHash({ ...pack, templates: [...pack.templates].reverse() })).toBe(hash);
    const [first, ...rest] = pack.templates;
    if (!first) throw new Error('expected templates');
    expect(await packContentHash({ ...pack, templates: [{ ...first, title: `${first.title}!` }, ...rest] })).not.toBe(
      hash,
    );
    expect(await packContentHash({ ...pack, manifest: { ...pack.manifest, description: 'Other.' } })).not.toBe(hash);
  });

  it('gives a template the same hash whatever order its fields were written in', async () => {
    const template = goodPack().templates.find((t) => t.kind === 'standard');
    if (template?.kind !== 'standard') throw new Error('expected a standard');
    const { id, kind, ...rest } = template;
    const reordered = { ...rest, kind, id };
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(template)[0]);
    expect(await templateContentHash(reordered)).toBe(await templateContentHash(template));
  });
});
