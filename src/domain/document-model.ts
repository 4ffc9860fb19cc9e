// The document model: a pure description of an exported document (cover, document control,
// marking, sections of blocks). Every export (business case, assessment pack, compliance map,
// template) builds one of these; the Word, CSV and Markdown renderers in src/export read it.
import type { RichTextDoc } from './rich-text';
import { wordCount } from './rich-text';
import { cutByCharacters, withoutDirectionControls, xmlSafeText } from './xml-text';

export const DOCUMENT_STATUSES = ['draft', 'for-review', 'final'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Draft',
  'for-review': 'For review',
  final: 'Final',
};

/** Markings offered in Settings; a custom marking is any other short text. */
export const STANDARD_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export const MARKING_MAX_LENGTH = 60;

/** Text in another language than the document's, such as the French title of a point in an English checklist. */
export interface OtherLanguageText {
  text: string;
  /** BCP 47 language tag of the text, e.g. fr-CA, so screen readers and spelling checks use that language. */
  language: string;
}

export interface DocumentMeta {
  title: string;
  /** The title in other languages, shown under the title on the cover. */
  otherTitles?: OtherLanguageText[];
  /** What kind of document this is, shown under the title, e.g. "Outline business case". */
  subtitle?: string;
  /** The project the document is about: its name, department, owner and phase (cover and properties). */
  project?: string;
  department?: string;
  owner?: string;
  phase?: string;
  /** The version of this document, e.g. "0.3". */
  version: string;
  /** ISO date (yyyy-mm-dd) the document is dated. */
  date: string;
  author: string;
  status: DocumentStatus;
  /** Security classification shown in every header and footer, e.g. OFFICIAL. */
  marking: string;
  /** BCP 47 language tag; en-GB when left out. */
  language?: string;
  subject?: string;
  keywords?: string[];
  description?: string;
}

export interface VersionEntry {
  version: string;
  date: string;
  author: string;
  summary: string;
}

export interface Approval {
  name: string;
  role: string;
  /** ISO date, or null while the approval is still to come. */
  date: string | null;
  /** e.g. "Approved", "Approved with conditions". */
  outcome?: string;
}

export interface DocumentControl {
  history: VersionEntry[];
  approvals: Approval[];
  /** With no approvals recorded, an empty approvals table with this many rows to fill in by hand. */
  blankApprovalRows?: number;
}

/** A piece of a simple paragraph: text (optionally bold, italic or linked) or a footnote. */
export type DocInline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; href?: string }
  | { kind: 'footnote'; text: string; href?: string };

/** How a status reads in a table: always a word, the tone only adds a quiet shade. */
export type StatusTone = 'good' | 'warning' | 'bad' | 'neutral';

export type TableCellValue =
  | string
  | number
  | {
      text: string;
      tone?: StatusTone;
      href?: string;
      /** The same text in other languages, each on a line of its own under it. */
      otherLanguages?: OtherLanguageText[];
      /** Shows each line of the text as an item of a bulleted list. */
      bulleted?: boolean;
    };

export interface TableColumn {
  heading: string;
  /** Relative width; the kit works one out from the content when left out. */
  weight?: number;
  align?: 'left' | 'right' | 'center';
}

export interface DocTable {
  kind: 'table';
  /** Read aloud and used as the CSV file name; shown above the table. */
  caption?: string;
  /** A longer description for screen readers, when the caption alone does not say what the table holds. */
  description?: string;
  columns: TableColumn[];
  rows: TableCellValue[][];
  /** Keeps the whole table (with its caption) on one page when it fits, e.g. a short form to fill in. */
  keepTogether?: boolean;
}

export interface DocListItem {
  content: DocInline[];
  children?: DocList;
}

export interface DocList {
  kind: 'list';
  ordered: boolean;
  items: DocListItem[];
}

export interface DocImage {
  kind: 'image';
  format: 'png' | 'jpg';
  data: Uint8Array;
  /** Size on the page in pixels at 96 per inch. */
  width: number;
  height: number;
  /** Required: what the image shows, for people who cannot see it. */
  altText: string;
  caption?: string;
}

/**
 * A bar chart drawn by the word processor from its data (a Word chart with its data in the document, so it
 * stays sharp and can be edited), with a description for people who cannot see it. Always give the same data
 * as a table too: a chart alone is no use to someone who cannot see it or prints in black and white.
 */
