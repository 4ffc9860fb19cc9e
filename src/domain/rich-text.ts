// Rich text: the structured format the business case editor stores and every export reads.
// It is a JSON tree in the ProseMirror/Tiptap document shape, so an editor can load and save it
// as is; it never holds HTML. Anything from storage or a file goes through `parseRichText` first.
import { isSafeExternalLink } from './safe-link';

export type RichTextMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface RichTextText {
  type: 'text';
  text: string;
  marks?: RichTextMark[];
}

export interface RichTextHardBreak {
  type: 'hardBreak';
}

export type RichTextInline = RichTextText | RichTextHardBreak;

export interface RichTextParagraph {
  type: 'paragraph';
  content?: RichTextInline[];
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface RichTextHeading {
  type: 'heading';
  attrs: { level: HeadingLevel };
  content?: RichTextInline[];
}

export interface RichTextListItem {
  type: 'listItem';
  content: RichTextBlock[];
}

export interface RichTextBulletList {
  type: 'bulletList';
  content: RichTextListItem[];
}

export interface RichTextOrderedList {
  type: 'orderedList';
  attrs?: { start?: number };
  content: RichTextListItem[];
}

export interface RichTextTableCell {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number };
  content: RichTextBlock[];
}

export interface RichTextTableRow {
  type: 'tableRow';
  content: RichTextTableCell[];
}

export interface RichTextTable {
  type: 'table';
  content: RichTextTableRow[];
}

export type RichTextBlock =
  RichTextParagraph | RichTextHeading | RichTextBulletList | RichTextOrderedList | RichTextTable;

export interface RichTextDoc {
  type: 'doc';
  content: RichTextBlock[];
}

export type RichTextResult = { ok: true; value: RichTextDoc } | { ok: false; error: string };

/** Limits that keep a stored document from exhausting memory or the stack when read. */
export const RICH_TEXT_LIMITS = { depth: 24, nodes: 500_000, textLength: 1_000_000, href: 2048 } as const;

/** Only web and email links are kept; anything else (javascript:, file:, data:) is refused. */
export function isSafeLink(href: string): boolean {
  return href.length <= RICH_TEXT_LIMITS.href && isSafeExternalLink(href);
}

class RichTextError extends Error {}

function fail(message: string): never {
  throw new RichTextError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Budget {
  nodes: number;
}

function arrayOf(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`The ${where} has content that is not a list.`);
  return value;
}

function parseMarks(value: unknown): RichTextMark[] | undefined {
  if (value === undefined) return undefined;
  const marks: RichTextMark[] = [];
  for (const raw of arrayOf(value, 'text')) {
    if (!isRecord(raw)) fail('The text has a formatting mark that is not recognised.');
    if (raw.type === 'bold' || raw.type === 'italic') marks.push({ type: raw.type });
    else if (raw.type === 'link') {
      const href = isRecord(raw.attrs) ? raw.attrs.href : undefined;
      if (typeof href !== 'string' || !isSafeLink(href))
        fail('The text has a link that is not a web or email address.');
      marks.push({ type: 'link', attrs: { href } });
    } else fail('The text has a formatting mark that is not recognised.');
  }
  return marks.length > 0 ? marks : undefined;
}

function parseInline(raw: unknown, budget: Budget): RichTextInline {
  if (!isRecord(raw)) fail('The document has a piece of text that is not recognised.');
  budget.nodes -= 1;
  if (raw.type === 'hardBreak') return { type: 'hardBreak' };
  if (raw.type !== 'text') fail('The document has a piece of text that is not recognised.');
  if (typeof raw.text !== 'string') fail('The document has a piece of text without any words.');
  if (raw.text.length > RICH_TEXT_LIMITS.textLength) fail('The document has a piece of text that is too long.');
  const marks = parseMarks(raw.marks);
  return marks ? { type: 'text', text: raw.text, marks } : { type: 'text', text: raw.text };
}

function parseInlines(value: unknown, budget: Budget): RichTextInline[] | undefined {
  const items = arrayOf(value, 'paragraph').map((item) => parseInline(item, budget));
  return items.length > 0 ? items : undefined;
}

function parseListItems(value: unknown, depth: number, budget: Budget): RichTextListItem[] {
  return arrayOf(value, 'list').map((raw) => {
    if (!isRecord(raw) || raw.type !== 'listItem') fail('A list holds something other than list items.');
    budget.nodes -= 1;
    return { type: 'listItem', content: parseBlocks(raw.content, depth + 1, budget) };
  });
}

function parseSpan(value: unknown): number | undefined {
  if (value === undefined || value === null || value === 1) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100)
    fail('A table cell spans an impossible number of rows or columns.');
  return value;
}

