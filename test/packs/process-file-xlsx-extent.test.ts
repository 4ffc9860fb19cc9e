// Hostile workbooks that try to make the reader fill millions of empty cells: a sheet kept outside the usual
// folder, long row numbers, single-quoted attributes, long column letters, and tags never closed.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findLoops } from '../../src/packs/pack-checks';
import { readProcessFile } from '../../src/packs/process-file-reader';

function workbook(sheetXml: string, sheetPath = 'xl/worksheets/sheet1.xml'): Uint8Array {
  const target = sheetPath.slice('xl/'.length);
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/></Relationships>`,
    ),
    [sheetPath]: strToU8(sheetXml),
  });
}

const cell = (ref: string, text: string, q = '"') =>
  `<c r=${q}${ref}${q} t=${q}inlineStr${q}><is><t>${text}</t></is></c>`;
const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const table = `<row r="1">${cell('A1', 'id')}${cell('B1', 'name')}</row><row r="2">${cell('A2', 's1')}${cell('B2', 'Step one')}</row>`;

async function problems(bytes: Uint8Array): Promise<string[]> {
  const result = await readProcessFile(bytes, 'hostile.xlsx');
  return result.ok ? [] : result.problems;
}

describe('sheets that reach too far', () => {
  it('refuses a far row in a sheet kept outside xl/worksheets/', async () => {
    const bytes = workbook(sheet(`${table}<row r="3000000">${cell('A3000000', 'x')}</row>`), 'xl/data.xml');
    expect((await problems(bytes)).join(' ')).toMatch(/reaches row 3,000,000/);
  });

  it('refuses row numbers of eight digits and more', async () => {
    const bytes = workbook(sheet(`${table}<row r="10000000">${cell('A10000000', 'x')}</row>`));
    expect((await problems(bytes)).join(' ')).toMatch(/reaches row 10,000,000/);
  });

  it('reads attributes in single quotes too', async () => {
    const rows = table.replace(/"/g, "'") + `<row r='1000000'>${cell('A1000000', 'x', "'")}</row>`;
    expect((await problems(workbook(sheet(rows)))).join(' ')).toMatch(/reaches row 1,000,000/);
  });

  it('refuses column letters far past the table', async () => {
    const rows = `<row r="1">${cell('A1', 'id')}${cell('B1', 'name')}${cell('ZZZZZ1', 'x')}</row><row r="2">${cell('A2', 's1')}${cell('B2', 'Step')}</row>`;
    expect((await problems(workbook(sheet(rows)))).join(' ')).toMatch(/far to the right|reaches column/);
  });

  it('answers in sentences for a sheet full of cell tags that never close', async () => {
    // The extent check scans each tag once; before, each unclosed tag made it read to the end of the part.
    const junk = Array.from({ length: 20_000 }, (_, i) => `<c ${String(i % 97)}`).join('');
    const result = await readProcessFile(workbook(sheet(table) + junk), 'junk.xlsx');
    const said = result.ok ? [] : result.problems;
    expect(said.every((p) => /^[A-Z].*\.$/.test(p) && !/\bat \S+:\d+/.test(p))).toBe(true);
  });
});

describe('a CSV file full of dependency loops', () => {
  it('reports the first ten loops and stops looking', async () => {
    // Every step depends on the next and on the first 50 steps: thousands of loops, most of them long.
    const count = 600;
    const rows = Array.from({ length: count }, (_, i) => {
      const deps = [
        `s${String((i + 1) % count)}`,
        ...Array.from({ length: Math.min(50, i) }, (_, j) => `s${String(j)}`),
      ];
      return `s${String(i)},Step ${String(i)},${deps.join(';')}`;
    });
    const csv = ['id,name,depends_on', ...rows].join('\n');
    const result = await readProcessFile(new TextEncoder().encode(csv), 'loops.csv');
    const loops = result.ok ? [] : result.problems.filter((p) => /loop/.test(p));
    expect(loops.length).toBeGreaterThan(0);
    expect(loops.length).toBeLessThanOrEqual(10);
    // The search itself stops at ten, rather than building every loop and keeping ten.
    const steps = rows.map((row) => {
      const [id = '', , deps = ''] = row.split(',');
      return { id, depends_on: deps.split(';') };
    });
    expect(findLoops(steps)).toHaveLength(10);
  });
});
