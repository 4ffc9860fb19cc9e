// The rules for the conflict register (who owns each conflict, how it is to be settled, the proof it was
// agreed) and for exceptions: ordering rules both sides agree to set aside so that a plan can exist.
import { MAP_LIMITS } from './map-record-schema';
import {
  CONFLICT_STATUSES,
  ORDER_RELATIONS,
  findStep,
  stepKey,
  type ComplianceMap,
  type ConflictRecord,
  type ConflictStatus,
  type ConflictSubject,
  type MapException,
  type StepRef,
  type WaivedRule,
} from './map-model';
import { done, fail, type EditContext, type EditErrors, type EditOutcome } from './map-edits';

/** Reads a step key ("central:design-sign-off") back into a step; null when it is not one. */
export function parseStepKey(key: string): StepRef | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1 || key.indexOf(':', at + 1) !== -1) return null;
  return { processId: key.slice(0, at), stepId: key.slice(at + 1) };
}

/** A cycle named by its steps, sorted, so the same cycle always keeps the same register entry. */
export function cycleSubject(steps: readonly StepRef[]): ConflictSubject {
  const unique = [...new Map(steps.map((s) => [stepKey(s), s])).values()];
  return { type: 'cycle', steps: unique.sort((a, b) => stepKey(a).localeCompare(stepKey(b))) };
}

export function sameSubject(a: ConflictSubject, b: ConflictSubject): boolean {
  if (a.type === 'link' && b.type === 'link') return a.linkId === b.linkId;
  if (a.type === 'cycle' && b.type === 'cycle') {
    const keys = (s: StepRef[]): string => [...new Set(s.map(stepKey))].sort().join(' ');
    return keys(a.steps) === keys(b.steps);
  }
  return false;
}

/** The register entry about a subject, if there is one. */
export function conflictFor(map: ComplianceMap, subject: ConflictSubject): ConflictRecord | undefined {
  return map.conflicts.find((c) => sameSubject(c.subject, subject));
}

export interface ConflictDraft {
  owner: string;
  proposedResolution: string;
  status: ConflictStatus;
  evidenceIds: string[];
  note: string;
}

export function emptyConflictDraft(): ConflictDraft {
  return { owner: '', proposedResolution: '', status: 'open', evidenceIds: [], note: '' };
}

export function draftFromConflict(record: ConflictRecord): ConflictDraft {
  const { owner, proposedResolution, status, evidenceIds, note } = record;
  return { owner, proposedResolution, status, evidenceIds: [...evidenceIds], note };
}

function evidenceErrors(ids: readonly string[]): string | undefined {
  return ids.length > MAP_LIMITS.evidenceIdsPerRecord
    ? `Choose at most ${MAP_LIMITS.evidenceIdsPerRecord} items of evidence`
    : undefined;
}

/**
 * Records or changes the register entry for a declared conflict (a `conflicts-with` link) or an ordering
 * cycle. One entry per subject: saving again for the same subject changes that entry.
 */
export function upsertConflict(
  map: ComplianceMap,
  subject: ConflictSubject,
  draft: ConflictDraft,
  context: EditContext,
): EditOutcome {
  if (subject.type === 'link') {
    const link = map.links.find((l) => l.id === subject.linkId);
    if (!link) return fail({ general: 'That conflict is no longer in the map.' });
    if (link.relation !== 'conflicts-with')
      return fail({ general: 'The register holds conflicts: that link does not say the steps conflict.' });
  } else if (subject.steps.length < 2 || !subject.steps.every((s) => findStep(map, s)))
    return fail({ general: 'One of the steps of that cycle is no longer in the map.' });
  const errors: EditErrors = {};
  if (draft.owner.trim().length > MAP_LIMITS.shortText)
    errors.owner = `Enter an owner of ${MAP_LIMITS.shortText} characters or fewer`;
  if (draft.proposedResolution.trim().length > MAP_LIMITS.longText)
    errors.proposedResolution = `Keep the proposed resolution to ${MAP_LIMITS.longText} characters or fewer`;
  if (!CONFLICT_STATUSES.includes(draft.status)) errors.status = 'Choose the status of the conflict';
  if (draft.status === 'agreed' && draft.proposedResolution.trim() === '')
    errors.proposedResolution = 'Say how the conflict is settled before marking it agreed';
  const tooMany = evidenceErrors(draft.evidenceIds);
  if (tooMany) errors.evidenceIds = tooMany;
  if (draft.note.trim().length > MAP_LIMITS.longText)
    errors.note = `Keep the note to ${MAP_LIMITS.longText} characters or fewer`;
  if (Object.keys(errors).length > 0) return fail(errors);
  const stored = subject.type === 'cycle' ? cycleSubject(subject.steps) : subject;
  const existing = conflictFor(map, stored);
  const record: ConflictRecord = {
    id: existing?.id ?? context.newId(),
    subject: stored,
    owner: draft.owner.trim(),
    proposedResolution: draft.proposedResolution.trim(),
    status: draft.status,
    evidenceIds: [...new Set(draft.evidenceIds)],
    note: draft.note.trim(),
    updatedAt: context.at,
  };
  if (!existing && map.conflicts.length >= MAP_LIMITS.conflicts)
    return fail({ general: `The register holds at most ${MAP_LIMITS.conflicts} entries, and this one is full.` });
  const conflicts = existing
    ? map.conflicts.map((c) => (c.id === existing.id ? record : c))
    : [...map.conflicts, record];
  return done({ ...map, conflicts });
}

