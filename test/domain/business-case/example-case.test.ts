// The example project's business case (src/domain/business-case/example-case.ts).
import { describe, expect, it } from 'vitest';
import { sectionsFlaggedByDisproved } from '../../../src/domain/business-case/assumptions';
import { compareRevisions } from '../../../src/domain/business-case/compare';
import { buildExampleBusinessCase } from '../../../src/domain/business-case/example-case';
import { classicDocument } from '../../../src/domain/business-case/gates';
import { gateReadiness } from '../../../src/domain/business-case/readiness';
import { setSectionContent } from '../../../src/domain/business-case/revisions';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../../../src/domain/business-case/schemas';
import { EXAMPLE_TEMPLATES } from '../../../src/domain/example-project';
import { builtInTemplate, doc } from './fixtures';

function build() {
  let n = 0;
  return buildExampleBusinessCase('project-1', () => `id-${(n += 1)}`, new Date('2026-12-01T09:00:00Z'), [
    'e1',
    'e2',
    'e3',
    'e4',
  ]);
}

describe('the example business case', () => {
  const { businessCase, revisions } = build();
  const [discovery, alpha] = revisions;

  it('asks to move from alpha to beta, with a frozen revision from the end of discovery', () => {
    expect(businessCase.gate).toBe('alpha-to-beta');
    expect(classicDocument(businessCase.gate, businessCase.smallScheme)).toBe('outline-business-case');
    expect(businessCase.template.version).toBe(
      EXAMPLE_TEMPLATES.find((t) => t.templateId === 'agile-business-case')?.version,
    );
    expect([discovery.number, discovery.status, discovery.gate]).toEqual([1, 'frozen', 'discovery-to-alpha']);
    expect([alpha.number, alpha.status, alpha.gate]).toEqual([2, 'draft', 'alpha-to-beta']);
    expect(alpha.summary).toMatch(/phone assumption was wrong/);
    expect(() => setSectionContent(discovery, 'summary', doc('x'), new Date())).toThrow(/was frozen/);
  });

  it('has a disproved assumption that flags its sections, a closed option and a narrowed cost range', () => {
    expect(sectionsFlaggedByDisproved(alpha).map((f) => f.sectionId)).toEqual(['summary', 'case-for-change']);
    const comparison = compareRevisions(discovery, alpha);
    expect(comparison.assumptions.map((a) => [a.before, a.after])).toEqual([
      ['untested', 'disproved'],
      ['untested', 'holding'],
      ['untested', 'holding'],
    ]);
    expect(comparison.optionsClosed.map((o) => o.title)).toEqual(['Buy a licensing product']);
    expect(comparison.costRanges.map((c) => [c.phase, c.trend])).toEqual([
      ['alpha', 'same'],
      ['beta', 'narrowed'],
      ['live', 'narrowed'],
    ]);
    expect(comparison.sections.map((s) => s.change)).toContain('changed');
  });

  it('is stored as valid records, with the same ids every time', () => {
    expect(businessCaseRecordSchema.safeParse(businessCase).success).toBe(true);
    for (const revision of revisions) expect(caseRevisionRecordSchema.safeParse(revision).error).toBeUndefined();
    expect(build()).toEqual({ businessCase, revisions });
  });

  it('leaves work on the readiness checklist, starting with the disproved assumption', () => {
    const items = gateReadiness(builtInTemplate(), alpha);
    expect(items[0]?.key).toBe('contradicted:summary');
    expect(items.some((i) => i.kind === 'empty-section')).toBe(true);
    expect(items.some((i) => i.kind === 'cost-not-firm')).toBe(false);
  });
});
