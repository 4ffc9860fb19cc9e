// Starting the next assessment from the last: a reassessment of the points the panel rated as failing, or the
// next phase's assessment (alpha to beta to live). Answers and evidence are carried and marked for review,
// open actions are carried with their ids (so the two assessments can be compared), and the new record
// points to the old one. Nothing is changed in the earlier assessment.
import type { RatingScale } from '../pack';
import type { Assessment, AssessmentStage, PointAnswer, PointStatus } from './assessment-model';
import { failingRatings } from './panel-outcome';
import { lastWorkingDayBefore } from './working-days';

const REASSESSMENT_OF: Partial<Record<AssessmentStage, AssessmentStage>> = {
  alpha: 'alpha-reassessment',
  beta: 'beta-reassessment',
  live: 'live-reassessment',
  'alpha-reassessment': 'alpha-reassessment',
  'beta-reassessment': 'beta-reassessment',
  'live-reassessment': 'live-reassessment',
  'live-review': 'live-reassessment',
};

const NEXT_STAGE: Partial<Record<AssessmentStage, AssessmentStage>> = {
  alpha: 'beta',
  'alpha-reassessment': 'beta',
  beta: 'live',
  'beta-reassessment': 'live',
};

export interface CarryOptions {
  id: string;
  now: Date;
  panelDate: string | null;
}

/** A carried answer keeps its words and evidence, but "ready" drops back to "in progress" until reviewed. */
function carryAnswer(answer: PointAnswer): PointAnswer {
  const status: PointStatus = answer.status === 'ready' ? 'in-progress' : answer.status;
  return {
    ...answer,
    status,
    evidenceIds: [...answer.evidenceIds],
    needsReview: true,
    rehearsalNotes: '',
  };
}

function carried(
  previous: Assessment,
  stage: AssessmentStage,
  scope: string[] | null,
  kind: 'reassessment' | 'next-stage',
  options: CarryOptions,
): Assessment {
  const inScope = scope === null ? null : new Set(scope);
  const at = options.now.toISOString();
  return {
    id: options.id,
    projectId: previous.projectId,
    standard: { ...previous.standard },
    stage,
    scope,
    panelDate: options.panelDate,
    createdAt: at,
    updatedAt: at,
    carriedFrom: { assessmentId: previous.id, kind },
    answers: previous.answers.filter((answer) => inScope === null || inScope.has(answer.pointId)).map(carryAnswer),
    actions: previous.actions.filter((action) => !action.done).map((action) => ({ ...action })),
    outcome: null,
  };
}

/** The points of an assessment the panel rated as failing, in `standardPointIds` order. */
export function pointsToReassess(
  previous: Assessment,
  scale: RatingScale,
  standardPointIds: readonly string[],
): string[] {
  const ratings = previous.outcome?.pointRatings ?? {};
  const failing = new Set(failingRatings(scale));
  return standardPointIds.filter((id) => {
    const rating = ratings[id];
    return rating !== undefined && failing.has(rating);
  });
}

/** Starts a reassessment of only the failing points. Throws when there is nothing to reassess. */
export function startReassessment(
  previous: Assessment,
  scale: RatingScale,
  standardPointIds: readonly string[],
  options: CarryOptions,
): Assessment {
  const stage = REASSESSMENT_OF[previous.stage];
  if (!stage) throw new Error('A self check is not assessed by a panel, so it cannot be reassessed');
  if (!previous.outcome) throw new Error('Record the panel’s ratings before starting a reassessment');
  const scope = pointsToReassess(previous, scale, standardPointIds);
  if (scope.length === 0) throw new Error('The panel rated no point as failing, so there is nothing to reassess');
  return carried(previous, stage, scope, 'reassessment', options);
}

/** The stage that follows, or null when there is none (live, a live review or a self check). */
export function nextStageOf(stage: AssessmentStage): AssessmentStage | null {
  return NEXT_STAGE[stage] ?? null;
}

/** Starts the next phase's assessment with every answer carried for review. Throws when there is no next phase. */
export function startNextStage(previous: Assessment, options: CarryOptions): Assessment {
  const stage = nextStageOf(previous.stage);
  if (!stage) throw new Error('There is no later phase to assess after this one');
  return carried(previous, stage, null, 'next-stage', options);
}

/** Carried actions brought before the next panel: how many, and the day they are now due by. */
export interface ActionsBroughtForward {
  assessment: Assessment;
  moved: number;
  /** The last working day before the panel, or null when the assessment has no panel date. */
  dueBy: string | null;
}

/**
 * Brings the panel actions carried into a next assessment before its panel, once the panel date is known: each
 * one not done and due after the last working day before the panel is then due on that day, and one with no
 * date that was about a point the last panel rated as failing (red), or about the service when it was rated
 * so, gets that day too. `previous` is the assessment it was carried from (undefined when it has since been
 * deleted: actions are then told apart by not being made from this assessment's own recommendations, and
 * those with no date are left alone).
 */
export function bringCarriedActionsBeforePanel(
  next: Assessment,
  previous: Assessment | undefined,
  scale: RatingScale,
): ActionsBroughtForward {
  if (!next.carriedFrom || next.panelDate === null) return { assessment: next, moved: 0, dueBy: null };
  const dueBy = lastWorkingDayBefore(next.panelDate);
  const carriedIds = previous ? new Set(previous.actions.map((a) => a.id)) : null;
  const ownRecommendations = new Set(next.outcome?.recommendations.map((r) => r.id) ?? []);
  const failing = new Set(failingRatings(scale));
  const ratings = previous?.outcome;
  const wasFailing = (pointId: string | null) => {
    const rating = pointId === null ? (ratings?.overallRating ?? null) : (ratings?.pointRatings[pointId] ?? null);
    return rating !== null && failing.has(rating);
  };
  let moved = 0;
  const actions = next.actions.map((action) => {
    if (action.source !== 'panel' || action.done) return action;
    const carried = carriedIds
      ? carriedIds.has(action.id)
      : action.recommendationId === undefined || !ownRecommendations.has(action.recommendationId);
    if (!carried) return action;
    const bring =
      action.dueDate === null ? previous !== undefined && wasFailing(action.pointId) : action.dueDate > dueBy;
    if (!bring) return action;
    moved += 1;
    return { ...action, dueDate: dueBy };
  });
  return { assessment: moved === 0 ? next : { ...next, actions }, moved, dueBy };
}
