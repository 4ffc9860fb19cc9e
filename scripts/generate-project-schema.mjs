#!/usr/bin/env node
// Writes docs/project-schema.json, the JSON Schema of a project file's manifest, from the reader's schema.
// Run after changing src/domain/project-file.ts or src/domain/record-schemas.ts:
// `node scripts/generate-project-schema.mjs`. A test fails when the committed file is out of date.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { projectJsonSchema } = await import('../src/domain/project-json-schema.ts');
const target = fileURLToPath(new URL('../docs/project-schema.json', import.meta.url));
await writeFile(target, `${JSON.stringify(projectJsonSchema(), null, 2)}\n`);
process.stdout.write(`Wrote ${target}\n`);
