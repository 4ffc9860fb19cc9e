// Reads the links between two processes from a CSV file (for `waymark map analyze --links` and the app):
// columns central, department, relation and note, and optionally rationale, confidence and status. Each
// row is checked against the steps of the two processes; every bad row is reported by number and reason,
// and no link is returned until the whole file is right.
import {
  LINK_CONFIDENCES,
  LINK_RATIONALES,
  MAP_RELATIONS,
  REVIEW_STATUSES,
  type MapLink,
  type MapProcess,
} from '../domain/compliance-map/map-model';
import { PACK_LIMITS } from '../domain/pack-limits';
import { plainTextProblem } from '../domain/pack-text';
import { parseCsv, type CsvRow } from './pack-csv';
import { PackProblems } from './pack-problems';
import { megabytes, PROCESS_FILE_LIMITS, withCommas } from './process-file-limits';
import { quote, RowProblems, spreadsheetRows } from './row-problems';

export const LINK_CSV_COLUMNS = [
  'central',
  'department',
  'relation',
  'note',
  'rationale',
  'confidence',
  'status',
] as const;
type LinkColumn = (typeof LINK_CSV_COLUMNS)[number];
const REQUIRED: readonly LinkColumn[] = ['central', 'department', 'relation'];

export interface LinksFileOptions {
  /** The process whose step ids the `central` column names; links go from its steps. */
  central: MapProcess;
  /** The process whose step ids the `department` column names; links go to its steps. */
  department: MapProcess;
  /** Who is importing the links, recorded on each. */
  by?: string;
  /** When the links are imported; now when not given. */
  now?: Date;
}

/** A link read from the file, ready to be stored once it is given an id. */
export type NewMapLink = Omit<MapLink, 'id'>;
export type LinksFileResult = { ok: true; links: NewMapLink[] } | { ok: false; problems: string[] };

/** Matches a value against a vocabulary, ignoring case and surrounding spaces. */
function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const wanted = value.trim().toLowerCase();
  return allowed.find((option) => option === wanted);
}

function header(row: CsvRow, problems: RowProblems): (LinkColumn | null)[] | undefined {
  const columns: (LinkColumn | null)[] = [];
  for (const raw of row.cells) {
    const known = pick(raw, LINK_CSV_COLUMNS) ?? null;
    if (!known) problems.row(row.line, `the column ${quote(raw.trim())} is not one of ${LINK_CSV_COLUMNS.join(', ')}`);
    else if (columns.includes(known)) problems.row(row.line, `the column "${known}" appears twice`);
    columns.push(known);
  }
  for (const required of REQUIRED)
    if (!columns.includes(required)) problems.row(row.line, `the header has no "${required}" column`);
  return problems.count > 0 ? undefined : columns;
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  what: string,
  report: (text: string) => void,
): T | undefined {
  const found = pick(value, allowed);
  if (!found) report(`the ${what} ${quote(value.trim())} is not one of ${allowed.join(', ')}`);
  return found;
}

/** Reads a links CSV file against the steps of two processes. */
export function readLinksCsv(text: string, fileName: string, options: LinksFileOptions): LinksFileResult {
  const problems = new RowProblems();
  const done = (): LinksFileResult => ({ ok: false, problems: problems.list() });
  if (text.length > PROCESS_FILE_LIMITS.maxFileBytes) {
    problems.file(`The links file is larger than the ${megabytes(PROCESS_FILE_LIMITS.maxFileBytes)} allowed`);
    return done();
  }
  const packProblems = new PackProblems();
  const parsed = parseCsv(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), '', packProblems);
  problems.fromPack(packProblems, false);
  const rows = parsed && spreadsheetRows(parsed).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [head, ...body] = rows ?? [];
  if (!rows) return done();
  if (!head) {
    problems.file(`The links file ${quote(fileName)} is empty; it needs a header row and at least one link`);
    return done();
  }
  const columns = header(head, problems);
  if (!columns) return done();
  const centralSteps = new Set(options.central.steps.map((step) => step.id));
  const departmentSteps = new Set(options.department.steps.map((step) => step.id));
  const at = (options.now ?? new Date()).toISOString();
  const firstRow = new Map<string, number>();
  const links: NewMapLink[] = [];
  for (const row of body) {
    const report = (message: string) => problems.row(row.line, message);
    if (row.cells.length !== columns.length) {
      report(`the row has ${row.cells.length} values but the header has ${columns.length} columns`);
      continue;
    }
    const cell = (name: LinkColumn): string => {
      const index = columns.indexOf(name);
      return index < 0 ? '' : (row.cells[index] ?? '').trim();
    };
    const before = problems.count;
    const central = cell('central');
    const department = cell('department');
    if (!central) report('there is no central step');
    else if (!centralSteps.has(central))
      report(`the central step ${quote(central)} is not a step of ${quote(options.central.title)}`);
    if (!department) report('there is no department step');
    else if (!departmentSteps.has(department))
      report(`the department step ${quote(department)} is not a step of ${quote(options.department.title)}`);
    const relationText = cell('relation');
    const relation = relationText
      ? oneOf(relationText, MAP_RELATIONS, 'relation', report)
      : (report(`there is no relation; use one of ${MAP_RELATIONS.join(', ')}`), undefined);
    const rationale = cell('rationale') ? oneOf(cell('rationale'), LINK_RATIONALES, 'rationale', report) : 'semantic';
    const confidence = cell('confidence')
      ? oneOf(cell('confidence'), LINK_CONFIDENCES, 'confidence', report)
      : 'medium';
    const status = cell('status') ? oneOf(cell('status'), REVIEW_STATUSES, 'status', report) : 'draft';
    const note = cell('note');
    const noteProblem =
      note.length > PACK_LIMITS.maxSummaryText
        ? `is longer than ${withCommas(PACK_LIMITS.maxSummaryText)} characters`
        : plainTextProblem(note);
    if (noteProblem) report(`the note ${noteProblem}`);
    if (relation === 'conflicts-with' && !note)
      report('a conflicts-with link needs a note saying why the steps conflict');
    const key = `${central}\n${department}\n${relation ?? relationText}`;
    const first = firstRow.get(key);
    if (first !== undefined) report(`the same link is given again (first on row ${first})`);
    else firstRow.set(key, row.line);
    if (problems.count > before || !relation || !rationale || !confidence || !status) continue;
    const conflict = relation === 'conflicts-with';
    links.push({
      from: { processId: options.central.id, stepId: central },
      to: { processId: options.department.id, stepId: department },
      relation,
      rationale,
      confidence,
      origin: 'person',
      status,
      reason: conflict ? note : '',
      note: conflict ? '' : note,
      by: options.by ?? '',
      at,
      needsReview: null,
    });
  }
  if (body.length === 0) problems.file('The links file has no links after its header row');
  return problems.count > 0 ? done() : { ok: true, links };
}
