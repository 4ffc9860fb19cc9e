// Where the swimlane drawing puts things: one lane per process, steps as boxes in columns (plan stage, or
// depth in their own process), and the lines between them. Only a window of columns is laid out at a
// time, and at most a few boxes per lane and column, so a map of thousands of steps draws as fast as a
// small one; the steps left out of the drawing are still counted and listed in words beside it.
import type { ComplianceMap, MapRelation, StepRef } from '../../../domain/compliance-map/map-model';
import { stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';

export const LANE = { label: 150, column: 176, boxWidth: 144, boxHeight: 54, row: 68, pad: 26, header: 30 } as const;
/** Boxes drawn per lane and column; more are counted ("and 3 more") and listed in the words beside. */
export const MAX_STACK = 4;

export interface LaneBox {
  key: string;
  ref: StepRef;
  column: number;
  x: number;
  y: number;
  inCycle: boolean;
}

export interface LaneEdge {
  key: string;
  from: LaneBox;
  to: LaneBox;
  /** `dependency` is an order inside one process; the rest are links between processes. */
  kind: MapRelation | 'dependency';
  inCycle: boolean;
  /** An ordering link an agreed exception sets aside: drawn faint and dotted, with "(set aside)". */
  waived: boolean;
  /** Which of the lines between the same two steps this is, and how many there are, to keep them apart. */
  slot: number;
  slots: number;
}

export interface LaneRow {
  processId: string;
  title: string;
  y: number;
  height: number;
  /** Steps in this window not drawn because their cell was full, by column. */
  hidden: { column: number; count: number }[];
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  lanes: LaneRow[];
  boxes: LaneBox[];
  edges: LaneEdge[];
  /** Boxes per lane, left to right then top to bottom: the order the arrow keys follow. */
  order: LaneBox[][];
}

/** The rules that close a shown cycle (as the drawing keys its lines), so their lines can be emphasised. */
export function cycleEdgeKeys(analysis: Pick<MapAnalysis, 'cycles'>): Set<string> {
  const keys = new Set<string>();
  for (const cycle of analysis.cycles) {
    for (const rule of cycle.rules) {
      keys.add(rule.type === 'link' ? `link:${rule.linkId}` : `dep:${stepKey(rule.from)}>${stepKey(rule.to)}`);
    }
  }
  return keys;
}

export function layoutSwimlanes(
  map: Pick<ComplianceMap, 'processes' | 'links' | 'exceptions'>,
  analysis: Pick<MapAnalysis, 'cycles'>,
  columns: Map<string, number>,
  cycleSteps: Set<string>,
  first: number,
  count: number,
): SwimlaneLayout {
  const last = first + count - 1;
  const shown = Math.max(1, count);
  const boxes = new Map<string, LaneBox>();
  const lanes: LaneRow[] = [];
  const order: LaneBox[][] = [];
  let y = LANE.header;
  for (const process of map.processes) {
    const cells = new Map<number, StepRef[]>();
    for (const step of process.steps) {
      const ref = { processId: process.id, stepId: step.id };
      const column = columns.get(stepKey(ref)) ?? 0;
      if (column < first || column > last) continue;
      const cell = cells.get(column) ?? [];
      cell.push(ref);
      cells.set(column, cell);
    }
    const stack = Math.max(1, ...[...cells.values()].map((c) => Math.min(c.length, MAX_STACK)));
    const height = stack * LANE.row + LANE.pad * 2 + (hasOverflow(cells) ? 20 : 0);
    const laneBoxes: LaneBox[] = [];
    const hidden: LaneRow['hidden'] = [];
    for (const [column, refs] of [...cells.entries()].sort((a, b) => a[0] - b[0])) {
      refs.slice(0, MAX_STACK).forEach((ref, i) => {
        const key = stepKey(ref);
        const box: LaneBox = {
          key,
          ref,
          column,
          x: LANE.label + (column - first) * LANE.column + (LANE.column - LANE.boxWidth) / 2,
          y: y + LANE.pad + i * LANE.row,
          inCycle: cycleSteps.has(key),
        };
        boxes.set(key, box);
        laneBoxes.push(box);
      });
      if (refs.length > MAX_STACK) hidden.push({ column, count: refs.length - MAX_STACK });
    }
    lanes.push({ processId: process.id, title: process.title, y, height, hidden });
    order.push(laneBoxes);
    y += height;
  }
  const cycleEdges = cycleEdgeKeys(analysis);
  const edges: LaneEdge[] = [];
  const seen = new Set<string>();
  const waived = new Set(
    map.exceptions.map(({ waives: w }) =>
      w.type === 'link' ? `link:${w.linkId}` : `dep:${w.processId}:${w.dependsOn}>${w.processId}:${w.stepId}`,
    ),
  );
  const add = (fromKey: string, toKey: string, kind: LaneEdge['kind'], id: string) => {
    const from = boxes.get(fromKey);
    const to = boxes.get(toKey);
    if (!from || !to || seen.has(id)) return;
    seen.add(id);
    edges.push({ key: id, from, to, kind, inCycle: cycleEdges.has(id), waived: waived.has(id), slot: 0, slots: 1 });
  };
  for (const process of map.processes) {
    for (const step of process.steps) {
      const toKey = stepKey({ processId: process.id, stepId: step.id });
      for (const dep of step.dependsOn) {
        const fromKey = stepKey({ processId: process.id, stepId: dep });
        add(fromKey, toKey, 'dependency', `dep:${fromKey}>${toKey}`);
      }
    }
  }
  for (const link of map.links) {
    // Ordering lines always point from the earlier step to the later one.
    const [a, b] = link.relation === 'must-follow' ? [link.to, link.from] : [link.from, link.to];
    add(stepKey(a), stepKey(b), link.relation === 'must-follow' ? 'must-precede' : link.relation, `link:${link.id}`);
  }
  const pairs = new Map<string, LaneEdge[]>();
  for (const edge of edges) {
    const pair = [edge.from.key, edge.to.key].sort().join('|');
    pairs.set(pair, [...(pairs.get(pair) ?? []), edge]);
  }
  for (const group of pairs.values()) {
    group.forEach((edge, i) => {
      edge.slot = i;
      edge.slots = group.length;
    });
  }
  return { width: LANE.label + shown * LANE.column, height: y, lanes, boxes: [...boxes.values()], edges, order };
}

function hasOverflow(cells: Map<number, StepRef[]>): boolean {
  for (const refs of cells.values()) if (refs.length > MAX_STACK) return true;
  return false;
}

/** How many columns the map has (the last stage or depth, plus one). */
export function columnCount(columns: Map<string, number>): number {
  let max = -1;
  for (const c of columns.values()) if (c > max) max = c;
  return max + 1;
}
