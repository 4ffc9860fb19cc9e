// Reading a process from a CSV file people bring: a good file becomes a map process, and a bad one is
// refused with every problem listed by the row number a spreadsheet shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  processIdFromFileName,
  processTitleFromFileName,
  readProcessFile,
  type ProcessFileResult,
} from '../../src/packs/process-file-reader';

const HEADER = 'id,name,owner,phase,evidence,depends_on,duration_days,description';
const NOW = new Date('2026-12-01T09:30:00.000Z');

function read(text: string, fileName = 'steps.csv'): Promise<ProcessFileResult> {
  return readProcessFile(new TextEncoder().encode(text), fileName, { now: NOW });
}

async function problemsOf(text: string, fileName?: string): Promise<string[]> {
  const result = await read(text, fileName);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('readProcessFile with CSV', () => {
  it('reads a good file into a process named after the file', async () => {
    const result = await readProcessFile(
      new TextEncoder().encode(
        [
          'Name,ID,Duration_Days,Evidence,Depends_On,Phase',
          'Write the case,case,5,Business case; Cost model ,,Alpha',
          '"Sign off, then build",sign-off,,,case,',
        ].join('\r\n'),
      ),
      'C:\\Users\\me\\Central route (v2).csv',
      { now: NOW, side: 'central', organisation: 'Central team' },
    );
    expect(result).toEqual({
      ok: true,
      process: {
        id: 'central-route-v2',
        title: 'Central route (v2)',
        side: 'central',
        organisation: 'Central team',
        source: { type: 'file', fileName: 'Central route (v2).csv', importedAt: '2026-12-01T09:30:00.000Z' },
        steps: [
          {
            id: 'case',
            name: 'Write the case',
            owner: '',
            phase: 'alpha',
            evidence: ['Business case', 'Cost model'],
            dependsOn: [],
            durationDays: 5,
            description: '',
          },
          {
            id: 'sign-off',
            name: 'Sign off, then build',
            owner: '',
            phase: null,
            evidence: [],
            dependsOn: ['case'],
            durationDays: null,
            description: '',
          },
        ],
      },
    });
  });

  it('takes the process id from the caller when given, and side "other" by default', async () => {
    const result = await readProcessFile(new TextEncoder().encode('id,name\na,A\n'), 'x.csv', { processId: 'dept' });
    expect(result.ok && [result.process.id, result.process.side]).toEqual(['dept', 'other']);
  });

  it('reads the sample files, and the Excel sample gives the same steps as its CSV', async () => {
    const central = await readProcessFile(readFileSync('test/fixtures/processes/central.csv'), 'central.csv');
    const csv = await readProcessFile(readFileSync('test/fixtures/processes/department.csv'), 'department.csv');
    const xlsx = await readProcessFile(readFileSync('test/fixtures/processes/department.xlsx'), 'department.xlsx');
    expect(central.ok && central.process.steps.length).toBe(17);
    expect(csv.ok && csv.process.steps.length).toBe(19);
    expect(xlsx.ok && xlsx.process.steps).toEqual(csv.ok && csv.process.steps);
  });

  it('reports every bad row by the row number a spreadsheet shows, and returns nothing', async () => {
    const text = [
      HEADER,
      'design,Design,,alpha,,,5,', // row 2
      'build,Build,,gate 2,,design;test,ten,', // row 3
      '', // row 4: blank, skipped but counted
      'test,Test,,beta,,build,,"Two', // row 5 spans two lines of text
      'lines"',
      'design,Design again,,,,zzz,-1,', // row 6
      'loop,Loop,,,,loop,,', // row 7
      ',No id,,,,,,', // row 8
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'Row 3: the phase "gate 2" is not discovery, alpha, beta or live.',
      'Row 3: the duration "ten" is not a whole number of days from 0 to 3650.',
      'Rows 3 and 5: these steps depend on each other in a loop (build needs test, test needs build), so none of them can start.',
      'Row 6: the duration "-1" is not a whole number of days from 0 to 3650.',
      'Row 6: the id "design" is used again (first on row 2).',
      'Row 6: depends on "zzz", which is not a step in this file.',
      'Row 7: the step depends on itself.',
      'Row 8: there is no id.',
    ]);
  });

  it('reports schema problems as row sentences: bad ids, HTML, fractions, missing names', async () => {
    const problems = await problemsOf(
      [HEADER, 'Design Step,Design,,,,,,', 'ok,<b>Bold</b>,,,,,2.5,', 'named,,,,,,,'].join('\n'),
    );
    expect(problems).toEqual([
      'Row 2: the id "Design Step" is not a valid identifier: use lowercase letters, digits, hyphens and dots, starting with a letter or digit.',
      'Row 3: the name contains HTML ("<b>"); text here must be plain text.',
      'Row 3: the duration "2.5" is not a whole number of days from 0 to 3650.',
      'Row 4: there is no name.',
    ]);
  });

  it('reports header problems on row 1', async () => {
    expect(await problemsOf('id,title,owner,id\na,b,c,d\n')).toEqual([
      'Row 1: the column "title" is not one of id, name, owner, phase, evidence, depends_on, duration_days, description.',
      'Row 1: the column "id" appears twice.',
      'Row 1: the header has no "name" column.',
    ]);
  });

  it('reports rows with the wrong number of values', async () => {
    expect(await problemsOf('id,name\na,A\nb,B,extra\n')).toEqual([
      'Row 3: the row has 3 values but the header has 2 columns.',
    ]);
  });

  it('explains files saved with semicolons, files that are not UTF-8, broken quotes and empty files', async () => {
    expect(await problemsOf('id;name\na;A\n')).toEqual([
      'Row 1: the values are separated by semicolons or tabs; save the file as CSV with commas (in Excel, "CSV UTF-8").',
    ]);
    const latin1 = await readProcessFile(
      new Uint8Array([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xa3]),
      'x.csv',
    );
    expect(latin1).toEqual({
      ok: false,
      problems: ['The file is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)".'],
    });
    expect(await problemsOf('id,name\na,"never closed\n')).toEqual([
      'Line 2 of the file: a quoted value is never closed; add the closing double quote.',
    ]);
    expect(await problemsOf('')).toEqual(['The file is empty; it needs a header row and at least one step.']);
    expect(await problemsOf('id,name\n')).toEqual(['The file has no steps after its header row.']);
  });

  it('refuses a file type it does not read', async () => {
    expect(await problemsOf('id,name\na,A\n', 'steps.json')).toEqual([
      'This is not a CSV (.csv) or Excel (.xlsx) file.',
    ]);
  });

  it('states the limits: too many steps, a cell too long, a file too large', async () => {
    const many = [HEADER, ...Array.from({ length: 5001 }, (_, i) => `s${i},Step ${i},,,,,,`)].join('\n');
    const tooMany = await problemsOf(many);
    expect(tooMany).toEqual(['Line 5002 of the file: the file has more than 5000 rows.']);
    expect(await problemsOf(`id,name,description\na,A,${'x'.repeat(20_001)}\n`)).toEqual([
      'Row 2: the value under "description" is longer than the 20,000 characters a cell may hold.',
    ]);
    const big = new Uint8Array(10_485_761).fill(0x61);
    expect(await readProcessFile(big, 'big.csv')).toEqual({
      ok: false,
      problems: ['The file is 10.1 MB, more than the 10 MB a process file may be.'],
    });
  });

  it('lists at most 200 problems, then says how many more there are', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `s${i},Step,,never,,,,`);
    const problems = await problemsOf([HEADER, ...rows].join('\n'));
    expect(problems).toHaveLength(201);
    expect(problems[200]).toBe('50 more problems were found but not listed; fix these first.');
  });
});

describe('names made from file names', () => {
  it('makes a map id and a title', () => {
    expect(processIdFromFileName('Départment IT governance.xlsx')).toBe('department-it-governance');
    expect(processIdFromFileName('???.csv')).toBe('process');
    expect(processTitleFromFileName('central_route-v2.csv')).toBe('Central route v2');
    expect(processTitleFromFileName('<script>.csv')).toBe('Script');
  });
});
