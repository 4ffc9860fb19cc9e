// The published JSON Schema is generated from the validator and must match the committed docs/pack-schema.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../src/domain/pack-json-schema';

/** The value at a path of keys in a JSON value, or undefined. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys)
    current = current !== null && typeof current === 'object' ? Reflect.get(current, key) : undefined;
  return current;
}

const committed = readFileSync(join(import.meta.dirname, '../../docs/pack-schema.json'), 'utf8');

describe('docs/pack-schema.json', () => {
  it('is up to date with the validator (run node scripts/generate-pack-schema.mjs after changing src/domain/pack.ts)', () => {
    expect(committed).toBe(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  });

  it('describes each file kind, with required fields, closed objects and the id pattern', () => {
    const schema = packJsonSchema();
    expect(Object.keys(at(schema, '$defs') ?? {})).toEqual([
      'manifest',
      'standard',
      'maturity-model',
      'business-case',
      'process',
      'process-csv-meta',
      'guide-front-matter',
      'crosswalk',
    ]);
    expect(at(schema, '$defs', 'manifest', 'required')).toEqual([
      'format',
      'id',
      'name',
      'version',
      'publisher',
      'description',
      'licence',
      'language',
    ]);
    expect(at(schema, '$defs', 'manifest', 'properties', 'format', 'const')).toBe('waymark-pack/1');
    expect(at(schema, '$defs', 'standard', 'additionalProperties')).toBe(false);
    expect(at(schema, '$defs', 'standard', 'properties', 'id', 'pattern')).toBe('^[a-z0-9][a-z0-9.-]{0,63}$');
  });
});
