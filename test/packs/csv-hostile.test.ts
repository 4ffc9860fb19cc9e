// Hostile process and links files: a header of millions of commas is refused at once, and a file with
// thousands of bad rows keeps a bounded list of problems. Asserts on results, never on time.
import { describe, expect, it } from 'vitest';
import { MAX_CSV_CELLS, parseCsv } from '../../src/packs/pack-csv';
import { PackProblems } from '../../src/packs/pack-problems';
import { readProcessFile } from '../../src/packs/process-file-reader';
import { PROCESS_FILE_LIMITS } from '../../src/packs/process-file-limits';
import { RowProblems } from '../../src/packs/row-problems';

describe('CSV on hostile input', () => {
  it('refuses a header of a million commas with one clear problem', async () => {
    const text = `id,name${','.repeat(1_000_000)}\n`;
    const result = await readProcessFile(new TextEncoder().encode(text), 'steps.csv');
    expect(result).toEqual({
      ok: false,
      problems: [
        `Line 1 of the file: the row has more than ${MAX_CSV_CELLS} values; each row needs one value for each column of the header.`,
      ],
    });
  });

  it('reads quoted values with quotes and line breaks by slices', () => {
    const problems = new PackProblems();
    const rows = parseCsv('id,name\na,"say ""hi""\nthere"\nb,plain\n', 'f.csv', problems);
    expect(problems.count).toBe(0);
    expect(rows).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['a', 'say "hi"\nthere'] },
      { line: 4, cells: ['b', 'plain'] },
    ]);
  });

  it('keeps a bounded list of problems and counts the rest', () => {
    const problems = new RowProblems();
    for (let row = 100_000; row > 0; row -= 1) problems.row(row, 'the id is missing');
    const listed = problems.list();
    expect(problems.count).toBe(100_000);
    expect(listed).toHaveLength(PROCESS_FILE_LIMITS.maxProblems + 1);
    expect(listed[0]).toBe('Row 1: the id is missing.');
    expect(listed[listed.length - 1]).toBe(
      `${(100_000 - PROCESS_FILE_LIMITS.maxProblems).toLocaleString('en-GB')} more problems were found but not listed; fix these first.`,
    );
  });

  it('lists every problem of a 4,000-row file with bad durations in row order, up to the limit', async () => {
    const lines = ['id,name,duration_days', ...Array.from({ length: 4000 }, (_, i) => `s${i},Step ${i},ten`)];
    const result = await readProcessFile(new TextEncoder().encode(lines.join('\n')), 'steps.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(PROCESS_FILE_LIMITS.maxProblems + 1);
    expect(result.problems[0]).toBe('Row 2: the duration "ten" is not a whole number of days from 0 to 3650.');
    expect(result.problems.at(-1)).toBe('3,800 more problems were found but not listed; fix these first.');
  });
});
