import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/domain/assessment/assessment-compare';
import {
  bringCarriedActionsBeforePanel,
  nextStageOf,
  pointsToReassess,
  startNextStage,
  startReassessment,
} from '../../../src/domain/assessment/carry-forward';
import { failingRatings } from '../../../src/domain/assessment/panel-outcome';
import { emptyOutcome } from '../../../src/domain/assessment/panel-outcome';
import { action, answer, assessment, colourScale, metScale, pointIds } from './fixtures';

const rated = assessment({
  answers: [
    answer('1', { status: 'ready', evidenceIds: ['e1'], rehearsalNotes: 'Practised' }),
    answer('2', { status: 'ready', evidenceIds: ['e1', 'e2'] }),
    answer('5', { status: 'not-applicable', notApplicableReason: 'Staff only' }),
  ],
  actions: [action('done', { done: true }), action('open', { pointId: '2' })],
  outcome: {
    ...emptyOutcome(),
    pointRatings: { '1': 'green', '2': 'red', '3': 'amber', '7': 'red' },
    overallRating: 'red',
  },
});
const options = { id: 'a2', now: new Date('2027-01-10T09:00:00Z'), panelDate: '2027-02-01' };

describe('failing ratings', () => {
  it('are red on a colour scale, "not met" on a scale without colours, else the lowest value', () => {
    expect(failingRatings(colourScale)).toEqual(['red']);
    expect(failingRatings(metScale)).toEqual(['not-met']);
    expect(
      failingRatings({
        values: [
          { id: 'a', label: 'Strong', meaning: '.' },
          { id: 'b', label: 'Weak', meaning: '.' },
        ],
      }),
    ).toEqual(['b']);
  });
});

describe('startReassessment', () => {
  it('covers only the points rated red, with their answers carried for review', () => {
    expect(pointsToReassess(rated, colourScale, pointIds)).toEqual(['2', '7']);
    const next = startReassessment(rated, colourScale, pointIds, options);
    expect(next.stage).toBe('alpha-reassessment');
    expect(next.scope).toEqual(['2', '7']);
    expect(next.answers.map((a) => a.pointId)).toEqual(['2']);
    expect(next.answers[0]).toMatchObject({ status: 'in-progress', evidenceIds: ['e1', 'e2'], needsReview: true });
    expect(next.carriedFrom).toEqual({ assessmentId: 'a1', kind: 'reassessment' });
    expect(next.outcome).toBeNull();
    expect(next.actions.map((a) => a.id)).toEqual(['open']);
  });

  it('uses "not met" on a met / not met scale', () => {
    const met = assessment({ outcome: { ...emptyOutcome(), pointRatings: { '1': 'met', '4': 'not-met' } } });
    expect(startReassessment(met, metScale, pointIds, options).scope).toEqual(['4']);
  });

  it('refuses when nothing failed or no outcome is recorded', () => {
    expect(() => startReassessment(assessment(), colourScale, pointIds, options)).toThrow(/ratings/);
    const green = assessment({ outcome: { ...emptyOutcome(), pointRatings: { '1': 'green' } } });
    expect(() => startReassessment(green, colourScale, pointIds, options)).toThrow(/nothing to reassess/);
  });
});

describe('startNextStage', () => {
  it('moves alpha to beta to live, and nowhere after live', () => {
    expect(nextStageOf('alpha')).toBe('beta');
    expect(nextStageOf('beta-reassessment')).toBe('live');
    expect(nextStageOf('live')).toBeNull();
    expect(() => startNextStage(assessment({ stage: 'live' }), options)).toThrow(/no later phase/);
  });

  it('carries every answer and its evidence for review, and open actions only', () => {
    const beta = startNextStage(rated, options);
    expect(beta.stage).toBe('beta');
    expect(beta.scope).toBeNull();
    expect(beta.answers.map((a) => [a.pointId, a.status, a.needsReview])).toEqual([
      ['1', 'in-progress', true],
      ['2', 'in-progress', true],
      ['5', 'not-applicable', true],
    ]);
    expect(beta.answers[0]?.rehearsalNotes).toBe('');
    expect(beta.actions.map((a) => a.id)).toEqual(['open']);
    expect(beta.carriedFrom).toEqual({ assessmentId: 'a1', kind: 'next-stage' });
    expect(rated.answers[0]?.needsReview).toBe(false);
  });
});

