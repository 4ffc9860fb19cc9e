// What the analysis of a compliance map finds, as plain data: the screens, the Word export, the CSV files
// and `waymark map analyze --json` all read these shapes. Nothing here is stored: it is worked out again
// from the map whenever the map changes.
import type { MapRelation, StepRef } from './map-model';

/** A ranked candidate link between steps of two processes, for a person to accept, change or reject. */
export interface Suggestion {
  from: StepRef;
  to: StepRef;
  /** 0 to 1, higher is a closer match. */
  score: number;
  /** The relation the evidence points to, for the person to confirm or change. */
  relation: MapRelation;
  /** Plain-English reasons seen: "Both ask for a penetration test report", "Same phase: alpha". */
  reasons: string[];
}

/** One ordering rule in the merged precedence graph and where it comes from. */
export type OrderRule =
  | { type: 'dependency'; from: StepRef; to: StepRef; processId: string }
  | { type: 'link'; from: StepRef; to: StepRef; linkId: string };

/**
 * An ordering contradiction: a shortest cycle in the merged precedence graph. `steps` lists the steps in
 * the order of the cycle; `rules` are the rules that close it, one per hop; `component` is every step of
 * the strongly connected component the cycle was found in.
 */
export interface OrderCycle {
  steps: StepRef[];
  rules: OrderRule[];
  component: StepRef[];
  /** Which steps, which rule from which side, and why both cannot be followed as written. */
  explanation: string;
  /**
   * True when the component was too tangled to search in full: the loop is real but not necessarily the
   * shortest, and the explanation says so and names the component's steps.
   */
  limited?: boolean;
}

export interface DeclaredConflict {
  linkId: string;
  steps: [StepRef, StepRef];
  reason: string;
}

/** Evidence both sides ask for, produced once across links whose relation makes that valid. */
export interface EvidenceReuse {
  /** The evidence as the first side words it. */
  evidence: string;
  steps: StepRef[];
  /** The links that make the reuse valid (equal-to, equivalent-to, or superset-of toward the subset). */
  linkIds: string[];
  daysSaved: number;
}

export interface PlanStage {
  /** From 1. Steps in a stage can run in parallel. */
  stage: number;
  /** Each entry is one node of the merged graph: steps linked equal-to or equivalent-to share a node. */
  steps: StepRef[][];
}

export interface IntegratedPlan {
  stages: PlanStage[];
  /** The longest chain by duration, first step first (one step per merged node). */
  criticalPath: StepRef[];
  /** Days along the critical path. */
  days: number;
  /** Days if each process were followed on its own, one after the other. */
  sequentialDays: number;
}

export interface MapAnalysis {
  suggestions: Suggestion[];
  cycles: OrderCycle[];
  declaredConflicts: DeclaredConflict[];
  /** Steps with no link of any set relation to a step of another process, by process id. */
  unmapped: Record<string, string[]>;
  evidenceReuse: EvidenceReuse[];
  /** Null while any ordering contradiction stands: then `cycles` are the points that need an exception. */
  plan: IntegratedPlan | null;
  /** Ids of links whose steps changed or vanished in a newer version of their process. */
  linksNeedingReview: string[];
  /**
   * Plain-English notes, one per part of the analysis that stopped at a work limit on a very large or
   * unusual map (what it shows is the best found, not necessarily all). Empty on an ordinary map.
   */
  limits?: string[];
}
