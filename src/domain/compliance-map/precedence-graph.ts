// The merged precedence graph of a compliance map: one node per piece of work, where steps linked equal-to
// or equivalent-to share a node (they are done once, for both processes), and one edge per ordering rule
// (a dependency inside a process, or a must-precede / must-follow link between processes). Rules set aside
// by an agreed exception are left out. Cycles and the integrated plan are both read from this graph.
import type { OrderRule } from './analysis-types';
import type { ComplianceMap, MapProcess, MapStep, StepRef } from './map-model';
import { stepKey } from './map-model';

export interface GraphEdge {
  from: number;
  to: number;
  rule: OrderRule;
}

export interface StepEntry {
  ref: StepRef;
  step: MapStep;
  process: MapProcess;
}

export interface PrecedenceGraph {
  /** The steps of each node, in map order (process by process, step by step). */
  nodes: StepRef[][];
  /** Node index of each step, by stepKey. */
  nodeOf: Map<string, number>;
  /** Every step of the map, by stepKey. */
  steps: Map<string, StepEntry>;
  edges: GraphEdge[];
  /** Indices into `edges` leaving each node, in the order the rules were found. */
  out: number[][];
}

/** Union-find with path halving: merging thousands of steps stays close to linear. */
function makeUnionFind(size: number): { find: (x: number) => number; union: (a: number, b: number) => void } {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    let v = x;
    while (parent[v] !== v) {
      const up = parent[v] ?? v;
      parent[v] = parent[up] ?? up;
      v = parent[v] ?? v;
    }
    return v;
  };
  // The smaller index stays the root, so a node is named by its first step whatever the link order.
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  return { find, union };
}

export function dependencyKey(processId: string, stepId: string, dependsOn: string): string {
  return `${processId}\n${stepId}\n${dependsOn}`;
}

/** The links and dependencies that agreed exceptions set aside. */
export function waivedRules(map: ComplianceMap): { links: Set<string>; dependencies: Set<string> } {
  const links = new Set<string>();
  const dependencies = new Set<string>();
  for (const e of map.exceptions) {
    if (e.waives.type === 'link') links.add(e.waives.linkId);
    else dependencies.add(dependencyKey(e.waives.processId, e.waives.stepId, e.waives.dependsOn));
  }
  return { links, dependencies };
}

export function buildPrecedenceGraph(map: ComplianceMap): PrecedenceGraph {
  const entries: StepEntry[] = [];
  const indexOf = new Map<string, number>();
  const steps = new Map<string, StepEntry>();
  for (const process of map.processes) {
    for (const step of process.steps) {
      const ref = { processId: process.id, stepId: step.id };
      const key = stepKey(ref);
      if (indexOf.has(key)) continue;
      indexOf.set(key, entries.length);
      const entry = { ref, step, process };
      entries.push(entry);
      steps.set(key, entry);
    }
  }

  const uf = makeUnionFind(entries.length);
  for (const link of map.links) {
    if (link.relation !== 'equal-to' && link.relation !== 'equivalent-to') continue;
    const a = indexOf.get(stepKey(link.from));
    const b = indexOf.get(stepKey(link.to));
    if (a !== undefined && b !== undefined) uf.union(a, b);
  }
  const nodeOfRoot = new Map<number, number>();
  const nodes: StepRef[][] = [];
  const nodeOf = new Map<string, number>();
  entries.forEach((entry, i) => {
    const root = uf.find(i);
    let node = nodeOfRoot.get(root);
    if (node === undefined) {
      node = nodes.length;
      nodeOfRoot.set(root, node);
      nodes.push([]);
    }
    nodes[node]?.push(entry.ref);
    nodeOf.set(stepKey(entry.ref), node);
  });

  const edges: GraphEdge[] = [];
  const out: number[][] = nodes.map(() => []);
  const addEdge = (rule: OrderRule): void => {
    const from = nodeOf.get(stepKey(rule.from));
    const to = nodeOf.get(stepKey(rule.to));
    if (from === undefined || to === undefined) return;
    out[from]?.push(edges.length);
    edges.push({ from, to, rule });
  };
  const waived = waivedRules(map);
  for (const process of map.processes) {
    for (const step of process.steps) {
      for (const dep of step.dependsOn) {
        if (waived.dependencies.has(dependencyKey(process.id, step.id, dep))) continue;
        addEdge({
          type: 'dependency',
          from: { processId: process.id, stepId: dep },
          to: { processId: process.id, stepId: step.id },
          processId: process.id,
        });
      }
    }
  }
  for (const link of map.links) {
    if (waived.links.has(link.id)) continue;
    // A rule's `from` is always the step that finishes first.
    if (link.relation === 'must-precede') addEdge({ type: 'link', from: link.from, to: link.to, linkId: link.id });
    else if (link.relation === 'must-follow') addEdge({ type: 'link', from: link.to, to: link.from, linkId: link.id });
  }
  return { nodes, nodeOf, steps, edges, out };
}
