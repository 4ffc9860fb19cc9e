// Moving a process of the map that was copied from a pack template to a newer installed version of that
// template. The newer steps replace the old ones (the process keeps its id in the map); every link to a step
// that changed or is gone is flagged for review with the reason, and nothing is deleted: a step that is not
// in the newer version but that a link, a register entry or an exception still uses is kept in the process
// until a person deals with it. Saved like any other change: onto the copy the person was shown, or not at all.
import { StorageError } from '../../db/storage-errors';
import type { ComplianceMap, MapProcess } from '../../domain/compliance-map/map-model';
import { mapIntegrityProblems } from '../../domain/compliance-map/map-record-schema';
import { mapProcessFromTemplate } from '../../domain/compliance-map/process-from-template';
import { updateProcessVersion } from '../../domain/compliance-map/process-version';
import type { ProcessTemplate } from '../../domain/pack';
import { compareVersions } from '../../domain/pack-version';
import { changeMap, type MapRepositories } from './map-actions';

/** What moving a process did: the map as saved, the links flagged for review and the steps kept. */
export interface ProcessVersionMove {
  map: ComplianceMap;
  flaggedLinkIds: string[];
  /** Names of steps that are not in the newer version but are kept because something in the map uses them. */
  keptStepNames: string[];
}

/** The step ids of `processId` that the map's links, register entries and exceptions refer to. */
function usedStepIds(map: ComplianceMap, processId: string): Set<string> {
  const ids = new Set<string>();
  const note = (ref: { processId: string; stepId: string }) => {
    if (ref.processId === processId) ids.add(ref.stepId);
  };
  for (const link of map.links) {
    note(link.from);
    note(link.to);
  }
  for (const conflict of map.conflicts) if (conflict.subject.type === 'cycle') conflict.subject.steps.forEach(note);
  for (const exception of map.exceptions) {
    const waived = exception.waives;
    if (waived.type === 'dependency' && waived.processId === processId) {
      ids.add(waived.stepId);
      ids.add(waived.dependsOn);
    }
  }
  return ids;
}

/**
 * The map after a version update with every step that the rest of the map still uses and that the newer
 * version no longer has put back at the end of the process (its dependencies kept where the steps remain).
 * `before` is the map before the update. Pure: returns the names of the steps kept.
 */
export function keepUsedSteps(
  before: ComplianceMap,
  after: ComplianceMap,
  processId: string,
): { map: ComplianceMap; keptStepNames: string[] } {
  const old = before.processes.find((p) => p.id === processId);
  const next = after.processes.find((p) => p.id === processId);
  if (!old || !next) return { map: after, keptStepNames: [] };
  const present = new Set(next.steps.map((s) => s.id));
  const used = usedStepIds(after, processId);
  const kept = old.steps.filter((s) => !present.has(s.id) && used.has(s.id));
  if (kept.length === 0) return { map: after, keptStepNames: [] };
  const all = new Set([...present, ...kept.map((s) => s.id)]);
  const process: MapProcess = {
    ...next,
    steps: [...next.steps, ...kept.map((s) => ({ ...s, dependsOn: s.dependsOn.filter((d) => all.has(d)) }))],
  };
  return {
    map: { ...after, processes: after.processes.map((p) => (p.id === processId ? process : p)) },
    keptStepNames: kept.map((s) => s.name),
  };
}

/** The process template at exactly the version given, from any stored version of its pack. */
async function templateVersion(
  repos: Pick<MapRepositories, 'packs'>,
  source: { packId: string; templateId: string },
  version: string,
  title: string,
): Promise<ProcessTemplate> {
  const missing = () =>
    new StorageError(
      `Version ${version} of \u201c${title}\u201d is not installed any more, or cannot be read, so the process was left as it is. Import the pack again from the Library, then try again.`,
      'unknown',
    );
  let found: ProcessTemplate | undefined;
  try {
    found = (await repos.packs.versions(source.packId))
      .flatMap((stored) => stored.pack.templates)
      .find((t): t is ProcessTemplate => t.kind === 'process' && t.id === source.templateId && t.version === version);
  } catch {
    throw missing();
  }
  if (!found || !Array.isArray(found.steps)) throw missing();
  return found;
}

/**
 * Moves the process `processId` of a project's map to `version` of the template it was copied from.
 * Refuses (throwing a StorageError with a plain sentence, changing nothing) when the process is not from a
 * template, the version is not newer, or that version is not installed or cannot be read. A map changed
 * meanwhile raises MapChangedError and nothing is saved.
 */
export async function moveProcessToVersion(
  repos: MapRepositories,
  request: { projectId: string; expectedUpdatedAt: string; processId: string; version: string },
  clock: () => Date = () => new Date(),
): Promise<ProcessVersionMove> {
  const stored = await repos.complianceMaps.read(request.projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no compliance map any more. Nothing was changed.'
        : 'This project\u2019s compliance map cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  const process = stored.map.processes.find((p) => p.id === request.processId);
  if (!process) throw new StorageError('That process is no longer in the map. Nothing was changed.', 'unknown');
  const source = process.source;
  if (source.type !== 'template')
    throw new StorageError(
      `\u201c${process.title}\u201d was not copied from a template, so it has no newer version. Nothing was changed.`,
      'unknown',
    );
  if (compareVersions(request.version, source.version) <= 0)
    throw new StorageError(
      `Version ${request.version} is not newer than the version ${source.version} this map uses. Nothing was changed.`,
      'unknown',
    );
  const template = await templateVersion(repos, source, request.version, process.title);
  let newProcess: MapProcess;
  try {
    newProcess = mapProcessFromTemplate(source.packId, template, request.processId);
  } catch {
    throw new StorageError(
      `Version ${request.version} of \u201c${process.title}\u201d cannot be read, so the process was left as it is.`,
      'unknown',
    );
  }

  let flaggedLinkIds: string[] = [];
  let keptStepNames: string[] = [];
  const outcome = await changeMap(
    repos,
    {
      projectId: request.projectId,
      expectedUpdatedAt: request.expectedUpdatedAt,
      change: (map, context) => {
        const update = updateProcessVersion(
          map,
          request.processId,
          newProcess,
          context.at,
          context.by || 'someone not named',
        );
        const kept = keepUsedSteps(map, update.map, request.processId);
        const problem = mapIntegrityProblems(kept.map)[0];
        if (problem)
          return {
            ok: false,
            errors: {
              general: `Version ${request.version} could not be used without losing part of the map: ${problem} Nothing was changed.`,
            },
          };
        flaggedLinkIds = update.flaggedLinkIds;
        keptStepNames = kept.keptStepNames;
        return { ok: true, map: kept.map };
      },
    },
    clock,
  );
  if (!outcome.ok) throw new StorageError(Object.values(outcome.errors)[0] ?? 'Nothing was changed.', 'unknown');
  return { map: outcome.map, flaggedLinkIds, keptStepNames };
}
