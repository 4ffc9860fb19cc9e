import { describe, expect, it } from 'vitest';
import { assessmentOverview } from '../../../src/domain/assessment/assessment-overview';
import { action, answer, assessment, points } from './fixtures';

describe('assessmentOverview', () => {
  const subject = assessment({
    answers: [
      answer('1', { status: 'ready', evidenceIds: ['e1', 'e2'] }),
      answer('2', { status: 'ready', evidenceIds: ['e1'] }),
      answer('3', { status: 'in-progress' }),
      answer('4', { status: 'not-applicable', notApplicableReason: 'No public users' }),
      answer('5', { status: 'in-progress', evidenceIds: ['gone'], needsReview: true }),
    ],
    actions: [
      action('x1', { dueDate: '2026-11-30', pointId: '3' }),
      action('x2', { dueDate: '2026-11-20' }),
      action('x3', { dueDate: '2026-12-01', pointId: '3' }),
      action('x4', { dueDate: '2026-10-01', done: true }),
      action('x5', { dueDate: null, pointId: '1' }),
    ],
  });

  it('counts ready points out of those that apply, and every status', () => {
    const overview = assessmentOverview(subject, points, '2026-12-01');
    expect(overview.ready).toBe(2);
    expect(overview.applicableTotal).toBe(13);
    expect(overview.statusCounts).toEqual({ 'not-started': 9, 'in-progress': 2, ready: 2, 'not-applicable': 1 });
    expect(overview.rows.map((row) => row.pointId)).toEqual(points.map((point) => point.id));
  });

  it('lists applicable points with no evidence, and ignores links to evidence no longer in the library', () => {
    const withAll = assessmentOverview(subject, points, '2026-12-01');
    expect(withAll.pointsWithoutEvidence).not.toContain('4');
    expect(withAll.pointsWithoutEvidence).not.toContain('5');
    expect(withAll.pointsWithoutEvidence).toContain('3');
    const library = assessmentOverview(subject, points, '2026-12-01', new Set(['e1', 'e2']));
    expect(library.pointsWithoutEvidence).toContain('5');
    expect(library.rows[0]?.evidenceCount).toBe(2);
  });

  it('lists open actions due before today as overdue, earliest first; an action due today is not overdue', () => {
    const overview = assessmentOverview(subject, points, '2026-12-01');
    expect(overview.overdueActions.map((a) => a.id)).toEqual(['x2', 'x1']);
    expect(overview.openActions).toBe(4);
    expect(overview.rows[2]?.openActions).toBe(2);
    expect(overview.pointsNeedingReview).toEqual(['5']);
  });

  it('counts days until the panel, or none when no panel is booked', () => {
    expect(assessmentOverview(subject, points, '2026-12-01').daysUntilPanel).toBe(14);
    expect(assessmentOverview(assessment({ panelDate: null }), points, '2026-12-01').daysUntilPanel).toBeNull();
  });

  it('covers only the points in scope of a reassessment', () => {
    const overview = assessmentOverview(assessment({ scope: ['3', '9'] }), points, '2026-12-01');
    expect(overview.rows.map((row) => row.pointId)).toEqual(['3', '9']);
    expect(overview.applicableTotal).toBe(2);
  });
});
