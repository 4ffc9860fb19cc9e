// Reads a process given as CSV (processes/<id>.csv): a strict comma-separated parser that keeps the line each
// row starts on, and turns rows into raw process steps for the schema to check.
import { PACK_LIMITS } from '../domain/pack-limits';
import type { PackProblems } from './pack-problems';

/** One CSV row and the line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The columns a process CSV may have; `id` and `name` are required. */
export const PROCESS_CSV_COLUMNS = [
  'id',
  'name',
  'owner',
  'phase',
  'evidence',
  'depends_on',
  'duration_days',
  'description',
] as const;
type ProcessCsvColumn = (typeof PROCESS_CSV_COLUMNS)[number];

/**
 * Values one row may hold. A process CSV has 8 columns and a links file 7; a spreadsheet saved with a few
 * empty columns stays well inside. A row past it (a header of ten million commas) is refused at once,
 * before it fills memory.
 */
export const MAX_CSV_CELLS = 50;

/**
 * Splits CSV text into rows (RFC 4180: commas, double quotes, "" for a quote, line breaks inside quotes).
 * Unquoted values are cut from the text as slices, not built a character at a time.
 */
export function parseCsv(text: string, file: string, problems: PackProblems): CsvRow[] | undefined {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  const tooManyRows = (): undefined => {
    problems.add(file, `line ${line}`, `the file has more than ${PACK_LIMITS.maxCsvRows} rows`);
    return undefined;
  };
  const tooManyCells = (): undefined => {
    problems.add(
      file,
      `line ${rowLine}`,
      `the row has more than ${MAX_CSV_CELLS} values; each row needs one value for each column of the header`,
    );
    return undefined;
  };
  const endRow = (): boolean => {
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
    return rows.length <= PACK_LIMITS.maxCsvRows + 1;
  };
  let i = 0;
  const n = text.length;
  // Each pass reads one value and the comma or line break after it.
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      const quoteLine = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          problems.add(file, `line ${quoteLine}`, 'a quoted value is never closed; add the closing double quote');
          return undefined;
        }
        const part = text.slice(from, close);
        for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line += 1;
        parts.push(part);
        if (text.charCodeAt(close + 1) === 34) {
          parts.push('"');
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      value = parts.join('');
      if (i < n && text[i] !== ',' && text[i] !== '\n') {
        problems.add(
          file,
          `line ${line}`,
          'there is text after a closing quote; put the whole value inside the quotes',
        );
        return undefined;
      }
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10) break;
        end += 1;
      }
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (cells.length > MAX_CSV_CELLS) return tooManyCells();
    if (i >= n) break;
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    // A line break ends the row.
    i += 1;
    if (!endRow()) return tooManyRows();
    line += 1;
    rowLine = line;
    if (i >= n) return rows;
  }
  if (!endRow()) return tooManyRows();
  return rows;
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A process step read from CSV, before the schema checks it, with the line it came from. */
export interface CsvStep {
  line: number;
  step: Record<string, unknown>;
}

/**
 * Turns CSV rows into raw steps. The header names columns (case-insensitive, any order); empty cells are
 * left out; evidence and depends_on split on semicolons; duration_days becomes a number when it is one.
 */
export function stepsFromCsv(rows: readonly CsvRow[], file: string, problems: PackProblems): CsvStep[] | undefined {
  const [header, ...body] = rows;
  if (!header) {
    problems.add(file, '', 'the file is empty; it needs a header row and at least one step');
    return undefined;
  }
  const columns: (ProcessCsvColumn | null)[] = [];
  let ok = true;
  for (const raw of header.cells) {
    const name = raw.trim().toLowerCase();
    const known = PROCESS_CSV_COLUMNS.find((column) => column === name) ?? null;
    if (!known) {
      problems.add(
        file,
        'line 1',
        `the column "${raw.trim().slice(0, 40)}" is not one of ${PROCESS_CSV_COLUMNS.join(', ')}`,
      );
      ok = false;
    } else if (columns.includes(known)) {
      problems.add(file, 'line 1', `the column "${known}" appears twice`);
      ok = false;
    }
    columns.push(known);
  }
  for (const required of ['id', 'name'] as const)
    if (!columns.includes(required)) {
      problems.add(file, 'line 1', `the header has no "${required}" column`);
      ok = false;
    }
  if (!ok) return undefined;
  if (body.length === 0) {
    problems.add(file, '', 'the file has no steps after its header row');
    return undefined;
  }
  const steps: CsvStep[] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      problems.add(
        file,
        `line ${row.line}`,
        `the row has ${row.cells.length} values but the header has ${columns.length} columns`,
      );
      continue;
    }
    const step: Record<string, unknown> = {};
    row.cells.forEach((raw, index) => {
      const column = columns[index];
      const value = raw.trim();
      if (!column || value === '') return;
      if (column === 'evidence' || column === 'depends_on') step[column] = splitList(value);
      else if (column === 'duration_days') step[column] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      else step[column] = value;
    });
    steps.push({ line: row.line, step });
  }
  return steps;
}