function parseTable(raw: Record<string, unknown>, depth: number, budget: Budget): RichTextTable {
  const rows = arrayOf(raw.content, 'table').map((row): RichTextTableRow => {
    if (!isRecord(row) || row.type !== 'tableRow') fail('A table holds something other than rows.');
    budget.nodes -= 1;
    const cells = arrayOf(row.content, 'table row').map((cell): RichTextTableCell => {
      if (!isRecord(cell) || (cell.type !== 'tableCell' && cell.type !== 'tableHeader'))
        fail('A table row holds something other than cells.');
      budget.nodes -= 1;
      const attrs = isRecord(cell.attrs) ? cell.attrs : {};
      const colspan = parseSpan(attrs.colspan);
      const rowspan = parseSpan(attrs.rowspan);
      const spans = { ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) };
      const content = parseBlocks(cell.content, depth + 1, budget);
      return Object.keys(spans).length > 0 ? { type: cell.type, attrs: spans, content } : { type: cell.type, content };
    });
    if (cells.length === 0) fail('A table has a row without cells.');
    return { type: 'tableRow', content: cells };
  });
  if (rows.length === 0) fail('A table has no rows.');
  return { type: 'table', content: rows };
}

function parseBlock(raw: unknown, depth: number, budget: Budget): RichTextBlock {
  if (!isRecord(raw)) fail('The document has a part that is not recognised.');
  if (depth > RICH_TEXT_LIMITS.depth) fail('The document is nested too deeply to read.');
  budget.nodes -= 1;
  if (budget.nodes < 0) fail('The document is too large to read.');
  switch (raw.type) {
    case 'paragraph': {
      const content = parseInlines(raw.content, budget);
      return content ? { type: 'paragraph', content } : { type: 'paragraph' };
    }
    case 'heading': {
      const level = isRecord(raw.attrs) ? raw.attrs.level : undefined;
      if (level !== 1 && level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6)
        fail('The document has a heading without a level from 1 to 6.');
      const content = parseInlines(raw.content, budget);
      return content ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } };
    }
    case 'bulletList':
      return { type: 'bulletList', content: parseListItems(raw.content, depth, budget) };
    case 'orderedList': {
      const start = isRecord(raw.attrs) ? raw.attrs.start : undefined;
      const content = parseListItems(raw.content, depth, budget);
      if (typeof start === 'number' && Number.isInteger(start) && start > 1 && start < 100_000)
        return { type: 'orderedList', attrs: { start }, content };
      return { type: 'orderedList', content };
    }
    case 'table':
      return parseTable(raw, depth, budget);
    default:
      return fail('The document has a part that is not recognised.');
  }
}

function parseBlocks(value: unknown, depth: number, budget: Budget): RichTextBlock[] {
  return arrayOf(value, 'document').map((item) => parseBlock(item, depth, budget));
}

/**
 * Checks untrusted data (from storage, a file or the editor) and returns a clean copy of the
 * document with only the parts Waymark understands. Attributes an editor adds that Waymark does
 * not use (alignment, link targets, column widths) are dropped; unknown node types, unsafe links
 * and HTML strings are refused with one plain-English sentence.
 */
export function parseRichText(value: unknown): RichTextResult {
  try {
    if (typeof value === 'string') fail('The text is not in the expected structured format.');
    if (!isRecord(value) || value.type !== 'doc') fail('The text is not in the expected structured format.');
    return {
      ok: true,
      value: { type: 'doc', content: parseBlocks(value.content, 0, { nodes: RICH_TEXT_LIMITS.nodes }) },
    };
  } catch (error) {
    if (error instanceof RichTextError) return { ok: false, error: error.message };
    if (error instanceof RangeError) return { ok: false, error: 'The document is nested too deeply to read.' };
    throw error;
  }
}

/** The text of a run of inline nodes, with line breaks as new lines. */
export function inlineText(content: readonly RichTextInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

/** The plain text of a block or document, one line per paragraph, cells separated by tabs. */
export function plainText(node: RichTextDoc | RichTextBlock | RichTextListItem): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'table':
      return node.content
        .map((row) => row.content.map((cell) => cell.content.map(plainText).join(' ')).join('\t'))
        .join('\n');
    default:
      return node.content.map(plainText).join('\n');
  }
}

/** Counts the words in a document, as a word processor would. */
export function wordCount(doc: RichTextDoc): number {
  return plainText(doc)
    .split(/\s+/)
    .filter((word) => word.length > 0).length;
}

/**
 * Builds a document from plain text: paragraphs are separated by a blank line, as in the plain
 * text fields of template packs; single line breaks inside a paragraph are kept.
 */
export function richTextFromPlainText(text: string): RichTextDoc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((part): RichTextParagraph => {
      const lines = part.split('\n');
      const content: RichTextInline[] = [];
      lines.forEach((line, index) => {
        if (index > 0) content.push({ type: 'hardBreak' });
        if (line.length > 0) content.push({ type: 'text', text: line });
      });
      return { type: 'paragraph', content };
    }),
  };
}

/** An empty document, as a new editor starts. */
export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
