// Use cases of a project's compliance map: starting one from the project's process templates, adding a
// template's process, and carrying out any change made by the rules in src/domain/compliance-map (a link,
// a step, a register entry...). Each reads the person's name from Settings to record who changed what,
// and saves only onto the copy the person was shown: a change made meanwhile elsewhere is never lost.
import type { ComplianceMapRepository } from '../../db/compliance-map-repository';
import { MapChangedError } from '../../db/compliance-map-repository';
import type { PacksRepository } from '../../db/packs-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { StorageError } from '../../db/storage-errors';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import {
  addTemplateProcess,
  emptyMap,
  type EditContext,
  type EditErrors,
  type EditOutcome,
} from '../../domain/compliance-map/map-edits';
import { newId } from '../../domain/ids';
import type { ProcessTemplate } from '../../domain/pack';
import type { TemplateRef } from '../../domain/project-template';

export interface MapRepositories {
  complianceMaps: ComplianceMapRepository;
  packs: PacksRepository;
  settings: SettingsRepository;
}

/** Saved (with the map as stored), or the messages to show beside the fields (nothing is stored then). */
export type MapChangeOutcome = { ok: true; map: ComplianceMap } | { ok: false; errors: EditErrors };

async function editContext(repos: Pick<MapRepositories, 'settings'>, clock: () => Date): Promise<EditContext> {
  const settings = await repos.settings.getAll();
  return { by: settings.authorName.trim(), at: clock().toISOString(), newId };
}

/** A process template at exactly the version given, from any stored version of its pack. */
async function templateAt(
  repos: Pick<MapRepositories, 'packs'>,
  ref: TemplateRef,
): Promise<{ packId: string; template: ProcessTemplate }> {
  // A template's version is its own, not its pack's: look through every stored version of the pack.
  const template = (await repos.packs.versions(ref.packId))
    .flatMap((stored) => stored.pack.templates)
    .find((t) => t.id === ref.templateId && t.version === ref.version);
  if (!template || template.kind !== 'process')
    throw new StorageError(
      `The process template ${ref.templateId} version ${ref.version} is no longer installed, so it could not be added. Install its pack again from the Library.`,
      'unknown',
    );
  return { packId: ref.packId, template };
}

/**
 * Starts a project's map, with a process for each template chosen (each pinned to the version given).
 * With none chosen the map starts empty, for processes written here.
 */
export async function startMap(
  repos: MapRepositories,
  projectId: string,
  templates: readonly TemplateRef[],
  clock: () => Date = () => new Date(),
): Promise<ComplianceMap> {
  let map = emptyMap({ id: newId(), projectId }, clock().toISOString());
  for (const ref of templates) {
    const { packId, template } = await templateAt(repos, ref);
    const outcome = addTemplateProcess(map, packId, template);
    if (!outcome.ok)
      throw new StorageError(Object.values(outcome.errors)[0] ?? 'The map could not be started.', 'unknown');
    map = outcome.map;
  }
  return repos.complianceMaps.create(map);
}

/**
 * Carries out one change on the map the person was shown (`expectedUpdatedAt` is when that copy was last
 * saved). Field problems come back as messages; a map changed meanwhile raises MapChangedError and nothing
 * is saved; other storage failures are thrown as a StorageError with a plain message.
 */
export async function changeMap(
  repos: Pick<MapRepositories, 'complianceMaps' | 'settings'>,
  request: {
    projectId: string;
    expectedUpdatedAt: string;
    change: (map: ComplianceMap, context: EditContext) => EditOutcome;
  },
  clock: () => Date = () => new Date(),
): Promise<MapChangeOutcome> {
  const stored = await repos.complianceMaps.read(request.projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no compliance map any more.'
        : 'This project\u2019s compliance map cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  if (stored.map.updatedAt !== request.expectedUpdatedAt) throw new MapChangedError(stored.map);
  const outcome = request.change(stored.map, await editContext(repos, clock));
  if (!outcome.ok) return outcome;
  return { ok: true, map: await repos.complianceMaps.save(outcome.map, request.expectedUpdatedAt) };
}

/** Adds an installed process template to the map, pinned to the version given. */
export async function addTemplateToMap(
  repos: MapRepositories,
  request: { projectId: string; expectedUpdatedAt: string; ref: TemplateRef },
  clock: () => Date = () => new Date(),
): Promise<MapChangeOutcome> {
  const { packId, template } = await templateAt(repos, request.ref);
  return changeMap(
    repos,
    {
      projectId: request.projectId,
      expectedUpdatedAt: request.expectedUpdatedAt,
      change: (map) => addTemplateProcess(map, packId, template),
    },
    clock,
  );
}
