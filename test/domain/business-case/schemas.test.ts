// Stored record schemas of the business case (src/domain/business-case/schemas.ts).
import { describe, expect, it } from 'vitest';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../../../src/domain/business-case/schemas';
import type { BusinessCase } from '../../../src/domain/business-case/model';
import { assumption, cost, doc, draft } from './fixtures';

const businessCase: BusinessCase = {
  id: 'case-1',
  projectId: 'p1',
  title: 'Apply for a fishing licence',
  template: { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' },
  gate: 'alpha-to-beta',
  smallScheme: false,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

describe('record schemas', () => {
  it('accepts a case and a filled revision as stored', () => {
    expect(businessCaseRecordSchema.safeParse(businessCase).success).toBe(true);
    const revision = draft({
      sections: { summary: doc('Text') },
      assumptions: [assumption('a1', { testBy: '2027-01-01' })],
      costs: { ...draft().costs, lines: [cost('c1', { low: 1, likely: 2, high: 3 })] },
    });
    expect(caseRevisionRecordSchema.safeParse(revision).error).toBeUndefined();
  });

  it('refuses unknown fields, unknown gates, HTML for rich text and ranges out of order', () => {
    expect(businessCaseRecordSchema.safeParse({ ...businessCase, extra: 1 }).success).toBe(false);
    expect(businessCaseRecordSchema.safeParse({ ...businessCase, gate: 'alpha' }).success).toBe(false);
    expect(caseRevisionRecordSchema.safeParse(draft({ sections: { summary: doc('x') } })).success).toBe(true);
    expect(caseRevisionRecordSchema.safeParse({ ...draft(), sections: { summary: '<p>Hi</p>' } }).success).toBe(false);
    const badCost = { ...draft().costs, lines: [cost('c1', { low: 3, likely: 2, high: 1 })] };
    expect(caseRevisionRecordSchema.safeParse({ ...draft(), costs: badCost }).success).toBe(false);
    const fractional = { ...draft().costs, lines: [cost('c1', { low: 1.5, likely: 2, high: 3 })] };
    expect(caseRevisionRecordSchema.safeParse({ ...draft(), costs: fractional }).success).toBe(false);
  });

  it('refuses costs the case could not work out: a bias past two decimal places, totals past £10 billion', () => {
    const line = (id: string, pence: number) => cost(id, { low: pence, likely: pence, high: pence });
    const withCosts = (costs: Partial<ReturnType<typeof draft>['costs']>) =>
      caseRevisionRecordSchema.safeParse({ ...draft(), costs: { ...draft().costs, ...costs } });
    expect(withCosts({ optimismBiasPercent: 12.5, lines: [line('a', 100)] }).success).toBe(true);
    expect(withCosts({ optimismBiasPercent: 12.345, lines: [line('a', 100)] }).error?.issues[0]?.message).toBe(
      'The optimism bias has more than two decimal places.',
    );
    const tenBillion = 1_000_000_000_000;
    expect(withCosts({ lines: [line('a', tenBillion)] }).success).toBe(true);
    expect(withCosts({ lines: [line('a', tenBillion), line('b', 1)] }).error?.issues[0]?.message).toMatch(
      /^The costs cannot be worked out\./,
    );
  });
});
