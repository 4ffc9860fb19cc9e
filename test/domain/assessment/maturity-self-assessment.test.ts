import { describe, expect, it } from 'vitest';
import type { MaturityModelTemplate } from '../../../src/domain/pack';
import {
  compareMaturity,
  maturityChartData,
  maturityGaps,
  maturityRows,
  type MaturitySelfAssessment,
} from '../../../src/domain/assessment/maturity-self-assessment';
import { maturitySelfAssessmentRecordSchema } from '../../../src/domain/assessment/assessment-schemas';

const model: MaturityModelTemplate = {
  id: 'm',
  kind: 'maturity-model',
  title: 'Model',
  version: '1.0.0',
  levels: [
    { id: 'low', label: 'Low' },
    { id: 'medium', label: 'Medium' },
    { id: 'high', label: 'High' },
  ],
  categories: [
    { id: 'people', title: 'People', summary: '.' },
    {
      id: 'tech',
      title: 'Technology',
      summary: '.',
      dimensions: [
        { id: 'ci', title: 'Continuous integration', levels: {} },
        { id: 'hosting', title: 'Hosting', levels: {} },
      ],
    },
  ],
};

const score = (
  categoryId: string,
  dimensionId: string | null,
  current: string | null,
  target: string | null,
  lever = '',
) => ({
  categoryId,
  dimensionId,
  current,
  target,
  notes: '',
  lever,
});

const self = (id: string, scores: MaturitySelfAssessment['scores']): MaturitySelfAssessment => ({
  id,
  projectId: 'p1',
  model: { packId: 'pk', templateId: 'm', version: '1.0.0' },
  date: '2026-11-01',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  scores,
});

const now = self('s2', [
  score('people', null, 'medium', 'high', 'Hire a user researcher'),
  score('tech', 'ci', 'low', 'high'),
  score('tech', 'hosting', 'high', 'medium'),
]);
const earlier = self('s1', [score('people', null, 'low', 'high'), score('tech', 'ci', 'medium', 'high')]);

describe('maturity self-assessment', () => {
  it('scores a category with dimensions per dimension', () => {
    expect(maturityRows(model).map((row) => row.key)).toEqual(['people', 'tech/ci', 'tech/hosting']);
  });

  it('lists gaps below target, largest first, with their lever', () => {
    expect(maturityGaps(now, model).map((gap) => [gap.row.key, gap.levels, gap.hasLever])).toEqual([
      ['tech/ci', 2, false],
      ['people', 1, true],
    ]);
  });

  it('compares with an earlier self-assessment', () => {
    expect(compareMaturity(earlier, now, model).map((row) => row.movement)).toEqual(['up', 'down', 'not-comparable']);
  });

  it('gives chart data as level numbers with the level names', () => {
    const chart = maturityChartData(now, model, earlier);
    expect(chart.levels).toEqual(['Low', 'Medium', 'High']);
    expect(chart.rows[0]).toEqual({ key: 'people', label: 'People', current: 2, target: 3, earlier: 1 });
    expect(chart.rows[2]).toMatchObject({ label: 'Technology: Hosting', current: 3, target: 2, earlier: null });
  });

  it('has a record schema that accepts what the app writes', () => {
    expect(maturitySelfAssessmentRecordSchema.safeParse(now).success).toBe(true);
    expect(maturitySelfAssessmentRecordSchema.safeParse({ ...now, date: 'soon' }).success).toBe(false);
  });
});
