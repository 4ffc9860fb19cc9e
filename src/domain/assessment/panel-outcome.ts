// The panel's outcome on the standard's own rating scale: which ratings count as failing (and send a point
// to reassessment), the ratings in words for documents and screens, the accept-or-challenge deadline, and
// actions made from the panel's recommendations with their due dates.
import type { RatingScale } from '../pack';
import type { Assessment, AssessmentAction, PanelOutcome } from './assessment-model';
import { isRealDate } from '../evidence-rules';
import { amberActionDueDate, lastWorkingDayBefore, responseDeadline } from './working-days';

const NOT_MET = /\bnot\s+met\b/i;

/**
 * The rating ids that mean a point must be assessed again: red on a colour scale; on a scale without colours,
 * the values named "not met"; failing those, the scale's lowest value (the scale lists values best first).
 */
export function failingRatings(scale: RatingScale): string[] {
  const red = scale.values.filter((value) => value.id === 'red' || value.label.trim().toLowerCase() === 'red');
  if (red.length > 0) return red.map((value) => value.id);
  const notMet = scale.values.filter((value) => NOT_MET.test(value.id.replace(/-/g, ' ')) || NOT_MET.test(value.label));
  if (notMet.length > 0) return notMet.map((value) => value.id);
  const lowest = scale.values[scale.values.length - 1];
  return lowest ? [lowest.id] : [];
}

/** The rating ids whose actions are due within three months of the report (amber on a colour scale). */
export function timeLimitedRatings(scale: RatingScale): string[] {
  return scale.values
    .filter((value) => value.id === 'amber' || value.label.trim().toLowerCase() === 'amber')
    .map((value) => value.id);
}

/** A rating in words, as the scale names it, so that no screen or document relies on colour alone. */
export function ratingLabel(scale: RatingScale | undefined, ratingId: string | null): string {
  if (ratingId === null) return 'Not rated';
  return scale?.values.find((value) => value.id === ratingId)?.label ?? ratingId;
}

/** A blank outcome, to fill in when the report arrives. */
export function emptyOutcome(): PanelOutcome {
  return {
    pointRatings: {},
    overallRating: null,
    recommendations: [],
    reportReceived: null,
    responseDeadline: null,
    response: 'none',
  };
}

/** Records the day the report arrived and works out the deadline to accept or challenge it. */
export function withReportReceived(outcome: PanelOutcome, reportReceived: string): PanelOutcome {
  return { ...outcome, reportReceived, responseDeadline: responseDeadline(reportReceived).date };
}

/**
 * The due date the rules give an action made from a recommendation about `pointId` (null: the service as a
 * whole). On a point rated amber (or an amber service) it is three months after the report, or the last working
 * day before the next assessment's panel when that is booked and earlier. Otherwise, and before the report
 * date is known, there is no date until the team sets one.
 */
export function recommendationDueDate(
  outcome: PanelOutcome | null,
  scale: RatingScale,
  pointId: string | null,
  nextPanelDate: string | null,
): string | null {
  if (!outcome?.reportReceived) return null;
  const rating = pointId === null ? outcome.overallRating : (outcome.pointRatings[pointId] ?? null);
  if (rating === null || !timeLimitedRatings(scale).includes(rating)) return null;
  const due = amberActionDueDate(outcome.reportReceived).date;
  const beforePanel = nextPanelDate !== null && isRealDate(nextPanelDate) ? lastWorkingDayBefore(nextPanelDate) : null;
  return beforePanel !== null && beforePanel < due ? beforePanel : due;
}

/**
 * Actions made from the panel's recommendations that have no action yet. A recommendation has one when an
 * action was made from it (recorded by its id), or, for actions recorded before that, when a panel action
 * has the same point and words. Due dates follow `recommendationDueDate`. `newId` gives each action its id.
 */
export function actionsFromRecommendations(
  assessment: Assessment,
  scale: RatingScale,
  newId: () => string,
  nextPanelDate: string | null = null,
): AssessmentAction[] {
  const outcome = assessment.outcome;
  if (!outcome) return [];
  const panelActions = assessment.actions.filter((action) => action.source === 'panel');
  const madeFrom = new Set(panelActions.map((action) => action.recommendationId));
  const sameWords = new Set(
    panelActions
      .filter((action) => action.recommendationId === undefined)
      .map((action) => `${action.pointId ?? ''}\u0000${action.what}`),
  );
  const actions: AssessmentAction[] = [];
  for (const recommendation of outcome.recommendations) {
    if (madeFrom.has(recommendation.id)) continue;
    if (sameWords.has(`${recommendation.pointId ?? ''}\u0000${recommendation.text}`)) continue;
    actions.push({
      id: newId(),
      what: recommendation.text,
      owner: '',
      dueDate: recommendationDueDate(outcome, scale, recommendation.pointId, nextPanelDate),
      done: false,
      source: 'panel',
      pointId: recommendation.pointId,
      recommendationId: recommendation.id,
    });
  }
  return actions;
}

/**
 * The actions of `after` once its outcome has changed from `before`'s (a new report date or new ratings): an
 * action made from a recommendation, not done, whose due date is still the one the rules gave before, takes
 * the date the rules give now (with or without the next panel, which may have been booked since). A date the
 * team changed by hand, and every other action, is left alone.
 */
export function redatedPanelActions(
  before: Assessment,
  after: Assessment,
  scale: RatingScale,
  nextPanelDate: string | null,
): AssessmentAction[] {
  return after.actions.map((action) => {
    if (action.source !== 'panel' || action.recommendationId === undefined || action.done) return action;
    const recommendation = after.outcome?.recommendations.find((r) => r.id === action.recommendationId);
    const pointId = recommendation ? recommendation.pointId : action.pointId;
    // The next panel may have been booked after the action was made: either date was the rules'.
    const was = [
      recommendationDueDate(before.outcome, scale, pointId, nextPanelDate),
      recommendationDueDate(before.outcome, scale, pointId, null),
    ];
    const now = recommendationDueDate(after.outcome, scale, pointId, nextPanelDate);
    return was.includes(action.dueDate) && action.dueDate !== now ? { ...action, dueDate: now } : action;
  });
}
