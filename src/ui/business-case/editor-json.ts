// Converting between the editor's JSON (TipTap/ProseMirror) and Waymark's rich text (RichTextDoc). The two
// share a shape, but the editor adds attributes Waymark does not keep and can hold things Waymark does not
// store (pasted quotes, code, rules, strikethrough...). Going to Waymark, every node is mapped safely: what
// Waymark understands is kept, anything else becomes plain paragraphs of its words, unknown formatting is
// dropped, and a link that is not a web or email address loses its link but keeps its words. Nothing here
// reads or writes HTML.
import type { JSONContent } from '@tiptap/core';
import {
  isSafeLink,
  parseRichText,
  RICH_TEXT_LIMITS,
  type HeadingLevel,
  type RichTextBlock,
  type RichTextDoc,
  type RichTextInline,
  type RichTextListItem,
  type RichTextMark,
  type RichTextTableCell,
  type RichTextTableRow,
} from '../../domain/rich-text';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(value: Record<string, unknown>): unknown[] {
  return Array.isArray(value.content) ? (value.content as unknown[]) : [];
}

/** Every piece of text below a node, in order, with line breaks where the editor had breaks. */
function textOf(node: unknown): string {
  if (!isRecord(node)) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  return children(node).map(textOf).join('');
}

const MARK_ORDER: readonly RichTextMark['type'][] = ['bold', 'italic', 'link'];

function marksOf(value: unknown): RichTextMark[] {
  if (!Array.isArray(value)) return [];
  const marks: RichTextMark[] = [];
  for (const mark of value) {
    if (!isRecord(mark)) continue;
    if ((mark.type === 'bold' || mark.type === 'italic') && !marks.some((m) => m.type === mark.type))
      marks.push({ type: mark.type });
    else if (mark.type === 'link' && !marks.some((m) => m.type === 'link')) {
      const href = isRecord(mark.attrs) ? mark.attrs.href : undefined;
      if (typeof href === 'string' && isSafeLink(href.trim()))
        marks.push({ type: 'link', attrs: { href: href.trim() } });
    }
  }
  // One order for the same formatting, whatever order the editor or a paste gave it.
  return marks.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

/** The inline content of a paragraph or heading; unknown inline nodes keep their words, unformatted. */
function inlines(node: Record<string, unknown>): RichTextInline[] | undefined {
  const out: RichTextInline[] = [];
  for (const child of children(node)) {
    if (!isRecord(child)) continue;
    if (child.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (child.type === 'text') {
      const text = typeof child.text === 'string' ? child.text : '';
      if (text.length === 0) continue;
      const marks = marksOf(child.marks);
      out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
    } else {
      const text = textOf(child);
      if (text.length > 0) out.push({ type: 'text', text });
    }
  }
  return out.length > 0 ? out : undefined;
}

function paragraphOfText(text: string): RichTextBlock {
  const content: RichTextInline[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line.length > 0) content.push({ type: 'text', text: line });
  });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItems(node: Record<string, unknown>, depth: number): RichTextListItem[] {
  return children(node)
    .filter(isRecord)
    .map((item): RichTextListItem => {
      const content =
        item.type === 'listItem' || item.type === 'taskItem'
          ? blocks(children(item), depth + 1)
          : blocks([item], depth + 1);
      return { type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
    });
}

function span(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 100 ? value : undefined;
}

function tableRows(node: Record<string, unknown>, depth: number): RichTextTableRow[] {
  return children(node)
    .filter((row): row is Record<string, unknown> => isRecord(row) && row.type === 'tableRow')
    .map((row): RichTextTableRow => ({
      type: 'tableRow',
      content: children(row)
        .filter(isRecord)
        .map((cell): RichTextTableCell => {
          const type = cell.type === 'tableHeader' ? 'tableHeader' : 'tableCell';
          const attrs = isRecord(cell.attrs) ? cell.attrs : {};
          const colspan = span(attrs.colspan);
          const rowspan = span(attrs.rowspan);
          const spans = { ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) };
          const content =
            cell.type === 'tableCell' || cell.type === 'tableHeader'
              ? blocks(children(cell), depth + 1)
              : blocks([cell], depth + 1);
          const filled = content.length > 0 ? content : [{ type: 'paragraph' } as RichTextBlock];
          return Object.keys(spans).length > 0 ? { type, attrs: spans, content: filled } : { type, content: filled };
        }),
    }))
    .filter((row) => row.content.length > 0);
}

function blocks(nodes: readonly unknown[], depth: number): RichTextBlock[] {
  const out: RichTextBlock[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    // Deeper than Waymark reads: keep the words as one paragraph.
    if (depth >= RICH_TEXT_LIMITS.depth - 2) {
      const text = textOf(node);
      if (text.length > 0) out.push(paragraphOfText(text));
      continue;
    }
    switch (node.type) {
      case 'paragraph': {
        const content = inlines(node);
        out.push(content ? { type: 'paragraph', content } : { type: 'paragraph' });
        break;
      }
      case 'heading': {
        const raw = isRecord(node.attrs) ? node.attrs.level : undefined;
        const level = (
          typeof raw === 'number' && Number.isInteger(raw) ? Math.min(6, Math.max(1, raw)) : 2
        ) as HeadingLevel;
        const content = inlines(node);
        out.push(content ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } });
        break;
      }
      case 'bulletList':
      case 'taskList': {
        const items = listItems(node, depth);
        if (items.length > 0) out.push({ type: 'bulletList', content: items });
        break;
      }
      case 'orderedList': {
        const items = listItems(node, depth);
        const start = isRecord(node.attrs) ? node.attrs.start : undefined;
        if (items.length === 0) break;
        out.push(
          typeof start === 'number' && Number.isInteger(start) && start > 1 && start < 100_000
            ? { type: 'orderedList', attrs: { start }, content: items }
            : { type: 'orderedList', content: items },
        );
        break;
      }
      case 'table': {
        const rows = tableRows(node, depth);
        if (rows.length > 0) out.push({ type: 'table', content: rows });
        break;
      }
      case 'blockquote':
      case 'details':
      case 'detailsContent':
        // A container of blocks: keep what it holds.
        out.push(...blocks(children(node), depth + 1));
        break;
      case 'horizontalRule':
      case 'image':
        break;
      default: {
        // Code blocks and anything unknown: their words, as plain paragraphs.
        const text = textOf(node);
        if (text.length > 0) out.push(paragraphOfText(text));
      }
    }
  }
  return out;
}

