// Small building blocks shared by the template renderers: bulleted lists of plain text, a bold label
// paragraph, empty space to write in (printed or typed into in Word), and titles in other languages.
import type { DocBlock, DocList, DocTable, OtherLanguageText } from '../domain/document-model';

/** A bulleted list of plain-text items. */
export function bulletList(items: readonly string[]): DocList {
  return { kind: 'list', ordered: false, items: items.map((text) => ({ content: [{ kind: 'text', text }] })) };
}

/** A short bold paragraph that introduces what follows, such as "At alpha"; it stays on the page of what it introduces. */
export function boldLabel(text: string): DocBlock {
  return { kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text, bold: true }] };
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
export function blankTable(
  caption: string,
  columns: readonly { heading: string; weight?: number }[],
  rows: number,
): DocTable {
  return {
    kind: 'table',
    caption,
    columns: columns.map((column) => ({ ...column })),
    rows: Array.from({ length: rows }, () => columns.map(() => writingSpace(2))),
  };
}

/**
 * The language tag of a title given under `key` in a pack written in `packLanguage`: a bare language
 * takes the pack's region, so "fr" in an en-CA pack is fr-CA; a full tag is kept as it is.
 */
export function otherLanguageTag(key: string, packLanguage: string): string {
  if (key.includes('-')) return key;
  const region = /^[A-Za-z]{2,3}-([A-Za-z]{2}|\d{3})(?:-|$)/.exec(packLanguage)?.[1];
  return region ? `${key}-${region.toUpperCase()}` : key;
}

/** A template item's titles in other languages (its `titles`), tagged with their languages. */
export function otherTitles(
  titles: Readonly<Record<string, string>> | undefined,
  packLanguage: string,
): OtherLanguageText[] {
  return Object.entries(titles ?? {})
    .filter(([, text]) => text.trim().length > 0)
    .map(([key, text]) => ({ text: text.trim(), language: otherLanguageTag(key, packLanguage) }));
}
