// The overview of an assessment, in the task list pattern: each point in scope with its status, how many
// are ready out of those that apply, which have no evidence, which actions are overdue and how many days
// are left until the panel. One pass over answers and actions so that it stays fast for large assessments.
import {
  emptyAnswer,
  pointsInScope,
  type Assessment,
  type AssessmentAction,
  type PointStatus,
} from './assessment-model';
import { daysUntil } from './working-days';

/** What the overview needs to know about a point of the standard. */
export interface OverviewPoint {
  id: string;
  title: string;
}

export interface OverviewRow {
  pointId: string;
  title: string;
  status: PointStatus;
  evidenceCount: number;
  openActions: number;
  needsReview: boolean;
}

export interface AssessmentOverview {
  rows: OverviewRow[];
  /** Points in scope that are not marked not applicable. */
  applicableTotal: number;
  ready: number;
  statusCounts: Record<PointStatus, number>;
  /** Applicable points in scope with no evidence from the library, in the standard's order. */
  pointsWithoutEvidence: string[];
  /** Answers carried from an earlier assessment that nobody has reviewed. */
  pointsNeedingReview: string[];
  openActions: number;
  /** Open actions due before today, earliest first. */
  overdueActions: AssessmentAction[];
  /** Calendar days until the panel (negative once it has passed), or null when no panel is booked. */
  daysUntilPanel: number | null;
}

/**
 * Works out the overview. `libraryIds`, when given, holds the ids of the project's evidence items: a link
 * to an item that has since been deleted does not count as evidence. `today` is `YYYY-MM-DD`.
 */
export function assessmentOverview(
  assessment: Assessment,
  points: readonly OverviewPoint[],
  today: string,
  libraryIds: ReadonlySet<string> | null = null,
): AssessmentOverview {
  const answers = new Map(assessment.answers.map((answer) => [answer.pointId, answer]));
  const openByPoint = new Map<string, number>();
  const overdueActions: AssessmentAction[] = [];
  let openActions = 0;
  for (const action of assessment.actions) {
    if (action.done) continue;
    openActions += 1;
    if (action.pointId !== null) openByPoint.set(action.pointId, (openByPoint.get(action.pointId) ?? 0) + 1);
    // Dates are YYYY-MM-DD, so comparing them as text compares them as days.
    if (action.dueDate !== null && action.dueDate < today) overdueActions.push(action);
  }
  overdueActions.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));

  const titles = new Map(points.map((point) => [point.id, point.title]));
  const statusCounts: Record<PointStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    ready: 0,
    'not-applicable': 0,
  };
  const rows: OverviewRow[] = [];
  const pointsWithoutEvidence: string[] = [];
  const pointsNeedingReview: string[] = [];
  for (const pointId of pointsInScope(
    assessment,
    points.map((point) => point.id),
  )) {
    const answer = answers.get(pointId) ?? emptyAnswer(pointId);
    const evidenceCount = libraryIds
      ? answer.evidenceIds.filter((id) => libraryIds.has(id)).length
      : answer.evidenceIds.length;
    statusCounts[answer.status] += 1;
    if (answer.status !== 'not-applicable' && evidenceCount === 0) pointsWithoutEvidence.push(pointId);
    if (answer.needsReview) pointsNeedingReview.push(pointId);
    rows.push({
      pointId,
      title: titles.get(pointId) ?? pointId,
      status: answer.status,
      evidenceCount,
      openActions: openByPoint.get(pointId) ?? 0,
      needsReview: answer.needsReview,
    });
  }
  return {
    rows,
    applicableTotal: rows.length - statusCounts['not-applicable'],
    ready: statusCounts.ready,
    statusCounts,
    pointsWithoutEvidence,
    pointsNeedingReview,
    openActions,
    overdueActions,
    daysUntilPanel: assessment.panelDate === null ? null : daysUntil(today, assessment.panelDate),
  };
}
