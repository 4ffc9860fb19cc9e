// Whether a form of an assessment holds changes that are not saved yet, as pure functions: the screens use
// them to ask before the person leaves the page and loses what they typed. Text is compared as it would be
// saved (line endings made plain, spaces at either end dropped), so typing and deleting again is no change.
import type { PointStatus } from '../../domain/assessment/assessment-model';

const asSaved = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** The status, reason and narrative of one point, as the point page's form holds them. */
export interface PointAnswerFields {
  status: PointStatus;
  notApplicableReason: string;
  narrative: string;
}

/** True when the point's form differs from what is saved. The reason counts only for "does not apply". */
export function pointAnswerChanged(draft: PointAnswerFields, saved: PointAnswerFields): boolean {
  if (draft.status !== saved.status) return true;
  if (asSaved(draft.narrative) !== asSaved(saved.narrative)) return true;
  return draft.status === 'not-applicable' && asSaved(draft.notApplicableReason) !== asSaved(saved.notApplicableReason);
}

/** True when any point's notes (point id to text; absent is empty) differ from what is saved. */
export function notesChanged(
  draft: Readonly<Record<string, string>>,
  saved: Readonly<Record<string, string>>,
): boolean {
  const ids = new Set([...Object.keys(draft), ...Object.keys(saved)]);
  return [...ids].some((id) => asSaved(draft[id] ?? '') !== asSaved(saved[id] ?? ''));
}

/** The outcome form's fields: '' stands for "not rated" and "no date". */
export interface OutcomeFields {
  reportReceived: string;
  pointRatings: Readonly<Record<string, string>>;
  overallRating: string;
  response: string;
}

/** True when the ratings, report date or response differ from what is saved ('' and absent are "not rated"). */
export function outcomeChanged(draft: OutcomeFields, saved: OutcomeFields): boolean {
  if (draft.reportReceived !== saved.reportReceived) return true;
  if (draft.overallRating !== saved.overallRating || draft.response !== saved.response) return true;
  const ids = new Set([...Object.keys(draft.pointRatings), ...Object.keys(saved.pointRatings)]);
  return [...ids].some((id) => (draft.pointRatings[id] ?? '') !== (saved.pointRatings[id] ?? ''));
}
