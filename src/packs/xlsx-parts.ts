// Small reads of an .xlsx file's XML parts that Waymark makes itself, before and beside the reader library:
// how far each sheet reaches (so a hostile sheet cannot make the reader fill millions of empty cells), which
// sheet to read and which part holds it, and the cells whose formula failed (the reader leaves those empty).
// These are pattern reads of the parts' text, never an XML parser with entities or external references.
import { PROCESS_FILE_LIMITS, withCommas } from './process-file-limits';

const L = PROCESS_FILE_LIMITS;
/** An element name with any namespace prefix: `c`, `x:c`. */
const prefixed = (name: string): string => `<(?:[A-Za-z_][\\w.-]*:)?${name}\\b`;
const CELL_REF = new RegExp(`${prefixed('c')}[^>]*?\\sr="([A-Z]{1,3})(\\d{1,7})"`, 'g');
const ROW_REF = new RegExp(`${prefixed('row')}[^>]*?\\sr="(\\d{1,7})"`, 'g');
const SHEET = new RegExp(`${prefixed('sheet')}([^>]*)>`, 'g');
const RELATIONSHIP = new RegExp(`${prefixed('Relationship')}([^>]*)>`, 'g');
const CELL = new RegExp(`${prefixed('c')}([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?c>)`, 'g');

/** The 1-based number of a column written in letters: A is 1, AX is 50. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The attributes of one start tag, by name as written (`r:id` keeps its prefix). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g))
    found.set(match[1] ?? '', unescapeXml(match[2] ?? ''));
  return found;
}

/** A sentence when a sheet places cells further down or across than a process file needs. */
export function sheetExtentProblem(xml: string): string | null {
  let lastRow = 0;
  let lastColumn = 0;
  for (const match of xml.matchAll(ROW_REF)) lastRow = Math.max(lastRow, Number(match[1]));
  for (const match of xml.matchAll(CELL_REF)) {
    lastRow = Math.max(lastRow, Number(match[2]));
    lastColumn = Math.max(lastColumn, columnNumber(match[1] ?? ''));
  }
  if (lastRow > L.maxSheetRows)
    return `A sheet in this Excel file reaches row ${withCommas(lastRow)}, past the ${withCommas(L.maxSheetRows)} rows a process file may use; delete the rows below the table and save it again`;
  if (lastColumn > L.maxSheetColumns)
    return `A sheet in this Excel file reaches column ${withCommas(lastColumn)}, past the ${L.maxSheetColumns} columns a process file may use; delete the columns to the right of the table and save it again`;
  return null;
}

/**
 * The sheet to read: one named "steps" (any case) when there is one, otherwise the first; and the path of
 * the part that holds it, found through the workbook's relationships (undefined when they do not say).
 */
export function chooseSheet(workbookXml: string, relsXml: string): { sheet: string | number; part?: string } {
  const sheets = [...workbookXml.matchAll(SHEET)].map((match) => attributes(match[1] ?? ''));
  const index = sheets.findIndex((sheet) => (sheet.get('name') ?? '').trim().toLowerCase() === 'steps');
  const chosen = sheets[Math.max(index, 0)];
  const relationId = [...(chosen?.entries() ?? [])].find(([name]) => name === 'r:id' || name.endsWith(':id'))?.[1];
  const target = [...relsXml.matchAll(RELATIONSHIP)]
    .map((match) => attributes(match[1] ?? ''))
    .find((relation) => relation.get('Id') === relationId)
    ?.get('Target');
  const part = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheet = index >= 0 ? (chosen?.get('name') ?? 1) : 1;
  return part === undefined ? { sheet } : { sheet, part };
}

/** The cells of a sheet whose formula failed (`#DIV/0!`, `#REF!` ...), with their row. */
export function formulaErrors(xml: string): { row: number; ref: string; value: string }[] {
  const errors: { row: number; ref: string; value: string }[] = [];
  for (const match of xml.matchAll(CELL)) {
    const attrs = attributes(match[1] ?? '');
    if (attrs.get('t') !== 'e') continue;
    const ref = attrs.get('r') ?? '';
    const value = /<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)</.exec(match[2] ?? '')?.[1] ?? 'an error';
    const row = /\d+$/.exec(ref)?.[0];
    if (row) errors.push({ row: Number(row), ref, value: unescapeXml(value).slice(0, 20) });
  }
  return errors;
}
