// Pure edits of a revision's assumptions log: checking what a person typed into the assumption form, and
// adding, changing or removing one assumption. No storage here; assumption-actions.ts saves the result.
import type { Assumption, AssumptionStatus, Confidence } from '../../domain/business-case/model';
import { ASSUMPTION_STATUSES, CONFIDENCE_LEVELS } from '../../domain/business-case/model';

export const ASSUMPTION_LIMITS = { text: 4000, test: 4000, sections: 200, evidence: 200, count: 1000 } as const;

/** What the assumption form holds; `testBy` is `YYYY-MM-DD` or empty. */
export interface AssumptionInput {
  text: string;
  sectionIds: string[];
  confidence: Confidence | null;
  test: string;
  testBy: string;
  status: AssumptionStatus | null;
  evidenceIds: string[];
}

export type AssumptionField = 'text' | 'sections' | 'confidence' | 'test' | 'testBy' | 'status' | 'evidence';
export type AssumptionErrors = Partial<Record<AssumptionField, string>>;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function emptyAssumptionInput(): AssumptionInput {
  return { text: '', sectionIds: [], confidence: null, test: '', testBy: '', status: 'untested', evidenceIds: [] };
}

export function assumptionInput(assumption: Assumption): AssumptionInput {
  return {
    text: assumption.text,
    sectionIds: [...assumption.sectionIds],
    confidence: assumption.confidence,
    test: assumption.test,
    testBy: assumption.testBy ?? '',
    status: assumption.status,
    evidenceIds: [...assumption.evidenceIds],
  };
}

/**
 * Checks the form and makes the assumption, or says what to fix. `knownSections` (the template's section
 * ids) and `knownEvidence` (the evidence library's item ids), when given, are the only ones allowed.
 */
export function checkAssumption(
  id: string,
  input: AssumptionInput,
  known: { sections?: ReadonlySet<string>; evidence?: ReadonlySet<string> } = {},
): { ok: true; value: Assumption } | { ok: false; errors: AssumptionErrors } {
  const errors: AssumptionErrors = {};
  const text = input.text.trim();
  const test = input.test.trim();
  const testBy = input.testBy.trim();
  const sectionIds = [...new Set(input.sectionIds)];
  const evidenceIds = [...new Set(input.evidenceIds)];
  if (text.length === 0) errors.text = 'Write down the assumption.';
  else if (text.length > ASSUMPTION_LIMITS.text)
    errors.text = `The assumption must be ${ASSUMPTION_LIMITS.text} characters or fewer.`;
  if (sectionIds.length > ASSUMPTION_LIMITS.sections)
    errors.sections = `Choose no more than ${ASSUMPTION_LIMITS.sections} sections.`;
  else if (known.sections && sectionIds.some((s) => !known.sections?.has(s)))
    errors.sections = 'Choose only sections of this case\u2019s template.';
  if (input.confidence === null || !CONFIDENCE_LEVELS.includes(input.confidence))
    errors.confidence = 'Choose how confident the team is that the assumption is true.';
  if (test.length > ASSUMPTION_LIMITS.test)
    errors.test = `How it will be tested must be ${ASSUMPTION_LIMITS.test} characters or fewer.`;
  if (testBy.length > 0 && !isCalendarDate(testBy))
    errors.testBy = 'Give the date as a real date, for example 27 3 2027.';
  if (input.status === null || !ASSUMPTION_STATUSES.includes(input.status))
    errors.status = 'Choose whether the assumption is untested, holding or disproved.';
  if (evidenceIds.length > ASSUMPTION_LIMITS.evidence)
    errors.evidence = `Choose no more than ${ASSUMPTION_LIMITS.evidence} items of evidence.`;
  else if (known.evidence && evidenceIds.some((e) => !known.evidence?.has(e)))
    errors.evidence = 'Choose only items in this project\u2019s evidence library.';
  if (Object.keys(errors).length > 0 || input.confidence === null || input.status === null)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      text,
      sectionIds,
      confidence: input.confidence,
      test,
      testBy: testBy.length > 0 ? testBy : null,
      status: input.status,
      evidenceIds,
    },
  };
}

/** Adds the assumption, or replaces the one with its id, keeping the others where they are. */
export function putAssumption(list: readonly Assumption[], assumption: Assumption): Assumption[] {
  return list.some((a) => a.id === assumption.id)
    ? list.map((a) => (a.id === assumption.id ? assumption : a))
    : [...list, assumption];
}

export function removeAssumption(list: readonly Assumption[], assumptionId: string): Assumption[] {
  if (!list.some((a) => a.id === assumptionId)) throw new Error('That assumption is not in this revision any more.');
  return list.filter((a) => a.id !== assumptionId);
}
