// The panel's outcome on the standard's own rating scale: which ratings count as failing (and send a point
// to reassessment), the ratings in words for documents and screens, the accept-or-challenge deadline, and
// actions made from the panel's recommendations with their due dates.
import type { RatingScale } from '../pack';
import type { Assessment, AssessmentAction, PanelOutcome } from './assessment-model';
import { amberActionDueDate, responseDeadline } from './working-days';

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
 * Actions made from the panel's recommendations that have no action yet. A recommendation has one when an
 * action was made from it (recorded by its id), or, for actions recorded before that, when a panel action
 * has the same point and words. A recommendation on a point rated amber (or on the service, when the overall
 * rating is amber) is due three months after the report; others get no due date until the team sets one.
 * `newId` gives each action its id.
 */
export function actionsFromRecommendations(
  assessment: Assessment,
  scale: RatingScale,
  newId: () => string,
): AssessmentAction[] {
  const outcome = assessment.outcome;
  if (!outcome) return [];
  const timeLimited = new Set(timeLimitedRatings(scale));
  const panelActions = assessment.actions.filter((action) => action.source === 'panel');
  const madeFrom = new Set(panelActions.map((action) => action.recommendationId));
  const sameWords = new Set(
    panelActions
      .filter((action) => action.recommendationId === undefined)
      .map((action) => `${action.pointId ?? ''}\u0000${action.what}`),
  );
  const amberDue = outcome.reportReceived ? amberActionDueDate(outcome.reportReceived).date : null;
  const actions: AssessmentAction[] = [];
  for (const recommendation of outcome.recommendations) {
    if (madeFrom.has(recommendation.id)) continue;
    if (sameWords.has(`${recommendation.pointId ?? ''}\u0000${recommendation.text}`)) continue;
    const rating =
      recommendation.pointId === null ? outcome.overallRating : (outcome.pointRatings[recommendation.pointId] ?? null);
    actions.push({
      id: newId(),
      what: recommendation.text,
      owner: '',
      dueDate: rating !== null && timeLimited.has(rating) ? amberDue : null,
      done: false,
      source: 'panel',
      pointId: recommendation.pointId,
      recommendationId: recommendation.id,
    });
  }
  return actions;
}
