// Comparing two revisions (src/domain/business-case/compare.ts) and the cost ranges across revisions.
import { describe, expect, it } from 'vitest';
import { compareRevisions, costRangeSeries, rangeTrend } from '../../../src/domain/business-case/compare';
import type { Approval, CaseOption, CaseRevision } from '../../../src/domain/business-case/model';
import { startNewRevision, updateRevision } from '../../../src/domain/business-case/revisions';
import { LATER, assumption, cost, doc, draft } from './fixtures';

function option(id: string, open: boolean, closedReason = ''): CaseOption {
  return { id, title: `Option ${id}`, description: '', baseline: null, shortListed: true, open, closedReason };
}

const approval: Approval = {
  id: 'ap1',
  body: 'Investment committee',
  route: 'departmental-investment-committee',
  date: '2026-12-05',
  decision: 'approved',
  conditions: [],
};

function pair(): [CaseRevision, CaseRevision] {
  const first = draft({
    sections: {
      summary: doc('We ask for money to run alpha for twelve weeks.'),
      strategic: doc('The problem is slow licence renewals.'),
      removed: doc('A section we later dropped.'),
    },
    assumptions: [
      assumption('a1', { status: 'untested' }),
      assumption('a2', { status: 'holding' }),
      assumption('gone', { status: 'untested' }),
    ],
    options: {
      options: [option('o1', true), option('o2', true), option('o3', false, 'Too dear')],
      factors: [],
      scores: [],
      preferredOptionId: null,
      preferredReason: '',
    },
    costs: {
      ...draft().costs,
      lines: [
        cost('b', { phase: 'beta', low: 40_000_000, likely: 60_000_000, high: 90_000_000 }),
        cost('l', { phase: 'live', low: 10_000_000, likely: 20_000_000, high: 30_000_000 }),
      ],
    },
  });
  const { frozen, next } = startNewRevision(first, { id: 'rev-2', author: 'Sam', summary: 'After alpha', now: LATER });
  const second = updateRevision(
    next,
    {
      sections: {
        summary: doc('We ask for money to run beta for six months.'),
        strategic: doc('The problem is slow licence renewals.'),
        economic: doc('Option two is preferred.'),
      },
      assumptions: [
        assumption('a1', { status: 'disproved' }),
        assumption('a2', { status: 'holding' }),
        assumption('new'),
      ],
      options: {
        ...next.options,
        options: [option('o1', false, 'Failed with users'), option('o2', true), option('o3', false, 'Too dear')],
      },
      costs: {
        ...next.costs,
        lines: [
          cost('b', { phase: 'beta', low: 50_000_000, likely: 55_000_000, high: 60_000_000 }),
          cost('l', { phase: 'live', low: 5_000_000, likely: 20_000_000, high: 40_000_000 }),
          cost('a', { phase: 'alpha', year: 2026, low: 15_000_000, likely: 15_000_000, high: 15_000_000 }),
        ],
      },
      approvals: [approval],
    },
    LATER,
  );
  return [frozen, second];
}

describe('compareRevisions', () => {
  const [a, b] = pair();
  const comparison = compareRevisions(a, b, ['summary', 'strategic', 'economic']);

  it('lists changed, added and removed sections in reading order, with a word diff', () => {
    expect(comparison.sections.map((s) => [s.sectionId, s.change])).toEqual([
      ['summary', 'changed'],
      ['economic', 'added'],
      ['removed', 'removed'],
    ]);
    const summary = comparison.sections[0];
    const segments = summary?.diff.flatMap((block) => (block.kind === 'text' ? block.segments : []));
    expect(segments?.filter((s) => s.op === 'delete').map((s) => s.text.trim())).toEqual(['alpha for twelve weeks']);
    expect(segments?.filter((s) => s.op === 'insert').map((s) => s.text.trim())).toEqual(['beta for six months']);
  });

  it('lists assumptions whose status changed, including new and removed ones', () => {
    expect(comparison.assumptions.map((x) => [x.id, x.before, x.after])).toEqual([
      ['a1', 'untested', 'disproved'],
      ['new', null, 'untested'],
      ['gone', 'untested', null],
    ]);
  });

  it('lists options closed since the earlier revision, not those closed before', () => {
    expect(comparison.optionsClosed.map((o) => [o.id, o.closedReason])).toEqual([['o1', 'Failed with users']]);
  });

  it('says how each phase cost range moved', () => {
    expect(comparison.costRanges).toEqual([
      {
        phase: 'alpha',
        before: null,
        after: { low: 15_000_000, likely: 15_000_000, high: 15_000_000 },
        trend: 'added',
      },
      {
        phase: 'beta',
        before: { low: 40_000_000, likely: 60_000_000, high: 90_000_000 },
        after: { low: 50_000_000, likely: 55_000_000, high: 60_000_000 },
        trend: 'narrowed',
      },
      {
        phase: 'live',
        before: { low: 10_000_000, likely: 20_000_000, high: 30_000_000 },
        after: { low: 5_000_000, likely: 20_000_000, high: 40_000_000 },
        trend: 'widened',
      },
    ]);
    expect(rangeTrend({ low: 1, likely: 2, high: 3 }, { low: 2, likely: 3, high: 4 })).toBe('moved');
    expect(rangeTrend({ low: 1, likely: 2, high: 3 }, { low: 1, likely: 2, high: 3 })).toBe('same');
  });

  it('says which decision each revision asked for', () => {
    expect(comparison.gates).toEqual({ before: 'alpha-to-beta', after: 'alpha-to-beta' });
    expect(compareRevisions(a, { ...b, gate: 'beta-to-live' }).gates.after).toBe('beta-to-live');
  });

  it('lists approvals added', () => {
    expect(comparison.approvalsAdded).toEqual([approval]);
    expect(compareRevisions(b, b).approvalsAdded).toEqual([]);
    expect(compareRevisions(b, b).sections).toEqual([]);
  });

  it('refuses revisions of different cases', () => {
    expect(() => compareRevisions(a, { ...b, caseId: 'other' })).toThrow(/same business case/);
  });
});

describe('costRangeSeries', () => {
  it('gives each revision its ranges by phase and whole-life, oldest first', () => {
    const [a, b] = pair();
    const series = costRangeSeries([b, a]);
    expect(series.map((p) => p.revision)).toEqual([1, 2]);
    expect(series[0]?.byPhase.beta).toEqual({ low: 40_000_000, likely: 60_000_000, high: 90_000_000 });
    expect(series[0]?.byPhase.alpha).toBeUndefined();
    expect(series[1]?.wholeLife).toEqual({ low: 70_000_000, likely: 90_000_000, high: 115_000_000 });
    expect(series[0]?.frozenAt).toBe(LATER.toISOString());
  });
});
