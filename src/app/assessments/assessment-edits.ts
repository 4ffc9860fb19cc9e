// The changes a team makes to an assessment while preparing for its panel, as pure functions: each takes
// the assessment and gives back the changed one, or messages for the fields of the form (nothing changes
// then). The use cases in assessment-actions.ts save the outcome onto the copy the person was shown.
import {
  answerFor,
  ASSESSMENT_LIMITS,
  type Assessment,
  type AssessmentAction,
  type PointAnswer,
  type PointStatus,
  POINT_STATUSES,
} from '../../domain/assessment/assessment-model';
import { isRealDate } from '../../domain/evidence-rules';

export type AssessmentErrors = Partial<Record<string, string>>;
export type AssessmentEdit = { ok: true; assessment: Assessment } | { ok: false; errors: AssessmentErrors };

const ok = (assessment: Assessment): AssessmentEdit => ({ ok: true, assessment });
const refuse = (errors: AssessmentErrors): AssessmentEdit => ({ ok: false, errors });

/** The assessment with one point's answer replaced (added when the point had none yet). */
function withAnswer(assessment: Assessment, answer: PointAnswer): Assessment {
  const found = assessment.answers.some((a) => a.pointId === answer.pointId);
  return {
    ...assessment,
    answers: found
      ? assessment.answers.map((a) => (a.pointId === answer.pointId ? answer : a))
      : [...assessment.answers, answer],
  };
}

/** Refuses a point the assessment does not cover (not in its scope, or not in the standard). */
function mustCover(assessment: Assessment, pointIds: readonly string[], pointId: string): AssessmentErrors | null {
  const inScope = assessment.scope === null || assessment.scope.includes(pointId);
  return inScope && pointIds.includes(pointId) ? null : { point: 'This assessment does not cover that point.' };
}

/** A panel date as typed: '' for none, otherwise a real date. */
export function checkPanelDate(value: string): { ok: true; date: string | null } | { ok: false; error: string } {
  const date = value.trim();
  if (date === '') return { ok: true, date: null };
  return isRealDate(date) ? { ok: true, date } : { ok: false, error: 'Enter a real date, for example 12 1 2027' };
}

export function setPanelDate(assessment: Assessment, value: string): AssessmentEdit {
  const checked = checkPanelDate(value);
  return checked.ok ? ok({ ...assessment, panelDate: checked.date }) : refuse({ panelDate: checked.error });
}

/** What the point page's form holds: the status, why the point does not apply, and the narrative. */
export interface PointAnswerDraft {
  status: PointStatus;
  notApplicableReason: string;
  narrative: string;
}

/**
 * Records a point's status and narrative (as plain text). A point that does not apply needs a reason;
 * the reason is kept only for that status. Saving an answer carried from an earlier assessment marks it
 * reviewed.
 */
export function setPointAnswer(
  assessment: Assessment,
  pointIds: readonly string[],
  pointId: string,
  draft: PointAnswerDraft,
): AssessmentEdit {
  const notCovered = mustCover(assessment, pointIds, pointId);
  if (notCovered) return refuse(notCovered);
  const errors: AssessmentErrors = {};
  if (!POINT_STATUSES.includes(draft.status)) errors.status = 'Choose how ready this point is';
  const reason = draft.notApplicableReason.trim();
  if (draft.status === 'not-applicable' && reason === '')
    errors.notApplicableReason = 'Say why this point does not apply';
  else if (reason.length > ASSESSMENT_LIMITS.reason)
    errors.notApplicableReason = `The reason must be ${ASSESSMENT_LIMITS.reason} characters or fewer`;
  const narrative = draft.narrative.replace(/\r\n?/g, '\n').trim();
  if (narrative.length > ASSESSMENT_LIMITS.narrative)
    errors.narrative = `The narrative must be ${ASSESSMENT_LIMITS.narrative.toLocaleString('en-GB')} characters or fewer`;
  if (Object.keys(errors).length > 0) return refuse(errors);
  return ok(
    withAnswer(assessment, {
      ...answerFor(assessment, pointId),
      status: draft.status,
      notApplicableReason: draft.status === 'not-applicable' ? reason : '',
      narrative: { type: 'plain', text: narrative },
      needsReview: false,
    }),
  );
}

