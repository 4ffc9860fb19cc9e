// Builds every Word table in the kit the same way: full text width, fixed readable column widths,
// a header row marked to repeat on each page (and to be read as headers), a title and description
// that screen readers announce, and statuses as words.
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { IContext, ITableOptions, IXmlableObject } from 'docx';
import type { DocTable, TableCellValue } from '../domain/document-model';
import { cellText } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { linked, otherLanguageRuns, textRuns, tickableRuns } from './docx-inline';
import { cutByCharacters, xmlSafeText } from '../domain/xml-text';
import { columnMinimums, widths } from './docx-column-widths';
import { COLOURS, NUMBERING_REFS, STYLE_IDS, TEXT_WIDTH } from './styles';

export interface CellSpec {
  children: Paragraph[];
  /** How many characters of text the cell holds, to tell a row that may be taller than a page. */
  textLength?: number;
  fill?: string;
  columnSpan?: number;
  rowSpan?: number;
}

export interface TableSpec {
  header: CellSpec[];
  rows: CellSpec[][];
  /** Relative column widths, one per column. */
  weights: number[];
  /**
   * The narrowest each column may be, in twentieths of a point: room for its longest word, so Word
   * never breaks a word across lines. Columns given more than this by their weight give way first.
   */
  minimums?: number[];
  /** Whether the first column holds row labels (bold, shaded), as on a cover or a key-value table. */
  labelColumn?: boolean;
  /** The table's title for screen readers (Word's Alt Text title), usually its caption. */
  title?: string;
  /** A longer description for screen readers (Word's Alt Text description). */
  description?: string;
}

/**
 * A table with a title and description in its properties (w:tblCaption and w:tblDescription),
 * which docx has no option for; they are added as the last of the table's properties, where the
 * schema puts them.
 */
class DescribedTable extends Table {
  private readonly alt: { title?: string; description?: string };

  constructor(options: ITableOptions, alt: { title?: string; description?: string }) {
    super(options);
    this.alt = alt;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:tbl'];
    if (!Array.isArray(children)) return xml;
    const properties: unknown = children.find(
      (child: unknown) => typeof child === 'object' && child !== null && 'w:tblPr' in child,
    );
    const list: unknown =
      typeof properties === 'object' && properties !== null && 'w:tblPr' in properties
        ? properties['w:tblPr']
        : undefined;
    if (!Array.isArray(list)) return xml;
    const { title, description } = this.alt;
    if (title) list.push({ 'w:tblCaption': { _attr: { 'w:val': title } } });
    if (description) list.push({ 'w:tblDescription': { _attr: { 'w:val': description } } });
    return xml;
  }
}

/**
 * Relative column widths from the text in each column: wide enough for the longest word and
 * the typical entry, so short columns (dates, statuses) stay narrow and prose gets room.
 */
export function columnWeights(texts: readonly (readonly string[])[], columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const column = texts.map((row) => row[c] ?? '');
    const longestWord = Math.max(0, ...column.flatMap((text) => text.split(/\s+/).map((word) => word.length)));
    const average = column.reduce((sum, text) => sum + Math.min(text.length, 200), 0) / Math.max(1, column.length);
    return Math.max(6, Math.min(60, Math.max(longestWord + 2, Math.sqrt(average) * 5)));
  });
}

function cell(spec: CellSpec, width: number, fill: string | undefined): TableCell {
  const shade = spec.fill ?? fill;
  return new TableCell({
    children: spec.children.length > 0 ? spec.children : [new Paragraph({ style: STYLE_IDS.tableText })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: spec.columnSpan,
    rowSpan: spec.rowSpan,
    shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: shade } : undefined,
  });
}

function spannedWidth(columnWidths: readonly number[], start: number, span: number): number {
  return columnWidths.slice(start, start + span).reduce((sum, width) => sum + width, 0);
}

/** About how wide a character of table text is, in twentieths of a point (10 point text). */
const CHARACTER_WIDTH = 100;
/** A row estimated at more lines than this may break across pages; shorter rows are kept whole. */
const KEEP_WHOLE_LINES = 15;

/** About how many lines a cell takes at a width: its paragraphs, and its text wrapped at that width. */
function estimatedLines(spec: CellSpec, width: number): number {
  const perLine = Math.max(1, Math.floor(width / CHARACTER_WIDTH));
  return spec.children.length + Math.ceil((spec.textLength ?? 0) / perLine);
}

function row(
  specs: readonly CellSpec[],
  columnWidths: readonly number[],
  options: { header: boolean; labelColumn: boolean },
): TableRow {
  let column = 0;
  let lines = 0;
  const cells = specs.map((spec, index) => {
    const span = spec.columnSpan ?? 1;
    const width = spannedWidth(columnWidths, column, span);
    column += span;
    lines = Math.max(lines, estimatedLines(spec, width));
    const fill = options.header
      ? COLOURS.headerFill
      : options.labelColumn && index === 0
        ? COLOURS.coverLabelFill
        : undefined;
    return cell(spec, width, fill);
  });
  // A row is kept on one page unless it may be taller than one: Word would hide the end of such a row.
  return new TableRow({
    children: cells,
    tableHeader: options.header || undefined,
    cantSplit: options.header || lines <= KEEP_WHOLE_LINES,
  });
}

