// Revisions of a business case: the first draft, edits to a draft, freezing at a gate and starting the
// next revision. A frozen revision is the record of what the approvers saw, so every function here that
// changes a revision refuses a frozen one with a clear error instead of quietly copying it.
import type { RichTextDoc } from '../rich-text';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from './discount-rates';
import type { ApprovalCondition, BusinessCase, CaseGate, CaseRevision } from './model';

/** Thrown when something tries to change a frozen revision. */
export class FrozenRevisionError extends Error {
  constructor(revision: Pick<CaseRevision, 'number' | 'frozenAt'>) {
    const when = revision.frozenAt ? ` on ${revision.frozenAt.slice(0, 10)}` : '';
    super(`Revision ${revision.number} was frozen${when} and cannot be changed. Start a new revision to make changes.`);
    this.name = 'FrozenRevisionError';
  }
}

export const REVISION_LIMITS = { summary: 4000, author: 120 } as const;

/** The parts of a revision a person edits; the rest is kept by these functions. */
export type RevisionContent = Pick<
  CaseRevision,
  'sections' | 'assumptions' | 'options' | 'costs' | 'benefits' | 'risks' | 'decisions' | 'dependencies' | 'approvals'
>;

export function assertDraft(revision: CaseRevision): void {
  if (revision.status === 'frozen') throw new FrozenRevisionError(revision);
}

/** The first revision of a new case: an empty draft asking for the case's gate. */
export function createFirstRevision(
  businessCase: Pick<BusinessCase, 'id' | 'gate'>,
  id: string,
  author: string,
  now: Date,
  baseYear: number,
): CaseRevision {
  const at = now.toISOString();
  return {
    id,
    caseId: businessCase.id,
    number: 1,
    status: 'draft',
    frozenAt: null,
    author: author.trim(),
    summary: '',
    gate: businessCase.gate,
    sections: {},
    assumptions: [],
    options: { options: [], factors: [], scores: [], preferredOptionId: null, preferredReason: '' },
    costs: {
      lines: [],
      optimismBiasPercent: 0,
      optimismBiasBasis: '',
      baseYear,
      discount: structuredClone(GREEN_BOOK_DISCOUNT_SCHEDULE),
    },
    benefits: [],
    risks: [],
    decisions: [],
    dependencies: [],
    approvals: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Applies an edit to a draft revision; refuses a frozen one. */
export function updateRevision(revision: CaseRevision, patch: Partial<RevisionContent>, now: Date): CaseRevision {
  assertDraft(revision);
  return { ...revision, ...patch, updatedAt: now.toISOString() };
}

/** Sets the text of one section of a draft revision; refuses a frozen one. */
export function setSectionContent(
  revision: CaseRevision,
  sectionId: string,
  content: RichTextDoc,
  now: Date,
): CaseRevision {
  return updateRevision(revision, { sections: { ...revision.sections, [sectionId]: content } }, now);
}

/** Freezes a draft at a gate. Freezing twice is refused, so the first freezing date stands. */
export function freezeRevision(revision: CaseRevision, now: Date): CaseRevision {
  if (revision.status === 'frozen') throw new Error(`Revision ${revision.number} is already frozen.`);
  const at = now.toISOString();
  return { ...revision, status: 'frozen', frozenAt: at, updatedAt: at };
}

export interface NewRevisionRequest {
  id: string;
  author: string;
  /** What changed since the revision being frozen, and why. Required. */
  summary: string;
  now: Date;
  /** The decision the new revision asks for, when the case has moved on to the next gate. */
  gate?: CaseGate;
}

export interface NewRevisionResult {
  /** The current revision, frozen now (or as it was, if it was already frozen). */
  frozen: CaseRevision;
  /** The next revision: a draft copy of the current one. */
  next: CaseRevision;
}

/**
 * "Start a new revision": freezes the current revision (if it is still a draft) and copies it as the
 * next draft, which records what changed and why. The copy shares nothing with the frozen revision, so
 * editing one can never change the other.
 */
export function startNewRevision(current: CaseRevision, request: NewRevisionRequest): NewRevisionResult {
  const summary = request.summary.trim();
  if (summary.length === 0) throw new Error('Say what changed since the last revision and why.');
  if (summary.length > REVISION_LIMITS.summary)
    throw new Error(`The summary must be ${REVISION_LIMITS.summary} characters or fewer.`);
  const author = request.author.trim();
  if (author.length === 0) throw new Error('Give the name of the person writing the new revision.');
  const frozen = current.status === 'frozen' ? current : freezeRevision(current, request.now);
  const at = request.now.toISOString();
  const next: CaseRevision = {
    ...structuredClone(frozen),
    id: request.id,
    number: frozen.number + 1,
    status: 'draft',
    frozenAt: null,
    author,
    summary,
    gate: request.gate ?? frozen.gate,
    createdAt: at,
    updatedAt: at,
  };
  return { frozen, next };
}

/** The latest revision of a case (the highest number), or null when it has none. */
export function latestRevision(revisions: readonly CaseRevision[]): CaseRevision | null {
  return revisions.reduce<CaseRevision | null>(
    (latest, revision) => (latest === null || revision.number > latest.number ? revision : latest),
    null,
  );
}

/** An approval condition as an action: what, who, by when, and which approval it came from. */
export interface ConditionAction extends ApprovalCondition {
  approvalId: string;
  body: string;
}

/** Every condition attached to the revision's approvals that is not yet done, earliest due first. */
export function openConditionActions(revision: Pick<CaseRevision, 'approvals'>): ConditionAction[] {
  return revision.approvals
    .flatMap((approval) =>
      approval.conditions
        .filter((condition) => !condition.done)
        .map((condition) => ({ ...condition, approvalId: approval.id, body: approval.body })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.text.localeCompare(b.text));
}
