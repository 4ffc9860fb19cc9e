// Parses the JSON files inside a workspace backup as untrusted text: strict UTF-8, bounded nesting
// (checked before parsing, so a deeply nested file cannot exhaust the stack), and no keys that could
// reach an object's prototype.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** The deepest nesting of objects and arrays in a JSON text, ignoring brackets inside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

class ForbiddenKey extends Error {}

/** Decodes and parses one JSON file; the reason, when it fails, ends a sentence that starts with the file's name. */
export function parseUntrustedJson(bytes: Uint8Array, maxDepth: number): JsonParse {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text' };
  }
  if (nestingDepth(text) > maxDepth) return { ok: false, reason: `is nested more than ${maxDepth} levels deep` };
  try {
    const value: unknown = JSON.parse(text, (key, inner: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return inner;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKey)
      return { ok: false, reason: `uses the reserved name "${error.message}" as a key, which is refused` };
    return { ok: false, reason: 'is not valid JSON (it is damaged or was edited by hand)' };
  }
}