/**
 * Waymark's rich text from what the editor holds, or why it cannot be stored (a section longer than the
 * stored format allows). Never keeps an unsafe link.
 */
export function editorJsonToRichText(json: unknown): { ok: true; value: RichTextDoc } | { ok: false; error: string } {
  const content = isRecord(json) ? blocks(children(json), 0) : [];
  const doc: RichTextDoc = { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  // The stored format's own reader has the last word.
  const checked = parseRichText(doc);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, error: checked.error };
}

/** Waymark's rich text from whatever the editor holds; never fails: what cannot be stored is kept as plain words. */
export function fromEditorJson(json: unknown): RichTextDoc {
  const converted = editorJsonToRichText(json);
  return converted.ok
    ? converted.value
    : { type: 'doc', content: [paragraphOfText(textOf(json).slice(0, RICH_TEXT_LIMITS.textLength))] };
}

function editorBlocks(content: readonly RichTextBlock[]): JSONContent[] {
  return content.map(editorBlock);
}

/** A list item or table cell in the editor must start with a paragraph and hold at least one. */
function editorCellContent(content: readonly RichTextBlock[], leadingParagraph: boolean): JSONContent[] {
  const out = editorBlocks(content);
  if (out.length === 0 || (leadingParagraph && out[0]?.type !== 'paragraph')) out.unshift({ type: 'paragraph' });
  return out;
}

function editorBlock(block: RichTextBlock): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return block.content
        ? { type: 'paragraph', content: block.content.map((n) => ({ ...n })) }
        : { type: 'paragraph' };
    case 'heading':
      return block.content
        ? { type: 'heading', attrs: { level: block.attrs.level }, content: block.content.map((n) => ({ ...n })) }
        : { type: 'heading', attrs: { level: block.attrs.level } };
    case 'bulletList':
    case 'orderedList':
      return {
        type: block.type,
        ...(block.type === 'orderedList' && block.attrs?.start ? { attrs: { start: block.attrs.start } } : {}),
        content: block.content.map((item) => ({ type: 'listItem', content: editorCellContent(item.content, true) })),
      };
    case 'table':
      return {
        type: 'table',
        content: block.content.map((row) => ({
          type: 'tableRow',
          content: row.content.map((cell) => ({
            type: cell.type,
            ...(cell.attrs ? { attrs: { ...cell.attrs } } : {}),
            content: editorCellContent(cell.content, false),
          })),
        })),
      };
  }
}

/** The editor's JSON for Waymark's rich text: the same tree, with what the editor needs filled in. */
export function toEditorJson(doc: RichTextDoc): JSONContent {
  const content = editorBlocks(doc.content);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
