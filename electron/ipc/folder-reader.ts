// Reads a folder the person chose (a template pack) within FILE_LIMITS: how many files, how many
// bytes in all and in one file, how deep. Links that lead outside the folder are never followed,
// hidden entries (such as .git) are skipped, and paths come back relative with forward slashes.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FILE_LIMITS, type FolderFile, type OpenedFolder, type Result } from '../contract';
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

class LimitExceeded extends Error {}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Reads every regular file under `folder`. A symbolic link is followed only when it points to a file
 * inside the folder; links to folders are skipped (they could loop). Exceeding any limit fails the
 * whole read with a plain sentence rather than returning part of the folder.
 */
export async function readFolderWithinLimits(folder: string, limits: FolderLimits = FILE_LIMITS): Promise<Result<OpenedFolder>> {
  let root: string;
  try {
    root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) return failure(FOLDER_READ_ERROR);
  } catch {
    return failure(FOLDER_READ_ERROR);
  }

  const files: FolderFile[] = [];
  let totalBytes = 0;

  const addFile = async (fullPath: string, relativePath: string): Promise<void> => {
    const info = await stat(fullPath);
    if (info.size > limits.maxFileBytes) throw new LimitExceeded(folderLimitError('file-bytes', limits));
    if (files.length + 1 > limits.maxFolderFiles) throw new LimitExceeded(folderLimitError('files', limits));
    if (totalBytes + info.size > limits.maxFolderBytes) throw new LimitExceeded(folderLimitError('bytes', limits));
    const bytes = await readFile(fullPath);
    totalBytes += bytes.byteLength;
    if (bytes.byteLength > limits.maxFileBytes) throw new LimitExceeded(folderLimitError('file-bytes', limits));
    if (totalBytes > limits.maxFolderBytes) throw new LimitExceeded(folderLimitError('bytes', limits));
    files.push({ path: relativePath.split(path.sep).join('/'), bytes: new Uint8Array(bytes) });
  };

  const walk = async (directory: string, depth: number): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const fullPath = path.join(directory, entry.name);
      const relativePath = path.relative(root, fullPath);
      if (entry.isDirectory()) {
        if (depth + 1 > limits.maxFolderDepth) throw new LimitExceeded(folderLimitError('depth', limits));
        await walk(fullPath, depth + 1);
      } else if (entry.isFile()) {
        await addFile(fullPath, relativePath);
      } else if (entry.isSymbolicLink()) {
        const target = await realpath(fullPath).catch(() => null);
        if (target === null || !isInside(root, target)) continue;
        if ((await lstat(target)).isFile()) await addFile(target, relativePath);
      }
    }
  };

  try {
    await walk(root, 0);
  } catch (error) {
    return failure(error instanceof LimitExceeded ? error.message : FOLDER_READ_ERROR);
  }
  return { ok: true, value: { name: path.basename(root), files } };
}