/** A Word table from a specification; the header row (if any) repeats on every page. */
export function buildTable(spec: TableSpec): Table {
  const columnWidths = widths(spec.weights, spec.minimums);
  const labelColumn = spec.labelColumn ?? false;
  const rows = [
    ...(spec.header.length > 0 ? [row(spec.header, columnWidths, { header: true, labelColumn })] : []),
    ...spec.rows.map((cells) => row(cells, columnWidths, { header: false, labelColumn })),
  ];
  return new DescribedTable(
    {
      rows,
      style: STYLE_IDS.table,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      tableLook: { firstRow: spec.header.length > 0, firstColumn: labelColumn, noVBand: true, noHBand: true },
    },
    { title: tidyAlt(spec.title), description: tidyAlt(spec.description) },
  );
}

/** Alternative text on one line and within Word's limit; nothing when empty. */
function tidyAlt(text: string | undefined): string | undefined {
  const tidy = cutByCharacters(
    xmlSafeText(text ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    ALT_TEXT_MAX,
  );
  return tidy.length > 0 ? tidy : undefined;
}

const ALT_TEXT_MAX = 255;

type Align = 'left' | 'right' | 'center';

interface CellOptions {
  bold?: boolean;
  align?: Align;
  href?: string;
  /** Keeps the cell's paragraph on the same page as the next row (for tables kept together). */
  keepNext?: boolean;
}

/** A table cell holding plain text in the table text style. */
export function textCell(text: string, options: CellOptions = {}): CellSpec {
  const alignment =
    options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : undefined;
  return {
    textLength: text.length,
    children: [
      new Paragraph({
        style: options.bold ? STYLE_IDS.tableHeading : STYLE_IDS.tableText,
        alignment,
        keepNext: options.keepNext || undefined,
        children: options.href ? linked(options.href, textRuns(text, {}, 'Hyperlink')) : tickableRuns(text),
      }),
    ],
  };
}

/** One bulleted paragraph per line of the text, in the table text style. */
function bulletedParagraphs(text: string, keepNext: boolean): Paragraph[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map(
      (line) =>
        new Paragraph({
          style: STYLE_IDS.tableText,
          numbering: { reference: NUMBERING_REFS.bullet, level: 0 },
          indent: { left: 227, hanging: 170 },
          keepNext: keepNext || undefined,
          children: textRuns(line),
        }),
    );
}

function valueCell(value: TableCellValue, align: Align | undefined, keepNext: boolean): CellSpec {
  if (typeof value === 'object') {
    const main = value.bulleted
      ? { children: bulletedParagraphs(value.text, keepNext) }
      : textCell(value.text, {
          align,
          href: value.href,
          bold: value.tone !== undefined && value.tone !== 'neutral',
          keepNext,
        });
    const others = (value.otherLanguages ?? []).map(
      (other) =>
        new Paragraph({
          style: STYLE_IDS.tableText,
          keepNext: keepNext || undefined,
          children: otherLanguageRuns(other, { italic: true }),
        }),
    );
    const textLength = value.text.length + (value.otherLanguages ?? []).reduce((sum, o) => sum + o.text.length, 0);
    const spec = { children: [...main.children, ...others], textLength };
    return value.tone ? { ...spec, fill: COLOURS.tones[value.tone] } : spec;
  }
  return textCell(cellText(value), { align: align ?? (typeof value === 'number' ? 'right' : undefined), keepNext });
}

export interface ModelTableOptions {
  /** Leaves out the caption paragraph (it still titles the table for screen readers), e.g. when the heading above says the same. */
  hideCaption?: boolean;
}

/**
 * A model table (with caption) as Word content: the caption paragraph, then the table. A table
 * kept together has every row but the last kept with the next, so it moves to a new page whole
 * rather than leaving its header behind.
 */
export function modelTable(
  table: DocTable,
  _context: DocxContext,
  options: ModelTableOptions = {},
): (Paragraph | Table)[] {
  const texts = [table.columns.map((column) => column.heading), ...table.rows.map((cells) => cells.map(cellText))];
  const computed = columnWeights(texts, table.columns.length);
  const weights = table.columns.map((column, index) => column.weight ?? computed[index] ?? 1);
  const bulleted = table.columns.map((_, index) =>
    table.rows.some((cells) => {
      const value = cells[index];
      return typeof value === 'object' && value.bulleted === true;
    }),
  );
  const minimums = columnMinimums(texts, table.columns.length, bulleted);
  const keep = table.keepTogether ?? false;
  const built = buildTable({
    header: table.columns.map((column) =>
      textCell(column.heading, { bold: true, align: column.align, keepNext: keep }),
    ),
    rows: table.rows.map((cells, rowIndex) =>
      table.columns.map((column, index) =>
        valueCell(cells[index] ?? '', column.align, keep && rowIndex < table.rows.length - 1),
      ),
    ),
    weights,
    minimums,
    title: table.caption,
    description: table.description,
  });
  const caption =
    table.caption && !options.hideCaption
      ? [new Paragraph({ style: STYLE_IDS.caption, children: textRuns(table.caption) })]
      : [];
  return [...caption, built];
}
