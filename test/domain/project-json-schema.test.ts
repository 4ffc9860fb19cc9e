// The published JSON Schema of project.json is generated from the reader and must match docs/project-schema.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectJsonSchema } from '../../src/domain/project-json-schema';

const committed = readFileSync(join(import.meta.dirname, '../../docs/project-schema.json'), 'utf8');

describe('docs/project-schema.json', () => {
  it('is up to date with the reader (run node scripts/generate-project-schema.mjs after changing the record schemas)', () => {
    expect(committed).toBe(`${JSON.stringify(projectJsonSchema(), null, 2)}\n`);
  });

  it('requires every part of the manifest and closes its objects', () => {
    const schema = projectJsonSchema();
    expect(schema.required).toEqual(['format', 'project', 'templates', 'evidence', 'attachments']);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema.properties)).toContain('"const":"waymark-project/1"');
  });
});
