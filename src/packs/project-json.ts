// Reads the JSON of a project file's manifest as untrusted text: strict UTF-8, bounded nesting (checked
// before parsing, so a file of ten thousand brackets costs one pass and no deep recursion), well-formed
// JSON with the line of the fault, and no keys that could reach an object's prototype.
import type { PackEntry } from './pack-entries';
import { decodePackText } from './pack-entries';
import { lineAt, locationOf, type PackProblems } from './pack-problems';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The character offset where the nesting of a JSON text first goes deeper than `max`, or -1. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > max) return i;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return -1;
}

/** The position V8 or another engine names in a JSON.parse error, if it names one. */
function faultOffset(message: string): number | null {
  const match = /position (\d+)/.exec(message);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function forbiddenKeyPath(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = forbiddenKeyPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = forbiddenKeyPath(Reflect.get(value, key), [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Parses a JSON file of a project file. Returns undefined, with a problem recorded, when the file is not
 * UTF-8, nests deeper than `maxDepth`, is not well-formed JSON or uses a key such as `__proto__`.
 */
export function parseUntrustedJson(entry: PackEntry, maxDepth: number, problems: PackProblems): unknown {
  const text = decodePackText(entry, problems);
  if (text === undefined) return undefined;
  const deep = tooDeepAt(text, maxDepth);
  if (deep >= 0) {
    problems.add(entry.path, `line ${lineAt(text, deep)}`, `the JSON is nested more than ${maxDepth} levels deep`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const offset = faultOffset(error instanceof Error ? error.message : '');
    problems.add(
      entry.path,
      offset === null ? '' : `line ${lineAt(text, offset)}`,
      'the file is not well-formed JSON, so it cannot be read',
    );
    return undefined;
  }
  const forbidden = forbiddenKeyPath(value, []);
  if (forbidden) {
    const key = String(forbidden.at(-1));
    problems.add(entry.path, locationOf(forbidden), `the key "${key}" is not allowed in a project file`);
    return undefined;
  }
  return value;
}
