// Reads a pack's files from disk for the CLI: a folder (walked with lstat, never following a link) or a zip
// file. Sizes and counts are checked before bytes are read, and every file is read from the handle of the
// file that was checked; the checking of the contents is src/packs' job.
import type { BigIntStats } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackProblem } from '../domain/pack';
import { PACK_LIMITS } from '../domain/pack-limits';
import type { PackEntry } from '../packs/pack-entries';
import { isIgnoredPath } from '../packs/pack-entries';
import { looksLikeZip, readPackEntries, readPackZipBytes, type PackReadResult } from '../packs/pack-reader';
import { openFlags, readBoundedFile, type BoundedReadRefusal } from '../node/bounded-file';

/** A pack's files as read from a folder, with the problems found while walking it. */
export interface FolderFiles {
  entries: PackEntry[];
  problems: PackProblem[];
}

/** Read only, never through a final link, never waiting on a named pipe (see src/node/bounded-file.ts). */
export const packOpenFlags = openFlags;

/** Why readChecked refused a file. */
export type CheckedReadRefusal = Exclude<BoundedReadRefusal, 'unreadable'>;

/** Thrown when the file on disk is not the one that was looked at, or is no longer readable as such. */
export class CheckedReadError extends Error {
  constructor(readonly reason: CheckedReadRefusal) {
    super(reason);
    this.name = 'CheckedReadError';
  }
}

/**
 * Reads the file at `path` that `seen` (its lstat, in bigint form) describes, at most `limit` bytes,
 * through the shared bounded reader: no link followed, the open handle must be that same regular file.
 */
export async function readChecked(path: string, seen: BigIntStats, limit: number): Promise<Uint8Array> {
  const result = await readBoundedFile(path, limit, { dev: seen.dev, ino: seen.ino });
  if (result.ok) return result.bytes;
  if (result.reason === 'unreadable') throw new Error(`${path} could not be read`);
  throw new CheckedReadError(result.reason);
}

const LINK_PROBLEM = 'the file is a symbolic link; packs may hold only ordinary files and folders';
const NOT_FILE_PROBLEM = 'the file is not an ordinary file';
const CHANGED_PROBLEM = 'the file changed while it was being read; run the command again';

/** The problem to report for a file readChecked refused. */
function checkedReadProblem(reason: CheckedReadRefusal, size: bigint): string {
  switch (reason) {
    case 'link':
      return LINK_PROBLEM;
    case 'not-file':
      return NOT_FILE_PROBLEM;
    case 'changed':
      return CHANGED_PROBLEM;
    case 'too-large':
      return `the file is more than the ${PACK_LIMITS.maxFileBytes} bytes allowed (it was ${size} bytes when listed)`;
  }
}

/**
 * Walks a pack folder. Symbolic links and special files are reported, never followed or read; hidden files
 * and folders are skipped; the walk stops once the file count or total size is over the pack limits.
 */
export async function readPackFolder(root: string): Promise<FolderFiles> {
  const entries: PackEntry[] = [];
  const problems: PackProblem[] = [];
  const realRoot = await realpath(root);
  let total = 0;
  const pending: string[] = [''];
  while (pending.length > 0) {
    const folder = pending.shift() ?? '';
    // A sub-folder must still be where the walk found it, not a link put in its place since.
    if (folder && (await realpath(join(root, folder)).catch(() => null)) !== join(realRoot, folder)) {
      problems.push({
        file: folder,
        location: '',
        message:
          'the folder is a symbolic link or changed while it was being read; packs may hold only ordinary files and folders',
      });
      continue;
    }
    const names = (await readdir(join(root, folder))).sort();
    for (const name of names) {
      const path = folder ? `${folder}/${name}` : name;
      if (isIgnoredPath(path)) continue;
      const stats = await lstat(join(root, path), { bigint: true });
      if (stats.isSymbolicLink()) {
        problems.push({ file: path, location: '', message: LINK_PROBLEM });
      } else if (stats.isDirectory()) {
        if (path.split('/').length >= PACK_LIMITS.maxPathSegments)
          problems.push({
            file: path,
            location: '',
            message: `the folder is more than ${PACK_LIMITS.maxPathSegments - 1} folders deep`,
          });
        else pending.push(path);
      } else if (!stats.isFile()) {
        problems.push({ file: path, location: '', message: NOT_FILE_PROBLEM });
      } else if (entries.length >= PACK_LIMITS.maxFiles) {
        problems.push({
          file: '',
          location: '',
          message: `the pack has more than the ${PACK_LIMITS.maxFiles} files allowed`,
        });
        return { entries: [], problems };
      } else if (stats.size > BigInt(PACK_LIMITS.maxFileBytes)) {
        problems.push({
          file: path,
          location: '',
          message: `the file is ${stats.size} bytes, more than the ${PACK_LIMITS.maxFileBytes} allowed`,
        });
      } else {
        total += Number(stats.size);
        if (total > PACK_LIMITS.maxTotalBytes) {
          problems.push({
            file: '',
            location: '',
            message: `the pack's files add up to more than the ${PACK_LIMITS.maxTotalBytes} bytes allowed`,
          });
          return { entries: [], problems };
        }
        try {
          entries.push({ path, bytes: await readChecked(join(root, path), stats, PACK_LIMITS.maxFileBytes) });
        } catch (error) {
          if (!(error instanceof CheckedReadError)) throw error;
          problems.push({ file: path, location: '', message: checkedReadProblem(error.reason, stats.size) });
        }
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
  const stats = await lstat(path, { bigint: true }).catch(() => null);
  if (!stats) throw new Error(`there is no file or folder at ${path}`);
  if (stats.isSymbolicLink()) throw new Error(`${path} is a symbolic link; give the path of the real folder or zip`);
  if (stats.isDirectory()) {
    const folder = await readPackFolder(path);
    return { kind: 'folder', result: readPackEntries(folder.entries, folder.problems) };
  }
  if (!stats.isFile()) throw new Error(`${path} is neither a folder nor a zip file`);
  if (stats.size > BigInt(PACK_LIMITS.maxZipBytes))
    throw new Error(`${path} is ${stats.size} bytes, more than the ${PACK_LIMITS.maxZipBytes} allowed for a pack zip`);
  const bytes = await readChecked(path, stats, PACK_LIMITS.maxZipBytes).catch((error: unknown) => {
    if (!(error instanceof CheckedReadError)) throw error;
    if (error.reason === 'too-large')
      throw new Error(`${path} is more than the ${PACK_LIMITS.maxZipBytes} bytes allowed for a pack zip`);
    if (error.reason === 'link') throw new Error(`${path} is a symbolic link; give the path of the real folder or zip`);
    throw new Error(`${path} changed while it was being read; run the command again`);
  });
  if (!looksLikeZip(bytes)) throw new Error(`${path} is not a folder or a zip file`);
  return { kind: 'zip', result: readPackZipBytes(bytes) };
}
