// The rules for the links a team draws between steps of different processes: adding, changing and deleting
// them, accepting or rejecting a suggestion (never applied on its own), and marking a flagged link reviewed.
import type { Suggestion } from './analysis-types';
import { MAP_LIMITS } from './map-record-schema';
import {
  LINK_CONFIDENCES,
  LINK_RATIONALES,
  MAP_RELATIONS,
  REVIEW_STATUSES,
  findStep,
  sameStep,
  type ComplianceMap,
  type LinkConfidence,
  type LinkOrigin,
  type LinkRationale,
  type MapLink,
  type MapRelation,
  type ReviewStatus,
  type StepRef,
} from './map-model';
import { done, fail, type EditContext, type EditErrors, type EditOutcome } from './map-edits';

/** A link as chosen in its form. */
export interface LinkDraft {
  from: StepRef | null;
  to: StepRef | null;
  relation: MapRelation | null;
  rationale: LinkRationale;
  confidence: LinkConfidence;
  status: ReviewStatus;
  reason: string;
  note: string;
}

export function emptyLinkDraft(): LinkDraft {
  return {
    from: null,
    to: null,
    relation: null,
    rationale: 'semantic',
    confidence: 'medium',
    status: 'draft',
    reason: '',
    note: '',
  };
}

export function draftFromLink(link: MapLink): LinkDraft {
  const { from, to, relation, rationale, confidence, status, reason, note } = link;
  return { from, to, relation, rationale, confidence, status, reason, note };
}

/** Relations that read the same both ways round: "A overlaps with B" is "B overlaps with A". */
const SYMMETRIC: ReadonlySet<MapRelation> = new Set([
  'equal-to',
  'equivalent-to',
  'intersects-with',
  'no-relationship',
  'conflicts-with',
]);

/** The same two steps with the same relation, however the link was drawn. */
function sameLink(a: Pick<MapLink, 'from' | 'to' | 'relation'>, b: Pick<MapLink, 'from' | 'to' | 'relation'>): boolean {
  if (a.relation !== b.relation) return false;
  if (sameStep(a.from, b.from) && sameStep(a.to, b.to)) return true;
  return SYMMETRIC.has(a.relation) && sameStep(a.from, b.to) && sameStep(a.to, b.from);
}

type CheckedLink = Pick<
  MapLink,
  'from' | 'to' | 'relation' | 'rationale' | 'confidence' | 'status' | 'reason' | 'note'
>;

function checkLink(
  map: ComplianceMap,
  draft: LinkDraft,
  ignoring: string | null,
): { ok: true; link: CheckedLink } | { ok: false; errors: EditErrors } {
  const errors: EditErrors = {};
  const { from, to, relation } = draft;
  if (from === null || !findStep(map, from)) errors.from = 'Choose the first step';
  if (to === null || !findStep(map, to)) errors.to = 'Choose the second step';
  else if (from !== null && from.processId === to.processId)
    errors.to = 'Choose a step of a different process: links join steps of two processes';
  if (relation === null || !MAP_RELATIONS.includes(relation)) errors.relation = 'Choose how the steps relate';
  if (!LINK_RATIONALES.includes(draft.rationale)) errors.rationale = 'Choose why the link is drawn';
  if (!LINK_CONFIDENCES.includes(draft.confidence)) errors.confidence = 'Choose how sure you are';
  if (!REVIEW_STATUSES.includes(draft.status)) errors.status = 'Choose whether the link is a draft or agreed';
  const reason = draft.reason.trim();
  if (relation === 'conflicts-with' && reason === '') errors.reason = 'Say why the two steps conflict';
  else if (reason.length > MAP_LIMITS.longText)
    errors.reason = `Keep the reason to ${MAP_LIMITS.longText} characters or fewer`;
  if (draft.note.trim().length > MAP_LIMITS.longText)
    errors.note = `Keep the note to ${MAP_LIMITS.longText} characters or fewer`;
  if (Object.keys(errors).length > 0 || from === null || to === null || relation === null) return { ok: false, errors };
  const link: CheckedLink = {
    from,
    to,
    relation,
    rationale: draft.rationale,
    confidence: draft.confidence,
    status: draft.status,
    reason: relation === 'conflicts-with' ? reason : '',
    note: draft.note.trim(),
  };
  if (map.links.some((l) => l.id !== ignoring && sameLink(l, link)))
    return { ok: false, errors: { relation: 'These two steps already have a link with this relation' } };
  return { ok: true, link };
}

function newLink(map: ComplianceMap, draft: LinkDraft, context: EditContext, origin: LinkOrigin): EditOutcome {
  if (map.links.length >= MAP_LIMITS.links)
    return fail({ general: `A map holds at most ${MAP_LIMITS.links} links, and this one is full.` });
  const checked = checkLink(map, draft, null);
  if (!checked.ok) return fail(checked.errors);
  const link: MapLink = {
    id: context.newId(),
    ...checked.link,
    origin,
    by: context.by,
    at: context.at,
    needsReview: null,
  };
  return done({ ...map, links: [...map.links, link] });
}

/** Adds a link a person drew. */
export function addLink(map: ComplianceMap, draft: LinkDraft, context: EditContext): EditOutcome {
  return newLink(map, draft, context, 'person');
}

