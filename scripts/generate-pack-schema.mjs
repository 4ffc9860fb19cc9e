#!/usr/bin/env node
// Writes docs/pack-schema.json, the JSON Schema of the template pack format, from the validator's schemas.
// Run after changing src/domain/pack.ts: `node scripts/generate-pack-schema.mjs`. A test fails when the
// committed file is out of date.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { packJsonSchema } = await import('../src/domain/pack-json-schema.ts');
const target = fileURLToPath(new URL('../docs/pack-schema.json', import.meta.url));
await writeFile(target, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
