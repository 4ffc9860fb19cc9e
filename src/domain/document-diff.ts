// Compares two versions of rich text word by word, so an export can show the changes between
// two revisions (for example as Word tracked changes). Pure and bounded: very large edits fall
// back to "all removed, all added" for the part that differs instead of using quadratic memory.
import type { RichTextBlock, RichTextDoc, RichTextInline, RichTextMark, RichTextTable } from './rich-text';
import { plainText } from './rich-text';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  op: DiffOp;
  text: string;
  marks?: RichTextMark[];
}

export type DiffLeafStyle =
  { kind: 'paragraph' } | { kind: 'heading'; level: number } | { kind: 'listItem'; ordered: boolean; depth: number };

export type DiffChange = 'same' | 'changed' | 'inserted' | 'deleted';

export interface DiffCell {
  header: boolean;
  segments: DiffSegment[];
}

export type DiffBlock =
  | { kind: 'text'; change: DiffChange; style: DiffLeafStyle; segments: DiffSegment[] }
  | { kind: 'table'; change: DiffChange; rows: DiffCell[][] };

/** The most cells the word or block alignment may use before it stops looking for matches. */
export const DIFF_MAX_CELLS = 4_000_000;

/**
 * The most cells one whole comparison (every section of a document) may use. Past it, a paragraph that
 * changed is shown as wholly removed and added instead of word by word, so many long rewritten paragraphs
 * cannot keep the comparison busy for long.
 */
export const DIFF_TOTAL_CELLS = 60_000_000;

/** What is left of a comparison's cells, shared by every alignment made for it. */
export interface DiffBudget {
  cells: number;
}

export function diffBudget(cells = DIFF_TOTAL_CELLS): DiffBudget {
  return { cells };
}

/**
 * Longest common subsequence of two key lists: the pairs (i, j) with a[i] === b[j] that keep
 * the most items in order. Common ends are matched first; if the middle would need more than
 * `maxCells` table cells, or more than is left of `budget`, the middle is treated as wholly changed.
 * The cells used are taken from `budget`.
 */
export function lcsMatches(
  a: readonly string[],
  b: readonly string[],
  maxCells = DIFF_MAX_CELLS,
  budget?: DiffBudget,
): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i += 1) pairs.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  const cells = (n + 1) * (m + 1);
  if (n > 0 && m > 0 && cells <= maxCells && (budget === undefined || cells <= budget.cells)) {
    if (budget) budget.cells -= cells;
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        const at = i * width + j;
        table[at] =
          a[start + i] === b[start + j]
            ? (table[at + width + 1] ?? 0) + 1
            : Math.max(table[at + width] ?? 0, table[at + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i += 1;
        j += 1;
      } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i += 1;
      else j += 1;
    }
  }
  for (let k = 0; k < a.length - endA; k += 1) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** Splits text into words, runs of spaces and punctuation, so "weeks." and "weeks" share a word. */
