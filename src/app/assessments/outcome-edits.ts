// The changes a team makes for the mock assessment and once the panel's report arrives, as pure functions:
// rehearsal notes per point, the ratings on the standard's own scale with the report date and the team's
// response, the panel's recommendations, and actions made from them. Each takes the assessment and gives
// back the changed one, or messages for the fields of the form (nothing changes then).
import {
  answerFor,
  ASSESSMENT_LIMITS,
  PANEL_RESPONSES,
  pointsInScope,
  type Assessment,
  type PanelOutcome,
  type PanelResponse,
} from '../../domain/assessment/assessment-model';
import {
  actionsFromRecommendations,
  emptyOutcome,
  redatedPanelActions,
  withReportReceived,
} from '../../domain/assessment/panel-outcome';
import { displayDate } from '../../domain/display-date';
import { isRealDate } from '../../domain/evidence-rules';
import type { RatingScale } from '../../domain/pack';
import type { AssessmentEdit, AssessmentErrors } from './assessment-edits';

const ok = (assessment: Assessment): AssessmentEdit => ({ ok: true, assessment });
const refuse = (errors: AssessmentErrors): AssessmentEdit => ({ ok: false, errors });

/** The outcome recorded so far, or a blank one. */
export function outcomeOf(assessment: Assessment): PanelOutcome {
  return assessment.outcome ?? emptyOutcome();
}

/** True when the standard's scale rates the service as a whole, or the panel already gave an overall rating. */
export function hasOverallRating(scale: RatingScale | undefined, outcome: PanelOutcome | null): boolean {
  return scale?.overall === true || (outcome?.overallRating ?? null) !== null;
}

/**
 * Records what the team rehearsed for each point (point id to notes). Points the assessment does not cover
 * are refused; notes for points not in `notes` are left as they are.
 */
export function setRehearsalNotes(
  assessment: Assessment,
  pointIds: readonly string[],
  notes: Readonly<Record<string, string>>,
): AssessmentEdit {
  const covered = new Set(pointsInScope(assessment, pointIds));
  const errors: AssessmentErrors = {};
  const cleaned = new Map<string, string>();
  for (const [pointId, text] of Object.entries(notes)) {
    if (!covered.has(pointId)) return refuse({ point: 'This assessment does not cover that point.' });
    const value = text.replace(/\r\n?/g, '\n').trim();
    if (value.length > ASSESSMENT_LIMITS.rehearsal)
      errors[`rehearsal-${pointId}`] =
        `The notes for point ${pointId} must be ${ASSESSMENT_LIMITS.rehearsal.toLocaleString('en-GB')} characters or fewer`;
    cleaned.set(pointId, value);
  }
  if (Object.keys(errors).length > 0) return refuse(errors);
  const answers = assessment.answers.map((answer) =>
    cleaned.has(answer.pointId) ? { ...answer, rehearsalNotes: cleaned.get(answer.pointId) ?? '' } : answer,
  );
  for (const [pointId, value] of cleaned)
    if (value !== '' && !answers.some((answer) => answer.pointId === pointId))
      answers.push({ ...answerFor(assessment, pointId), rehearsalNotes: value });
  return ok({ ...assessment, answers });
}

/** What the outcome form holds: '' stands for "not rated" and "no date". */
export interface OutcomeDraft {
  /** `YYYY-MM-DD`, or ''. */
  reportReceived: string;
  /** Rating id per point id; '' or absent for a point not rated. */
  pointRatings: Readonly<Record<string, string>>;
  overallRating: string;
  response: PanelResponse;
}

export function outcomeDraftOf(assessment: Assessment): OutcomeDraft {
  const outcome = outcomeOf(assessment);
  return {
    reportReceived: outcome.reportReceived ?? '',
    pointRatings: { ...outcome.pointRatings },
    overallRating: outcome.overallRating ?? '',
    response: outcome.response,
  };
}

/**
 * Records the panel's ratings on the standard's own scale, the day the report arrived (which sets the
 * deadline to accept or challenge it, ten working days on) and whether the team accepted or challenged it.
 * A standard with no rating scale takes no ratings; one without an overall rating takes none for the service.
 * A report cannot come before the panel. Actions made from recommendations whose due dates are still the
 * ones the rules gave take the dates the new report date and ratings give (`nextPanelDate`: the panel of the
 * next assessment, when one is booked); dates the team set by hand stay.
 */
