// Keeping a what-if trial: each trial change is carried out by the same edit rules as a change made in a
// form (a step's dependencies through `editStep`, a link through `deleteLink`, an exception through
// `addException`), in order, so what is kept is checked like any other change and records who agreed an
// exception and when. If any change is refused, nothing is kept and the reason is given.
import { deleteLink } from './map-edit-links';
import { addException } from './map-edit-register';
import { done, draftFromStep, editStep, fail, type EditContext, type EditOutcome } from './map-edits';
import type { ComplianceMap, StepRef } from './map-model';
import { findStep } from './map-model';
import type { WhatIfChange } from './what-if';

function withDependencies(map: ComplianceMap, ref: StepRef, dependsOn: string[]): EditOutcome {
  const step = findStep(map, ref);
  if (!step) return fail({ general: 'A step of this trial is no longer in the map.' });
  return editStep(map, ref, { ...draftFromStep(step), dependsOn });
}

function keepOne(map: ComplianceMap, change: WhatIfChange, context: EditContext): EditOutcome {
  switch (change.type) {
    case 'move-step':
      return withDependencies(map, change.step, change.dependsOn);
    case 'drop-dependency': {
      const ref = { processId: change.processId, stepId: change.stepId };
      const step = findStep(map, ref);
      if (!step?.dependsOn.includes(change.dependsOn))
        return fail({ general: 'A dependency this trial drops is no longer in the map.' });
      return withDependencies(
        map,
        ref,
        step.dependsOn.filter((d) => d !== change.dependsOn),
      );
    }
    case 'drop-link':
      return deleteLink(map, change.linkId);
    case 'agree-exception':
      return addException(map, { waives: change.waives, reason: change.reason, evidenceIds: [] }, context);
  }
}

/** The map with every trial change carried out by the edit rules, or the first reason one was refused. */
export function keepWhatIf(map: ComplianceMap, changes: readonly WhatIfChange[], context: EditContext): EditOutcome {
  let current = map;
  for (const change of changes) {
    const outcome = keepOne(current, change, context);
    if (!outcome.ok) return outcome;
    current = outcome.map;
  }
  return done(current);
}
