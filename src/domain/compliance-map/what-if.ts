// What-if: try changes to a map (move a step, drop an ordering link or a dependency, agree an exception)
// and compare the analysis before and after, before keeping anything. Changes are applied to a copy; the
// map passed in is never touched, so a screen can throw the trial away.
import type { MapAnalysis } from './analysis-types';
import type { ComplianceMap, MapException, StepRef, WaivedRule } from './map-model';
import { stepKey } from './map-model';

export type WhatIfChange =
  /** Move a step: it now waits for these steps of its own process instead. */
  | { type: 'move-step'; step: StepRef; dependsOn: string[] }
  | { type: 'drop-link'; linkId: string }
  | { type: 'drop-dependency'; processId: string; stepId: string; dependsOn: string }
  | { type: 'agree-exception'; waives: WaivedRule; reason: string; agreedBy: string; agreedAt: string };

function applyOne(map: ComplianceMap, change: WhatIfChange, n: number): ComplianceMap {
  switch (change.type) {
    case 'move-step':
    case 'drop-dependency': {
      const processId = change.type === 'move-step' ? change.step.processId : change.processId;
      const stepId = change.type === 'move-step' ? change.step.stepId : change.stepId;
      return {
        ...map,
        processes: map.processes.map((p) =>
          p.id !== processId
            ? p
            : {
                ...p,
                steps: p.steps.map((s) => {
                  if (s.id !== stepId) return s;
                  const dependsOn =
                    change.type === 'move-step'
                      ? [...change.dependsOn]
                      : s.dependsOn.filter((d) => d !== change.dependsOn);
                  return { ...s, dependsOn };
                }),
              },
        ),
      };
    }
    case 'drop-link':
      return { ...map, links: map.links.filter((l) => l.id !== change.linkId) };
    case 'agree-exception': {
      const exception: MapException = {
        id: `what-if-${n}`,
        waives: change.waives,
        reason: change.reason,
        agreedBy: change.agreedBy,
        agreedAt: change.agreedAt,
        evidenceIds: [],
      };
      return { ...map, exceptions: [...map.exceptions, exception] };
    }
  }
}

/** A new map with the changes applied in order; the original is left as it was. */
export function applyWhatIf(map: ComplianceMap, changes: readonly WhatIfChange[]): ComplianceMap {
  return changes.reduce((m, change, i) => applyOne(m, change, i + 1), map);
}

/** Plain figures a screen shows side by side: what a trial change would do. */
export interface AnalysisComparison {
  cyclesBefore: number;
  cyclesAfter: number;
  /** Null where there is no plan (some ordering contradiction stands). */
  planDaysBefore: number | null;
  planDaysAfter: number | null;
  stagesBefore: number | null;
  stagesAfter: number | null;
  /** True when the critical path runs through different steps (or one side has no plan). */
  criticalPathChanged: boolean;
  /** Steps with no counterpart after the change that had one before. */
  newlyUnmapped: StepRef[];
}

function pathKey(analysis: MapAnalysis): string | null {
  return analysis.plan ? analysis.plan.criticalPath.map((s) => stepKey(s)).join('\n') : null;
}

export function compareAnalyses(before: MapAnalysis, after: MapAnalysis): AnalysisComparison {
  const newlyUnmapped: StepRef[] = [];
  for (const [processId, ids] of Object.entries(after.unmapped)) {
    const was = new Set(before.unmapped[processId] ?? []);
    for (const stepId of ids) if (!was.has(stepId)) newlyUnmapped.push({ processId, stepId });
  }
  const pathBefore = pathKey(before);
  const pathAfter = pathKey(after);
  return {
    cyclesBefore: before.cycles.length,
    cyclesAfter: after.cycles.length,
    planDaysBefore: before.plan?.days ?? null,
    planDaysAfter: after.plan?.days ?? null,
    stagesBefore: before.plan?.stages.length ?? null,
    stagesAfter: after.plan?.stages.length ?? null,
    criticalPathChanged: pathBefore !== pathAfter,
    newlyUnmapped,
  };
}