const TOKEN_SPLIT = /(\s+|[.,;:!?()[\]"\u201C\u201D\u2018\u2019]+)/;

interface Token {
  text: string;
  marks?: RichTextMark[];
  key: string;
}

function marksKey(marks: readonly RichTextMark[] | undefined): string {
  return (marks ?? [])
    .map((mark) => (mark.type === 'link' ? `link:${mark.attrs.href}` : mark.type))
    .sort()
    .join(',');
}

function tokenize(content: readonly RichTextInline[] | undefined): Token[] {
  const tokens: Token[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') {
      tokens.push({ text: '\n', key: '\n' });
      continue;
    }
    const mk = marksKey(node.marks);
    for (const part of node.text.split(TOKEN_SPLIT)) {
      if (part.length === 0) continue;
      tokens.push(
        node.marks ? { text: part, marks: node.marks, key: `${part}\u0000${mk}` } : { text: part, key: part },
      );
    }
  }
  return tokens;
}

function pushSegment(segments: DiffSegment[], op: DiffOp, token: Token): void {
  const last = segments[segments.length - 1];
  if (last && last.op === op && marksKey(last.marks) === marksKey(token.marks)) {
    last.text += token.text;
    return;
  }
  segments.push(token.marks ? { op, text: token.text, marks: token.marks } : { op, text: token.text });
}

/** A run of unchanged tokens, or a change: what was removed and what was added in its place. */
type Piece = { kind: 'equal'; tokens: Token[] } | { kind: 'change'; removed: Token[]; added: Token[] };

function tokenLength(tokens: readonly Token[]): number {
  return tokens.reduce((sum, t) => sum + t.text.length, 0);
}

/**
 * Makes a rewrite readable: an unchanged run between two changes that is no longer than the changes on
 * either side of it (a space, "the", a comma) is folded into them, so a rewritten phrase reads as the old
 * words removed and the new words added instead of a word-by-word interleave. The same idea as the
 * "semantic cleanup" of Myers-style diffs; unchanged text at either end is never folded.
 */
function foldShortEqualities(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  let k = 1;
  while (k < out.length - 1) {
    const before = out[k - 1];
    const here = out[k];
    const after = out[k + 1];
    if (before?.kind === 'change' && here?.kind === 'equal' && after?.kind === 'change') {
      const size = tokenLength(here.tokens);
      const left = Math.max(tokenLength(before.removed), tokenLength(before.added));
      const right = Math.max(tokenLength(after.removed), tokenLength(after.added));
      if (size <= left && size <= right) {
        out.splice(k - 1, 3, {
          kind: 'change',
          removed: [...before.removed, ...here.tokens, ...after.removed],
          added: [...before.added, ...here.tokens, ...after.added],
        });
        k = Math.max(1, k - 1);
        continue;
      }
    }
    k += 1;
  }
  return out;
}

/**
 * Word-level differences between two runs of inline text; formatting changes count as changes. Within a
 * change, what was removed comes before what was added.
 */
export function diffWords(
  before: readonly RichTextInline[] | undefined,
  after: readonly RichTextInline[] | undefined,
  maxCells = DIFF_MAX_CELLS,
  budget?: DiffBudget,
): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const matches = lcsMatches(
    a.map((t) => t.key),
    b.map((t) => t.key),
    maxCells,
    budget,
  );
  const pieces: Piece[] = [];
  const addChange = (removed: Token[], added: Token[]): void => {
    if (removed.length === 0 && added.length === 0) return;
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'change') {
      last.removed.push(...removed);
      last.added.push(...added);
    } else pieces.push({ kind: 'change', removed, added });
  };
  const addEqual = (token: Token): void => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'equal') last.tokens.push(token);
    else pieces.push({ kind: 'equal', tokens: [token] });
  };
  let i = 0;
  let j = 0;
  const end: [number, number] = [a.length, b.length];
  for (const [mi, mj] of [...matches, end]) {
    addChange(a.slice(i, mi), b.slice(j, mj));
    const same = b[mj];
    if (mi < a.length && same) addEqual(same);
    i = mi + 1;
    j = mj + 1;
  }
  const segments: DiffSegment[] = [];
  for (const piece of foldShortEqualities(pieces)) {
    if (piece.kind === 'equal') for (const token of piece.tokens) pushSegment(segments, 'equal', token);
    else {
      for (const token of piece.removed) pushSegment(segments, 'delete', token);
      for (const token of piece.added) pushSegment(segments, 'insert', token);
    }
  }
  return segments;
}

type Leaf =
  | { kind: 'text'; style: DiffLeafStyle; content: RichTextInline[]; key: string }
  | { kind: 'table'; table: RichTextTable; key: string };

function styleKey(style: DiffLeafStyle): string {
  if (style.kind === 'heading') return `h${style.level}`;
  if (style.kind === 'listItem') return `${style.ordered ? 'ol' : 'ul'}${style.depth}`;
  return 'p';
}

function textLeaf(style: DiffLeafStyle, content: RichTextInline[] | undefined): Leaf {
  const body = tokenize(content)
    .map((t) => t.key)
    .join('');
  return { kind: 'text', style, content: content ?? [], key: `${styleKey(style)}|${body}` };
}

function leavesOf(blocks: readonly RichTextBlock[], listDepth: number, listOrdered: boolean | null): Leaf[] {
  return blocks.flatMap((block): Leaf[] => {
    switch (block.type) {
      case 'paragraph':
        return [
          listOrdered === null
            ? textLeaf({ kind: 'paragraph' }, block.content)
            : textLeaf({ kind: 'listItem', ordered: listOrdered, depth: listDepth }, block.content),
        ];
      case 'heading':
        return [textLeaf({ kind: 'heading', level: block.attrs.level }, block.content)];
      case 'bulletList':
      case 'orderedList': {
        const ordered = block.type === 'orderedList';
        const depth = listOrdered === null ? 0 : listDepth + 1;
        return block.content.flatMap((item) => leavesOf(item.content, depth, ordered));
      }
      case 'table':
        return [{ kind: 'table', table: block, key: `table|${plainText(block)}` }];
    }
  });
}

