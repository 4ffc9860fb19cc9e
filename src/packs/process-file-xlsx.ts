// Reads the rows of an Excel .xlsx process file. An .xlsx file is a zip of XML parts, and it comes from
// outside, so before the reader library sees it, the zip is opened with the pack reader's limits (sizes,
// entry count, compression ratio, inflation that stops past the declared size, matching check values) and
// every sheet's extent is bounded; the library then reads a fresh zip holding only the parts that passed.
// Cells become text as people see them: 5 stays "5", a date becomes 2026-12-01.
import { zipSync, type Zippable } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import type { CsvRow } from './pack-csv';
import { PackProblems } from './pack-problems';
import { readPackZip, type ZipRules } from './pack-zip';
import { megabytes, PROCESS_FILE_LIMITS } from './process-file-limits';
import type { RowProblems } from './row-problems';
import { chooseSheet, formulaErrors, sheetExtentProblem } from './xlsx-parts';

const L = PROCESS_FILE_LIMITS;
const OLD_OFFICE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16: the stream a password-protected .xlsx keeps inside an old-style Office file. */
const ENCRYPTED_PACKAGE = 'EncryptedPackage'.split('').flatMap((char) => [char.charCodeAt(0), 0]);
const NOT_XLSX = 'This is not an Excel .xlsx file; open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV';
const DAMAGED = 'This Excel file could not be read; open it in Excel and save it again as an Excel Workbook (.xlsx)';

function xlsxPathProblem(path: string): string | null {
  if (path.length > 300) return 'has a name longer than 300 characters';
  if (path.startsWith('/') || path.includes('\\') || path.split('/').includes('..'))
    return 'has a name that points outside the file';
  if ([...path].some((char) => (char.codePointAt(0) ?? 0) < 0x20)) return 'has a control character in its name';
  return null;
}

const XLSX_ZIP_RULES: ZipRules = {
  maxZipBytes: L.maxFileBytes,
  maxZipEntries: L.maxXlsxEntries,
  maxFileBytes: L.maxXlsxPartBytes,
  maxTotalBytes: L.maxXlsxTotalBytes,
  maxCompressionRatio: L.maxCompressionRatio,
  ratioFloorBytes: 4_096,
  holder: 'Excel files',
  pathProblem: xlsxPathProblem,
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  )
    if (needle.every((byte, k) => bytes[i + k] === byte)) return true;
  return false;
}

/** A cell as text: numbers as the file stores them, dates as YYYY-MM-DD, true and false as TRUE and FALSE. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return typeof value === 'number' ? String(value) : '';
}

/**
 * Refuses files that are not .xlsx (older .xls, password-protected, other zips, anything else) and hostile
 * ones, then returns the verified XML parts of the file, or undefined after reporting why not.
 */
function checkedParts(bytes: Uint8Array, problems: RowProblems): Map<string, Uint8Array> | undefined {
  if (bytes.length > L.maxFileBytes) {
    problems.file(
      `The file is ${megabytes(bytes.length)}, more than the ${megabytes(L.maxFileBytes)} a process file may be`,
    );
    return undefined;
  }
  if (startsWith(bytes, OLD_OFFICE_SIGNATURE)) {
    problems.file(
      contains(bytes, ENCRYPTED_PACKAGE)
        ? 'This Excel file is protected by a password; remove the password in Excel and save it again'
        : 'This is an older Excel .xls file; open it in Excel and save it as an Excel Workbook (.xlsx)',
    );
    return undefined;
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    problems.file(NOT_XLSX);
    return undefined;
  }
  const zipProblems = new PackProblems();
  const entries = readPackZip(bytes, zipProblems, XLSX_ZIP_RULES);
  const first = zipProblems.list()[0];
  if (first) {
    const where = first.file ? ` (${first.file.slice(0, 80)})` : '';
    problems.file(`This Excel file cannot be read safely${where}: ${first.message}`);
    return undefined;
  }
  const parts = new Map(entries.filter((e) => /\.(xml|rels)$/.test(e.path)).map((e) => [e.path, e.bytes]));
  if (!parts.has('xl/workbook.xml') || !parts.has('[Content_Types].xml')) {
    problems.file(NOT_XLSX);
    return undefined;
  }
  const text = new TextDecoder('utf-8');
  // Every part is checked, not only those under xl/worksheets/: the workbook's relationships may point the
  // reader at a sheet kept anywhere in the zip.
  for (const [, data] of parts) {
    const problem = sheetExtentProblem(text.decode(data));
    if (problem) {
      problems.file(problem);
      return undefined;
    }
  }
  return parts;
}

/** Makes every row as wide as the header, reporting values in columns the header does not name. */
function fitToHeader(rows: CsvRow[], problems: RowProblems): CsvRow[] {
  const headerIndex = rows.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = rows[headerIndex];
  if (!header) return [];
  let width = header.cells.length;
  while (width > 0 && (header.cells[width - 1] ?? '').trim() === '') width -= 1;
  return rows.slice(headerIndex).map((row) => {
    const extra = row.cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
    if (extra >= 0)
      problems.row(row.line, `there is a value in column ${extra + 1}, which has no heading in the header row`);
    const cells = row.cells.slice(0, width);
    while (cells.length < width) cells.push('');
    return { line: row.line, cells };
  });
}

/**
 * Reads the rows of an .xlsx process file, numbered as Excel shows them, from the sheet named "steps" (any
 * case) or else the first sheet. Returns undefined after reporting why the file cannot be read.
 */
export async function xlsxRows(bytes: Uint8Array, problems: RowProblems): Promise<CsvRow[] | undefined> {
  const parts = checkedParts(bytes, problems);
  if (!parts) return undefined;
  // Stored, not compressed: the library then unpacks every part synchronously (no worker to start, which
  // a locked-down renderer may forbid) and sees exactly the bytes checked above.
  const fresh: Zippable = {};
  for (const [path, data] of parts) fresh[path] = [data, { level: 0 }];
  const zipped = zipSync(fresh);
  // A copy, so the reader gets a plain ArrayBuffer holding only this zip.
  const input = new Uint8Array(zipped.length);
  input.set(zipped);
  const text = new TextDecoder('utf-8');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  const { sheet, part } = chooseSheet(text.decode(parts.get('xl/workbook.xml')), rels ? text.decode(rels) : '');
  const sheetXml = part === undefined ? undefined : parts.get(part);
  // The reader gives an empty cell for a formula that failed, so those are found in the sheet itself.
  if (sheetXml)
    for (const error of formulaErrors(text.decode(sheetXml)))
      problems.row(
        error.row,
        `the cell ${error.ref} holds a formula that failed (${error.value}); fix the formula or type the value`,
      );
  let data: unknown[][];
  try {
    data = await readSheet<string>(input.buffer, sheet, { parseNumber: (raw) => raw });
  } catch {
    problems.file(DAMAGED);
    return undefined;
  }
  const rows = data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }));
  return fitToHeader(rows, problems);
}
