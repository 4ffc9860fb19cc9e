// Reads a process that a person brings as a file, CSV or Excel .xlsx, with the pack format's process
// columns, into a process of the compliance map. The file is untrusted: nothing is returned until the whole
// file is right, and otherwise every problem is listed, each one plain-English sentence naming its row.
import type { MapProcess, MapProcessSide } from '../domain/compliance-map/map-model';
import { parseCsv, type CsvRow } from './pack-csv';
import { PackProblems } from './pack-problems';
import { megabytes, PROCESS_FILE_LIMITS } from './process-file-limits';
import { stepsFromRows } from './process-file-steps';
import { xlsxRows } from './process-file-xlsx';
import { RowProblems, spreadsheetRows } from './row-problems';

export interface ProcessFileOptions {
  /** Whose process it is; "other" when not given. */
  side?: MapProcessSide;
  /** The id the process gets in the map; by default made from the file name. */
  processId?: string;
  /** The organisation that runs the process; empty when not given. */
  organisation?: string;
  /** When the file is imported (for the process's source); now when not given. */
  now?: Date;
}

export type ProcessFileResult = { ok: true; process: MapProcess } | { ok: false; problems: string[] };

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

function extensionOf(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** An id for the map made from a file name: "Central route (v2).csv" becomes "central-route-v2". */
export function processIdFromFileName(fileName: string): string {
  const id = baseName(fileName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id || 'process';
}

/** A title made from a file name: "central-route_v2.csv" becomes "Central route v2". */
export function processTitleFromFileName(fileName: string): string {
  const words = baseName(fileName)
    .replace(/[^\p{L}\p{N}'()&]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Imported process';
}

function csvRows(bytes: Uint8Array, problems: RowProblems): CsvRow[] | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.file('The file is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)"');
    return undefined;
  }
  const packProblems = new PackProblems();
  const rows = parseCsv(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), '', packProblems);
  problems.fromPack(packProblems, false);
  return rows && spreadsheetRows(rows);
}

function looksLikeOfficeFile(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const old = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || old;
}

/**
 * Reads a process file. `.csv` files are read as UTF-8 CSV; `.xlsx` (and `.xls`, to explain what to do) as
 * Excel; a CSV-named file that is really an Excel file is read as Excel. The process takes its id and
 * title from the file name unless `processId` is given.
 */
export async function readProcessFile(
  bytes: Uint8Array,
  fileName: string,
  options: ProcessFileOptions = {},
): Promise<ProcessFileResult> {
  const problems = new RowProblems();
  const extension = extensionOf(fileName);
  let rows: CsvRow[] | undefined;
  if (bytes.length > PROCESS_FILE_LIMITS.maxFileBytes) {
    problems.file(
      `The file is ${megabytes(bytes.length)}, more than the ${megabytes(PROCESS_FILE_LIMITS.maxFileBytes)} a process file may be`,
    );
  } else if (extension === 'xlsx' || extension === 'xls' || looksLikeOfficeFile(bytes)) {
    rows = await xlsxRows(bytes, problems);
  } else if (extension === 'csv' || extension === 'txt') {
    rows = csvRows(bytes, problems);
  } else {
    problems.file('This is not a CSV (.csv) or Excel (.xlsx) file');
  }
  const steps = rows ? stepsFromRows(rows, problems) : undefined;
  if (!steps || problems.count > 0) return { ok: false, problems: problems.list() };
  const now = options.now ?? new Date();
  return {
    ok: true,
    process: {
      id: options.processId ?? processIdFromFileName(fileName),
      title: processTitleFromFileName(fileName),
      side: options.side ?? 'other',
      organisation: options.organisation ?? '',
      source: { type: 'file', fileName: fileName.split(/[\\/]/).pop() ?? fileName, importedAt: now.toISOString() },
      steps,
    },
  };
}
