// Reads the shared library folder: each immediate sub-folder holding a pack.yaml and each .zip file at
// the top is a candidate pack. Sub-folders are read with the folder reader's rules (within FILE_LIMITS,
// no links out, no hidden files); links at the top are never followed. The packs are returned as raw
// files for the renderer to validate; anything passed over is listed with a plain reason.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  FILE_LIMITS,
  type LibraryFolderCandidate,
  type LibraryFolderScan,
  type LibraryFolderSkipped,
  type Result,
} from '../../src/contract/bridge';
import { readFolderWithinLimits, type FolderLimits } from './folder-reader';
import { readBoundedFile, type BoundedReadRefusal } from '../../src/node/bounded-file';
import { failure } from './trusted-sender';

/** The limits of one scan: each pack within the folder limits, and the whole scan within the same totals. */
export type LibraryScanLimits = FolderLimits;

export const SKIP_LINK = 'This is a link. Waymark does not follow links in the shared folder.';
export const SKIP_NO_MANIFEST = 'This folder has no pack.yaml, so it is not a template pack.';
export const SKIP_ZIP_UNREADABLE = 'Waymark could not read this zip file. Check you can open it.';
export const SKIP_CHANGED =
  'This changed while Waymark was reading it. Waymark will look again next time it reads the shared folder.';

/** Shown when the shared folder itself cannot be read. */
export function libraryFolderReadError(name: string): string {
  return `Waymark could not open the shared folder \u201c${name}\u201d. Check it is still there and that you can open it.`;
}

/** Why a zip file over the size limit was passed over. */
export function zipTooLargeReason(limits: LibraryScanLimits): string {
  return `This zip file is larger than ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB, which is more than Waymark can open.`;
}

/** Why a pack was passed over once the scan had read as much as it reads at once. */
export function scanFullReason(limits: LibraryScanLimits): string {
  return `Waymark had already read ${Math.round(limits.maxFolderBytes / 1024 / 1024)} MB or ${limits.maxFolderFiles.toLocaleString('en-GB')} files from the shared folder, which is as much as it reads at once. Move some packs to another folder.`;
}

function zipSkipReason(reason: BoundedReadRefusal, limits: LibraryScanLimits): string {
  switch (reason) {
    case 'too-large':
      return zipTooLargeReason(limits);
    case 'link':
      return SKIP_LINK;
    case 'changed':
    case 'not-file':
      return SKIP_CHANGED;
    case 'unreadable':
      return SKIP_ZIP_UNREADABLE;
  }
}

/** Names that tools leave behind and that are never packs. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX' || name === 'Thumbs.db' || name.toLowerCase() === 'desktop.ini';
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function hasManifest(folder: string): Promise<boolean> {
  try {
    const info = await lstat(path.join(folder, 'pack.yaml'));
    return info.isFile() || info.isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Reads the candidate packs at the top of `folder`. Fails only when the folder itself cannot be read;
 * a pack that cannot be read is listed as skipped with the reason. At most `maxFolderFiles` entries at
 * the top are looked at, and the packs read add up to at most `maxFolderFiles` files and `maxFolderBytes`.
 */
export async function scanLibraryFolder(
  folder: string,
  limits: LibraryScanLimits = FILE_LIMITS,
): Promise<Result<LibraryFolderScan>> {
  const displayName = path.basename(folder);
  let root: string;
  let names: { name: string; isDirectory: boolean; isFile: boolean; isLink: boolean }[];
  try {
    root = await realpath(folder);
    if (!(await stat(root)).isDirectory()) return failure(libraryFolderReadError(displayName));
    names = (await readdir(root, { withFileTypes: true }))
      .filter((entry) => !isIgnoredName(entry.name))
      .map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
        isFile: entry.isFile(),
        isLink: entry.isSymbolicLink(),
      }))
      .sort((a, b) => byName(a.name, b.name));
  } catch {
    return failure(libraryFolderReadError(displayName));
  }

  const packs: LibraryFolderCandidate[] = [];
  const skipped: LibraryFolderSkipped[] = [];
  let totalFiles = 0;
  let totalBytes = 0;
  const withinBudget = (files: number, bytes: number): boolean =>
    totalFiles + files <= limits.maxFolderFiles && totalBytes + bytes <= limits.maxFolderBytes;

  const considered = names.slice(0, limits.maxFolderFiles);
  if (names.length > considered.length) {
    const rest = names.length - considered.length;
    skipped.push({
      name: `${rest.toLocaleString('en-GB')} more ${rest === 1 ? 'item' : 'items'}`,
      reason: `The shared folder holds more than ${limits.maxFolderFiles.toLocaleString('en-GB')} items; Waymark looked at the first ${limits.maxFolderFiles.toLocaleString('en-GB')} only.`,
    });
  }

  for (const entry of considered) {
    const full = path.join(root, entry.name);
    const isZipName = entry.name.toLowerCase().endsWith('.zip');
    if (entry.isLink) {
      skipped.push({ name: entry.name, reason: SKIP_LINK });
    } else if (entry.isDirectory) {
      // The sub-folder must still be the one listed, not a link put in its place since.
      const real = await realpath(full).catch(() => null);
      if (real !== full) {
        skipped.push({ name: entry.name, reason: real === null ? SKIP_CHANGED : SKIP_LINK });
        continue;
      }
      if (!(await hasManifest(full))) {
        skipped.push({ name: entry.name, reason: SKIP_NO_MANIFEST });
        continue;
      }
      const read = await readFolderWithinLimits(full, limits);
      if (!read.ok) {
        skipped.push({ name: entry.name, reason: read.error });
        continue;
      }
      const bytes = read.value.files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
      if (!withinBudget(read.value.files.length, bytes)) {
        skipped.push({ name: entry.name, reason: scanFullReason(limits) });
        continue;
      }
      totalFiles += read.value.files.length;
      totalBytes += bytes;
      packs.push({ name: entry.name, kind: 'folder', files: read.value.files });
    } else if (entry.isFile && isZipName) {
      const read = await readBoundedFile(full, limits.maxFileBytes);
      if (!read.ok) {
        skipped.push({ name: entry.name, reason: zipSkipReason(read.reason, limits) });
        continue;
      }
      if (!withinBudget(1, read.bytes.byteLength)) {
        skipped.push({ name: entry.name, reason: scanFullReason(limits) });
        continue;
      }
      totalFiles += 1;
      totalBytes += read.bytes.byteLength;
      packs.push({ name: entry.name, kind: 'zip', bytes: read.bytes });
    }
    // Other files (a README, notes) and special files are not packs and are passed over quietly.
  }
  return { ok: true, value: { name: displayName, packs, skipped } };
}
