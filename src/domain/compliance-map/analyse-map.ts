// The whole analysis of a compliance map in one call: suggestions, ordering contradictions, declared
// conflicts, steps with no counterpart, evidence reuse and the integrated plan. Nothing is stored: screens,
// the Word export and the command line call this again whenever the map changes.
import type { MapAnalysis } from './analysis-types';
import type { ComplianceMap } from './map-model';
import { declaredConflicts, evidenceReuseWithLimits, unmappedSteps } from './map-findings';
import { findOrderCycles } from './order-cycles';
import { buildPrecedenceGraph } from './precedence-graph';
import { integratedPlan } from './integrated-plan';
import type { SuggestOptions } from './suggest-links';
import { suggestLinksWithLimits } from './suggest-links';

export interface AnalyseOptions {
  /** Options for the suggestions, or false to skip them (a what-if comparison does not need them). */
  suggestions?: SuggestOptions | false;
}

export function analyseMap(map: ComplianceMap, options: AnalyseOptions = {}): MapAnalysis {
  const graph = buildPrecedenceGraph(map);
  const cycles = findOrderCycles(map, graph);
  const suggested = options.suggestions === false ? undefined : suggestLinksWithLimits(map, options.suggestions);
  const limits: string[] = [];
  if (suggested?.limited)
    limits.push(
      'The map is too large for every pair of steps to be compared, so the suggestions are the best found, not every possible match.',
    );
  if (cycles.some((c) => c.limited))
    limits.push(
      'Some steps wait for each other in too many ways to check every loop, so a loop shown for them may not be the shortest.',
    );
  const reuse = evidenceReuseWithLimits(map);
  if (reuse.limited)
    limits.push(
      'The map has too many links between steps with long lists of evidence to compare them all, so some evidence that could be reused may not be shown.',
    );
  return {
    suggestions: suggested?.suggestions ?? [],
    cycles,
    declaredConflicts: declaredConflicts(map),
    unmapped: unmappedSteps(map),
    evidenceReuse: reuse.reuse,
    plan: cycles.length > 0 ? null : integratedPlan(map, graph),
    linksNeedingReview: map.links.filter((l) => l.needsReview !== null).map((l) => l.id),
    limits,
  };
}
