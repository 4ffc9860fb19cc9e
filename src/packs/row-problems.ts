// Collects what is wrong with a file people bring (a process or a links file) as plain-English sentences,
// each naming the spreadsheet row it is about ("Row 7: the duration "ten" is not a whole number of days."),
// in row order, with the number of problems kept bounded.
import { PROCESS_FILE_LIMITS, withCommas } from './process-file-limits';
import type { CsvRow } from './pack-csv';
import type { PackProblems } from './pack-problems';

interface RowProblem {
  /** The first row the problem is about, or 0 for the file as a whole (listed first). */
  row: number;
  order: number;
  text: string;
}

/** Ends a text with one full stop. */
function stop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Makes one sentence: a capital first letter and one full stop at the end. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return stop(trimmed.charAt(0).toUpperCase() + trimmed.slice(1));
}

/** "4", "4 and 7", "4, 7 and 9". */
export function listNumbers(numbers: readonly number[]): string {
  const parts = numbers.map(String);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * Numbers the rows of a CSV file as a spreadsheet shows them (one row per record, blank lines included),
 * where the CSV parser numbers them by the line of text they start on.
 */
export function spreadsheetRows(rows: readonly CsvRow[]): CsvRow[] {
  let extraLines = 0;
  return rows.map((row) => {
    const numbered = { line: row.line - extraLines, cells: row.cells };
    for (const cell of row.cells) for (const char of cell) if (char === '\n') extraLines += 1;
    return numbered;
  });
}

/** Quotes a value from the file for a message, cut short when it is long. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}...` : text}"`;
}

export class RowProblems {
  private items: RowProblem[] = [];
  /** Problems found beyond those kept: only counted. */
  private dropped = 0;
  private added = 0;

  /**
   * Keeps the problems bounded however many a file has: past twice the limit, only the first by row are
   * kept and the rest counted, so a file with a million bad rows costs no more than a few hundred.
   */
  private push(row: number, text: string): void {
    this.items.push({ row, order: this.added, text });
    this.added += 1;
    const limit = PROCESS_FILE_LIMITS.maxProblems;
    if (this.items.length >= limit * 2) {
      this.items.sort((a, b) => a.row - b.row || a.order - b.order);
      this.dropped += this.items.length - limit;
      this.items = this.items.slice(0, limit);
    }
  }

  /** A problem with the file as a whole. */
  file(text: string): void {
    this.push(0, sentence(text));
  }

  /** A problem with one row: "Row 7: ...". */
  row(row: number, text: string): void {
    this.push(row, `Row ${row}: ${stop(text)}`);
  }

  /** A problem with several rows together: "Rows 4, 7 and 9: ...". */
  rows(rows: readonly number[], text: string): void {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    if (sorted.length === 1) this.row(sorted[0] ?? 0, text);
    else this.push(sorted[0] ?? 0, `Rows ${listNumbers(sorted)}: ${stop(text)}`);
  }

  /**
   * Takes the problems the pack's CSV reader found, where "line N" is already the spreadsheet row
   * (the caller numbers rows that way) or, for a broken quote, the line of the text.
   */
  fromPack(problems: PackProblems, placeIsRow: boolean): void {
    for (const problem of problems.list()) {
      const match = /^line (\d+)$/.exec(problem.location);
      if (match && placeIsRow) this.row(Number(match[1]), problem.message);
      else if (match) this.file(`Line ${match[1]} of the file: ${problem.message}`);
      else this.file(problem.message);
    }
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** Every problem in row order (file-wide ones first), at most the limit, then a line saying how many more. */
  list(): string[] {
    const sorted = [...this.items].sort((a, b) => a.row - b.row || a.order - b.order).map((item) => item.text);
    const limit = PROCESS_FILE_LIMITS.maxProblems;
    if (sorted.length <= limit && this.dropped === 0) return sorted;
    const more = sorted.length - Math.min(limit, sorted.length) + this.dropped;
    return [
      ...sorted.slice(0, limit),
      `${withCommas(more)} more ${more === 1 ? 'problem was' : 'problems were'} found but not listed; fix these first.`,
    ];
  }
}