/** Changes a link; who changed it and when are recorded, and how it was first made stays. */
export function editLink(map: ComplianceMap, linkId: string, draft: LinkDraft, context: EditContext): EditOutcome {
  const existing = map.links.find((l) => l.id === linkId);
  if (!existing) return fail({ general: 'That link is no longer in the map.' });
  const checked = checkLink(map, draft, linkId);
  if (!checked.ok) return fail(checked.errors);
  const updated: MapLink = { ...existing, ...checked.link, by: context.by, at: context.at };
  const waived = map.exceptions.some((e) => e.waives.type === 'link' && e.waives.linkId === linkId);
  if (waived && updated.relation !== 'must-precede' && updated.relation !== 'must-follow')
    return fail({
      relation: 'An agreed exception sets this ordering aside: keep it an ordering, or remove the exception first',
    });
  const registered = map.conflicts.some((c) => c.subject.type === 'link' && c.subject.linkId === linkId);
  if (registered && updated.relation !== 'conflicts-with')
    return fail({
      relation: 'The conflict register has an entry for this conflict: keep it a conflict, or change the entry first',
    });
  return done({ ...map, links: map.links.map((l) => (l.id === linkId ? updated : l)) });
}

/** Deletes a link that no register entry or exception refers to. */
export function deleteLink(map: ComplianceMap, linkId: string): EditOutcome {
  if (!map.links.some((l) => l.id === linkId)) return fail({ general: 'That link is no longer in the map.' });
  const uses: string[] = [];
  if (map.conflicts.some((c) => c.subject.type === 'link' && c.subject.linkId === linkId))
    uses.push('the conflict register has an entry for it');
  if (map.exceptions.some((e) => e.waives.type === 'link' && e.waives.linkId === linkId))
    uses.push('an agreed exception sets it aside');
  if (uses.length > 0)
    return fail({
      general: `This link cannot be deleted while ${uses.join(' and ')}. Remove ${uses.length === 1 ? 'that' : 'those'} first.`,
    });
  return done({ ...map, links: map.links.filter((l) => l.id !== linkId) });
}

/** Clears a link's review flag once a person has looked at it again. */
export function markLinkReviewed(map: ComplianceMap, linkId: string, context: EditContext): EditOutcome {
  if (!map.links.some((l) => l.id === linkId)) return fail({ general: 'That link is no longer in the map.' });
  return done({
    ...map,
    links: map.links.map((l) => (l.id === linkId ? { ...l, needsReview: null, by: context.by, at: context.at } : l)),
  });
}

/** How sure an accepted suggestion starts out, from its score. */
export function confidenceFromScore(score: number): LinkConfidence {
  return score >= 0.7 ? 'high' : score >= 0.4 ? 'medium' : 'low';
}

/**
 * Accepts a suggestion as a draft link, with the relation the person chose (the suggested one unless
 * they changed it) and, for a conflict, their reason. The reasons seen are kept in the note.
 */
export function acceptSuggestion(
  map: ComplianceMap,
  suggestion: Suggestion,
  choice: { relation: MapRelation; reason: string },
  context: EditContext,
): EditOutcome {
  const draft: LinkDraft = {
    ...emptyLinkDraft(),
    from: suggestion.from,
    to: suggestion.to,
    relation: choice.relation,
    reason: choice.reason,
    confidence: confidenceFromScore(suggestion.score),
    note: suggestion.reasons.length > 0 ? `Suggested because: ${suggestion.reasons.join('; ')}.` : '',
  };
  const outcome = newLink(map, draft, context, 'accepted-suggestion');
  if (!outcome.ok) return outcome;
  // Accepting settles the pair: a rejection recorded earlier no longer applies.
  const rejectedSuggestions = outcome.map.rejectedSuggestions.filter((r) => !samePair(r, suggestion));
  return done({ ...outcome.map, rejectedSuggestions });
}

function samePair(a: { from: StepRef; to: StepRef }, b: { from: StepRef; to: StepRef }): boolean {
  return (sameStep(a.from, b.from) && sameStep(a.to, b.to)) || (sameStep(a.from, b.to) && sameStep(a.to, b.from));
}

/** Turns a suggestion down, so it is not offered again; recorded with who and when. */
export function rejectSuggestion(
  map: ComplianceMap,
  suggestion: Pick<Suggestion, 'from' | 'to'>,
  context: EditContext,
): EditOutcome {
  if (!findStep(map, suggestion.from) || !findStep(map, suggestion.to))
    return fail({ general: 'One of the suggested steps is no longer in the map.' });
  if (map.rejectedSuggestions.some((r) => samePair(r, suggestion))) return done(map);
  if (map.rejectedSuggestions.length >= MAP_LIMITS.rejectedSuggestions)
    return fail({
      general: `A map keeps at most ${MAP_LIMITS.rejectedSuggestions} rejected suggestions, and this one is full.`,
    });
  const rejected = { from: suggestion.from, to: suggestion.to, by: context.by, at: context.at };
  return done({ ...map, rejectedSuggestions: [...map.rejectedSuggestions, rejected] });
}
