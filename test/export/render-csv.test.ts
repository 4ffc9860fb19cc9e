// CSV: RFC 4180 quoting, a UTF-8 byte order mark for Excel, and formula-injection defence.
import { describe, expect, it } from 'vitest';
import { csvField, csvText, documentTables, renderCsv } from '../../src/export/render-csv';
import { longReport } from '../fixtures/export/sample-documents';

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hello"')).toBe('"say ""hello"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(
        csvField(`${start}SUM(A1)`).startsWith(`'${start}`) || csvField(`${start}SUM(A1)`).startsWith(`"'${start}`),
      ).toBe(true);
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('quotes semicolons and tabs, which some spreadsheets treat as separators, and defuses formulas after spaces', () => {
    expect(csvField('x;=1+1')).toBe('"x;=1+1"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('  =HYPERLINK("http://x")')).toBe('"\'  =HYPERLINK(""http://x"")"');
    expect(csvField(' -2+3')).toBe("' -2+3");
  });

  it('writes numbers as numbers, even negative ones', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('csvText and renderCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    const text = csvText({
      name: 'Risks',
      columns: ['Risk', 'Cost (£)'],
      rows: [
        ['Delay', 1200],
        ['Café closes', 0],
      ],
    });
    expect(text).toBe('\uFEFFRisk,Cost (£)\r\nDelay,1200\r\nCafé closes,0\r\n');
    const bytes = renderCsv({ name: 'x', columns: ['a'], rows: [] });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('documentTables', () => {
  it('finds the control tables and every table in the document, named by caption or section', () => {
    const tables = documentTables(longReport());
    expect(tables.map((t) => t.name)).toEqual([
      'Apply for a fishing licence - version history',
      'Apply for a fishing licence - approvals',
      'Strategic case',
      'Options appraisal',
    ]);
    expect(tables[2]?.columns).toEqual(['Assumption', 'Test', 'Status']);
    expect(tables[3]?.rows[0]).toEqual(['Do nothing', '0', 'Not viable']);
    expect(tables[1]?.rows[1]).toEqual(['Jo Evans', 'Finance business partner', '', 'Awaiting approval']);
  });
});
