// Hostile input: any bytes, and any damage to a real workbook or CSV, give either a process or a list of
// plain one-line sentences, never an exception, a stack trace or a library's own wording.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProcessFile } from '../../src/packs/process-file-reader';

const XLSX = new Uint8Array(readFileSync('test/fixtures/processes/department.xlsx'));
const CSV = new Uint8Array(readFileSync('test/fixtures/processes/department.csv'));

/** The bytes of a file with some of them overwritten. */
const damaged = (file: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat({ max: file.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((changes) => {
      const copy = file.slice();
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    });

async function expectAnswer(bytes: Uint8Array, name: string): Promise<void> {
  const result = await readProcessFile(bytes, name);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem).toMatch(/^[A-Z0-9"].*[.]$/s);
    expect(problem).not.toMatch(/\bat .+:\d+:\d+|TypeError|undefined|\[object/);
  }
}

describe('process files under damage', () => {
  it('any bytes named .xlsx or .csv', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('x.xlsx', 'x.csv'), expectAnswer),
      { numRuns: 100, seed: 1201 },
    );
  });

  it('a real workbook with bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(XLSX), (bytes) => expectAnswer(bytes, 'department.xlsx')),
      { numRuns: 60, seed: 1202 },
    );
  });

  it('a real CSV file with bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(CSV), (bytes) => expectAnswer(bytes, 'department.csv')),
      { numRuns: 100, seed: 1203 },
    );
  });
});
