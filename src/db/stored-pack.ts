// How a template pack is kept in the database: every version that was installed, with the one in use
// marked active, its validated content, the files it came from (for export) and its hashes (for
// planning the next import).
import type { Pack } from '../domain/pack';
import type { InstalledPack } from '../domain/pack-import-plan';
import type { PackEntry } from '../packs/pack-entries';

/** Where a pack came from: shipped with Waymark, imported from a file, or made in the app. */
export type PackOrigin = 'built-in' | 'imported' | 'own';

export interface StoredPack {
  /** "<pack id>@<version>". */
  key: string;
  id: string;
  version: string;
  origin: PackOrigin;
  /** True for the version in use; older versions are kept to compare with. */
  active: boolean;
  pack: Pack;
  /** The pack's files as validated, so that an export gives back the same files. */
  files: PackEntry[];
  installed: InstalledPack;
  installedAt: string;
}

export function packKey(id: string, version: string): string {
  return `${id}@${version}`;
}
