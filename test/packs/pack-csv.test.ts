// Processes as CSV: strict parsing with line numbers, header rules, and steps checked like YAML ones.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/packs/pack-csv';
import { PackProblems } from '../../src/packs/pack-problems';
import { readEdited } from './pack-fixtures';

const CSV = 'processes/department-gates.csv';

function problemsOf(csv: string) {
  return readEdited({ [CSV]: csv }).problems;
}

describe('CSV parsing', () => {
  it('keeps the line each row starts on, across quoted line breaks and doubled quotes', () => {
    const problems = new PackProblems();
    const rows = parseCsv('a,b\n"x\ny","say ""hi"""\nlast,row', 'f.csv', problems);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'say "hi"'] },
      { line: 4, cells: ['last', 'row'] },
    ]);
    expect(problems.count).toBe(0);
  });

  it('reports an unclosed quote at the line where it opened, and text after a closing quote', () => {
    expect(problemsOf('id,name\na,"never closed\nb,B\n')).toEqual([
      { file: CSV, location: 'line 2', message: 'a quoted value is never closed; add the closing double quote' },
    ]);
    expect(problemsOf('id,name\na,"B"x\n')).toEqual([
      { file: CSV, location: 'line 2', message: expect.stringMatching(/text after a closing quote/) },
    ]);
  });
});

describe('CSV processes', () => {
  it('requires id and name columns and refuses unknown or repeated ones', () => {
    expect(problemsOf('name,owner\nA,B\n')).toEqual([
      { file: CSV, location: 'line 1', message: 'the header has no "id" column' },
    ]);
    expect(problemsOf('id,name,colour\na,A,red\n')).toEqual([
      { file: CSV, location: 'line 1', message: expect.stringMatching(/the column "colour" is not one of id, name/) },
    ]);
    expect(problemsOf('id,name,ID\na,A,b\n')).toEqual([
      { file: CSV, location: 'line 1', message: 'the column "id" appears twice' },
    ]);
  });

  it('checks every row like a YAML step and names its line', () => {
    const problems = problemsOf(
      'id,name,duration_days,phase,depends_on\na,A,-3,alpha,\nb,,2,,\nc,C\nd,D,1,gamma,a;zz\n',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: CSV, location: 'line 2', message: 'duration_days is less than 0' },
        { file: CSV, location: 'line 3', message: 'the step has no name' },
        { file: CSV, location: 'line 4', message: 'the row has 2 values but the header has 5 columns' },
        { file: CSV, location: 'line 5', message: 'the phase "gamma" is not one of: discovery, alpha, beta, live' },
      ]),
    );
  });

  it('checks dependencies and loops with the line of the step', () => {
    expect(problemsOf('id,name,depends_on\na,A,b\nb,B,a\nc,C,zz\n')).toEqual([
      { file: CSV, location: 'line 4', message: 'the step depends on "zz", which is not a step of this process' },
      { file: CSV, location: 'line 2', message: 'these steps depend on each other in a loop: a -> b -> a' },
    ]);
  });

  it('refuses HTML in cells like any plain-text field', () => {
    expect(problemsOf('id,name\na,<b>bold</b>\n')).toEqual([
      { file: CSV, location: 'line 2', message: 'the name contains HTML ("<b>"); text here must be plain text' },
    ]);
  });

  it('refuses an empty file and a file with a header only', () => {
    expect(problemsOf('')).toEqual([{ file: CSV, location: '', message: expect.stringMatching(/the file is empty/) }]);
    expect(problemsOf('id,name\n')).toEqual([
      { file: CSV, location: '', message: 'the file has no steps after its header row' },
    ]);
  });
});
