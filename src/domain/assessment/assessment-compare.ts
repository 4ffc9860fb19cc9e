// Comparing two assessments of the same project, usually one and the assessment started from it: for each
// point, how its status and rating moved and which evidence was added or removed; and which actions were
// closed, are still open, are new or were dropped. Actions are matched by id, which carrying keeps. A
// reassessment covers only some points: the points only one of the two covers are left out of the comparison
// (their answers did not move, they were not asked about) and listed so the screen can say so.
import { answerFor, pointsInScope, type Assessment, type AssessmentAction, type PointStatus } from './assessment-model';

export interface PointChange {
  pointId: string;
  statusBefore: PointStatus;
  statusAfter: PointStatus;
  ratingBefore: string | null;
  ratingAfter: string | null;
  statusMoved: boolean;
  ratingMoved: boolean;
  evidenceAdded: string[];
  evidenceRemoved: string[];
}

export interface AssessmentComparison {
  points: PointChange[];
  /** Points of the standard that only one of the two covers (outside a reassessment), in order: not compared. */
  notCompared: string[];
  overallBefore: string | null;
  overallAfter: string | null;
  /** Open in the earlier assessment and done in the later one. */
  actionsClosed: AssessmentAction[];
  /** Open in both. */
  actionsStillOpen: AssessmentAction[];
  /** Only in the later assessment. */
  actionsNew: AssessmentAction[];
  /** Open in the earlier assessment and not carried to the later one. */
  actionsDropped: AssessmentAction[];
}

/**
 * Compares `earlier` with `later` point by point, in `standardPointIds` order, covering every point both
 * assessments cover that either answered or rated. Throws when the two belong to different projects.
 */
export function compareAssessments(
  earlier: Assessment,
  later: Assessment,
  standardPointIds: readonly string[],
): AssessmentComparison {
  if (earlier.projectId !== later.projectId) throw new Error('Only assessments of the same project can be compared');
  const touched = new Set<string>();
  for (const assessment of [earlier, later]) {
    for (const answer of assessment.answers) touched.add(answer.pointId);
    for (const pointId of Object.keys(assessment.outcome?.pointRatings ?? {})) touched.add(pointId);
    for (const pointId of assessment.scope ?? []) touched.add(pointId);
  }
  const inEarlier = new Set(pointsInScope(earlier, standardPointIds));
  const inLater = new Set(pointsInScope(later, standardPointIds));
  const both = (pointId: string) => inEarlier.has(pointId) && inLater.has(pointId);
  const notCompared = standardPointIds.filter(
    (pointId) => (inEarlier.has(pointId) || inLater.has(pointId)) && !both(pointId),
  );
  const points = standardPointIds
    .filter((pointId) => touched.has(pointId) && both(pointId))
    .map((pointId): PointChange => {
      const before = answerFor(earlier, pointId);
      const after = answerFor(later, pointId);
      const ratingBefore = earlier.outcome?.pointRatings[pointId] ?? null;
      const ratingAfter = later.outcome?.pointRatings[pointId] ?? null;
      const had = new Set(before.evidenceIds);
      const has = new Set(after.evidenceIds);
      return {
        pointId,
        statusBefore: before.status,
        statusAfter: after.status,
        ratingBefore,
        ratingAfter,
        statusMoved: before.status !== after.status,
        ratingMoved: ratingBefore !== ratingAfter,
        evidenceAdded: after.evidenceIds.filter((id) => !had.has(id)),
        evidenceRemoved: before.evidenceIds.filter((id) => !has.has(id)),
      };
    });

  const laterActions = new Map(later.actions.map((action) => [action.id, action]));
  const earlierIds = new Set(earlier.actions.map((action) => action.id));
  const actionsClosed: AssessmentAction[] = [];
  const actionsStillOpen: AssessmentAction[] = [];
  const actionsDropped: AssessmentAction[] = [];
  for (const action of earlier.actions) {
    if (action.done) continue;
    const now = laterActions.get(action.id);
    if (!now) actionsDropped.push(action);
    else if (now.done) actionsClosed.push(now);
    else actionsStillOpen.push(now);
  }
  return {
    points,
    notCompared,
    overallBefore: earlier.outcome?.overallRating ?? null,
    overallAfter: later.outcome?.overallRating ?? null,
    actionsClosed,
    actionsStillOpen,
    actionsNew: later.actions.filter((action) => !earlierIds.has(action.id)),
    actionsDropped,
  };
}
