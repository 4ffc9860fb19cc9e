// When each part of the integrated plan can start, for drawing the plan as a timeline: every merged step
// starts as soon as everything it waits for (its own process's dependencies and the ordering links,
// less the rules an agreed exception sets aside) has finished. The plan's stages say what can run in
// parallel; this adds where along the days each bar sits.
import type { ComplianceMap, StepRef } from '../../../domain/compliance-map/map-model';
import { findStep, stepKey } from '../../../domain/compliance-map/map-model';
import type { IntegratedPlan } from '../../../domain/compliance-map/analysis-types';

export interface ScheduledNode {
  stage: number;
  steps: StepRef[];
  start: number;
  duration: number;
  critical: boolean;
}

export function schedulePlan(
  map: Pick<ComplianceMap, 'processes' | 'links' | 'exceptions'>,
  plan: IntegratedPlan,
): { nodes: ScheduledNode[]; finish: number } {
  const critical = new Set(plan.criticalPath.map(stepKey));
  const nodes: ScheduledNode[] = [];
  const nodeOf = new Map<string, ScheduledNode>();
  for (const stage of plan.stages) {
    for (const steps of stage.steps) {
      const duration = Math.max(0, ...steps.map((ref) => findStep(map, ref)?.durationDays ?? 0));
      const node: ScheduledNode = {
        stage: stage.stage,
        steps,
        start: 0,
        duration,
        critical: steps.some((s) => critical.has(stepKey(s))),
      };
      nodes.push(node);
      for (const ref of steps) nodeOf.set(stepKey(ref), node);
    }
  }
  const waivedLinks = new Set<string>();
  const waivedDeps = new Set<string>();
  for (const exception of map.exceptions) {
    const w = exception.waives;
    if (w.type === 'link') waivedLinks.add(w.linkId);
    else waivedDeps.add(`${w.processId}:${w.stepId}<${w.dependsOn}`);
  }
  const before = new Map<ScheduledNode, ScheduledNode[]>();
  const rule = (earlier: StepRef, later: StepRef) => {
    const a = nodeOf.get(stepKey(earlier));
    const b = nodeOf.get(stepKey(later));
    if (a && b && a !== b) before.set(b, [...(before.get(b) ?? []), a]);
  };
  for (const process of map.processes) {
    for (const step of process.steps) {
      for (const dep of step.dependsOn) {
        if (waivedDeps.has(`${process.id}:${step.id}<${dep}`)) continue;
        rule({ processId: process.id, stepId: dep }, { processId: process.id, stepId: step.id });
      }
    }
  }
  for (const link of map.links) {
    if (waivedLinks.has(link.id)) continue;
    if (link.relation === 'must-precede') rule(link.from, link.to);
    if (link.relation === 'must-follow') rule(link.to, link.from);
  }
  let finish = 0;
  // Stages are in order, and every rule points from an earlier stage to a later one.
  for (const node of nodes) {
    node.start = Math.max(0, ...(before.get(node) ?? []).map((p) => p.start + p.duration));
    finish = Math.max(finish, node.start + node.duration);
  }
  return { nodes, finish };
}
