// Reads a pack's files from disk for the CLI: a folder (walked with lstat, never following a link) or a zip
// file. Sizes and counts are checked before bytes are read; the checking itself is src/packs' job.
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackProblem } from '../domain/pack';
import { PACK_LIMITS } from '../domain/pack-limits';
import type { PackEntry } from '../packs/pack-entries';
import { isIgnoredPath } from '../packs/pack-entries';
import { looksLikeZip, readPackEntries, readPackZipBytes, type PackReadResult } from '../packs/pack-reader';

/** A pack's files as read from a folder, with the problems found while walking it. */
export interface FolderFiles {
  entries: PackEntry[];
  problems: PackProblem[];
}

/** Reads at most `limit` bytes of a file; `size` comes from lstat, so a file that grows meanwhile is cut off and caught by the size check. */
async function readBounded(path: string, size: number, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(Math.min(size, limit) + 1);
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * Walks a pack folder. Symbolic links and special files are reported, never followed or read; hidden files
 * and folders are skipped; the walk stops once the file count or total size is over the pack limits.
 */
export async function readPackFolder(root: string): Promise<FolderFiles> {
  const entries: PackEntry[] = [];
  const problems: PackProblem[] = [];
  let total = 0;
  const pending: string[] = [''];
  while (pending.length > 0) {
    const folder = pending.shift() ?? '';
    const names = (await readdir(join(root, folder))).sort();
    for (const name of names) {
      const path = folder ? `${folder}/${name}` : name;
      if (isIgnoredPath(path)) continue;
      const stats = await lstat(join(root, path));
      if (stats.isSymbolicLink()) {
        problems.push({ file: path, location: '', message: 'the file is a symbolic link; packs may hold only ordinary files and folders' });
      } else if (stats.isDirectory()) {
        if (path.split('/').length >= PACK_LIMITS.maxPathSegments)
          problems.push({ file: path, location: '', message: `the folder is more than ${PACK_LIMITS.maxPathSegments - 1} folders deep` });
        else pending.push(path);
      } else if (!stats.isFile()) {
        problems.push({ file: path, location: '', message: 'the file is not an ordinary file' });
      } else if (entries.length >= PACK_LIMITS.maxFiles) {
        problems.push({ file: '', location: '', message: `the pack has more than the ${PACK_LIMITS.maxFiles} files allowed` });
        return { entries: [], problems };
      } else if (stats.size > PACK_LIMITS.maxFileBytes) {
        problems.push({ file: path, location: '', message: `the file is ${stats.size} bytes, more than the ${PACK_LIMITS.maxFileBytes} allowed` });
      } else {
        total += stats.size;
        if (total > PACK_LIMITS.maxTotalBytes) {
          problems.push({ file: '', location: '', message: `the pack's files add up to more than the ${PACK_LIMITS.maxTotalBytes} bytes allowed` });
          return { entries: [], problems };
        }
        entries.push({ path, bytes: await readBounded(join(root, path), stats.size, PACK_LIMITS.maxFileBytes) });
      }
    }
  }
  return { entries, problems };
}

/** What a path given on the command line turned out to be. */
export type PackSourceKind = 'folder' | 'zip';

/**
 * Reads and validates a pack from a folder or a zip file on disk. Throws only when the path cannot be
 * used at all (missing, a link, not a folder or zip); the caller turns that into an InputError.
 */
export async function readPackFromDisk(path: string): Promise<{ kind: PackSourceKind; result: PackReadResult }> {
  const stats = await lstat(path).catch(() => null);
  if (!stats) throw new Error(`there is no file or folder at ${path}`);
  if (stats.isSymbolicLink()) throw new Error(`${path} is a symbolic link; give the path of the real folder or zip`);
  if (stats.isDirectory()) {
    const folder = await readPackFolder(path);
    return { kind: 'folder', result: readPackEntries(folder.entries, folder.problems) };
  }
  if (!stats.isFile()) throw new Error(`${path} is neither a folder nor a zip file`);
  if (stats.size > PACK_LIMITS.maxZipBytes)
    throw new Error(`${path} is ${stats.size} bytes, more than the ${PACK_LIMITS.maxZipBytes} allowed for a pack zip`);
  const bytes = await readBounded(path, stats.size, PACK_LIMITS.maxZipBytes);
  if (!looksLikeZip(bytes)) throw new Error(`${path} is not a folder or a zip file`);
  return { kind: 'zip', result: readPackZipBytes(bytes) };
}
