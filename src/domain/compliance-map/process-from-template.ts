// Turns a process template from an installed pack into a process of a compliance map: a copy of its steps,
// pinned to the template's version, so the map keeps working if the pack changes or is removed and a newer
// version can be compared step by step.
import type { ProcessTemplate } from '../pack';
import type { MapProcess, MapStep } from './map-model';

export function mapStepFromTemplate(step: ProcessTemplate['steps'][number]): MapStep {
  return {
    id: step.id,
    name: step.name,
    owner: step.owner ?? '',
    phase: step.phase ?? null,
    evidence: [...(step.evidence ?? [])],
    dependsOn: [...(step.depends_on ?? [])],
    durationDays: step.duration_days ?? null,
    description: (step.description ?? '').trim(),
  };
}

/** The map's copy of a template; `processId` is the short id the map uses for it (unique within the map). */
export function mapProcessFromTemplate(packId: string, template: ProcessTemplate, processId: string): MapProcess {
  return {
    id: processId,
    title: template.title,
    side: template.side,
    organisation: template.organisation ?? '',
    source: { type: 'template', packId, templateId: template.id, version: template.version },
    steps: template.steps.map(mapStepFromTemplate),
  };
}

/** A process id not yet used in the map, from a preferred one: "central", then "central-2", "central-3" ... */
export function freeProcessId(preferred: string, taken: readonly string[]): string {
  const base =
    preferred
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 56) || 'process';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}
