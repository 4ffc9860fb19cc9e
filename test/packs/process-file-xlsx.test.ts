// Reading a process from an Excel .xlsx file: errors by row as Excel numbers them, cells as text, the sheet
// chosen, and hostile or unsuitable files (not a zip, old .xls, password-protected, too large, zip bombs,
// sheets that reach too far) refused with one plain sentence before the reader library sees them.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readProcessFile, type ProcessFileResult } from '../../src/packs/process-file-reader';

type Cell = string | number | boolean | null | { value: Date; format: string };
const HEADER: Cell[] = ['id', 'name', 'owner', 'phase', 'evidence', 'depends_on', 'duration_days', 'description'];

async function workbook(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(sheets).toBuffer());
}

async function readXlsx(bytes: Uint8Array, name = 'steps.xlsx'): Promise<ProcessFileResult> {
  return readProcessFile(bytes, name, { now: new Date('2026-12-01T00:00:00Z') });
}

async function problemsOf(bytes: Uint8Array, name?: string): Promise<string[]> {
  const result = await readXlsx(bytes, name);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** Rewrites one part of an .xlsx file and zips it again. */
function withPart(bytes: Uint8Array, path: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = name === path ? strToU8(change(new TextDecoder().decode(data))) : data;
  return zipSync(files);
}

describe('readProcessFile with Excel', () => {
  it('reads a good sheet, with numbers, dates and true/false cells as text', async () => {
    const bytes = await workbook([
      {
        sheet: 'Sheet1',
        data: [
          HEADER,
          ['plan', 'Plan the work', 'PMO', 'Discovery', 'Plan; Budget', null, 5, null],
          [
            'build',
            'Build',
            null,
            'beta',
            null,
            'plan',
            0,
            { value: new Date(Date.UTC(2026, 11, 1)), format: 'yyyy-mm-dd' },
          ],
          ['check', 'Check', null, null, null, 'build', null, true],
        ],
      },
    ]);
    const result = await readXlsx(bytes, 'Department.xlsx');
    expect(result.ok && result.process.id).toBe('department');
    expect(
      result.ok && result.process.steps.map((s) => [s.id, s.phase, s.evidence, s.durationDays, s.description]),
    ).toEqual([
      ['plan', 'discovery', ['Plan', 'Budget'], 5, ''],
      ['build', 'beta', [], 0, '2026-12-01'],
      ['check', null, [], null, 'TRUE'],
    ]);
  });

  it('reads the sheet named Steps when there is one, otherwise the first sheet', async () => {
    const good: Cell[][] = [
      ['ID', 'Name'],
      ['a', 'A'],
    ];
    const other: Cell[][] = [['not', 'steps']];
    const named = await readXlsx(
      await workbook([
        { sheet: 'About', data: other },
        { sheet: 'steps', data: good },
      ]),
    );
    expect(named.ok && named.process.steps.map((s) => s.id)).toEqual(['a']);
    const first = await problemsOf(
      await workbook([
        { sheet: 'About', data: other },
        { sheet: 'More', data: good },
      ]),
    );
    expect(first[0]).toBe(
      'Row 1: the column "not" is not one of id, name, owner, phase, evidence, depends_on, duration_days, description.',
    );
  });

  it('reports every bad row by its Excel row number, the header being the first filled row', async () => {
    const bytes = await workbook([
      {
        sheet: 'Steps',
        data: [
          [null],
          HEADER, // row 2
          ['design', 'Design', null, 'gate 2', null, null, 'ten', null], // row 3
          [null], // row 4
          ['build', 'Build', null, null, null, 'test', 2.5, null], // row 5
          ['design', 'Again', null, null, null, 'design', null, null, 'stray'], // row 6
        ],
      },
    ]);
    expect(await problemsOf(bytes)).toEqual([
      'Row 3: the phase "gate 2" is not discovery, alpha, beta or live.',
      'Row 3: the duration "ten" is not a whole number of days from 0 to 3650.',
      'Row 5: the duration "2.5" is not a whole number of days from 0 to 3650.',
      'Row 5: depends on "test", which is not a step in this file.',
      'Row 6: there is a value in column 9, which has no heading in the header row.',
      'Row 6: the id "design" is used again (first on row 3).',
      'Row 6: the step depends on itself.',
    ]);
  });

  it('reports a cell whose formula failed, which the reader would otherwise leave empty', async () => {
    const good = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name', 'duration_days'],
          ['a', 'A', 3],
        ],
      },
    ]);
    const failed = withPart(good, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
    );
    expect(await problemsOf(failed)).toEqual([
      'Row 2: the cell C2 holds a formula that failed (#DIV/0!); fix the formula or type the value.',
    ]);
  });

  it('names a loop of dependencies by its rows', async () => {
    const bytes = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name', 'depends_on'],
          ['a', 'A', 'c'],
          ['b', 'B', 'a'],
          ['c', 'C', 'b'],
        ],
      },
    ]);
    expect(await problemsOf(bytes)).toEqual([
      'Rows 2, 3 and 4: these steps depend on each other in a loop (a needs c, c needs b, b needs a), so none of them can start.',
    ]);
  });
});

