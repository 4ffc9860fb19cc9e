// The example project: built the same way from the same ids and clock, valid against the record schemas,
// and working from templates that exist in templates/ at the versions it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_TEMPLATES, buildExampleProject } from '../../src/domain/example-project';
import {
  evidenceRecordSchema,
  projectRecordSchema,
  projectTemplateRecordSchema,
} from '../../src/domain/record-schemas';

function ids(): () => string {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

const NOW = new Date('2026-11-02T09:30:00.000Z');

describe('the example project', () => {
  it('is the same for the same ids and clock', () => {
    expect(buildExampleProject(ids(), NOW)).toEqual(buildExampleProject(ids(), NOW));
  });

  it('gives valid records that all belong to the example project', () => {
    const { project, templates, evidence } = buildExampleProject(ids(), NOW);
    expect(projectRecordSchema.parse(project)).toEqual(project);
    expect(project.isExample).toBe(true);
    for (const use of templates) expect(projectTemplateRecordSchema.parse(use).projectId).toBe(project.id);
    for (const item of evidence) expect(evidenceRecordSchema.parse(item).projectId).toBe(project.id);
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    expect(new Set([project.id, ...templates.map((t) => t.id), ...evidence.map((e) => e.id)]).size).toBe(
      1 + templates.length + evidence.length,
    );
  });

  it.each(EXAMPLE_TEMPLATES.map((ref): [string, (typeof EXAMPLE_TEMPLATES)[number]] => [ref.templateId, ref]))(
    'works from %s, a built-in template at the version shipped',
    (_id, ref) => {
      const folder = join(import.meta.dirname, '../../templates', ref.packId);
      const manifest: unknown = parse(readFileSync(join(folder, 'pack.yaml'), 'utf8'));
      expect(manifest).toMatchObject({ id: ref.packId });
      const files = ['standards', 'business-cases', 'processes'].flatMap((sub) => {
        try {
          return [readFileSync(join(folder, sub, `${ref.templateId}.yaml`), 'utf8')];
        } catch {
          return [];
        }
      });
      expect(files).toHaveLength(1);
      expect(parse(files[0] ?? '')).toMatchObject({ id: ref.templateId, version: ref.version });
    },
  );
});
