// docs/pack-format.md documents every limit with its current value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/domain/pack-limits';

const docs = readFileSync(join(import.meta.dirname, '../../docs/pack-format.md'), 'utf8');

describe('docs/pack-format.md', () => {
  it('lists every pack limit with its value', () => {
    for (const [name, value] of Object.entries(PACK_LIMITS))
      expect(docs).toContain(`| \`${name}\` | ${value.toLocaleString('en-GB')}`);
  });

  it('documents every template kind and the command line', () => {
    for (const text of [
      'kind: standard',
      'kind: maturity-model',
      'kind: business-case',
      'kind: process',
      'kind: guide',
      'waymark pack validate',
      'waymark pack build',
      '--json',
    ])
      expect(docs).toContain(text);
  });
});