describe('hostile and unsuitable Excel files', () => {
  const NOT_XLSX =
    'This is not an Excel .xlsx file; open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV.';

  it('refuses a file that is not a zip, and a zip that is not a workbook', async () => {
    expect(await problemsOf(new TextEncoder().encode('id,name\na,A\n'))).toEqual([NOT_XLSX]);
    expect(await problemsOf(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toEqual([NOT_XLSX]);
  });

  it('explains an older .xls file and a password-protected workbook', async () => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const xls = new Uint8Array(2048);
    xls.set(signature);
    expect(await problemsOf(xls, 'old.xls')).toEqual([
      'This is an older Excel .xls file; open it in Excel and save it as an Excel Workbook (.xlsx).',
    ]);
    const locked = new Uint8Array(2048);
    locked.set(signature);
    locked.set(
      [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    expect(await problemsOf(locked)).toEqual([
      'This Excel file is protected by a password; remove the password in Excel and save it again.',
    ]);
  });

  it('refuses a file larger than the limit before opening it', async () => {
    const big = new Uint8Array(10_485_761);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await problemsOf(big)).toEqual(['The file is 10.1 MB, more than the 10 MB a process file may be.']);
  });

  it('refuses a zip bomb: a part compressed far beyond any real sheet', async () => {
    const good = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name'],
          ['a', 'A'],
        ],
      },
    ]);
    const bomb = withPart(good, 'xl/sharedStrings.xml', (xml) => xml + ' '.repeat(5_000_000));
    const [problem] = await problemsOf(bomb);
    expect(problem).toBe(
      'This Excel file cannot be read safely (xl/sharedStrings.xml): the zip entry is compressed more than 100 to 1, which is refused as a possible zip bomb.',
    );
  });

  it('refuses a part that declares more bytes than allowed, checked in the zip directory first', async () => {
    const good = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name'],
          ['a', 'A'],
        ],
      },
    ]);
    const bytes = good.slice();
    const view = new DataView(bytes.buffer);
    for (let at = 0; at < bytes.length - 4; at += 1)
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 20_000_000, true);
        break;
      }
    const [problem] = await problemsOf(bytes);
    expect(problem).toMatch(
      /^This Excel file cannot be read safely \(.+\): the zip entry declares 20000000 bytes, more than the 16777216 allowed for one file\.$/,
    );
  });

  it('refuses a zip with too many entries', async () => {
    const files: Zippable = {};
    for (let i = 0; i < 501; i += 1) files[`x/${i}.xml`] = strToU8('<a/>');
    expect(await problemsOf(zipSync(files))).toEqual([
      'This Excel file cannot be read safely: the zip lists 501 entries, more than the 500 allowed.',
    ]);
  });

  it('refuses a sheet whose cells reach far past any process, which would make the reader fill millions of cells', async () => {
    const good = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name'],
          ['a', 'A'],
        ],
      },
    ]);
    const far = withPart(good, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        '</sheetData>',
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    expect(await problemsOf(far)).toEqual([
      'A sheet in this Excel file reaches row 1,048,576, past the 10,000 rows a process file may use; delete the rows below the table and save it again.',
    ]);
    const wide = withPart(good, 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</row>', '<c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row>'),
    );
    expect(await problemsOf(wide)).toEqual([
      'A sheet in this Excel file reaches column 702, past the 50 columns a process file may use; delete the columns to the right of the table and save it again.',
    ]);
  });

  it('reports a damaged workbook in one sentence, with no stack trace', async () => {
    const good = await workbook([
      {
        sheet: 'Steps',
        data: [
          ['id', 'name'],
          ['a', 'A'],
        ],
      },
    ]);
    const broken = withPart(good, 'xl/workbook.xml', () => '<workbook><sheets></sheets></workbook>');
    expect(await problemsOf(broken)).toEqual([
      'This Excel file could not be read; open it in Excel and save it again as an Excel Workbook (.xlsx).',
    ]);
  });
});
