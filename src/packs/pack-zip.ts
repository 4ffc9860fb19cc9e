// Reads a pack from a zip file, and writes a pack to one. The zip's own directory is read here (not trusted to
// a library) so that every entry's declared sizes, type bits and position are checked before anything is
// inflated, and inflating stops as soon as an entry grows past what it declared.
import { crc32 } from './crc32';
import { Inflate, zipSync, type Zippable } from 'fflate';
import { PACK_LIMITS } from '../domain/pack-limits';
import { packPathProblem, type PackEntry } from './pack-entries';
import type { PackProblems } from './pack-problems';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const FILE_TYPE_MASK = 0o170000;
const REGULAR_FILE = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;
/** Compressed bytes given to the inflater at a time, so that one step can never produce much more than a megabyte. */
const INFLATE_STEP = 1024;

/** The bounds and path rule a zip is read with; packs use PACK_ZIP_RULES, project files their own. */
export interface ZipRules {
  maxZipBytes: number;
  maxZipEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** What the zip holds, in the plural, for messages: "packs", "project files". */
  holder: string;
  /** Null when a path inside the zip is safe, or the end of a sentence saying why not. */
  pathProblem: (path: string) => string | null;
}

export const PACK_ZIP_RULES: ZipRules = { ...PACK_LIMITS, holder: 'packs', pathProblem: packPathProblem };

interface DirectoryEntry {
  name: string;
  crc: number;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  mode: number;
  localOffset: number;
}

class ZipFault extends Error {}

/** The numeric bounds of a set of zip rules. */
export type ZipLimits = Omit<ZipRules, 'holder' | 'pathProblem'>;

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at -= 1)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

function readDirectory(bytes: Uint8Array, view: DataView, rules: ZipRules): DirectoryEntry[] {
  const end = findEndOfDirectory(view);
  if (end < 0) throw new ZipFault('the file is not a zip file, or it is damaged');
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (disk !== 0) throw new ZipFault('the zip is split across several files; make one zip file');
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipFault(`the zip uses the ZIP64 format, which ${rules.holder} do not need; make an ordinary zip`);
  if (count > rules.maxZipEntries)
    throw new ZipFault(`the zip lists ${count} entries, more than the ${rules.maxZipEntries} allowed`);
  if (offset + size > end) throw new ZipFault('the zip is damaged (its list of files is out of place)');
  const names = new TextDecoder('utf-8', { fatal: true });
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ZipFault('the zip is damaged (its list of files is cut short)');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw new ZipFault('the zip is damaged (a file name runs past the end)');
    let name: string;
    try {
      name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipFault('a file name in the zip is not valid UTF-8 text');
    }
    entries.push({
      name,
      crc: view.getUint32(at + 16, true),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      mode: view.getUint32(at + 38, true) >>> 16,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Returns the end of a sentence saying why an entry may not be read, or null. Checks only what the directory says. */
function entryProblem(entry: DirectoryEntry, rules: ZipRules): string | null {
  const type = entry.mode & FILE_TYPE_MASK;
  if (type === SYMLINK) return `is a symbolic link; ${rules.holder} may hold only ordinary files`;
  if (type !== 0 && type !== REGULAR_FILE && type !== DIRECTORY) return 'is not an ordinary file';
  if (entry.flags & 1) return `is encrypted; ${rules.holder} may not be password-protected`;
  if (entry.method !== 0 && entry.method !== 8) return 'uses a compression method other than deflate';
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
    return `uses the ZIP64 format, which ${rules.holder} do not need`;
  if (entry.size > rules.maxFileBytes)
    return `declares ${entry.size} bytes, more than the ${rules.maxFileBytes} allowed for one file`;
  if (entry.method === 0 && entry.size !== entry.compressedSize) return 'is damaged (its stored sizes disagree)';
  if (entry.size > rules.ratioFloorBytes && entry.size > entry.compressedSize * rules.maxCompressionRatio)
    return `is compressed more than ${rules.maxCompressionRatio} to 1, which is refused as a possible zip bomb`;
  return null;
}

function dataRange(view: DataView, entry: DirectoryEntry): [number, number] {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new ZipFault('is damaged (its header is missing)');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw new ZipFault('is damaged (its data runs past the end of the zip)');
  return [start, end];
}

/** Inflates one entry, stopping as soon as the output passes the size the entry declared. */
function inflateEntry(data: Uint8Array, declared: number): Uint8Array {
  const out = new Uint8Array(declared);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > declared)
      throw new ZipFault(
        `inflates to more than the ${declared} bytes it declares, which is refused as a possible zip bomb`,
      );
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (written !== declared)
    throw new ZipFault(`inflates to ${written} bytes, not the ${declared} it declares, so it is damaged`);
  return out;
}

/**
 * Reads the files of a zip as pack entries. Refuses, with a problem, zips that are too big, list too many
 * entries, hold links or special files, overlap their entries, declare or produce too many bytes, or
 * compress suspiciously well. Folders in the zip are skipped; their files are read.
 */
export function readPackZip(bytes: Uint8Array, problems: PackProblems, rules: ZipRules = PACK_ZIP_RULES): PackEntry[] {
  if (bytes.length > rules.maxZipBytes) {
    problems.add('', '', `the zip is ${bytes.length} bytes, more than the ${rules.maxZipBytes} allowed`);
    return [];
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let directory: DirectoryEntry[];
  try {
    directory = readDirectory(bytes, view, rules);
  } catch (error) {
    problems.add('', '', error instanceof ZipFault ? error.message : 'the zip could not be read');
    return [];
  }
  const entries: PackEntry[] = [];
  const ranges: [number, number][] = [];
  let declaredTotal = 0;
  for (const entry of directory) {
    const pathProblem = rules.pathProblem(entry.name.endsWith('/') ? entry.name.slice(0, -1) : entry.name);
    const problem = pathProblem ?? entryProblem(entry, rules);
    if (problem) {
      problems.add(entry.name, '', `the zip entry ${problem}`);
      continue;
    }
    if (entry.name.endsWith('/')) continue;
    declaredTotal += entry.size;
    if (declaredTotal > rules.maxTotalBytes) {
      problems.add('', '', `the zip's files add up to more than the ${rules.maxTotalBytes} bytes allowed`);
      return [];
    }
    try {
      const [start, end] = dataRange(view, entry);
      if (ranges.some(([s, e]) => start < e && s < end))
        throw new ZipFault('shares its data with another entry, which is refused as a possible zip bomb');
      ranges.push([start, end]);
      const data = bytes.subarray(start, end);
      const content = entry.method === 0 ? data.slice() : inflateEntry(data, entry.size);
      if (crc32(content) !== entry.crc)
        throw new ZipFault('is damaged: its contents do not match the check value the zip records for it');
      entries.push({ path: entry.name, bytes: content });
    } catch (error) {
      problems.add(
        entry.name,
        '',
        error instanceof ZipFault
          ? `the zip entry ${error.message}`
          : 'the zip entry is damaged and could not be inflated',
      );
    }
  }
  return entries;
}

/** A fixed timestamp for every entry, so that building the same pack twice gives the same bytes. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Writes entries to a zip: files in path order, fixed timestamps, maximum compression, except for entries
 * marked `store`, which are kept uncompressed (files that compress so well a reader would take them for a bomb).
 */
export function writePackZip(entries: readonly (PackEntry & { store?: boolean })[]): Uint8Array {
  const files: Zippable = {};
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) files[entry.path] = [entry.bytes, { level: entry.store ? 0 : 9, mtime: FIXED_TIME }];
  return zipSync(files, { level: 9, mtime: FIXED_TIME });
}
