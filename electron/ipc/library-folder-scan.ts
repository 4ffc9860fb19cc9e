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
import { PACK_LIMITS } from '../../src/domain/pack-limits';
import { readFolderWithinLimits, type FolderLimits } from './folder-reader';
import { readBoundedFile, type BoundedReadRefusal } from '../../src/node/bounded-file';
import { failure } from './trusted-sender';

/**
 * The limits of one scan. Each pack is held to the pack limits (a folder pack's files, their sizes
 * and total; a zip's size) and checked before it is read, so one oversized pack is reported and
 * passed over rather than filling the scan; the whole scan is held to its own totals, which bound
 * what crosses IPC on each change. Left-out scan totals are the per-pack folder limits.
 */
export type LibraryScanLimits = FolderLimits & { maxZipBytes?: number; maxScanFiles?: number; maxScanBytes?: number };

/** The limits the app scans with: the pack limits for each pack, and about two large packs' worth in all. */
export const LIBRARY_SCAN_LIMITS: Required<LibraryScanLimits> = {
  maxFileBytes: PACK_LIMITS.maxFileBytes,
  maxFolderFiles: PACK_LIMITS.maxFiles,
  maxFolderBytes: PACK_LIMITS.maxTotalBytes,
  maxFolderDepth: PACK_LIMITS.maxPathSegments,
  maxZipBytes: PACK_LIMITS.maxZipBytes,
  maxScanFiles: FILE_LIMITS.maxFolderFiles,
  maxScanBytes: 2 * PACK_LIMITS.maxTotalBytes,
};

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
  return `This zip file is larger than ${megabytes(zipLimit(limits))}, the most a template pack may be.`;
}

/** Why a pack was passed over once the scan had read as much as it reads at once. */
export function scanFullReason(limits: LibraryScanLimits): string {
  const { files, bytes } = scanBudget(limits);
  return `Waymark had already read ${megabytes(bytes)} or ${files.toLocaleString('en-GB')} files from the shared folder, which is as much as it reads at once. Move some packs to another folder.`;
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function zipLimit(limits: LibraryScanLimits): number {
  return limits.maxZipBytes ?? limits.maxFolderBytes;
}

function scanBudget(limits: LibraryScanLimits): { files: number; bytes: number } {
  return { files: limits.maxScanFiles ?? limits.maxFolderFiles, bytes: limits.maxScanBytes ?? limits.maxFolderBytes };
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
  limits: LibraryScanLimits = LIBRARY_SCAN_LIMITS,
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
  const budget = scanBudget(limits);
  const withinBudget = (files: number, bytes: number): boolean =>
    totalFiles + files <= budget.files && totalBytes + bytes <= budget.bytes;

  const considered = names.slice(0, budget.files);
  if (names.length > considered.length) {
    const rest = names.length - considered.length;
    skipped.push({
      name: `${rest.toLocaleString('en-GB')} more ${rest === 1 ? 'item' : 'items'}`,
      reason: `The shared folder holds more than ${budget.files.toLocaleString('en-GB')} items; Waymark looked at the first ${budget.files.toLocaleString('en-GB')} only.`,
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
      // Sizes are checked before anything is read: a zip over the pack limit, or one the scan has no
      // room left for, is reported without reading a byte of it.
      const seen = await lstat(full, { bigint: true }).catch(() => null);
      if (!seen) {
        skipped.push({ name: entry.name, reason: SKIP_CHANGED });
        continue;
      }
      const size = Number(seen.size);
      if (size > zipLimit(limits)) {
        skipped.push({ name: entry.name, reason: zipTooLargeReason(limits) });
        continue;
      }
      if (!withinBudget(1, size)) {
        skipped.push({ name: entry.name, reason: scanFullReason(limits) });
        continue;
      }
      // Read from the file that was looked at, not one put in its place since.
      const read = await readBoundedFile(full, zipLimit(limits), { dev: seen.dev, ino: seen.ino });
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