export interface DocChart {
  kind: 'chart';
  /** The categories, one bar group each, top to bottom. */
  categories: string[];
  /** Each series with one value per category; null leaves a gap. `colour` is a 6-digit hex colour. */
  series: { name: string; values: (number | null)[]; colour?: string }[];
  /** The value axis: its title, range and the interval between its labels. */
  axis: { title: string; minimum: number; maximum: number; interval: number };
  /** Required: what the chart shows, for people who cannot see it. */
  altText: string;
  caption?: string;
  /** Size on the page in pixels at 96 per inch; the width is capped at the text width. */
  width: number;
  height: number;
}

/** Two versions of the same content shown as tracked insertions and deletions. */
export interface DocComparison {
  kind: 'comparison';
  before: RichTextDoc;
  after: RichTextDoc;
  /** Who made the change, and when (ISO date or date-time). */
  author: string;
  date: string;
}

export type DocBlock =
  | {
      kind: 'paragraph';
      content: DocInline[];
      /** Keeps it on the same page as what follows, e.g. a label. */ keepWithNext?: boolean;
    }
  | { kind: 'richText'; content: RichTextDoc }
  | DocTable
  | DocList
  | DocImage
  | DocChart
  | DocComparison
  | { kind: 'pageBreak' };

/** A titled part of the document; nesting sets heading levels, so headings are always in order. */
export interface DocSection {
  title: string;
  /** The title in other languages, shown under the heading. */
  otherTitles?: OtherLanguageText[];
  blocks: DocBlock[];
  sections?: DocSection[];
  /** Starts the section on a new page (top-level chapters of long reports). */
  newPage?: boolean;
}

export interface DocumentModel {
  meta: DocumentMeta;
  /** Version history and approvals; left out for short exports such as a single table. */
  control?: DocumentControl;
  /** Adds a table of contents after the document control page. */
  contents?: boolean;
  sections: DocSection[];
}

/** Shortens and tidies a classification marking; an empty one becomes OFFICIAL. */
export function normaliseMarking(marking: string): string {
  const visible = withoutDirectionControls(xmlSafeText(marking));
  const tidy = cutByCharacters(visible.replace(/\s+/g, ' ').trim().toUpperCase(), MARKING_MAX_LENGTH).trim();
  return tidy.length > 0 ? tidy : 'OFFICIAL';
}

/** Every section of the model in reading order, with its depth (1 for top level). */
export function flattenSections(sections: readonly DocSection[], depth = 1): { section: DocSection; depth: number }[] {
  return sections.flatMap((section) => [{ section, depth }, ...flattenSections(section.sections ?? [], depth + 1)]);
}

/** The words of a cell as a reader sees them. */
export function cellText(value: TableCellValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value.text;
}

/** The text of a run of inline pieces, without footnotes. */
export function docInlineText(content: readonly DocInline[]): string {
  return content
    .filter((piece) => piece.kind === 'text')
    .map((piece) => piece.text)
    .join('');
}

/** Plain-text paragraph helper for builders. */
export function paragraphBlock(text: string): DocBlock {
  return { kind: 'paragraph', content: [{ kind: 'text', text }] };
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function blockWords(block: DocBlock): number {
  switch (block.kind) {
    case 'paragraph':
      return wordsIn(docInlineText(block.content));
    case 'richText':
      return wordCount(block.content);
    case 'table':
      return block.rows.reduce(
        (sum, row) => sum + row.reduce<number>((n, value) => n + wordsIn(cellText(value)), 0),
        0,
      );
    case 'list':
      return block.items.reduce(
        (sum, item) => sum + wordsIn(docInlineText(item.content)) + (item.children ? blockWords(item.children) : 0),
        0,
      );
    case 'comparison':
      return wordCount(block.after);
    default:
      return 0;
  }
}

/** Roughly how many words the body of a document holds (section titles and blocks). */
export function documentWordCount(model: DocumentModel): number {
  return flattenSections(model.sections).reduce(
    (sum, { section }) => sum + wordsIn(section.title) + section.blocks.reduce((n, block) => n + blockWords(block), 0),
    0,
  );
}
