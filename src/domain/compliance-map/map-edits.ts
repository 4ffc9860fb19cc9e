// The rules for changing a compliance map by hand: starting one, adding and changing processes and their
// steps. Each change takes the map and returns the new map, or the problems to show beside the fields in
// plain English (nothing changes then). Links, suggestions, the register and exceptions follow the same
// pattern in map-edit-links.ts and map-edit-register.ts.
import { PHASES, type Phase } from '../project';
import type { ProcessTemplate } from '../pack';
import { MAP_LIMITS } from './map-record-schema';
import type { ComplianceMap, MapProcess, MapProcessSide, MapStep, StepRef } from './map-model';
import { MAP_PROCESS_SIDES, RELATION_LABELS } from './map-model';
import { freeProcessId, mapProcessFromTemplate } from './process-from-template';

/** Who is making a change and when, with a source of new ids (kept outside so tests can fix them). */
export interface EditContext {
  /** The person's name from Settings ('' when they have not given it). */
  by: string;
  /** ISO timestamp of the change. */
  at: string;
  newId: () => string;
}

/** Messages by field; `general` holds a problem with the change as a whole. */
export type EditErrors = Partial<Record<string, string>>;

export type EditOutcome = { ok: true; map: ComplianceMap } | { ok: false; errors: EditErrors };

export const fail = (errors: EditErrors): EditOutcome => ({ ok: false, errors });
export const done = (map: ComplianceMap): EditOutcome => ({ ok: true, map });

/** The title a new map gets. */
export const DEFAULT_MAP_TITLE = 'Compliance map';

