// Assumptions (src/domain/business-case/assumptions.ts): riskiest first, and disproved ones flag sections.
import { describe, expect, it } from 'vitest';
import {
  isTestOverdue,
  riskiestFirst,
  sectionFlag,
  sectionsFlaggedByDisproved,
} from '../../../src/domain/business-case/assumptions';
import { assumption, draft } from './fixtures';

describe('riskiestFirst', () => {
  it('puts disproved first, then untested by confidence, dependants and test date, then holding', () => {
    const list = [
      assumption('holding-low', { status: 'holding', confidence: 'low' }),
      assumption('untested-high', { confidence: 'high' }),
      assumption('untested-low-one', { confidence: 'low', sectionIds: ['a'] }),
      assumption('untested-low-three', { confidence: 'low', sectionIds: ['a', 'b', 'c'] }),
      assumption('untested-medium-late', { testBy: '2027-06-01' }),
      assumption('untested-medium-soon', { testBy: '2027-01-01' }),
      assumption('untested-medium-undated'),
      assumption('disproved-high', { status: 'disproved', confidence: 'high' }),
    ];
    expect(riskiestFirst(list).map((a) => a.id)).toEqual([
      'disproved-high',
      'untested-low-three',
      'untested-low-one',
      'untested-medium-soon',
      'untested-medium-late',
      'untested-medium-undated',
      'untested-high',
      'holding-low',
    ]);
  });

  it('counts a section named twice once', () => {
    const twice = assumption('twice', { sectionIds: ['a', 'a'] });
    const two = assumption('two', { sectionIds: ['a', 'b'] });
    expect(riskiestFirst([twice, two]).map((a) => a.id)).toEqual(['two', 'twice']);
  });

  it('says when an untested assumption is past its test date', () => {
    expect(isTestOverdue(assumption('x', { testBy: '2026-11-30' }), '2026-12-01')).toBe(true);
    expect(isTestOverdue(assumption('x', { testBy: '2026-11-30', status: 'holding' }), '2026-12-01')).toBe(false);
  });
});

describe('sections flagged by disproved assumptions', () => {
  const revision = draft({
    assumptions: [
      assumption('d1', { status: 'disproved', sectionIds: ['strategic', 'costs-by-phase'] }),
      assumption('d2', { status: 'disproved', sectionIds: ['costs-by-phase'] }),
      assumption('h1', { status: 'holding', sectionIds: ['economic'] }),
    ],
  });

  it('flags every section that depends on a disproved assumption, once each', () => {
    const flags = sectionsFlaggedByDisproved(revision);
    expect(flags.map((f) => [f.sectionId, f.disproved.map((a) => a.id)])).toEqual([
      ['strategic', ['d1']],
      ['costs-by-phase', ['d1', 'd2']],
    ]);
    expect(sectionFlag(revision, 'economic')).toBeNull();
    expect(sectionFlag(revision, 'strategic')?.disproved.map((a) => a.id)).toEqual(['d1']);
  });
});
