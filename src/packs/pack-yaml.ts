// Reads one YAML document from a pack as untrusted input: bounded nesting, bounded size, aliases limited,
// every mapping key checked once (unique, plain text, never __proto__, constructor or prototype).
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { PACK_LIMITS } from '../domain/pack-limits';
import { lineAt, lineFinder, type PackProblems } from './pack-problems';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a YAML text sits in its file: the file's path and the line the text starts on (for front matter). */
export interface YamlSource {
  file: string;
  text: string;
  /** Lines in the file before the text (1 for YAML front matter after the opening `---`). */
  lineOffset?: number;
}

/**
 * Cheap scan before parsing: the YAML parser recurses on nesting, so deeply nested flow collections
 * (`[[[[...`) or stacked block indicators (`- - - - ...`) are refused here, before they can exhaust the stack
 * or memory. Counting ignores quoting, so it may only over-count, never miss.
 */
function nestingProblem(text: string): { line: number } | null {
  let depth = 0;
  let line = 1;
  let atLineStart = true;
  let indicators = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line += 1;
      atLineStart = true;
      indicators = 0;
      continue;
    }
    if (c === 91 || c === 123) depth += 1;
    else if ((c === 93 || c === 125) && depth > 0) depth -= 1;
    if (depth > PACK_LIMITS.maxDepth) return { line };
    if (atLineStart) {
      if (c === 32 || c === 9) continue;
      const next = text.charCodeAt(i + 1);
      if ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9)) {
        indicators += 1;
        if (indicators > PACK_LIMITS.maxDepth) return { line };
        i += 1;
        continue;
      }
      atLineStart = false;
    }
  }
  return null;
}

interface WalkState {
  source: YamlSource;
  problems: PackProblems;
  nodes: number;
  failed: boolean;
  /** Built on the first problem, so that a clean file pays nothing for line numbers. */
  lineOf?: (offset: number) => number;
}

function report(state: WalkState, node: Node | null | undefined, message: string): void {
  const offset = node?.range?.[0] ?? 0;
  state.lineOf ??= lineFinder(state.source.text);
  state.problems.add(state.source.file, `line ${state.lineOf(offset) + (state.source.lineOffset ?? 0)}`, message);
  state.failed = true;
}

/** True once the pack has as many problems as are listed: further work would only be counted, not shown. */
function enough(state: WalkState): boolean {
  return state.problems.count >= PACK_LIMITS.maxProblems;
}

/** Walks the parsed document once: depth, node count, and every mapping key. Stops at the first breach of a limit. */
function walk(state: WalkState, node: unknown, depth: number): void {
  if (state.nodes > PACK_LIMITS.maxYamlNodes || enough(state)) return;
  state.nodes += 1;
  if (state.nodes === PACK_LIMITS.maxYamlNodes + 1) {
    report(state, null, `the file has more than ${PACK_LIMITS.maxYamlNodes} values; split it or make it smaller`);
    return;
  }
  if (depth > PACK_LIMITS.maxDepth) {
    report(
      state,
      isMap(node) || isSeq(node) ? node : null,
      `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep`,
    );
    return;
  }
  if (isSeq(node)) {
    for (const item of node.items) walk(state, item, depth + 1);
    return;
  }
  if (!isMap(node)) return;
  const seen = new Set<string>();
  for (const pair of node.items) {
    if (enough(state)) return;
    if (!isPair(pair)) continue;
    const key = pair.key;
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      report(
        state,
        isAlias(key) || isScalar(key) || isMap(key) || isSeq(key) ? key : node,
        'a key is not plain text; keys must be words such as title or id',
      );
      continue;
    }
    state.nodes += 1;
    const name = String(key.value);
    if (FORBIDDEN_KEYS.has(name)) report(state, key, `the key "${name}" is not allowed in a pack`);
    else if (seen.has(name)) report(state, key, `the key "${name}" appears twice in the same place`);
    seen.add(name);
    walk(state, pair.value, depth + 1);
  }
}

/** Checks the plain value made from the document (after aliases are expanded) stays within the depth limit. */
function tooDeep(value: unknown, depth: number): boolean {
  if (depth > PACK_LIMITS.maxDepth) return true;
  if (Array.isArray(value)) return value.some((item) => tooDeep(item, depth + 1));
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => tooDeep(item, depth + 1));
  return false;
}

function parseMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same place';
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document; keep one';
  if (/call stack/i.test(message)) return `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep`;
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  return `the YAML is not well formed: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/**
 * Parses a YAML text from a pack into plain data, recording problems (with line numbers) instead of
 * throwing. Returns undefined when the text cannot be used.
 */
export function parsePackYaml(source: YamlSource, problems: PackProblems): unknown {
  const offset = source.lineOffset ?? 0;
  const deep = nestingProblem(source.text);
  if (deep) {
    problems.add(
      source.file,
      `line ${deep.line + offset}`,
      `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep`,
    );
    return undefined;
  }
  let value: unknown;
  try {
    // Duplicate keys are checked in walk() in linear time; the parser's own check is quadratic in the keys of a map.
    const doc = parseDocument(source.text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
    });
    if (doc.errors.length > 0) {
      for (const error of doc.errors.slice(0, 5))
        problems.add(
          source.file,
          `line ${lineAt(source.text, error.pos[0]) + offset}`,
          parseMessage(error.code, error.message),
        );
      return undefined;
    }
    const state: WalkState = { source, problems, nodes: 0, failed: false };
    walk(state, doc.contents, 0);
    if (state.failed) return undefined;
    value = doc.toJS({ maxAliasCount: PACK_LIMITS.maxYamlAliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = /alias/i.test(message)
      ? `the file uses aliases (*name) too many times; at most ${PACK_LIMITS.maxYamlAliases} are allowed`
      : /call stack/i.test(message)
        ? `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep`
        : `the YAML could not be read: ${message.split('\n')[0] ?? ''}`;
    problems.add(source.file, '', reason);
    return undefined;
  }
  if (tooDeep(value, 0)) {
    problems.add(
      source.file,
      '',
      `the file is nested more than ${PACK_LIMITS.maxDepth} levels deep once its aliases are expanded`,
    );
    return undefined;
  }
  return value;
}