export function emptyMap(ids: { id: string; projectId: string }, at: string): ComplianceMap {
  return {
    id: ids.id,
    projectId: ids.projectId,
    title: DEFAULT_MAP_TITLE,
    processes: [],
    links: [],
    conflicts: [],
    exceptions: [],
    rejectedSuggestions: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** The short id a process of each side prefers. */
const SIDE_IDS: Record<MapProcessSide, string> = { central: 'central', departmental: 'department', other: 'other' };

export interface ProcessDraft {
  title: string;
  side: MapProcessSide | null;
  organisation: string;
}

function processErrors(draft: ProcessDraft): EditErrors {
  const errors: EditErrors = {};
  if (draft.title.trim() === '') errors.title = 'Enter a title for the process';
  else if (draft.title.trim().length > MAP_LIMITS.shortText)
    errors.title = `Enter a title of ${MAP_LIMITS.shortText} characters or fewer`;
  if (draft.side === null || !MAP_PROCESS_SIDES.includes(draft.side)) errors.side = 'Choose whose process it is';
  if (draft.organisation.trim().length > MAP_LIMITS.shortText)
    errors.organisation = `Enter an organisation of ${MAP_LIMITS.shortText} characters or fewer`;
  return errors;
}

function roomForProcess(map: ComplianceMap): EditErrors {
  return map.processes.length >= MAP_LIMITS.processes
    ? { general: `A map holds at most ${MAP_LIMITS.processes} processes, and this one is full.` }
    : {};
}

/** Adds a process written in the app, with no steps yet. */
export function addProcess(map: ComplianceMap, draft: ProcessDraft): EditOutcome {
  const errors = { ...roomForProcess(map), ...processErrors(draft) };
  if (Object.keys(errors).length > 0 || draft.side === null) return fail(errors);
  const process: MapProcess = {
    id: freeProcessId(
      SIDE_IDS[draft.side],
      map.processes.map((p) => p.id),
    ),
    title: draft.title.trim(),
    side: draft.side,
    organisation: draft.organisation.trim(),
    source: { type: 'manual' },
    steps: [],
  };
  return done({ ...map, processes: [...map.processes, process] });
}

/** Adds a copy of a process template, pinned to its version. A map holds each template once. */
export function addTemplateProcess(map: ComplianceMap, packId: string, template: ProcessTemplate): EditOutcome {
  const room = roomForProcess(map);
  if (room.general) return fail(room);
  const already = map.processes.find(
    (p) => p.source.type === 'template' && p.source.packId === packId && p.source.templateId === template.id,
  );
  if (already) return fail({ template: `This map already has \u201c${already.title}\u201d` });
  const id = freeProcessId(
    SIDE_IDS[template.side],
    map.processes.map((p) => p.id),
  );
  return done({ ...map, processes: [...map.processes, mapProcessFromTemplate(packId, template, id)] });
}

/** Changes a process's title, side and organisation; its steps and where it came from stay as they are. */
export function editProcess(map: ComplianceMap, processId: string, draft: ProcessDraft): EditOutcome {
  const errors = processErrors(draft);
  if (Object.keys(errors).length > 0 || draft.side === null) return fail(errors);
  const side = draft.side;
  if (!map.processes.some((p) => p.id === processId)) return fail({ general: 'That process is no longer in the map.' });
  return done({
    ...map,
    processes: map.processes.map((p) =>
      p.id === processId ? { ...p, title: draft.title.trim(), side, organisation: draft.organisation.trim() } : p,
    ),
  });
}

/** A step as typed in its form: evidence one item per line, days as typed. */
export interface StepDraft {
  name: string;
  owner: string;
  phase: Phase | null;
  /** One document or artefact per line. */
  evidence: string;
  dependsOn: string[];
  durationDays: string;
  description: string;
}

export function emptyStepDraft(): StepDraft {
  return { name: '', owner: '', phase: null, evidence: '', dependsOn: [], durationDays: '', description: '' };
}

export function draftFromStep(step: MapStep): StepDraft {
  return {
    name: step.name,
    owner: step.owner,
    phase: step.phase,
    evidence: step.evidence.join('\n'),
    dependsOn: [...step.dependsOn],
    durationDays: step.durationDays === null ? '' : String(step.durationDays),
    description: step.description,
  };
}

/** True when following the dependencies from any step never comes back to it. */
function dependenciesAreAcyclic(steps: readonly MapStep[]): boolean {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    const seen = state.get(id);
    if (seen === 'done') return true;
    if (seen === 'open') return false;
    state.set(id, 'open');
    for (const next of byId.get(id)?.dependsOn ?? []) if (!visit(next)) return false;
    state.set(id, 'done');
    return true;
  };
  return steps.every((s) => visit(s.id));
}

/** Checks a draft against the process it belongs to and builds the step, or the field messages. */
function stepFromDraft(
  process: MapProcess,
  stepId: string,
  draft: StepDraft,
): { ok: true; step: MapStep } | { ok: false; errors: EditErrors } {
  const errors: EditErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Enter a name for the step';
  else if (name.length > MAP_LIMITS.shortText)
    errors.name = `Enter a name of ${MAP_LIMITS.shortText} characters or fewer`;
  if (draft.owner.trim().length > MAP_LIMITS.shortText)
    errors.owner = `Enter an owner of ${MAP_LIMITS.shortText} characters or fewer`;
  if (draft.phase !== null && !PHASES.includes(draft.phase)) errors.phase = 'Choose a phase, or none';
  const evidence = draft.evidence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (evidence.length > MAP_LIMITS.evidencePerStep)
    errors.evidence = `List at most ${MAP_LIMITS.evidencePerStep} items of evidence, one on each line`;
  else if (evidence.some((e) => e.length > MAP_LIMITS.longText))
    errors.evidence = `Keep each item of evidence to ${MAP_LIMITS.longText} characters or fewer`;
  const days = draft.durationDays.trim();
  let durationDays: number | null = null;
  if (days !== '') {
    const n = /^\d+$/.test(days) ? Number(days) : Number.NaN;
    if (!Number.isInteger(n) || n > MAP_LIMITS.maxDurationDays)
      errors.durationDays = `Enter the days as a whole number from 0 to ${MAP_LIMITS.maxDurationDays}, or leave it empty`;
    else durationDays = n;
  }
  if (draft.description.trim().length > MAP_LIMITS.stepDescription)
    errors.description = `Enter a description of ${MAP_LIMITS.stepDescription} characters or fewer`;
  const dependsOn = [...new Set(draft.dependsOn)];
  if (dependsOn.includes(stepId)) errors.dependsOn = 'A step cannot depend on itself';
  else if (dependsOn.some((id) => !process.steps.some((s) => s.id === id)))
    errors.dependsOn = 'Choose only steps of this process that still exist';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    step: {
      id: stepId,
      name,
      owner: draft.owner.trim(),
      phase: draft.phase,
      evidence,
      dependsOn,
      durationDays,
      description: draft.description.trim(),
    },
  };
}

function withSteps(map: ComplianceMap, processId: string, steps: MapStep[]): ComplianceMap {
  return { ...map, processes: map.processes.map((p) => (p.id === processId ? { ...p, steps } : p)) };
}

const CYCLE_MESSAGE =
  'These dependencies would make the steps wait for each other in a circle, so none could start. Choose fewer.';

