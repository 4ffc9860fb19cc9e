// When each part of the integrated plan can start, for drawing the plan as a timeline. The start days come
// from the analysis's own precedence graph (`planStartDays`), so the bars always agree with the plan's days;
// this only groups them by the plan's stages and marks the critical path.
import type { ComplianceMap, StepRef } from '../../../domain/compliance-map/map-model';
import { findStep, stepKey } from '../../../domain/compliance-map/map-model';
import type { IntegratedPlan } from '../../../domain/compliance-map/analysis-types';
import { planStartDays } from '../../../domain/compliance-map/integrated-plan';

export interface ScheduledNode {
  stage: number;
  steps: StepRef[];
  start: number;
  duration: number;
  critical: boolean;
}

export function schedulePlan(map: ComplianceMap, plan: IntegratedPlan): { nodes: ScheduledNode[]; finish: number } {
  const critical = new Set(plan.criticalPath.map(stepKey));
  const starts = planStartDays(map);
  const nodes: ScheduledNode[] = [];
  let finish = 0;
  for (const stage of plan.stages) {
    for (const steps of stage.steps) {
      const duration = Math.max(0, ...steps.map((ref) => findStep(map, ref)?.durationDays ?? 0));
      const start = Math.max(0, ...steps.map((ref) => starts?.get(stepKey(ref)) ?? 0));
      nodes.push({ stage: stage.stage, steps, start, duration, critical: steps.some((s) => critical.has(stepKey(s))) });
      finish = Math.max(finish, start + duration);
    }
  }
  return { nodes, finish };
}
