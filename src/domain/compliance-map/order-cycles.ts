// Ordering contradictions: loops in the merged precedence graph, where following every rule as written
// would mean a step finishing before it starts. Tarjan's algorithm (written with an explicit stack, since
// maps of two large processes have thousands of nodes) finds each strongly connected component; a
// breadth-first search then finds a shortest loop through it, which is the one shown and explained.
import type { OrderCycle, OrderRule } from './analysis-types';
import type { ComplianceMap, StepRef } from './map-model';
import { sameStep, stepKey } from './map-model';
import type { PrecedenceGraph } from './precedence-graph';
import { displayDate } from '../display-date';

/**
 * Strongly connected components (each a list of node indices, ascending), in the order Tarjan closes them.
 * With `allowed`, only the nodes it marks (and the edges between them) are considered.
 */
export function stronglyConnectedComponents(
  graph: Pick<PrecedenceGraph, 'nodes' | 'edges' | 'out'>,
  allowed?: Uint8Array,
): number[][] {
  const n = graph.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const nextEdge = new Int32Array(n);
  const stack: number[] = [];
  const call: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root += 1) {
    if ((index[root] ?? 0) >= 0 || (allowed && !allowed[root])) continue;
    call.push(root);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (call.length > 0) {
      const v = call[call.length - 1] ?? 0;
      const outs = graph.out[v] ?? [];
      const k = nextEdge[v] ?? 0;
      if (k < outs.length) {
        nextEdge[v] = k + 1;
        const w = graph.edges[outs[k] ?? 0]?.to ?? v;
        if (allowed && !allowed[w]) continue;
        if ((index[w] ?? 0) < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          call.push(w);
        } else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      call.pop();
      const parent = call[call.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() ?? v;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/**
 * Bounds on the search for a shortest loop, so that a hostile map (ten chained processes of thousands of
 * steps tangled in one loop) cannot hang the app. Each breadth-first search costs up to the rules of the
 * component; once a component's searches have read `ruleVisitsPerComponent` rules, the shortest loop found
 * so far is shown (the first search always runs to the end, so there is always one), said to be one loop
 * of the tangle rather than the shortest, with the steps of the whole component named.
 */
export const CYCLE_LIMITS = {
  ruleVisitsPerComponent: 2_000_000,
  /** Rules explained one by one in a loop's explanation; the rest are counted. */
  rulesExplained: 100,
  /** Steps named when a tangle is too large to search in full; the rest are counted. */
  componentStepsNamed: 20,
} as const;

/** Rules read by the searches of one component, against its budget. */
interface SearchBudget {
  visits: number;
  limited: boolean;
}

/**
 * The edges of a shortest loop through any of `starts`, using only nodes marked in `mask`, or `best` when
 * none is shorter. A breadth-first search from a node finds the shortest loop through it. Once a loop is
 * known and the budget is spent, no further search starts.
 */
function shortestCycleFrom(
  graph: PrecedenceGraph,
  starts: number[],
  mask: Uint8Array,
  best: number[],
  budget: SearchBudget,
): number[] {
  const n = graph.nodes.length;
  const dist = new Int32Array(n).fill(-1);
  const via = new Int32Array(n);
  let shortest = best;
  for (const start of starts) {
    if (shortest.length === 2) break;
    if (shortest.length > 0 && budget.visits >= CYCLE_LIMITS.ruleVisitsPerComponent) {
      budget.limited = true;
      break;
    }
    const seen: number[] = [start];
    dist[start] = 0;
    const queue = [start];
    let found = -1;
    for (let head = 0; head < queue.length && found < 0; head += 1) {
      const u = queue[head] ?? start;
      // Nothing further from `start` can beat the shortest loop already found.
      if (shortest.length > 0 && (dist[u] ?? 0) + 1 >= shortest.length) break;
      for (const e of graph.out[u] ?? []) {
        budget.visits += 1;
        const w = graph.edges[e]?.to ?? u;
        if (!mask[w]) continue;
        if (w === start) {
          found = e;
          break;
        }
        if ((dist[w] ?? 0) >= 0) continue;
        dist[w] = (dist[u] ?? 0) + 1;
        via[w] = e;
        seen.push(w);
        queue.push(w);
      }
    }
    if (found >= 0) {
      const path = [found];
      let v = graph.edges[found]?.from ?? start;
      while (v !== start) {
        const e = via[v] ?? 0;
        path.push(e);
        v = graph.edges[e]?.from ?? start;
      }
      path.reverse();
      if (shortest.length === 0 || path.length < shortest.length) shortest = path;
    }
    for (const v of seen) dist[v] = -1;
  }
  return shortest;
}

/**
 * A shortest loop in one strongly connected component. Searching from every node costs nodes x edges, too
 * slow for a component of thousands of steps, so the search starts only from "crossing" nodes (merged steps
 * and ends of ordering links): any loop that avoids them all lies inside one process's own dependencies,
 * and those are searched separately, only where such loops exist. The answer is still a shortest loop.
 */
function shortestCycle(
  graph: PrecedenceGraph,
  component: number[],
  crossing: Uint8Array,
  budget: SearchBudget,
): number[] {
  for (const v of component) {
    for (const e of graph.out[v] ?? []) if (graph.edges[e]?.to === v) return [e];
  }
  const mask = new Uint8Array(graph.nodes.length);
  for (const v of component) mask[v] = 1;
  let best = shortestCycleFrom(
    graph,
    component.filter((v) => crossing[v]),
    mask,
    [],
    budget,
  );
  const inner = new Uint8Array(graph.nodes.length);
  for (const v of component) if (!crossing[v]) inner[v] = 1;
  for (const sub of stronglyConnectedComponents(graph, inner)) {
    if (budget.limited) break;
    if (sub.length > 1) best = shortestCycleFrom(graph, sub, inner, best, budget);
  }
  return best;
}

function stepName(graph: PrecedenceGraph, ref: StepRef): string {
  const entry = graph.steps.get(stepKey(ref));
  return entry ? `“${entry.step.name}” (${entry.process.title})` : `“${ref.stepId}” (${ref.processId})`;
}

function processTitle(graph: PrecedenceGraph, processId: string): string {
  for (const entry of graph.steps.values()) if (entry.process.id === processId) return entry.process.title;
  return processId;
}

function ruleSource(map: ComplianceMap, graph: PrecedenceGraph, rule: OrderRule): string {
  if (rule.type === 'dependency') return `a dependency in ${processTitle(graph, rule.processId)}`;
  const link = map.links.find((l) => l.id === rule.linkId);
  if (!link) return 'an ordering link';
  const when = displayDate(link.at);
  return link.status === 'agreed'
    ? `an ordering link agreed on ${when}`
    : `an ordering link drawn on ${when}, still a draft`;
}

/** Which steps, which rule from which side, and why both cannot be followed as written. */
export function explainCycle(map: ComplianceMap, graph: PrecedenceGraph, rules: OrderRule[]): string {
  const sentences: string[] = [];
  rules.slice(0, CYCLE_LIMITS.rulesExplained).forEach((rule, i) => {
    sentences.push(
      `${stepName(graph, rule.from)} must finish before ${stepName(graph, rule.to)} starts (${ruleSource(map, graph, rule)}).`,
    );
    const next = rules[(i + 1) % rules.length];
    if (next && !sameStep(rule.to, next.from)) {
      sentences.push(
        `${stepName(graph, rule.to)} and ${stepName(graph, next.from)} are the same step in both processes.`,
      );
    }
  });
  const unexplained = rules.length - CYCLE_LIMITS.rulesExplained;
  if (unexplained > 0)
    sentences.push(
      `${unexplained.toLocaleString('en-GB')} more ${unexplained === 1 ? 'rule leads' : 'rules lead'} from ${stepName(graph, rules[CYCLE_LIMITS.rulesExplained]?.from ?? rules[0]?.from ?? { processId: '', stepId: '' })} back to the first step.`,
    );
  const first = rules[0]?.from;
  const closing = first
    ? `Followed as written, ${stepName(graph, first)} would have to finish before it could start, so ${rules.length === 1 ? 'this rule cannot be followed' : rules.length === 2 ? 'no order of work satisfies both rules' : `no order of work satisfies all ${rules.length} rules`}.`
    : '';
  return [
    'These rules form a loop.',
    ...sentences,
    closing,
    'An exception agreed by both sides for one of these rules, or a changed link, breaks the loop.',
  ]
    .filter((s) => s !== '')
    .join(' ');
}

/** The steps of a loop in order: where a rule lands on one step of a merged node and the next leaves from another, both are listed. */
function cycleSteps(rules: OrderRule[]): StepRef[] {
  const steps: StepRef[] = [];
  const push = (ref: StepRef): void => {
    const last = steps[steps.length - 1];
    if (!last || !sameStep(last, ref)) steps.push(ref);
  };
  for (const rule of rules) {
    push(rule.from);
    push(rule.to);
  }
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (steps.length > 1 && first && last && sameStep(first, last)) steps.pop();
  return steps;
}

/** Said of a loop found when the search stopped at its limit: the loop is real, the tangle is larger. */
function tangleNote(graph: PrecedenceGraph, component: StepRef[]): string {
  const named = component.slice(0, CYCLE_LIMITS.componentStepsNamed).map((ref) => stepName(graph, ref));
  const more = component.length - named.length;
  return (
    `These ${component.length.toLocaleString('en-GB')} steps wait for each other in too many ways to check every loop, so this is one loop among them, not necessarily the shortest: ` +
    `${named.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more` : ''}.`
  );
}

/**
 * Every ordering contradiction in the graph: one shortest loop per strongly connected component. With
 * `work`, adds the rules the searches read to `work.ruleVisits` (for tests and the bench).
 */
export function findOrderCycles(
  map: ComplianceMap,
  graph: PrecedenceGraph,
  work?: { ruleVisits: number },
): OrderCycle[] {
  const crossing = new Uint8Array(graph.nodes.length);
  graph.nodes.forEach((members, v) => {
    if (members.length > 1) crossing[v] = 1;
  });
  for (const e of graph.edges) {
    if (e.rule.type === 'link') crossing[e.from] = crossing[e.to] = 1;
  }
  const cycles: OrderCycle[] = [];
  const components = stronglyConnectedComponents(graph).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  for (const component of components) {
    const single = component[0] ?? 0;
    const selfLoop = component.length === 1 && (graph.out[single] ?? []).some((e) => graph.edges[e]?.to === single);
    if (component.length === 1 && !selfLoop) continue;
    const budget: SearchBudget = { visits: 0, limited: false };
    const edgeIds = shortestCycle(graph, component, crossing, budget);
    if (work) work.ruleVisits += budget.visits;
    const rules = edgeIds.flatMap((e) => {
      const edge = graph.edges[e];
      return edge ? [edge.rule] : [];
    });
    const steps = component.flatMap((v) => graph.nodes[v] ?? []);
    const explanation = explainCycle(map, graph, rules);
    cycles.push({
      steps: cycleSteps(rules),
      rules,
      component: steps,
      explanation: budget.limited ? `${tangleNote(graph, steps)} ${explanation}` : explanation,
      ...(budget.limited ? { limited: true } : {}),
    });
  }
  return cycles;
}
