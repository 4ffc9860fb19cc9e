// Wording shared by the exports: dates, file names and the footer line.
import { describe, expect, it } from 'vitest';
import { footerText } from '../../src/export/docx-page';
import { coverDetails, displayDate, suggestedFileName, tableFileName } from '../../src/export/display-text';
import { draftSensitive, longReport } from '../fixtures/export/sample-documents';

describe('display text', () => {
  it('writes dates as people do', () => {
    expect(displayDate('2025-03-07')).toBe('7 March 2025');
    expect(displayDate('2025-12-25T10:00:00Z')).toBe('25 December 2025');
    expect(displayDate('next spring')).toBe('next spring');
    expect(displayDate(null)).toBe('');
  });

  it('suggests safe, readable file names', () => {
    expect(suggestedFileName(longReport().meta, 'docx')).toBe('Apply for a fishing licence (alpha) v0.3.docx');
    expect(suggestedFileName(draftSensitive().meta, 'md')).toBe(
      `${draftSensitive().meta.project ?? ''} - Assessment pack alpha (alpha) v0.3 DRAFT.md`,
    );
    expect(
      suggestedFileName({ ...longReport().meta, title: '../../etc/passwd', version: '', phase: undefined }, 'docx'),
    ).toBe('Apply for a fishing licence - etc passwd.docx');
    expect(tableFileName('  ')).toBe('Table.csv');
  });

  it('names files after what they hold, so different downloads never share a name', () => {
    const meta = { ...longReport().meta, title: 'GOV.UK Service Standard', project: undefined, phase: undefined };
    const names = [
      suggestedFileName(meta, 'docx'),
      suggestedFileName({ ...meta, phase: 'Alpha' }, 'docx'),
      suggestedFileName({ ...meta, phase: 'Beta' }, 'docx'),
      suggestedFileName({ ...meta, project: 'Fishing licence' }, 'docx'),
      suggestedFileName({ ...meta, project: 'Fishing licence', phase: 'Beta' }, 'docx'),
      suggestedFileName({ ...meta, project: 'Boat registration', phase: 'Beta' }, 'docx'),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(names[5]).toBe('Boat registration - GOV.UK Service Standard (beta) v0.3.docx');
  });

  it('lists only the cover details that are given', () => {
    const meta = { ...longReport().meta, department: '', phase: undefined };
    expect(coverDetails(meta).map(([label]) => label)).toEqual([
      'Project',
      'Version',
      'Date',
      'Author',
      'Status',
      'Classification',
    ]);
  });

  it('shortens long titles in the footer', () => {
    expect(footerText(longReport().meta)).toBe('Apply for a fishing licence \u00B7 version 0.3 \u00B7 For review');
    const long = footerText({ ...longReport().meta, title: 'A'.repeat(80) });
    expect(long.startsWith(`${'A'.repeat(59)}\u2026 \u00B7`)).toBe(true);
  });
});

describe('xmlSafeText', () => {
  it('removes characters Word cannot read and keeps everything else', async () => {
    const { xmlSafeText } = await import('../../src/domain/xml-text');
    expect(xmlSafeText('a\u0000b\u0007c\td\ne \uD83D\uDE00 caf\u00E9')).toBe('abc\td\ne \uD83D\uDE00 caf\u00E9');
    expect(xmlSafeText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(suggestedFileName({ ...longReport().meta, title: 'Tab\there', project: undefined }, 'csv')).toBe(
      'Tab here (alpha) v0.3.csv',
    );
  });
});