export function setOutcome(
  assessment: Assessment,
  scale: RatingScale | undefined,
  pointIds: readonly string[],
  draft: OutcomeDraft,
  options: { nextPanelDate: string | null } = { nextPanelDate: null },
): AssessmentEdit {
  const errors: AssessmentErrors = {};
  const values = new Set(scale?.values.map((value) => value.id) ?? []);
  const covered = new Set(pointsInScope(assessment, pointIds));
  const pointRatings: Record<string, string> = {};
  for (const [pointId, rating] of Object.entries(draft.pointRatings)) {
    if (rating === '') continue;
    if (!covered.has(pointId)) return refuse({ point: 'This assessment does not cover that point.' });
    if (!values.has(rating)) errors[`rating-${pointId}`] = `Choose a rating for point ${pointId} from the scale`;
    else pointRatings[pointId] = rating;
  }
  const overall = draft.overallRating;
  if (overall !== '' && (!hasOverallRating(scale, assessment.outcome) || !values.has(overall)))
    errors.overallRating = 'Choose an overall rating from the scale';
  const reportReceived = draft.reportReceived.trim();
  if (reportReceived !== '' && !isRealDate(reportReceived))
    errors.reportReceived = 'Enter a real date, for example 4 1 2027';
  else if (reportReceived !== '' && assessment.panelDate !== null && reportReceived < assessment.panelDate)
    errors.reportReceived = `The report date must be on or after the panel on ${displayDate(assessment.panelDate)}`;
  if (!PANEL_RESPONSES.includes(draft.response)) errors.response = 'Choose whether the team accepted the report';
  else if (draft.response !== 'none' && reportReceived === '')
    errors.reportReceived = 'Enter the date of the report before saying whether it was accepted or challenged';
  if (Object.keys(errors).length > 0) return refuse(errors);
  const base: PanelOutcome = {
    ...outcomeOf(assessment),
    pointRatings,
    overallRating: overall === '' ? null : overall,
    response: draft.response,
  };
  const outcome =
    reportReceived === ''
      ? { ...base, reportReceived: null, responseDeadline: null }
      : withReportReceived(base, reportReceived);
  const changed = { ...assessment, outcome };
  const actions = redatedPanelActions(assessment, changed, scale ?? { values: [] }, options.nextPanelDate);
  return ok({ ...changed, actions });
}

/** What the recommendation form holds; `pointId` '' is the service as a whole. */
export interface RecommendationDraft {
  pointId: string;
  text: string;
}

/** Adds a recommendation (`recommendationId` null) or changes one; it may be about a point or the whole service. */
export function saveRecommendation(
  assessment: Assessment,
  pointIds: readonly string[],
  request: { recommendationId: string | null; draft: RecommendationDraft; newId: () => string },
): AssessmentEdit {
  const errors: AssessmentErrors = {};
  const text = request.draft.text.replace(/\r\n?/g, '\n').trim();
  const pointId = request.draft.pointId === '' ? null : request.draft.pointId;
  if (text === '') errors.text = 'Enter what the panel recommends';
  else if (text.length > ASSESSMENT_LIMITS.recommendation)
    errors.text = `The recommendation must be ${ASSESSMENT_LIMITS.recommendation.toLocaleString('en-GB')} characters or fewer`;
  if (pointId !== null && !pointsInScope(assessment, pointIds).includes(pointId))
    errors.pointId = 'Choose a point this assessment covers, or the service as a whole';
  if (Object.keys(errors).length > 0) return refuse(errors);
  const outcome = outcomeOf(assessment);
  if (request.recommendationId === null) {
    if (outcome.recommendations.length >= ASSESSMENT_LIMITS.actions)
      return refuse({ text: `An outcome can hold up to ${ASSESSMENT_LIMITS.actions} recommendations` });
    const recommendation = { id: request.newId(), pointId, text };
    return ok({
      ...assessment,
      outcome: { ...outcome, recommendations: [...outcome.recommendations, recommendation] },
    });
  }
  const before = outcome.recommendations.find((r) => r.id === request.recommendationId);
  if (!before) return refuse({ recommendation: 'That recommendation is no longer in this outcome.' });
  // The action made from it follows the change, unless the team has since reworded the action.
  const actions = assessment.actions.map((action) =>
    action.recommendationId === before.id && action.what === before.text ? { ...action, what: text, pointId } : action,
  );
  return ok({
    ...assessment,
    actions,
    outcome: {
      ...outcome,
      recommendations: outcome.recommendations.map((r) =>
        r.id === request.recommendationId ? { ...r, pointId, text } : r,
      ),
    },
  });
}

/** Removes a recommendation; actions already made from it stay. */
export function deleteRecommendation(assessment: Assessment, recommendationId: string): AssessmentEdit {
  const outcome = outcomeOf(assessment);
  return ok({
    ...assessment,
    outcome: { ...outcome, recommendations: outcome.recommendations.filter((r) => r.id !== recommendationId) },
  });
}

/**
 * Makes an action for each recommendation that has none yet (source 'panel'), so doing it twice adds
 * nothing. Due dates come from the domain (recommendationDueDate): a recommendation on an amber point (or an
 * amber service) is due three months after the report; when the next assessment's panel date is known and
 * earlier, it is due on the last working day before that panel instead. Other recommendations get no due date
 * until the team sets one.
 */
export function createActionsFromRecommendations(
  assessment: Assessment,
  scale: RatingScale | undefined,
  request: { newId: () => string; nextPanelDate: string | null },
): AssessmentEdit {
  const outcome = assessment.outcome;
  if (!outcome || outcome.recommendations.length === 0)
    return refuse({ recommendation: 'Add the panel\u2019s recommendations first.' });
  const actions = actionsFromRecommendations(assessment, scale ?? { values: [] }, request.newId, request.nextPanelDate);
  if (assessment.actions.length + actions.length > ASSESSMENT_LIMITS.actions)
    return refuse({ recommendation: `An assessment can hold up to ${ASSESSMENT_LIMITS.actions} actions` });
  return ok({ ...assessment, actions: [...assessment.actions, ...actions] });
}
