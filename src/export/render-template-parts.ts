// Small building blocks shared by the template renderers: bulleted lists of plain text, a bold label
// paragraph, and empty space to write in (printed or typed into in Word).
import type { DocBlock, DocList, DocTable } from '../domain/document-model';

/** A bulleted list of plain-text items. */
export function bulletList(items: readonly string[]): DocList {
  return { kind: 'list', ordered: false, items: items.map((text) => ({ content: [{ kind: 'text', text }] })) };
}

/** A short bold paragraph that introduces what follows, such as "At alpha". */
export function boldLabel(text: string): DocBlock {
  return { kind: 'paragraph', content: [{ kind: 'text', text, bold: true }] };
}

/** An empty table cell about `lines` lines tall, so there is room to write by hand. */
export function writingSpace(lines: number): string {
  return '\n'.repeat(Math.max(0, lines - 1));
}

/** A one-column table with a heading and a tall empty cell to write in. */
export function answerBox(heading: string, lines: number): DocTable {
  return { kind: 'table', columns: [{ heading }], rows: [[writingSpace(lines)]] };
}

/** A table with the given columns and `rows` empty rows, for a log or register to fill in. */
export function blankTable(caption: string, columns: readonly { heading: string; weight?: number }[], rows: number): DocTable {
  return {
    kind: 'table',
    caption,
    columns: columns.map((column) => ({ ...column })),
    rows: Array.from({ length: rows }, () => columns.map(() => writingSpace(2))),
  };
}