function wholeSegments(leaf: Leaf & { kind: 'text' }, op: DiffOp): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const token of tokenize(leaf.content)) pushSegment(segments, op, token);
  return segments;
}

function tableBlock(table: RichTextTable, change: DiffChange, op: DiffOp): DiffBlock {
  const rows = table.content.map((row) =>
    row.content.map((cell) => {
      const text = cell.content.map(plainText).join('\n');
      return { header: cell.type === 'tableHeader', segments: text ? [{ op, text }] : [] };
    }),
  );
  return { kind: 'table', change, rows };
}

function leafBlock(leaf: Leaf, change: 'same' | 'inserted' | 'deleted'): DiffBlock {
  const op: DiffOp = change === 'same' ? 'equal' : change === 'inserted' ? 'insert' : 'delete';
  if (leaf.kind === 'table') return tableBlock(leaf.table, change, op);
  return { kind: 'text', change, style: leaf.style, segments: wholeSegments(leaf, op) };
}

function sameShape(a: RichTextTable, b: RichTextTable): boolean {
  return (
    a.content.length === b.content.length &&
    a.content.every((row, r) => row.content.length === (b.content[r]?.content.length ?? -1))
  );
}

function wordSet(leaf: Leaf): Set<string> {
  return new Set(
    leaf.key
      .toLowerCase()
      .split(/[\s|]+/)
      .filter((w) => w.length > 0),
  );
}

/** Whether two leaves are versions of the same paragraph (a third of their words shared). */
function similar(a: Leaf, b: Leaf): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'table' && b.kind === 'table') return sameShape(a.table, b.table);
  const wa = wordSet(a);
  const wb = wordSet(b);
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 1 / 3;
}

function changedBlock(a: Leaf, b: Leaf, budget: DiffBudget): DiffBlock {
  if (a.kind === 'table' && b.kind === 'table') {
    const rows = b.table.content.map((row, r) =>
      row.content.map((cell, c) => {
        const old = a.table.content[r]?.content[c];
        const oldText = old ? old.content.map(plainText).join('\n') : '';
        const newText = cell.content.map(plainText).join('\n');
        const segments = diffWords(
          [{ type: 'text', text: oldText }],
          [{ type: 'text', text: newText }],
          DIFF_MAX_CELLS,
          budget,
        );
        return { header: cell.type === 'tableHeader', segments: segments.filter((s) => s.text.length > 0) };
      }),
    );
    return { kind: 'table', change: 'changed', rows };
  }
  if (a.kind === 'text' && b.kind === 'text')
    return {
      kind: 'text',
      change: 'changed',
      style: b.style,
      segments: diffWords(a.content, b.content, DIFF_MAX_CELLS, budget),
    };
  throw new Error('Only leaves of the same kind can be compared.');
}

function emitGap(out: DiffBlock[], deleted: Leaf[], inserted: Leaf[], budget: DiffBudget): void {
  let d = 0;
  let i = 0;
  while (d < deleted.length || i < inserted.length) {
    const a = deleted[d];
    const b = inserted[i];
    if (a && b && similar(a, b)) {
      out.push(changedBlock(a, b, budget));
      d += 1;
      i += 1;
    } else if (a && (!b || deleted.length - d >= inserted.length - i)) {
      out.push(leafBlock(a, 'deleted'));
      d += 1;
    } else if (b) {
      out.push(leafBlock(b, 'inserted'));
      i += 1;
    }
  }
}

/**
 * Compares two versions of a document: paragraphs, headings and list items are aligned first,
 * then paragraphs that changed are compared word by word. Tables of the same shape are compared
 * cell by cell; a table whose shape changed is shown as removed and added. A comparison of several
 * documents (the sections of a case) passes one `budget` to every call.
 */
export function diffRichText(before: RichTextDoc, after: RichTextDoc, budget = diffBudget()): DiffBlock[] {
  const a = leavesOf(before.content, 0, null);
  const b = leavesOf(after.content, 0, null);
  const matches = lcsMatches(
    a.map((l) => l.key),
    b.map((l) => l.key),
    DIFF_MAX_CELLS,
    budget,
  );
  const out: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  const end: [number, number] = [a.length, b.length];
  for (const [mi, mj] of [...matches, end]) {
    emitGap(out, a.slice(i, mi), b.slice(j, mj), budget);
    const same = b[mj];
    if (mi < a.length && same) out.push(leafBlock(same, 'same'));
    i = mi + 1;
    j = mj + 1;
  }
  return out;
}
