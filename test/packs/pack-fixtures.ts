// Helpers for the pack tests: the good fixture pack as entries, small edits to it, and zips built in memory.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { PackEntry } from '../../src/packs/pack-entries';
import { readPackEntries, type PackReadResult } from '../../src/packs/pack-reader';

export const GOOD_PACK = join(import.meta.dirname, '../fixtures/packs/good-pack');

/** The good fixture pack as a list of entries, in path order. */
export function goodEntries(): PackEntry[] {
  const entries: PackEntry[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(join(GOOD_PACK, folder)).sort()) {
      const path = folder ? `${folder}/${name}` : name;
      if (statSync(join(GOOD_PACK, path)).isDirectory()) walk(path);
      else entries.push({ path, bytes: new Uint8Array(readFileSync(join(GOOD_PACK, path))) });
    }
  };
  walk('');
  return entries;
}

export function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

/** The good pack with some files replaced or added (text) or removed (null). */
export function edited(changes: Record<string, string | Uint8Array | null>): PackEntry[] {
  const entries = goodEntries().filter((entry) => !(entry.path in changes));
  for (const [path, value] of Object.entries(changes))
    if (value !== null) entries.push({ path, bytes: typeof value === 'string' ? text(value) : value });
  return entries;
}

/** Reads the good pack with some changes. */
export function readEdited(changes: Record<string, string | Uint8Array | null>): PackReadResult {
  return readPackEntries(edited(changes));
}

/** The text of a fixture file. */
export function fixtureText(path: string): string {
  return readFileSync(join(GOOD_PACK, path), 'utf8');
}

/** A zip of entries built with fflate, as a department's tool might make it. */
export function zipOf(entries: readonly PackEntry[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) files[entry.path] = entry.bytes;
  return zipSync(files);
}

/** A minimal valid pack with one standard whose YAML is given, for focused tests. */
export function onePointPack(standardYaml: string): PackEntry[] {
  return [
    { path: 'pack.yaml', bytes: text(fixtureText('pack.yaml')) },
    { path: 'standards/s.yaml', bytes: text(standardYaml) },
  ];
}
