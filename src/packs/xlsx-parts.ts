// Small reads of an .xlsx file's XML parts that Waymark makes itself, before and beside the reader library:
// how far each sheet reaches (so a hostile sheet cannot make the reader fill millions of empty cells), which
// sheet to read and which part holds it, and the cells whose formula failed (the reader leaves those empty).
// These are pattern reads of the parts' text, never an XML parser with entities or external references.
import { PROCESS_FILE_LIMITS, withCommas } from './process-file-limits';

const L = PROCESS_FILE_LIMITS;

/** One start tag: its local name (prefix dropped), its attribute text, and where the text after it begins. */
interface StartTag {
  name: string;
  attributes: string;
  end: number;
  selfClosing: boolean;
}

/**
 * Every start tag of the given local names, in order. A linear scan (each `<` and `>` is looked at once), so
 * text with many unclosed tags costs no more than its length; regular expressions over whole parts did not.
 */
function* startTags(xml: string, names: ReadonlySet<string>): Generator<StartTag> {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open === -1) return;
    const close = xml.indexOf('>', open + 1);
    if (close === -1) return;
    at = close + 1;
    const first = xml.charCodeAt(open + 1);
    // Skip end tags, comments, declarations and processing instructions.
    if (first === 47 || first === 33 || first === 63) continue;
    let nameEnd = open + 1;
    while (nameEnd < close && !/[\s/]/.test(xml.charAt(nameEnd))) nameEnd += 1;
    const qualified = xml.slice(open + 1, nameEnd);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (!names.has(name)) continue;
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    yield { name, attributes: xml.slice(nameEnd, selfClosing ? close - 1 : close), end: at, selfClosing };
  }
}

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
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1] ?? '', unescapeXml(match[2] ?? match[3] ?? ''));
  return found;
}

/** A sentence when a sheet places cells further down or across than a process file needs. */
export function sheetExtentProblem(xml: string): string | null {
  let lastRow = 0;
  let lastColumn = 0;
  for (const tag of startTags(xml, new Set(['row', 'c']))) {
    const reference = attributes(tag.attributes).get('r');
    if (reference === undefined) continue;
    // Any number of letters and digits is read, so a long reference cannot slip past the check.
    const match = tag.name === 'row' ? /^\s*()(\d+)\s*$/.exec(reference) : /^\s*([A-Za-z]*)(\d+)\s*$/.exec(reference);
    if (!match) continue;
    const letters = (match[1] ?? '').toUpperCase();
    lastColumn = Math.max(lastColumn, letters.length > 4 ? Number.MAX_SAFE_INTEGER : columnNumber(letters));
    const digits = match[2] ?? '';
    lastRow = Math.max(lastRow, digits.length > 12 ? Number.MAX_SAFE_INTEGER : Number(digits));
  }
  if (lastRow > L.maxSheetRows)
    return `A sheet in this Excel file reaches row ${withCommas(lastRow)}, past the ${withCommas(L.maxSheetRows)} rows a process file may use; delete the rows below the table and save it again`;
  if (lastColumn === Number.MAX_SAFE_INTEGER)
    return `A sheet in this Excel file has cells far to the right, past the ${L.maxSheetColumns} columns a process file may use; delete the columns to the right of the table and save it again`;
  if (lastColumn > L.maxSheetColumns)
    return `A sheet in this Excel file reaches column ${withCommas(lastColumn)}, past the ${L.maxSheetColumns} columns a process file may use; delete the columns to the right of the table and save it again`;
  return null;
}

/**
 * The sheet to read: one named "steps" (any case) when there is one, otherwise the first; and the path of
 * the part that holds it, found through the workbook's relationships (undefined when they do not say).
 */
export function chooseSheet(workbookXml: string, relsXml: string): { sheet: string | number; part?: string } {
  const sheets = [...startTags(workbookXml, new Set(['sheet']))].map((tag) => attributes(tag.attributes));
  const index = sheets.findIndex((sheet) => (sheet.get('name') ?? '').trim().toLowerCase() === 'steps');
  const chosen = sheets[Math.max(index, 0)];
  const relationId = [...(chosen?.entries() ?? [])].find(([name]) => name === 'r:id' || name.endsWith(':id'))?.[1];
  const target = [...startTags(relsXml, new Set(['Relationship']))]
    .map((tag) => attributes(tag.attributes))
    .find((relation) => relation.get('Id') === relationId)
    ?.get('Target');
  const part = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const sheet = index >= 0 ? (chosen?.get('name') ?? 1) : 1;
  return part === undefined ? { sheet } : { sheet, part };
}

/** The cells of a sheet whose formula failed (`#DIV/0!`, `#REF!` ...), with their row. */
export function formulaErrors(xml: string): { row: number; ref: string; value: string }[] {
  const errors: { row: number; ref: string; value: string }[] = [];
  for (const tag of startTags(xml, new Set(['c']))) {
    const attrs = attributes(tag.attributes);
    if (attrs.get('t') !== 'e' || tag.selfClosing) continue;
    const ref = attrs.get('r') ?? '';
    // The value sits inside this cell, before the next cell starts; at most a short stretch is looked at.
    const nextCell = xml.indexOf('<', xml.indexOf('</', tag.end) + 2);
    const stretch = xml.slice(tag.end, Math.min(nextCell === -1 ? xml.length : nextCell + 400, tag.end + 400));
    const valueTag = startTags(stretch, new Set(['v'])).next();
    const value = valueTag.done ? '' : stretch.slice(valueTag.value.end, stretch.indexOf('<', valueTag.value.end));
    const row = /\d+$/.exec(ref)?.[0];
    if (row) errors.push({ row: Number(row), ref, value: unescapeXml(value || 'an error').slice(0, 20) });
  }
  return errors;
}
