// Reads a folder the person chose (a template pack) within FILE_LIMITS: how many files, how many
// bytes in all and in one file, how deep. Links are never followed (the pack format allows only
// ordinary files and folders), hidden entries (such as .git) are skipped, and paths come back relative
// with forward slashes.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FILE_LIMITS, type FolderFile, type OpenedFolder, type Result } from '../../src/contract/bridge';
import { readBoundedFile } from '../../src/node/bounded-file';
import { failure } from './trusted-sender';

/** The limits applied to one folder read. */
export interface FolderLimits {
  maxFileBytes: number;
  maxFolderFiles: number;
  maxFolderBytes: number;
  maxFolderDepth: number;
}

export const FOLDER_READ_ERROR = 'Waymark could not read that folder. Please check you can open it and try again.';

/** One sentence per limit, so the person knows what to change. */
export function folderLimitError(kind: 'files' | 'bytes' | 'file-bytes' | 'depth', limits: FolderLimits): string {
  switch (kind) {
    case 'files':
      return `That folder has more than ${limits.maxFolderFiles.toLocaleString('en-GB')} files, which is more than Waymark can open at once.`;
    case 'bytes':
      return `The files in that folder add up to more than ${Math.round(limits.maxFolderBytes / 1024 / 1024)} MB, which is more than Waymark can open at once.`;
    case 'file-bytes':
      return `A file in that folder is larger than ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB, which is more than Waymark can open.`;
    case 'depth':
      return `That folder has folders nested more than ${limits.maxFolderDepth} levels deep, which is more than Waymark can open.`;
  }
}

/** Why a folder holding a link is refused; `where` is the link's path inside the folder. */
export function folderLinkError(where: string): string {
  return `That folder holds a link, \u201c${where}\u201d. Template packs may hold only ordinary files and folders, so Waymark does not follow links. Replace the link with the file or folder itself.`;
}

/** Shown when a file or folder was replaced or changed while Waymark was reading it. */
export const FOLDER_CHANGED_ERROR = 'Something in that folder changed while Waymark was reading it. Please try again.';

/** A failure with a sentence for the person: a limit, a link or a change while reading. */
class FolderRefused extends Error {}

/**
 * Reads every regular file under `folder`. A symbolic link anywhere inside fails the read, as the pack
 * format refuses links; special files (pipes, devices) are passed over. Each file is opened without
 * following a link and must be the same file the walk looked at; each sub-folder must still be where the
 * walk found it. Exceeding any limit fails the whole read with a plain sentence rather than returning
 * part of the folder.
 */
export async function readFolderWithinLimits(
  folder: string,
  limits: FolderLimits = FILE_LIMITS,
): Promise<Result<OpenedFolder>> {
  let root: string;
  try {
    root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) return failure(FOLDER_READ_ERROR);
  } catch {
    return failure(FOLDER_READ_ERROR);
  }

  const files: FolderFile[] = [];
  let totalBytes = 0;

  const addFile = async (
    fullPath: string,
    relativePath: string,
    seen: { dev: bigint; ino: bigint; size: bigint },
  ): Promise<void> => {
    if (seen.size > BigInt(limits.maxFileBytes)) throw new FolderRefused(folderLimitError('file-bytes', limits));
    if (files.length + 1 > limits.maxFolderFiles) throw new FolderRefused(folderLimitError('files', limits));
    if (totalBytes + Number(seen.size) > limits.maxFolderBytes)
      throw new FolderRefused(folderLimitError('bytes', limits));
    const read = await readBoundedFile(fullPath, limits.maxFileBytes, seen);
    if (!read.ok) {
      if (read.reason === 'too-large') throw new FolderRefused(folderLimitError('file-bytes', limits));
      if (read.reason === 'link') throw new FolderRefused(folderLinkError(toForwardSlashes(relativePath)));
      if (read.reason === 'changed' || read.reason === 'not-file') throw new FolderRefused(FOLDER_CHANGED_ERROR);
      throw new Error('unreadable');
    }
    totalBytes += read.bytes.byteLength;
    if (totalBytes > limits.maxFolderBytes) throw new FolderRefused(folderLimitError('bytes', limits));
    files.push({ path: toForwardSlashes(relativePath), bytes: read.bytes });
  };

  const walk = async (directory: string, depth: number): Promise<void> => {
    // The folder must still be the one found by the walk, not a link put in its place since.
    if (directory !== root && (await realpath(directory)) !== directory) throw new FolderRefused(FOLDER_CHANGED_ERROR);
    const names = (await readdir(directory)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const fullPath = path.join(directory, name);
      const relativePath = path.relative(root, fullPath);
      const info = await lstat(fullPath, { bigint: true });
      if (info.isSymbolicLink()) {
        throw new FolderRefused(folderLinkError(toForwardSlashes(relativePath)));
      } else if (info.isDirectory()) {
        if (depth + 1 > limits.maxFolderDepth) throw new FolderRefused(folderLimitError('depth', limits));
        await walk(fullPath, depth + 1);
      } else if (info.isFile()) {
        await addFile(fullPath, relativePath, info);
      }
    }
  };

  try {
    await walk(root, 0);
  } catch (error) {
    return failure(error instanceof FolderRefused ? error.message : FOLDER_READ_ERROR);
  }
  return { ok: true, value: { name: path.basename(root), files } };
}

function toForwardSlashes(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}
