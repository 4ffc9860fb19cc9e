// Maps the app's rich text (paragraphs, headings, lists, tables, bold, italic, links) faithfully
// onto Word paragraphs and tables that use the kit's named styles and list numbering.
import { HeadingLevel, Paragraph } from 'docx';
import type { NumberingDefinition, Table, TableOfContents } from 'docx';
import type { RichTextBlock, RichTextDoc, RichTextListItem, RichTextTable } from '../domain/rich-text';
import { plainText } from '../domain/rich-text';
import type { DocxContext } from './docx-context';
import { richInlineRuns } from './docx-inline';
import { buildTable, columnWeights } from './docx-table';
import type { CellSpec } from './docx-table';
import { NUMBERING_REFS, STYLE_IDS, orderedListStartingAt } from './styles';

/** A small empty paragraph after a table, so what follows does not touch it (and two tables never merge). */
export function tableSpacer(): Paragraph {
  return new Paragraph({ style: STYLE_IDS.spacer });
}

export type BodyChild = Paragraph | Table | TableOfContents;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The Word heading style for a level from 1 to 6. */
export function headingStyle(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.max(1, Math.min(level, 6)) - 1] ?? HeadingLevel.HEADING_6;
}

interface Placement {
  /** Section depth the rich text sits under: its level 1 headings become depth + 1. */
  depth: number;
  /** Paragraph style for body text (table cells use the smaller table text). */
  style?: string;
  /** Keeps a paragraph on the same page as what follows (a list or table it introduces). */
  keepNext?: boolean;
}

interface ListPlace {
  reference: string | NumberingDefinition;
  instance: number;
  level: number;
}

function listItemChildren(
  item: RichTextListItem,
  list: ListPlace,
  context: DocxContext,
  place: Placement,
): BodyChild[] {
  let numbered = false;
  return item.content.flatMap((block): BodyChild[] => {
    if ((block.type === 'paragraph' || block.type === 'heading') && !numbered) {
      numbered = true;
      return [
        new Paragraph({
          style: place.style,
          numbering: { reference: list.reference, level: list.level, instance: list.instance },
          children: richInlineRuns(block.content),
        }),
      ];
    }
    if (block.type === 'paragraph' || block.type === 'heading')
      return [
        new Paragraph({
          style: place.style,
          indent: { left: 397 * (list.level + 1) },
          children: richInlineRuns(block.content),
        }),
      ];
    if (block.type === 'bulletList' || block.type === 'orderedList')
      return listChildren(block, list.level + 1, context, place);
    return blockChildren(block, context, place);
  });
}

function listChildren(
  block: Extract<RichTextBlock, { type: 'bulletList' | 'orderedList' }>,
  level: number,
  context: DocxContext,
  place: Placement,
): BodyChild[] {
  const start = block.type === 'orderedList' ? block.attrs?.start : undefined;
  const reference =
    block.type === 'bulletList'
      ? NUMBERING_REFS.bullet
      : start && start > 1
        ? orderedListStartingAt(Math.min(level, 8), start)
        : NUMBERING_REFS.ordered;
  const list: ListPlace = { reference, instance: context.newList(), level: Math.min(level, 8) };
  return block.content.flatMap((item) => listItemChildren(item, list, context, place));
}

function tableChildren(table: RichTextTable, context: DocxContext): BodyChild[] {
  const rows = table.content;
  const headerRow = rows[0]?.content.every((cell) => cell.type === 'tableHeader') ? rows[0] : undefined;
  const bodyRows = headerRow ? rows.slice(1) : rows;
  const toSpec = (cell: RichTextTable['content'][number]['content'][number], header: boolean): CellSpec => ({
    children: cell.content
      .flatMap((block) =>
        blockChildren(block, context, { depth: 6, style: header ? STYLE_IDS.tableHeading : STYLE_IDS.tableText }),
      )
      .filter((child): child is Paragraph => child instanceof Paragraph),
    textLength: cell.content.map(plainText).join(' ').length,
    columnSpan: cell.attrs?.colspan,
    rowSpan: cell.attrs?.rowspan,
  });
  const columns = Math.max(
    1,
    ...rows.map((row) => row.content.reduce((sum, cell) => sum + (cell.attrs?.colspan ?? 1), 0)),
  );
  const texts = rows.map((row) => row.content.map((cell) => cell.content.map(plainText).join(' ')));
  return [
    buildTable({
      header: headerRow ? headerRow.content.map((cell) => toSpec(cell, true)) : [],
      rows: bodyRows.map((row) => row.content.map((cell) => toSpec(cell, cell.type === 'tableHeader'))),
      weights: columnWeights(texts, columns),
    }),
    tableSpacer(),
  ];
}

function blockChildren(block: RichTextBlock, context: DocxContext, place: Placement): BodyChild[] {
  switch (block.type) {
    case 'paragraph':
      if (!block.content || block.content.length === 0) return [];
      return [
        new Paragraph({
          style: place.style,
          keepNext: place.keepNext || undefined,
          children: richInlineRuns(block.content),
        }),
      ];
    case 'heading':
      if (place.style)
        return [new Paragraph({ style: STYLE_IDS.tableHeading, children: richInlineRuns(block.content) })];
      return [
        new Paragraph({
          heading: headingStyle(context.headingLevel(place.depth + block.attrs.level)),
          children: richInlineRuns(block.content),
        }),
      ];
    case 'bulletList':
    case 'orderedList':
      return listChildren(block, 0, context, place);
    case 'table':
      return tableChildren(block, context);
  }
}

function isList(block: RichTextBlock | undefined): boolean {
  return block?.type === 'bulletList' || block?.type === 'orderedList';
}

/**
 * Word content for a rich-text document placed under a section at `depth`. A paragraph that leads
 * into a list or table stays on its page, and a table straight after a list gets a little space.
 */
export function richTextChildren(doc: RichTextDoc, context: DocxContext, depth: number): BodyChild[] {
  const blocks = doc.content;
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    const keepNext = isList(next) || next?.type === 'table';
    const gap = block.type === 'table' && isList(blocks[index - 1]) ? [tableSpacer()] : [];
    return [...gap, ...blockChildren(block, context, { depth, keepNext })];
  });
}
