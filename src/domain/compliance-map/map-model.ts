// The compliance map of a project: two or more processes (the central route, the department's own
// governance, others), the links a team draws between their steps, the register of conflicts and the
// exceptions agreed to settle them. This module holds the stored shapes and the words the screens and
// documents use for them; the analysis (cycles, plan, evidence reuse, suggestions) reads these shapes.
import type { Phase } from '../project';

/** Whose process it is, as the pack format says. */
export const MAP_PROCESS_SIDES = ['central', 'departmental', 'other'] as const;
export type MapProcessSide = (typeof MAP_PROCESS_SIDES)[number];

/**
 * How two steps relate. The first six are the set relations of NIST OSCAL's mapping model and NIST IR 8477;
 * `conflicts-with` is IR 8477's "contrary" (both cannot be done as written); the last two are orderings.
 * A link reads "<from> <relation> <to>": "A subset-of B" means everything A asks is also asked by B;
 * "A must-precede B" means A has to finish before B starts.
 */
export const SET_RELATIONS = [
  'equal-to',
  'equivalent-to',
  'subset-of',
  'superset-of',
  'intersects-with',
  'no-relationship',
] as const;
export const ORDER_RELATIONS = ['must-precede', 'must-follow'] as const;
export const MAP_RELATIONS = [...SET_RELATIONS, 'conflicts-with', ...ORDER_RELATIONS] as const;
export type SetRelation = (typeof SET_RELATIONS)[number];
export type OrderRelation = (typeof ORDER_RELATIONS)[number];
export type MapRelation = (typeof MAP_RELATIONS)[number];

export const RELATION_LABELS: Record<MapRelation, string> = {
  'equal-to': 'is the same as',
  'equivalent-to': 'is equivalent to',
  'subset-of': 'is covered by',
  'superset-of': 'covers all of',
  'intersects-with': 'overlaps with',
  'no-relationship': 'is not related to',
  'conflicts-with': 'conflicts with',
  'must-precede': 'must come before',
  'must-follow': 'must come after',
};

/** Why the link was drawn: same words, same meaning, or same purpose (IR 8477's rationale types). */
export const LINK_RATIONALES = ['syntactic', 'semantic', 'functional'] as const;
export type LinkRationale = (typeof LINK_RATIONALES)[number];
export const RATIONALE_LABELS: Record<LinkRationale, string> = {
  syntactic: 'Same wording',
  semantic: 'Same meaning',
  functional: 'Same purpose',
};

export const LINK_CONFIDENCES = ['low', 'medium', 'high'] as const;
export type LinkConfidence = (typeof LINK_CONFIDENCES)[number];

/** How the link was made: drawn by a person, or a suggestion a person accepted (never applied on its own). */
export const LINK_ORIGINS = ['person', 'accepted-suggestion'] as const;
export type LinkOrigin = (typeof LINK_ORIGINS)[number];

export const REVIEW_STATUSES = ['draft', 'agreed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** One step of a process, as the map keeps it (a copy, so the map stays whole if a pack is removed). */
export interface MapStep {
  /** Unique within its process; the id used in the process's own file. */
  id: string;
  name: string;
  owner: string;
  phase: Phase | null;
  /** Documents or artefacts the step asks for, each as the process words it. */
  evidence: string[];
  /** Ids of steps in the same process that must finish first. */
  dependsOn: string[];
  /** Typical elapsed days, or null when the process does not say. */
  durationDays: number | null;
  description: string;
}

/** Where a process came from. A template process is pinned to the version it was added at. */
export type MapProcessSource =
  | { type: 'template'; packId: string; templateId: string; version: string }
  | { type: 'file'; fileName: string; importedAt: string }
  | { type: 'manual' };

export interface MapProcess {
  /** Unique within the map, a short identifier ("central", "department", "procurement"). */
  id: string;
  title: string;
  side: MapProcessSide;
  organisation: string;
  source: MapProcessSource;
  steps: MapStep[];
}

/** A step of one of the map's processes. */
export interface StepRef {
  processId: string;
  stepId: string;
}

export interface MapLink {
  id: string;
  from: StepRef;
  to: StepRef;
  relation: MapRelation;
  rationale: LinkRationale;
  confidence: LinkConfidence;
  origin: LinkOrigin;
  status: ReviewStatus;
  /** Why the steps conflict; required for `conflicts-with`, empty otherwise. */
  reason: string;
  note: string;
  /** Who made or last changed the link, and when (ISO timestamp). */
  by: string;
  at: string;
  /**
   * Set when a process this link touches moved to a newer version and the linked step changed or vanished:
   * a plain-English reason for a person to review the link. Cleared when a person reviews it.
   */
  needsReview: string | null;
}

/** A suggestion a person turned down, so it is not offered again. */
export interface RejectedSuggestion {
  from: StepRef;
  to: StepRef;
  by: string;
  at: string;
}

export const CONFLICT_STATUSES = ['open', 'agreed', 'escalated'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/**
 * What a register entry is about: a declared conflict (a `conflicts-with` link) or an ordering contradiction
 * found by the analysis, named by the steps of its cycle (sorted, so the same cycle keeps its entry).
 */
export type ConflictSubject = { type: 'link'; linkId: string } | { type: 'cycle'; steps: StepRef[] };

/** The conflict register: who owns each conflict, how it is to be settled, and the proof it was agreed. */
export interface ConflictRecord {
  id: string;
  subject: ConflictSubject;
  owner: string;
  proposedResolution: string;
  status: ConflictStatus;
  /** Ids of items in the project's evidence library that show the agreement. */
  evidenceIds: string[];
  note: string;
  updatedAt: string;
}

/**
 * A negotiated exception: an ordering rule both sides agree to set aside, so that a plan can exist. It names
 * either an ordering link or a dependency inside one process.
 */
export type WaivedRule =
  { type: 'link'; linkId: string } | { type: 'dependency'; processId: string; stepId: string; dependsOn: string };

export interface MapException {
  id: string;
  waives: WaivedRule;
  reason: string;
  agreedBy: string;
  agreedAt: string;
  evidenceIds: string[];
}

/** A project's compliance map. One per project. */
export interface ComplianceMap {
  id: string;
  projectId: string;
  title: string;
  processes: MapProcess[];
  links: MapLink[];
  conflicts: ConflictRecord[];
  exceptions: MapException[];
  rejectedSuggestions: RejectedSuggestion[];
  createdAt: string;
  updatedAt: string;
}

/** `central:design-signoff`: how the CLI, CSV files and the analysis name a step. */
export function stepKey(ref: StepRef): string {
  return `${ref.processId}:${ref.stepId}`;
}

export function sameStep(a: StepRef, b: StepRef): boolean {
  return a.processId === b.processId && a.stepId === b.stepId;
}

export function findStep(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): MapStep | undefined {
  return map.processes.find((p) => p.id === ref.processId)?.steps.find((s) => s.id === ref.stepId);
}