/** Uses evidence items of the project's library for a point; an item already used is not added twice. */
export function addPointEvidence(
  assessment: Assessment,
  pointIds: readonly string[],
  pointId: string,
  evidenceIds: readonly string[],
): AssessmentEdit {
  const notCovered = mustCover(assessment, pointIds, pointId);
  if (notCovered) return refuse(notCovered);
  if (evidenceIds.length === 0) return refuse({ evidence: 'Choose at least one item of evidence' });
  const answer = answerFor(assessment, pointId);
  const merged = [...answer.evidenceIds, ...evidenceIds.filter((id) => !answer.evidenceIds.includes(id))];
  if (merged.length > ASSESSMENT_LIMITS.evidencePerPoint)
    return refuse({ evidence: `A point can use up to ${ASSESSMENT_LIMITS.evidencePerPoint} items of evidence` });
  return ok(withAnswer(assessment, { ...answer, evidenceIds: [...new Set(merged)] }));
}

/** Stops using an evidence item for a point; the item stays in the library and on other points. */
export function removePointEvidence(assessment: Assessment, pointId: string, evidenceId: string): AssessmentEdit {
  const answer = answerFor(assessment, pointId);
  return ok(withAnswer(assessment, { ...answer, evidenceIds: answer.evidenceIds.filter((id) => id !== evidenceId) }));
}

/** What the action form holds. */
export interface ActionDraft {
  what: string;
  owner: string;
  /** `YYYY-MM-DD`, or '' for no due date. */
  dueDate: string;
  done: boolean;
}

export function emptyActionDraft(): ActionDraft {
  return { what: '', owner: '', dueDate: '', done: false };
}

export function actionDraftOf(action: AssessmentAction): ActionDraft {
  return { what: action.what, owner: action.owner, dueDate: action.dueDate ?? '', done: action.done };
}

/** Adds an action (`actionId` null, about `pointId`, or the whole service when that is null) or changes one. */
export function saveAction(
  assessment: Assessment,
  request: { actionId: string | null; pointId: string | null; draft: ActionDraft; newId: () => string },
): AssessmentEdit {
  const { draft } = request;
  const errors: AssessmentErrors = {};
  const what = draft.what.trim();
  const owner = draft.owner.trim();
  const dueDate = draft.dueDate.trim();
  if (what === '') errors.what = 'Enter what needs to be done';
  else if (what.length > ASSESSMENT_LIMITS.actionText)
    errors.what = `What needs to be done must be ${ASSESSMENT_LIMITS.actionText.toLocaleString('en-GB')} characters or fewer`;
  if (owner.length > ASSESSMENT_LIMITS.owner)
    errors.owner = `The owner must be ${ASSESSMENT_LIMITS.owner} characters or fewer`;
  if (dueDate !== '' && !isRealDate(dueDate)) errors.dueDate = 'Enter a real date, for example 12 1 2027';
  if (Object.keys(errors).length > 0) return refuse(errors);
  const fields = { what, owner, dueDate: dueDate === '' ? null : dueDate, done: draft.done };
  if (request.actionId === null) {
    if (assessment.actions.length >= ASSESSMENT_LIMITS.actions)
      return refuse({ what: `An assessment can hold up to ${ASSESSMENT_LIMITS.actions} actions` });
    const action: AssessmentAction = { id: request.newId(), source: 'team', pointId: request.pointId, ...fields };
    return ok({ ...assessment, actions: [...assessment.actions, action] });
  }
  if (!assessment.actions.some((a) => a.id === request.actionId))
    return refuse({ action: 'That action is no longer in this assessment.' });
  return ok({
    ...assessment,
    actions: assessment.actions.map((a) => (a.id === request.actionId ? { ...a, ...fields } : a)),
  });
}

export function setActionDone(assessment: Assessment, actionId: string, done: boolean): AssessmentEdit {
  if (!assessment.actions.some((a) => a.id === actionId))
    return refuse({ action: 'That action is no longer in this assessment.' });
  return ok({ ...assessment, actions: assessment.actions.map((a) => (a.id === actionId ? { ...a, done } : a)) });
}

export function deleteAction(assessment: Assessment, actionId: string): AssessmentEdit {
  return ok({ ...assessment, actions: assessment.actions.filter((a) => a.id !== actionId) });
}
