// Turns the rows of a process file (from CSV or from an Excel sheet) into the steps of a process, using the
// pack format's own header rules (pack-csv.ts) and step schema (processStepSchema), and reports every bad
// row by its spreadsheet row number: fields that break the schema, ids used twice, dependencies on steps
// that are not in the file, and loops of dependencies.
import type { z } from 'zod';
import type { MapStep } from '../domain/compliance-map/map-model';
import { processStepSchema, type ProcessStep } from '../domain/pack';
import { PHASES } from '../domain/project';
import { findLoops } from './pack-checks';
import { PROCESS_FILE_LIMITS, withCommas } from './process-file-limits';
import { stepsFromCsv, type CsvRow, type CsvStep } from './pack-csv';
import { PackProblems } from './pack-problems';
import { quote, type RowProblems } from './row-problems';

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  name: 'name',
  owner: 'owner',
  phase: 'phase',
  evidence: 'evidence',
  depends_on: 'depends_on',
  duration_days: 'duration',
  description: 'description',
};

function valueOf(step: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  const [field, index] = path;
  const value = typeof field === 'string' ? step[field] : undefined;
  if (typeof index !== 'number' || !Array.isArray(value)) return value;
  const item: unknown = value[index];
  return item;
}

/** The subject of a sentence about a field: "the name", "evidence item 2", "the dependency". */
function subjectOf(path: readonly PropertyKey[]): string {
  const [field, index] = path;
  const name = FIELD_NAMES[String(field)] ?? String(field);
  if (typeof index === 'number') return field === 'depends_on' ? 'the dependency' : `${name} item ${index + 1}`;
  return field === 'evidence' || field === 'depends_on' ? name : `the ${name}`;
}

/** One schema finding about a step as the end of a "Row N: ..." sentence. */
function describe(issue: z.core.$ZodIssue, step: Record<string, unknown>): string {
  const path = issue.path;
  const value = valueOf(step, path);
  const subject = subjectOf(path);
  if (path[0] === 'duration_days') return `the duration ${quote(value)} is not a whole number of days from 0 to 3650`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `there is no ${FIELD_NAMES[String(path[0])] ?? 'value'}` : `${subject} is not text`;
    case 'invalid_value':
      return path[0] === 'phase'
        ? `the phase ${quote(value)} is not ${PHASES.slice(0, -1).join(', ')} or ${PHASES[PHASES.length - 1] ?? ''}`
        : `${subject} ${quote(value)} is not allowed`;
    case 'invalid_format':
      return `${subject} ${quote(value)} ${issue.message}`;
    case 'too_small':
    case 'too_big':
    case 'custom':
      return `${subject} ${issue.message}`;
    default:
      return `${subject} is not valid`;
  }
}

function toMapStep(step: ProcessStep): MapStep {
  return {
    id: step.id,
    name: step.name,
    owner: step.owner ?? '',
    phase: step.phase ?? null,
    evidence: step.evidence ?? [],
    dependsOn: step.depends_on ?? [],
    durationDays: step.duration_days ?? null,
    description: step.description ?? '',
  };
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Ids used twice, dependencies that go nowhere, and loops, each reported against its rows. */
function checkAcrossRows(steps: readonly CsvStep[], problems: RowProblems): void {
  const firstRow = new Map<string, number>();
  for (const { line, step } of steps) {
    if (typeof step.id !== 'string') continue;
    const first = firstRow.get(step.id);
    if (first === undefined) firstRow.set(step.id, line);
    else problems.row(line, `the id ${quote(step.id)} is used again (first on row ${first})`);
  }
  for (const { line, step } of steps)
    for (const dep of stringsOf(step.depends_on)) {
      if (dep === step.id) problems.row(line, 'the step depends on itself');
      else if (!firstRow.has(dep)) problems.row(line, `depends on ${quote(dep)}, which is not a step in this file`);
    }
  const shaped = steps.map(({ step }) => ({
    id: typeof step.id === 'string' ? step.id : '',
    depends_on: stringsOf(step.depends_on),
  }));
  for (const loop of findLoops(shaped).slice(0, 10)) {
    const rows = loop.map((i) => steps[i]?.line ?? 0);
    const needs = loop.map((i, k) => {
      const next = loop[(k + 1) % loop.length] ?? i;
      return `${shaped[i]?.id ?? '?'} needs ${shaped[next]?.id ?? '?'}`;
    });
    problems.rows(rows, `these steps depend on each other in a loop (${needs.join(', ')}), so none of them can start`);
  }
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/**
 * Flags cells past the cell limit and empties them, so that the rest of the row is not checked again (its
 * id still counts for the checks across rows). Returns the rows and the row numbers that had such a cell.
 */
function withinCellLimit(rows: readonly CsvRow[], problems: RowProblems): { rows: CsvRow[]; flagged: Set<number> } {
  const max = PROCESS_FILE_LIMITS.maxCellChars;
  const header = rows[0];
  const flagged = new Set<number>();
  const fitted = rows.map((row) => {
    const long = row.cells.findIndex((cell) => cell.length > max);
    if (long < 0) return row;
    const column = header?.cells[long]?.trim().slice(0, 40) || `column ${long + 1}`;
    problems.row(
      row.line,
      `the value under "${column}" is longer than the ${withCommas(max)} characters a cell may hold`,
    );
    flagged.add(row.line);
    return { line: row.line, cells: row.cells.map((cell) => (cell.length > max ? '' : cell)) };
  });
  return { rows: fitted, flagged };
}

/**
 * Reads the steps from rows numbered as the spreadsheet shows them. The first non-blank row is the
 * header; blank rows are skipped. Returns the steps, or undefined when anything was reported.
 */
export function stepsFromRows(rows: readonly CsvRow[], problems: RowProblems): MapStep[] | undefined {
  const filled = rows.filter((row) => !isBlank(row));
  const header = filled[0];
  if (header && header.cells.length === 1 && /[;\t]/.test(header.cells[0] ?? '')) {
    problems.row(
      header.line,
      'the values are separated by semicolons or tabs; save the file as CSV with commas (in Excel, "CSV UTF-8")',
    );
    return undefined;
  }
  if (filled.length - 1 > PROCESS_FILE_LIMITS.maxRows) {
    problems.file(
      `the file has ${withCommas(filled.length - 1)} steps, more than the ${withCommas(PROCESS_FILE_LIMITS.maxRows)} allowed`,
    );
    return undefined;
  }
  const { rows: usable, flagged } = withinCellLimit(filled, problems);
  if (header && flagged.has(header.line)) return undefined;
  const packProblems = new PackProblems();
  const raw = stepsFromCsv(usable, '', packProblems);
  problems.fromPack(packProblems, true);
  if (!raw) return undefined;
  const steps: ProcessStep[] = [];
  for (const { line, step } of raw) {
    if (typeof step.phase === 'string') step.phase = step.phase.toLowerCase();
    const result = processStepSchema.safeParse(step);
    if (result.success) steps.push(result.data);
    else if (!flagged.has(line)) for (const issue of result.error.issues) problems.row(line, describe(issue, step));
  }
  checkAcrossRows(raw, problems);
  if (problems.count > 0 || steps.length !== raw.length) return undefined;
  return steps.map(toMapStep);
}
