import { describe, expect, it } from 'vitest';
import { coveredPoints, crosswalkCoverage } from '../../../src/domain/assessment/crosswalk-coverage';
import type { CrosswalkTemplate } from '../../../src/domain/pack';
import { answer, assessment } from './fixtures';

const gov = { packId: 'gov', templateId: 'gov' };
const tcop = { packId: 'tcop', templateId: 'tcop' };

const crosswalk: CrosswalkTemplate = {
  id: 'gov-to-tcop',
  kind: 'crosswalk',
  title: 'GOV.UK to TCoP',
  version: '1.0.0',
  from: { pack: 'gov', template: 'gov' },
  to: { pack: 'tcop', template: 'tcop' },
  links: [
    { from: '1', to: '1', relation: 'equal-to', rationale: 'Both ask for user needs.' },
    { from: '9', to: '6', relation: 'intersects-with', rationale: 'Security overlaps.' },
    { from: '9', to: '7', relation: 'superset-of', rationale: 'Point 9 asks for all of privacy.' },
    { from: '12', to: '3', relation: 'subset-of', rationale: 'Open code is part of being open.' },
    { from: '11', to: '3', relation: 'superset-of', rationale: 'Tools include open source.' },
    { from: '2', to: '8', relation: 'no-relationship', rationale: 'Unrelated.' },
  ],
};

describe('crosswalkCoverage', () => {
  const ids = ['1', '3', '6', '7', '8'];

  it('covers fully through equal-to and superset-of, partly through subset-of and intersects-with', () => {
    const result = crosswalkCoverage({
      crosswalks: [crosswalk],
      covered: gov,
      coveredPointIds: new Set(['1', '9', '12', '2']),
      target: tcop,
      targetPointIds: ids,
    });
    expect(result.map((point) => [point.pointId, point.coverage])).toEqual([
      ['1', 'full'],
      ['3', 'partial'],
      ['6', 'partial'],
      ['7', 'full'],
      ['8', 'none'],
    ]);
    expect(result[2]?.through).toEqual([
      {
        crosswalkId: 'gov-to-tcop',
        fromPointId: '9',
        relation: 'intersects-with',
        coverage: 'partial',
        rationale: 'Security overlaps.',
      },
    ]);
  });

  it('says which mapping produced it, full links first', () => {
    const result = crosswalkCoverage({
      crosswalks: [crosswalk],
      covered: gov,
      coveredPointIds: new Set(['12', '11']),
      target: tcop,
      targetPointIds: ['3'],
    });
    expect(result[0]?.coverage).toBe('full');
    expect(result[0]?.through.map((source) => [source.fromPointId, source.relation])).toEqual([
      ['11', 'superset-of'],
      ['12', 'subset-of'],
    ]);
  });

  it('reads a crosswalk backwards, swapping subset-of and superset-of', () => {
    const result = crosswalkCoverage({
      crosswalks: [crosswalk],
      covered: tcop,
      coveredPointIds: new Set(['7', '3']),
      target: gov,
      targetPointIds: ['9', '12', '11'],
    });
    expect(result.map((point) => [point.pointId, point.coverage, point.through[0]?.relation])).toEqual([
      ['9', 'partial', 'subset-of'],
      ['12', 'full', 'superset-of'],
      ['11', 'partial', 'subset-of'],
    ]);
  });

  it('ignores crosswalks between other standards', () => {
    const result = crosswalkCoverage({
      crosswalks: [crosswalk],
      covered: gov,
      coveredPointIds: new Set(['1']),
      target: { packId: 'nhs', templateId: 'nhs' },
      targetPointIds: ['1'],
    });
    expect(result[0]?.coverage).toBe('none');
  });
});

describe('coveredPoints', () => {
  it('counts ready points and points with evidence, never not applicable ones', () => {
    const subject = assessment({
      answers: [
        answer('1', { status: 'ready' }),
        answer('2', { status: 'in-progress', evidenceIds: ['e1'] }),
        answer('3', { status: 'in-progress' }),
        answer('4', { status: 'not-applicable', notApplicableReason: 'x', evidenceIds: ['e1'] }),
      ],
    });
    expect([...coveredPoints(subject)]).toEqual(['1', '2']);
  });
});