describe('compareAssessments', () => {
  it('shows what moved, which evidence changed and which actions closed', () => {
    const beta = startNextStage(rated, options);
    beta.answers = beta.answers.map((a) =>
      a.pointId === '2' ? { ...a, status: 'ready', evidenceIds: ['e2', 'e3'] } : a,
    );
    beta.actions = [...beta.actions.map((a) => ({ ...a, done: true })), action('new')];
    beta.outcome = { ...emptyOutcome(), pointRatings: { '1': 'green', '2': 'amber' }, overallRating: 'amber' };
    const comparison = compareAssessments(rated, beta, pointIds);
    const two = comparison.points.find((p) => p.pointId === '2');
    expect(two).toMatchObject({
      statusBefore: 'ready',
      statusAfter: 'ready',
      statusMoved: false,
      ratingBefore: 'red',
      ratingAfter: 'amber',
      ratingMoved: true,
      evidenceAdded: ['e3'],
      evidenceRemoved: ['e1'],
    });
    expect(comparison.points.find((p) => p.pointId === '1')?.statusMoved).toBe(true);
    expect(comparison.actionsClosed.map((a) => a.id)).toEqual(['open']);
    expect(comparison.actionsNew.map((a) => a.id)).toEqual(['new']);
    expect(comparison.actionsStillOpen).toEqual([]);
    expect(comparison.overallBefore).toBe('red');
    expect(comparison.overallAfter).toBe('amber');
  });

  it('compares only the points a reassessment covers, and lists the others as not compared', () => {
    const reassessment = assessment({
      id: 'a2',
      stage: 'alpha-reassessment',
      scope: ['2', '7'],
      answers: [answer('2', { status: 'ready', evidenceIds: ['e1', 'e2'] }), answer('7', { status: 'in-progress' })],
      outcome: { ...emptyOutcome(), pointRatings: { '2': 'green', '7': 'amber' } },
    });
    for (const [earlier, later] of [
      [rated, reassessment],
      [reassessment, { ...rated, id: 'a3' }],
    ] as const) {
      const comparison = compareAssessments(earlier, later, pointIds);
      expect(comparison.points.map((p) => p.pointId)).toEqual(['2', '7']);
      expect(comparison.notCompared).toEqual(pointIds.filter((id) => id !== '2' && id !== '7'));
    }
    const comparison = compareAssessments(rated, reassessment, pointIds);
    expect(comparison.points.filter((p) => p.statusMoved).map((p) => p.pointId)).toEqual(['7']);
    expect(comparison.points.find((p) => p.pointId === '2')?.evidenceRemoved).toEqual([]);
  });

  it('leaves nothing out when both cover every point', () => {
    expect(compareAssessments(rated, assessment({ id: 'a2' }), pointIds).notCompared).toEqual([]);
  });

  it('lists open actions that were not carried as dropped, and refuses two projects', () => {
    const later = assessment({ id: 'a2' });
    expect(compareAssessments(rated, later, pointIds).actionsDropped.map((a) => a.id)).toEqual(['open']);
    expect(() => compareAssessments(rated, assessment({ projectId: 'other' }), pointIds)).toThrow(/same project/);
  });
});

describe('bringCarriedActionsBeforePanel', () => {
  // The last panel rated point 2 red and point 3 amber; its panel actions were carried into the next one.
  const previous = assessment({
    actions: [
      action('amber-late', { source: 'panel', pointId: '3', dueDate: '2027-06-18', recommendationId: 'r1' }),
      action('amber-early', { source: 'panel', pointId: '3', dueDate: '2027-03-01', recommendationId: 'r2' }),
      action('red', { source: 'panel', pointId: '2', dueDate: null, recommendationId: 'r3' }),
      action('green', { source: 'panel', pointId: '1', dueDate: null, recommendationId: 'r4' }),
      action('team', { pointId: '3', dueDate: '2027-09-01' }),
    ],
    outcome: { ...emptyOutcome(), pointRatings: { '1': 'green', '2': 'red', '3': 'amber' }, overallRating: 'amber' },
  });

  it('brings carried panel actions due after the panel, and red ones with no date, to the working day before', () => {
    // A panel on Tuesday 30 March 2027: Monday 29 is Easter Monday and Friday 26 Good Friday.
    const next = startReassessment(previous, colourScale, pointIds, { ...options, panelDate: '2027-03-30' });
    const brought = bringCarriedActionsBeforePanel(next, previous, colourScale);
    expect(brought.moved).toBe(2);
    expect(brought.dueBy).toBe('2027-03-25');
    expect(brought.assessment.actions.map((a) => [a.id, a.dueDate])).toEqual([
      ['amber-late', '2027-03-25'],
      ['amber-early', '2027-03-01'],
      ['red', '2027-03-25'],
      ['green', null],
      ['team', '2027-09-01'],
    ]);
  });

  it('moves nothing without a panel date, nothing done, and nothing the assessment was not carried with', () => {
    const undated = startNextStage(previous, { ...options, panelDate: null });
    expect(bringCarriedActionsBeforePanel(undated, previous, colourScale)).toEqual({
      assessment: undated,
      moved: 0,
      dueBy: null,
    });
    const beta = startNextStage(previous, { ...options, panelDate: '2027-03-30' });
    const withOwn = {
      ...beta,
      actions: beta.actions.map((a) => (a.id === 'amber-late' ? { ...a, done: true } : a)),
    };
    withOwn.actions.push(
      action('own', { source: 'panel', pointId: '3', dueDate: '2027-12-01', recommendationId: 'x' }),
    );
    const brought = bringCarriedActionsBeforePanel(withOwn, previous, colourScale);
    expect(brought.moved).toBe(1);
    expect(brought.assessment.actions.find((a) => a.id === 'amber-late')?.dueDate).toBe('2027-06-18');
    expect(brought.assessment.actions.find((a) => a.id === 'own')?.dueDate).toBe('2027-12-01');
    // Once the earlier assessment is deleted, dated carried actions still move; undated ones cannot be told red.
    const orphan = bringCarriedActionsBeforePanel(beta, undefined, colourScale);
    expect(orphan.assessment.actions.map((a) => [a.id, a.dueDate])).toEqual([
      ['amber-late', '2027-03-25'],
      ['amber-early', '2027-03-01'],
      ['red', null],
      ['green', null],
      ['team', '2027-09-01'],
    ]);
  });
});
