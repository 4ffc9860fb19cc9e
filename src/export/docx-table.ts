// Builds every Word table in the kit the same way: full text width, fixed readable column widths,
// a header row marked to repeat on each page (and to be read as headers), and statuses as words.
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocTable, TableCellValue } from '../domain/document-model';
import { cellText } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { linked, textRuns } from './docx-inline';
import { COLOURS, STYLE_IDS, TEXT_WIDTH } from './styles';

export interface CellSpec {
  children: Paragraph[];
  fill?: string;
  columnSpan?: number;
  rowSpan?: number;
}

export interface TableSpec {
  header: CellSpec[];
  rows: CellSpec[][];
  /** Relative column widths, one per column. */
  weights: number[];
  /** Whether the first column holds row labels (bold, shaded), as on a cover or a key-value table. */
  labelColumn?: boolean;
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

function widths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const result = weights.map((weight) => Math.floor((weight / total) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - result.reduce((sum, width) => sum + width, 0);
  if (result.length > 0) result[result.length - 1] = (result[result.length - 1] ?? 0) + rest;
  return result;
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

function row(specs: readonly CellSpec[], columnWidths: readonly number[], options: { header: boolean; labelColumn: boolean }): TableRow {
  let column = 0;
  const cells = specs.map((spec, index) => {
    const span = spec.columnSpan ?? 1;
    const width = spannedWidth(columnWidths, column, span);
    column += span;
    const fill = options.header ? COLOURS.headerFill : options.labelColumn && index === 0 ? COLOURS.coverLabelFill : undefined;
    return cell(spec, width, fill);
  });
  return new TableRow({ children: cells, tableHeader: options.header || undefined, cantSplit: true });
}

/** A Word table from a specification; the header row (if any) repeats on every page. */
export function buildTable(spec: TableSpec): Table {
  const columnWidths = widths(spec.weights);
  const labelColumn = spec.labelColumn ?? false;
  const rows = [
    ...(spec.header.length > 0 ? [row(spec.header, columnWidths, { header: true, labelColumn })] : []),
    ...spec.rows.map((cells) => row(cells, columnWidths, { header: false, labelColumn })),
  ];
  return new Table({
    rows,
    style: STYLE_IDS.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: spec.header.length > 0, firstColumn: labelColumn, noVBand: true, noHBand: true },
  });
}

/** A table cell holding plain text in the table text style. */
export function textCell(text: string, options: { bold?: boolean; align?: 'left' | 'right' | 'center'; href?: string } = {}): CellSpec {
  const alignment = options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : undefined;
  return {
    children: [new Paragraph({
      style: options.bold ? STYLE_IDS.tableHeading : STYLE_IDS.tableText,
      alignment,
      children: linked(options.href, textRuns(text, {}, options.href ? 'Hyperlink' : undefined)),
    })],
  };
}

function valueCell(value: TableCellValue, align: 'left' | 'right' | 'center' | undefined): CellSpec {
  if (typeof value === 'object') {
    const spec = textCell(value.text, { align, href: value.href, bold: value.tone !== undefined && value.tone !== 'neutral' });
    return value.tone ? { ...spec, fill: COLOURS.tones[value.tone] } : spec;
  }
  return textCell(cellText(value), { align: align ?? (typeof value === 'number' ? 'right' : undefined) });
}

/** A model table (with caption) as Word content: the caption paragraph, then the table. */
export function modelTable(table: DocTable, _context: DocxContext): (Paragraph | Table)[] {
  const texts = [table.columns.map((column) => column.heading), ...table.rows.map((cells) => cells.map(cellText))];
  const computed = columnWeights(texts, table.columns.length);
  const weights = table.columns.map((column, index) => column.weight ?? computed[index] ?? 1);
  const built = buildTable({
    header: table.columns.map((column) => textCell(column.heading, { bold: true, align: column.align })),
    rows: table.rows.map((cells) => table.columns.map((column, index) => valueCell(cells[index] ?? '', column.align))),
    weights,
  });
  const caption = table.caption ? [new Paragraph({ style: STYLE_IDS.caption, children: textRuns(table.caption) })] : [];
  return [...caption, built];
}