/** Removes a register entry. */
export function removeConflict(map: ComplianceMap, conflictId: string): EditOutcome {
  if (!map.conflicts.some((c) => c.id === conflictId))
    return fail({ general: 'That register entry is no longer in the map.' });
  return done({ ...map, conflicts: map.conflicts.filter((c) => c.id !== conflictId) });
}

export interface ExceptionDraft {
  waives: WaivedRule | null;
  reason: string;
  evidenceIds: string[];
}

export function emptyExceptionDraft(): ExceptionDraft {
  return { waives: null, reason: '', evidenceIds: [] };
}

function sameRule(a: WaivedRule, b: WaivedRule): boolean {
  if (a.type === 'link' && b.type === 'link') return a.linkId === b.linkId;
  if (a.type === 'dependency' && b.type === 'dependency')
    return a.processId === b.processId && a.stepId === b.stepId && a.dependsOn === b.dependsOn;
  return false;
}

/** Every ordering rule that could be set aside: ordering links, and dependencies inside each process. */
export function waivableRules(map: ComplianceMap): WaivedRule[] {
  const rules: WaivedRule[] = map.links
    .filter((l) => (ORDER_RELATIONS as readonly string[]).includes(l.relation))
    .map((l) => ({ type: 'link', linkId: l.id }));
  for (const process of map.processes)
    for (const step of process.steps)
      for (const dependsOn of step.dependsOn)
        rules.push({ type: 'dependency', processId: process.id, stepId: step.id, dependsOn });
  return rules;
}

/** Agrees an exception that sets aside one ordering rule, with the reason and the evidence of agreement. */
export function addException(map: ComplianceMap, draft: ExceptionDraft, context: EditContext): EditOutcome {
  const errors: EditErrors = {};
  const waives = draft.waives;
  if (waives === null || !waivableRules(map).some((r) => sameRule(r, waives)))
    errors.waives = 'Choose the ordering rule both sides agree to set aside';
  else if (map.exceptions.some((e) => sameRule(e.waives, waives)))
    errors.waives = 'An exception already sets that rule aside';
  const reason = draft.reason.trim();
  if (reason === '') errors.reason = 'Say why both sides agree to set the rule aside';
  else if (reason.length > MAP_LIMITS.longText)
    errors.reason = `Keep the reason to ${MAP_LIMITS.longText} characters or fewer`;
  const tooMany = evidenceErrors(draft.evidenceIds);
  if (tooMany) errors.evidenceIds = tooMany;
  if (Object.keys(errors).length > 0 || waives === null) return fail(errors);
  if (map.exceptions.length >= MAP_LIMITS.exceptions)
    return fail({ general: `A map holds at most ${MAP_LIMITS.exceptions} exceptions, and this one is full.` });
  const exception: MapException = {
    id: context.newId(),
    waives,
    reason,
    agreedBy: context.by,
    agreedAt: context.at,
    evidenceIds: [...new Set(draft.evidenceIds)],
  };
  return done({ ...map, exceptions: [...map.exceptions, exception] });
}

/** Removes an exception: the rule it set aside applies again. */
export function removeException(map: ComplianceMap, exceptionId: string): EditOutcome {
  if (!map.exceptions.some((e) => e.id === exceptionId))
    return fail({ general: 'That exception is no longer in the map.' });
  return done({ ...map, exceptions: map.exceptions.filter((e) => e.id !== exceptionId) });
}
