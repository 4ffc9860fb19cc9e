// CSV export for every table-shaped thing: RFC 4180 (CRLF, quoted fields), a UTF-8 byte order
// mark so Excel reads accents and pound signs correctly, and cells that a spreadsheet could run as
// a formula are defused with a leading single quote.
import type { DocBlock, DocumentModel, TableCellValue } from '../domain/document-model';
import { cellText, flattenSections } from '../domain/document-model';
import type { RichTextBlock, RichTextTable } from '../domain/rich-text';
import { plainText } from '../domain/rich-text';
import { displayDate } from './display-text';

export interface CsvTable {
  /** Used for the suggested file name. */
  name: string;
  columns: string[];
  rows: (string | number)[][];
}

const BOM = '\uFEFF';
/** Text a spreadsheet would read as a formula, also after leading spaces. */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;
/**
 * Characters that need quotes: the comma, quotes and line breaks of RFC 4180, plus the semicolon and tab
 * that spreadsheets in many regions treat as the separator (an unquoted "a;=1+1" would become a formula).
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One field: numbers as written; text defused against formulas, quoted when it must be. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text of a CSV file (starting with the byte order mark), rows separated by CRLF. */
export function csvText(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The bytes of a CSV file, UTF-8 encoded. */
export function renderCsv(table: CsvTable): Uint8Array {
  return new TextEncoder().encode(csvText(table));
}

function cellValue(value: TableCellValue): string | number {
  return typeof value === 'number' ? value : cellText(value);
}

function richTables(blocks: readonly RichTextBlock[]): RichTextTable[] {
  return blocks.flatMap((block): RichTextTable[] => {
    if (block.type === 'table') return [block];
    if (block.type === 'bulletList' || block.type === 'orderedList')
      return block.content.flatMap((item) => richTables(item.content));
    return [];
  });
}

function fromRichTable(table: RichTextTable, name: string): CsvTable {
  const rows = table.content.map((row) => row.content.map((cell) => cell.content.map(plainText).join('\n')));
  const first = table.content[0];
  const hasHeader = first?.content.every((cell) => cell.type === 'tableHeader') ?? false;
  const width = Math.max(0, ...rows.map((row) => row.length));
  const columns = hasHeader ? (rows[0] ?? []) : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  return { name, columns, rows: hasHeader ? rows.slice(1) : rows };
}

function blockTables(block: DocBlock, name: string): CsvTable[] {
  if (block.kind === 'table')
    return [
      {
        name: block.caption ?? name,
        columns: block.columns.map((c) => c.heading),
        rows: block.rows.map((row) => row.map(cellValue)),
      },
    ];
  if (block.kind === 'richText') return richTables(block.content.content).map((table) => fromRichTable(table, name));
  return [];
}

/**
 * Every table in a document as CSV tables: the version history and approvals, then each table
 * in reading order, named by its caption or its section (numbered when a name repeats).
 */
export function documentTables(model: DocumentModel): CsvTable[] {
  const tables: CsvTable[] = [];
  if (model.control) {
    tables.push({
      name: `${model.meta.title} - version history`,
      columns: ['Version', 'Date', 'Author', 'Summary of change'],
      rows: model.control.history.map((entry) => [entry.version, displayDate(entry.date), entry.author, entry.summary]),
    });
    tables.push({
      name: `${model.meta.title} - approvals`,
      columns: ['Name', 'Role', 'Date', 'Outcome'],
      rows: model.control.approvals.map((a) => [
        a.name,
        a.role,
        a.date ? displayDate(a.date) : '',
        a.outcome ?? (a.date ? 'Approved' : 'Awaiting approval'),
      ]),
    });
  }
  for (const { section } of flattenSections(model.sections))
    for (const block of section.blocks) tables.push(...blockTables(block, section.title));
  const seen = new Map<string, number>();
  return tables.map((table) => {
    const count = (seen.get(table.name) ?? 0) + 1;
    seen.set(table.name, count);
    return count > 1 ? { ...table, name: `${table.name} (${count})` } : table;
  });
}
