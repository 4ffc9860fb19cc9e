// The integrated plan: one order of work that satisfies every process at once, worked out from the merged
// precedence graph when it has no loops. Each node goes in the earliest stage after everything it waits for
// (longest-path layering), so a stage holds work that can run in parallel. The critical path is the chain
// of nodes with the most days: a merged node takes the longest of its steps' durations (the work is done
// once, to satisfy both), and a step whose process gives no duration counts as 0 days.
import type { IntegratedPlan, PlanStage } from './analysis-types';
import type { ComplianceMap, MapStep } from './map-model';
import { buildPrecedenceGraph, dependencyKey, waivedRules } from './precedence-graph';
import type { PrecedenceGraph } from './precedence-graph';
import { stepKey } from './map-model';

/** Node indices in an order where every rule's earlier node comes first, or null when the graph has a loop. */
export function topologicalOrder(graph: Pick<PrecedenceGraph, 'nodes' | 'edges' | 'out'>): number[] | null {
  const n = graph.nodes.length;
  const waiting = new Int32Array(n);
  for (const e of graph.edges) waiting[e.to] = (waiting[e.to] ?? 0) + 1;
  const order: number[] = [];
  for (let v = 0; v < n; v += 1) if (waiting[v] === 0) order.push(v);
  for (let head = 0; head < order.length; head += 1) {
    const v = order[head] ?? 0;
    for (const e of graph.out[v] ?? []) {
      const w = graph.edges[e]?.to ?? v;
      waiting[w] = (waiting[w] ?? 0) - 1;
      if (waiting[w] === 0) order.push(w);
    }
  }
  return order.length === n ? order : null;
}

function days(step: MapStep | undefined): number {
  return Math.max(0, step?.durationDays ?? 0);
}

/** Days the longest chain of a set of nodes takes, and the chain itself, given durations and a topological order. */
function longestChain(
  order: number[],
  duration: Float64Array,
  preds: (v: number) => number[],
): { days: number; chain: number[]; finish: Float64Array } {
  const finish = new Float64Array(duration.length);
  const via = new Int32Array(duration.length).fill(-1);
  let end = -1;
  for (const v of order) {
    let start = 0;
    for (const p of preds(v)) {
      if ((finish[p] ?? 0) > start || (via[v] === -1 && (finish[p] ?? 0) === start)) {
        start = finish[p] ?? 0;
        via[v] = p;
      }
    }
    finish[v] = start + (duration[v] ?? 0);
    if (end < 0 || (finish[v] ?? 0) > (finish[end] ?? 0)) end = v;
  }
  const chain: number[] = [];
  for (let v = end; v >= 0; v = via[v] ?? -1) chain.push(v);
  return { days: end < 0 ? 0 : (finish[end] ?? 0), chain: chain.reverse(), finish };
}

/** Days each process takes on its own (its own critical path), added one after the other. */
export function sequentialDays(map: ComplianceMap): number {
  const waived = waivedRules(map).dependencies;
  let total = 0;
  for (const process of map.processes) {
    const index = new Map(process.steps.map((s, i) => [s.id, i]));
    const preds = process.steps.map((s) =>
      s.dependsOn
        .filter((d) => !waived.has(dependencyKey(process.id, s.id, d)))
        .flatMap((d) => {
          const i = index.get(d);
          return i === undefined ? [] : [i];
        }),
    );
    const succ: number[][] = process.steps.map(() => []);
    preds.forEach((ps, v) => ps.forEach((p) => succ[p]?.push(v)));
    const waiting = Int32Array.from(preds, (ps) => ps.length);
    const order: number[] = [];
    waiting.forEach((w, v) => {
      if (w === 0) order.push(v);
    });
    for (let head = 0; head < order.length; head += 1) {
      for (const w of succ[order[head] ?? 0] ?? []) {
        waiting[w] = (waiting[w] ?? 0) - 1;
        if (waiting[w] === 0) order.push(w);
      }
    }
    const duration = Float64Array.from(process.steps, (s) => days(s));
    total += longestChain(order, duration, (v) => preds[v] ?? []).days;
  }
  return total;
}

/** What the plan and the timeline both start from: an order of the nodes, what each waits for, and their days. */
function planBasis(graph: PrecedenceGraph): { order: number[]; preds: number[][]; duration: Float64Array } | null {
  const order = topologicalOrder(graph);
  if (!order) return null;
  const preds: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) preds[e.to]?.push(e.from);
  const duration = Float64Array.from(graph.nodes, (members) =>
    Math.max(0, ...members.map((ref) => days(graph.steps.get(stepKey(ref))?.step))),
  );
  return { order, preds, duration };
}

/** The plan for a graph without loops, or null when no order can satisfy every rule. */
export function integratedPlan(map: ComplianceMap, graph: PrecedenceGraph): IntegratedPlan | null {
  const basis = planBasis(graph);
  if (!basis) return null;
  const { order, preds, duration } = basis;
  const n = graph.nodes.length;
  const stageOf = new Int32Array(n);
  for (const v of order) {
    let stage = 1;
    for (const p of preds[v] ?? []) stage = Math.max(stage, (stageOf[p] ?? 0) + 1);
    stageOf[v] = stage;
  }
  const stages: PlanStage[] = [];
  for (let v = 0; v < n; v += 1) {
    const s = stageOf[v] ?? 1;
    while (stages.length < s) stages.push({ stage: stages.length + 1, steps: [] });
    stages[s - 1]?.steps.push(graph.nodes[v] ?? []);
  }
  const critical = longestChain(order, duration, (v) => preds[v] ?? []);
  return {
    stages,
    criticalPath: critical.chain.flatMap((v) => graph.nodes[v]?.slice(0, 1) ?? []),
    days: critical.days,
    sequentialDays: sequentialDays(map),
  };
}

/**
 * The day each step can start in the integrated plan (by step key), from the same graph and durations as the
 * plan itself, so a timeline drawn from it always agrees with the plan's days; null while the map has a loop.
 */
export function planStartDays(map: ComplianceMap): Map<string, number> | null {
  const graph = buildPrecedenceGraph(map);
  const basis = planBasis(graph);
  if (!basis) return null;
  const { finish } = longestChain(basis.order, basis.duration, (v) => basis.preds[v] ?? []);
  const starts = new Map<string, number>();
  graph.nodes.forEach((members, v) => {
    const start = (finish[v] ?? 0) - (basis.duration[v] ?? 0);
    for (const ref of members) starts.set(stepKey(ref), start);
  });
  return starts;
}
