// The files of a pack as a list of { path, bytes }, however they were obtained (a folder read by the desktop
// app or the CLI, a folder picked in the browser, a zip). Checks every path and size before any file is read
// as text, and decodes text strictly as UTF-8.
import { PACK_LIMITS } from '../domain/pack-limits';
import { hasControlCharacter } from '../domain/pack-text';
import type { PackProblems } from './pack-problems';

/** One file of a pack: its path inside the pack (forward slashes, no leading slash) and its bytes. */
export interface PackEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * Checks a path inside a pack. Returns null when it is safe, or the end of a sentence saying why not.
 * Safe paths are relative, use forward slashes, never step outside the pack and stay shallow.
 */
export function packPathProblem(path: string): string | null {
  if (path.length === 0) return 'has an empty name';
  if (path.length > PACK_LIMITS.maxPathLength) return `has a path longer than ${PACK_LIMITS.maxPathLength} characters`;
  if (hasControlCharacter(path)) return 'has a control character in its name';
  if (path.includes('\\')) return 'uses backslashes in its path; paths in a pack use forward slashes';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    return 'is an absolute path; paths in a pack must be relative to the pack folder';
  const segments = path.split('/');
  if (segments.includes('..')) return 'points outside the pack folder ("..")';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." part in its path';
  if (segments.length > PACK_LIMITS.maxPathSegments)
    return `is more than ${PACK_LIMITS.maxPathSegments - 1} folders deep`;
  return null;
}

/** Files that tools leave behind and that are never part of a pack: hidden files and macOS resource folders. */
export function isIgnoredPath(path: string): boolean {
  return path
    .split('/')
    .some(
      (segment) =>
        (segment.startsWith('.') && segment !== '.' && segment !== '..') ||
        segment === '__MACOSX' ||
        segment === 'Thumbs.db',
    );
}

/**
 * Checks a list of entries against the pack limits and path rules. Returns the entries that may be read,
 * with a zip's single top folder removed (a zip of the pack folder holds `<folder>/pack.yaml`).
 * When the pack is over a count or size limit, no entries are returned.
 */
export function checkPackEntries(input: readonly PackEntry[], problems: PackProblems): PackEntry[] {
  const candidates = input.filter((entry) => packPathProblem(entry.path) !== null || !isIgnoredPath(entry.path));
  if (candidates.length > PACK_LIMITS.maxFiles) {
    problems.add('', '', `the pack has ${candidates.length} files, more than the ${PACK_LIMITS.maxFiles} allowed`);
    return [];
  }
  let total = 0;
  const accepted: PackEntry[] = [];
  const seen = new Set<string>();
  for (const entry of candidates) {
    const pathProblem = packPathProblem(entry.path);
    if (pathProblem) {
      problems.add(entry.path, '', `the file ${pathProblem}`);
      continue;
    }
    if (seen.has(entry.path)) {
      problems.add(entry.path, '', 'the file appears twice in the pack');
      continue;
    }
    seen.add(entry.path);
    if (entry.bytes.length > PACK_LIMITS.maxFileBytes) {
      problems.add(
        entry.path,
        '',
        `the file is ${entry.bytes.length} bytes, more than the ${PACK_LIMITS.maxFileBytes} allowed`,
      );
      continue;
    }
    total += entry.bytes.length;
    if (total > PACK_LIMITS.maxTotalBytes) {
      problems.add('', '', `the pack's files add up to more than the ${PACK_LIMITS.maxTotalBytes} bytes allowed`);
      return [];
    }
    accepted.push(entry);
  }
  return withoutTopFolder(accepted).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function withoutTopFolder(entries: PackEntry[]): PackEntry[] {
  if (entries.length === 0 || entries.some((entry) => entry.path === 'pack.yaml')) return entries;
  const tops = new Set(entries.map((entry) => entry.path.split('/')[0]));
  const [top] = [...tops];
  if (tops.size !== 1 || top === undefined || !entries.some((entry) => entry.path === `${top}/pack.yaml`))
    return entries;
  return entries.map((entry) => ({ path: entry.path.slice(top.length + 1), bytes: entry.bytes }));
}

/**
 * Decodes a file's bytes as UTF-8 text, strictly: invalid bytes are a problem, not replaced.
 * A leading byte order mark is dropped and Windows line endings become plain line feeds.
 */
export function decodePackText(entry: PackEntry, problems: PackProblems): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(entry.bytes);
    return text.replace(/\r\n?/g, '\n');
  } catch {
    const lenient = new TextDecoder('utf-8').decode(entry.bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
    problems.add(entry.path, `line ${line}`, 'the file is not valid UTF-8 text; save it with UTF-8 encoding');
    return undefined;
  }
}
