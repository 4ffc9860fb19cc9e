// Importing a template pack, in two steps the person sees: `planPackImport` lets them choose a zip or a
// folder, validates it (nothing is stored) and works out what would change; `applyPackImport` stores it
// in one transaction once they have confirmed.
import type { PacksRepository, PreparedImport } from '../../db/packs-repository';
import type { PackProblem } from '../../domain/pack';
import type { Platform } from '../../platform/platform';
import { readChosenFolder, readChosenZip } from './read-chosen-pack';

export const PACK_ZIP_FILTER = [{ name: 'Waymark template pack', extensions: ['zip'] }];

/** Where the pack comes from: a zip file or a folder the person chooses. */
export type PackSource = 'zip' | 'folder';

/** What choosing a pack gave: nothing (cancelled), a pack that does not validate, or a plan to confirm. */
export type PackImportPlan =
  | { kind: 'cancelled' }
  | { kind: 'invalid'; source: string; problems: PackProblem[] }
  | { kind: 'preview'; source: string; prepared: PreparedImport };

/** Lets the person choose a pack, checks it and plans the import. Nothing is stored. */
export async function planPackImport(
  packs: PacksRepository,
  platform: Pick<Platform, 'openFile' | 'openFolder'>,
  from: PackSource,
): Promise<PackImportPlan> {
  let source: string;
  let result;
  if (from === 'zip') {
    const file = await platform.openFile(PACK_ZIP_FILTER);
    if (!file) return { kind: 'cancelled' };
    source = file.name;
    result = readChosenZip(file.bytes);
  } else {
    const folder = await platform.openFolder();
    if (!folder) return { kind: 'cancelled' };
    source = `the folder ${folder.name}`;
    result = readChosenFolder(folder);
  }
  if (!result.ok) return { kind: 'invalid', source, problems: result.problems };
  return { kind: 'preview', source, prepared: await packs.prepareImport(result.pack, result.files) };
}

/**
 * Stores a planned import in one transaction: all of it or, when it fails, nothing. Going back to an
 * older version needs `confirmDowngrade`. Gives the sentence to tell the person.
 */
export async function applyPackImport(
  packs: PacksRepository,
  prepared: PreparedImport,
  options: { confirmDowngrade?: boolean } = {},
): Promise<string> {
  await packs.applyImport(prepared, 'imported', { confirmDowngrade: options.confirmDowngrade ?? false });
  return `${prepared.pack.manifest.name} ${prepared.pack.manifest.version} imported.`;
}
