// Reads a pack a person chose (a zip or a folder) and validates it before anything is stored.
import type { PackProblem } from '../../domain/pack';
import type { OpenedFolder } from '../../platform/platform';
import { readPackEntries, readPackZipBytes, type PackReadResult } from '../../packs/pack-reader';

/**
 * A folder chosen in the browser comes with its own name as the first path segment removed already;
 * a folder that holds the pack one level down (a zip unpacked into a folder of its own, or a git
 * repository with the pack in a sub-folder) is accepted too when exactly one pack.yaml is found.
 */
export function readChosenFolder(folder: OpenedFolder): PackReadResult {
  const manifests = folder.files.filter((f) => f.path === 'pack.yaml' || /^[^/]+\/pack\.yaml$/.test(f.path));
  const root =
    manifests.length === 1 && manifests[0]?.path !== 'pack.yaml' ? `${manifests[0]?.path.split('/')[0]}/` : '';
  const files = root
    ? folder.files
        .filter((f) => f.path.startsWith(root))
        .map((f) => ({ path: f.path.slice(root.length), bytes: f.bytes }))
    : folder.files;
  return readPackEntries(files);
}

export function readChosenZip(bytes: Uint8Array): PackReadResult {
  return readPackZipBytes(bytes);
}

export type { PackProblem };
