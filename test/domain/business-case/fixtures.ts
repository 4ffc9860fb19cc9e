// Shared test data for the business case domain: the built-in template, read from templates/ and checked
// with the pack schema, and small builders for revisions and rich text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createFirstRevision } from '../../../src/domain/business-case/revisions';
import type { Assumption, CaseRevision, CostLine } from '../../../src/domain/business-case/model';
import { businessCaseSchema, type BusinessCaseTemplate } from '../../../src/domain/pack';
import type { RichTextDoc } from '../../../src/domain/rich-text';

const TEMPLATE_FILE = join(
  import.meta.dirname,
  '../../../templates/waymark-agile-business-case/business-cases/agile-business-case.yaml',
);

export function builtInTemplate(): BusinessCaseTemplate {
  return businessCaseSchema.parse(parse(readFileSync(TEMPLATE_FILE, 'utf8')));
}

export const NOW = new Date('2026-12-01T09:00:00Z');
export const LATER = new Date('2026-12-08T09:00:00Z');

export function doc(...paragraphs: string[]): RichTextDoc {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

export function draft(overrides: Partial<CaseRevision> = {}): CaseRevision {
  return {
    ...createFirstRevision({ id: 'case-1', gate: 'alpha-to-beta' }, 'rev-1', 'Sam Taylor', NOW, 2026),
    ...overrides,
  };
}

export function assumption(id: string, overrides: Partial<Assumption> = {}): Assumption {
  return {
    id,
    text: `Assumption ${id}`,
    sectionIds: [],
    confidence: 'medium',
    test: '',
    testBy: null,
    status: 'untested',
    evidenceIds: [],
    ...overrides,
  };
}

export function cost(id: string, overrides: Partial<CostLine> = {}): CostLine {
  return {
    id,
    phase: 'beta',
    year: 2027,
    description: `Cost ${id}`,
    kind: 'resource',
    low: 0,
    likely: 0,
    high: 0,
    ...overrides,
  };
}
