// Plain helpers the compliance-map views share: the words for steps, relations, statuses and match
// strengths; which register entry belongs to which conflict; and where each step sits left to right. Kept
// free of React so the views stay thin and these rules can be tested on their own.
import type {
  ConflictRecord,
  ConflictStatus,
  ConflictSubject,
  ComplianceMap,
  MapLink,
  MapRelation,
  StepRef,
} from '../../../domain/compliance-map/map-model';
import { findStep, RELATION_LABELS, stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis, OrderCycle } from '../../../domain/compliance-map/analysis-types';
import { daysInWords, WORKING_DAYS } from '../../../domain/days-in-words';

/** Addresses of the edit pages the views link to; the page that places a view supplies them. */
export interface MapHrefs {
  linkHref(linkId: string): string;
  conflictHref(subject: ConflictSubject): string;
  stepHref(ref: StepRef): string;
}

/** The ids of each view's heading, so the findings summary can link to them. */
export const MAP_SECTION_IDS = {
  summary: 'map-findings',
  swimlanes: 'map-swimlanes',
  matrix: 'map-matrix',
  conflicts: 'map-conflicts',
  plan: 'map-plan',
  reuse: 'map-evidence-reuse',
  unmapped: 'map-unmapped',
  suggestions: 'map-suggestions',
  review: 'map-review',
} as const;

export function processTitle(map: Pick<ComplianceMap, 'processes'>, processId: string): string {
  return map.processes.find((p) => p.id === processId)?.title ?? processId;
}

/** A step's own name, or its id with a note when its process no longer has it. */
export function stepName(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): string {
  return findStep(map, ref)?.name ?? `${ref.stepId} (no longer in the process)`;
}

/** "Design sign-off (Department governance)": a step named with its process, for text outside a lane. */
export function stepLabel(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): string {
  return `${stepName(map, ref)} (${processTitle(map, ref.processId)})`;
}

/** Short words for each relation, for the drawing and the matrix, where the full phrase does not fit. */
export const RELATION_TERMS: Record<MapRelation, string> = {
  'equal-to': 'same',
  'equivalent-to': 'equivalent',
  'subset-of': 'covered by',
  'superset-of': 'covers',
  'intersects-with': 'overlaps',
  'no-relationship': 'unrelated',
  'conflicts-with': 'conflicts',
  'must-precede': 'before',
  'must-follow': 'after',
};

/** The relation read the other way round: "A covered by B" is "B covers A". */
export const INVERSE_RELATION: Record<MapRelation, MapRelation> = {
  'equal-to': 'equal-to',
  'equivalent-to': 'equivalent-to',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
  'conflicts-with': 'conflicts-with',
  'must-precede': 'must-follow',
  'must-follow': 'must-precede',
};

/** The link as seen from `ref`: the other step and the relation read from `ref`'s side. */
export function linkFrom(link: MapLink, ref: StepRef): { other: StepRef; relation: MapRelation } | null {
  if (link.from.processId === ref.processId && link.from.stepId === ref.stepId) {
    return { other: link.to, relation: link.relation };
  }
  if (link.to.processId === ref.processId && link.to.stepId === ref.stepId) {
    return { other: link.from, relation: INVERSE_RELATION[link.relation] };
  }
  return null;
}

/** "Design sign-off must come before Build a prototype (Central route)". */
export function linkSentence(map: Pick<ComplianceMap, 'processes'>, link: MapLink, ref: StepRef): string {
  const seen = linkFrom(link, ref);
  if (!seen) return '';
  return `${stepName(map, ref)} ${RELATION_LABELS[seen.relation]} ${stepLabel(map, seen.other)}`;
}

export const CONFLICT_STATUS_WORDS: Record<ConflictStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  escalated: 'Escalated',
};

/** Match strength in words, from a suggestion's score (0 to 1). */
export function matchStrength(score: number): 'Strong match' | 'Good match' | 'Possible match' {
  if (score >= 0.7) return 'Strong match';
  if (score >= 0.45) return 'Good match';
  return 'Possible match';
}

/** A cycle's identity in the register: its step keys, sorted, so the same cycle keeps its entry. */
export function cycleSubjectKey(steps: readonly StepRef[]): string {
  return steps.map(stepKey).sort().join('|');
}

export function cycleSubject(cycle: OrderCycle): ConflictSubject {
  const sorted = [...cycle.steps].sort((a, b) => (stepKey(a) < stepKey(b) ? -1 : stepKey(a) > stepKey(b) ? 1 : 0));
  return { type: 'cycle', steps: sorted };
}

/** The register entry about this subject, if the team has made one. */
export function findConflictRecord(
  records: readonly ConflictRecord[],
  subject: ConflictSubject,
): ConflictRecord | undefined {
  if (subject.type === 'link') {
    return records.find((r) => r.subject.type === 'link' && r.subject.linkId === subject.linkId);
  }
  const key = cycleSubjectKey(subject.steps);
  return records.find((r) => r.subject.type === 'cycle' && cycleSubjectKey(r.subject.steps) === key);
}

/** Keys of every step that sits in an ordering contradiction (the shown cycle or its component). */
export function stepsInCycles(analysis: Pick<MapAnalysis, 'cycles'>): Set<string> {
  const keys = new Set<string>();
  for (const cycle of analysis.cycles) for (const ref of cycle.steps) keys.add(stepKey(ref));
  return keys;
}

/**
 * Where each step sits left to right, from 0: its plan stage when there is a plan, otherwise its depth in
 * its own process (the longest chain of dependencies before it; a dependency loop inside a process is
 * cut where it is met, so every step still gets a place).
 */
export function stepColumns(
  map: Pick<ComplianceMap, 'processes'>,
  analysis: Pick<MapAnalysis, 'plan'>,
): Map<string, number> {
  const columns = new Map<string, number>();
  if (analysis.plan) {
    for (const stage of analysis.plan.stages) {
      for (const node of stage.steps) for (const ref of node) columns.set(stepKey(ref), stage.stage - 1);
    }
  }
  for (const process of map.processes) {
    const byId = new Map(process.steps.map((s) => [s.id, s]));
    const depth = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (id: string): number => {
      const known = depth.get(id);
      if (known !== undefined) return known;
      if (visiting.has(id)) return 0;
      visiting.add(id);
      let d = 0;
      for (const dep of byId.get(id)?.dependsOn ?? []) if (byId.has(dep)) d = Math.max(d, depthOf(dep) + 1);
      visiting.delete(id);
      depth.set(id, d);
      return d;
    };
    for (const step of process.steps) {
      const key = stepKey({ processId: process.id, stepId: step.id });
      if (!columns.has(key)) columns.set(key, depthOf(step.id));
    }
  }
  return columns;
}

/** Counts in words: "1 step", "3 steps". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "working days" figures in words. */
export function days(n: number): string {
  return count(n, 'working day', 'working days');
}

/** Days saved in whole and half working days: "about 8 working days" for 8.3. */
export function savedDays(n: number): string {
  return daysInWords(n, WORKING_DAYS);
}
