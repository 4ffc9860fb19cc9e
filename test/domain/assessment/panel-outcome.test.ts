import { describe, expect, it } from 'vitest';
import {
  actionsFromRecommendations,
  emptyOutcome,
  ratingLabel,
  withReportReceived,
} from '../../../src/domain/assessment/panel-outcome';
import { assessmentRecordSchema } from '../../../src/domain/assessment/assessment-schemas';
import { richTextFromPlainText } from '../../../src/domain/rich-text';
import { action, answer, assessment, colourScale } from './fixtures';

describe('panel outcome', () => {
  it('works out the accept-or-challenge deadline from the report date', () => {
    expect(withReportReceived(emptyOutcome(), '2025-12-19')).toMatchObject({
      reportReceived: '2025-12-19',
      responseDeadline: '2026-01-07',
    });
  });

  it('gives ratings in words', () => {
    expect(ratingLabel(colourScale, 'amber')).toBe('Amber');
    expect(ratingLabel(colourScale, null)).toBe('Not rated');
  });

  it('makes actions from recommendations, due in three months for amber points only, once', () => {
    let ids = 0;
    const subject = assessment({
      outcome: {
        ...withReportReceived(emptyOutcome(), '2026-11-30'),
        pointRatings: { '3': 'amber', '4': 'red' },
        overallRating: 'amber',
        recommendations: [
          { id: 'r1', pointId: '3', text: 'Test with screen reader users' },
          { id: 'r2', pointId: '4', text: 'Simplify the eligibility questions' },
          { id: 'r3', pointId: null, text: 'Publish a performance plan' },
        ],
      },
    });
    const made = actionsFromRecommendations(subject, colourScale, () => `n${(ids += 1)}`);
    expect(made.map((a) => [a.pointId, a.dueDate, a.source])).toEqual([
      ['3', '2027-02-26', 'panel'],
      ['4', null, 'panel'],
      [null, '2027-02-26', 'panel'],
    ]);
    expect(made.map((a) => a.recommendationId)).toEqual(['r1', 'r2', 'r3']);
    const again = actionsFromRecommendations({ ...subject, actions: made }, colourScale, () => 'x');
    expect(again).toEqual([]);
  });

  it('knows an action made before actions recorded their recommendation by its point and words', () => {
    const subject = assessment({
      outcome: {
        ...withReportReceived(emptyOutcome(), '2026-11-30'),
        recommendations: [
          { id: 'r1', pointId: '3', text: 'Test with screen reader users' },
          { id: 'r2', pointId: '4', text: 'Simplify the eligibility questions' },
        ],
      },
      actions: [
        {
          id: 'old',
          what: 'Test with screen reader users',
          owner: '',
          dueDate: null,
          done: false,
          source: 'panel',
          pointId: '3',
        },
        // The team's own action with the same words is not the panel's.
        {
          id: 'own',
          what: 'Simplify the eligibility questions',
          owner: '',
          dueDate: null,
          done: false,
          source: 'team',
          pointId: '4',
        },
      ],
    });
    expect(actionsFromRecommendations(subject, colourScale, () => 'n1')).toEqual([
      expect.objectContaining({ id: 'n1', recommendationId: 'r2', pointId: '4' }),
    ]);
  });
});

describe('assessment record schema', () => {
  const record = assessment({
    answers: [
      answer('1', {
        narrative: { type: 'rich', doc: richTextFromPlainText('We met 40 people.') },
        evidenceIds: ['e1'],
      }),
    ],
    actions: [action('x1', { dueDate: '2027-01-05' })],
    outcome: emptyOutcome(),
  });

  it('accepts a record the app writes, rich text included', () => {
    expect(assessmentRecordSchema.safeParse(JSON.parse(JSON.stringify(record))).success).toBe(true);
  });

  it('refuses a point marked not applicable without a reason', () => {
    const bad = { ...record, answers: [answer('1', { status: 'not-applicable' })] };
    expect(assessmentRecordSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses unknown fields, stages and broken rich text', () => {
    expect(assessmentRecordSchema.safeParse({ ...record, extra: 1 }).success).toBe(false);
    expect(assessmentRecordSchema.safeParse({ ...record, stage: 'gamma' }).success).toBe(false);
    const html: unknown = JSON.parse(
      JSON.stringify({ ...record, answers: [{ ...answer('1'), narrative: { type: 'rich', doc: { type: 'html' } } }] }),
    );
    expect(assessmentRecordSchema.safeParse(html).success).toBe(false);
  });
});