/** Adds a step to a process, with an id made from its name that no other step of the process has. */
export function addStep(map: ComplianceMap, processId: string, draft: StepDraft): EditOutcome {
  const process = map.processes.find((p) => p.id === processId);
  if (!process) return fail({ general: 'That process is no longer in the map.' });
  if (process.steps.length >= MAP_LIMITS.stepsPerProcess)
    return fail({ general: `A process holds at most ${MAP_LIMITS.stepsPerProcess} steps, and this one is full.` });
  const preferred = draft.name.trim().toLowerCase().slice(0, 48) || 'step';
  const id = freeProcessId(
    preferred,
    process.steps.map((s) => s.id),
  );
  const built = stepFromDraft(process, id, draft);
  if (!built.ok) return fail(built.errors);
  return done(withSteps(map, processId, [...process.steps, built.step]));
}

/** Changes a step. Its id stays, so links and dependencies that use it keep working. */
export function editStep(map: ComplianceMap, ref: StepRef, draft: StepDraft): EditOutcome {
  const process = map.processes.find((p) => p.id === ref.processId);
  if (!process?.steps.some((s) => s.id === ref.stepId)) return fail({ general: 'That step is no longer in the map.' });
  const built = stepFromDraft(process, ref.stepId, draft);
  if (!built.ok) return fail(built.errors);
  const steps = process.steps.map((s) => (s.id === ref.stepId ? built.step : s));
  if (!dependenciesAreAcyclic(steps)) return fail({ dependsOn: CYCLE_MESSAGE });
  // A dependency set aside by an exception has to stay while the exception does.
  const dropped = map.exceptions.filter(
    (e) =>
      e.waives.type === 'dependency' &&
      e.waives.processId === ref.processId &&
      e.waives.stepId === ref.stepId &&
      !built.step.dependsOn.includes(e.waives.dependsOn),
  );
  if (dropped.length > 0)
    return fail({ dependsOn: 'Keep the dependencies an agreed exception sets aside, or remove the exception first' });
  return done(withSteps(map, ref.processId, steps));
}

const quoted = (text: string): string => `\u201c${text}\u201d`;

/** What still uses a step, each in a few words, so deleting it would leave something pointing nowhere. */
export function stepUses(map: ComplianceMap, ref: StepRef): string[] {
  const uses: string[] = [];
  const process = map.processes.find((p) => p.id === ref.processId);
  for (const step of process?.steps ?? [])
    if (step.dependsOn.includes(ref.stepId)) uses.push(`the step ${quoted(step.name)} depends on it`);
  const nameOf = (r: StepRef): string =>
    map.processes.find((p) => p.id === r.processId)?.steps.find((s) => s.id === r.stepId)?.name ?? r.stepId;
  for (const link of map.links) {
    const touches = [link.from, link.to].some((r) => r.processId === ref.processId && r.stepId === ref.stepId);
    if (!touches) continue;
    const isFrom = link.from.processId === ref.processId && link.from.stepId === ref.stepId;
    const relation = RELATION_LABELS[link.relation];
    uses.push(
      isFrom
        ? `a link says it ${relation} ${quoted(nameOf(link.to))}`
        : `a link says ${quoted(nameOf(link.from))} ${relation} it`,
    );
  }
  for (const conflict of map.conflicts)
    if (
      conflict.subject.type === 'cycle' &&
      conflict.subject.steps.some((r) => r.processId === ref.processId && r.stepId === ref.stepId)
    )
      uses.push('a conflict register entry names it');
  for (const exception of map.exceptions) {
    const w = exception.waives;
    if (
      w.type === 'dependency' &&
      w.processId === ref.processId &&
      (w.stepId === ref.stepId || w.dependsOn === ref.stepId)
    )
      uses.push('an agreed exception sets aside one of its dependencies');
  }
  return uses;
}

/**
 * Deletes a step no one uses. A step that links, other steps or the register still use is kept, with a
 * sentence naming them: removing those first is the person's choice, never a side effect of a delete.
 */
export function deleteStep(map: ComplianceMap, ref: StepRef): EditOutcome {
  const process = map.processes.find((p) => p.id === ref.processId);
  const step = process?.steps.find((s) => s.id === ref.stepId);
  if (!process || !step) return fail({ general: 'That step is no longer in the map.' });
  const uses = stepUses(map, ref);
  if (uses.length > 0)
    return fail({
      general: `${quoted(step.name)} cannot be deleted while ${uses.length === 1 ? 'this uses' : 'these use'} it: ${uses.join('; ')}. Change or remove ${uses.length === 1 ? 'that' : 'those'} first.`,
    });
  return done(
    withSteps(
      map,
      ref.processId,
      process.steps.filter((s) => s.id !== ref.stepId),
    ),
  );
}
