// The JSON Schema of the pack format, generated from the validator's own schemas so that the two never
// disagree. scripts/generate-pack-schema.mjs writes it to docs/pack-schema.json; a test keeps that file current.
// Checks that JSON Schema cannot express (no HTML in text, unique ids, references that resolve) are only in
// the validator; docs/pack-format.md lists them.
import { z } from 'zod';
import {
  PACK_FORMAT,
  businessCaseSchema,
  crosswalkSchema,
  guideFrontMatterSchema,
  maturityModelSchema,
  packManifestSchema,
  processCsvMetaSchema,
  processSchema,
  standardSchema,
} from './pack';

const PARTS = {
  manifest: packManifestSchema,
  standard: standardSchema,
  'maturity-model': maturityModelSchema,
  'business-case': businessCaseSchema,
  process: processSchema,
  'process-csv-meta': processCsvMetaSchema,
  'guide-front-matter': guideFrontMatterSchema,
  crosswalk: crosswalkSchema,
} as const;

/** Builds the JSON Schema (draft 2020-12) of every file kind in a pack, one definition per kind under $defs. */
export function packJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(PARTS)) {
    const { $schema: _unused, ...definition } = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
    });
    defs[name] = definition;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Waymark template pack, format ${PACK_FORMAT}`,
    description:
      'The files of a Waymark template pack. Use #/$defs/manifest for pack.yaml, #/$defs/standard, #/$defs/maturity-model, ' +
      '#/$defs/business-case, #/$defs/process and #/$defs/crosswalk for template files, #/$defs/process-csv-meta for processes/<id>.meta.yaml and ' +
      '#/$defs/guide-front-matter for the front matter of guides/<id>.md. Generated from the validator; see docs/pack-format.md.',
    anyOf: Object.keys(PARTS).map((name) => ({ $ref: `#/$defs/${name}` })),
    $defs: defs,
  };
}
