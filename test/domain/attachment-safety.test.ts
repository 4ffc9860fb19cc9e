import { describe, expect, it } from 'vitest';
import { fileExtension, isSafeToOpen, runnableReason, safeFileName } from '../../src/domain/attachment-safety';

describe('runnableReason', () => {
  it('lets documents, images and spreadsheets open', () => {
    const documents: [string, string][] = [
      ['report.pdf', 'application/pdf'],
      ['Notes.DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['photo.jpg', 'image/jpeg'],
      ['figures.csv', 'text/csv'],
      ['plan.xlsx', ''],
    ];
    for (const [name, type] of documents) expect(isSafeToOpen(name, type)).toBe(true);
  });

  it('refuses programs, scripts, shortcuts, installers and web pages by name', () => {
    for (const name of [
      'setup.exe',
      'run.BAT',
      'script.ps1',
      'link.lnk',
      'site.url',
      'install.msi',
      'page.html',
      'page.HTM',
      'drawing.svg',
      'macro.xlsm',
      'tool.sh',
      'app.js',
      'report.pdf.exe',
      'report.exe. ',
      'README',
      'notes.terminal',
      'tool.pyz',
      'sandbox.wsb',
      'remote.rdp',
      'addin.xll',
      'records.mdb',
      'old-report.doc',
      'old-figures.XLS',
      'letter.rtf',
    ])
      expect(isSafeToOpen(name, 'application/pdf'), name).toBe(false);
  });

  it('refuses a harmless name marked with a runnable media type', () => {
    expect(runnableReason('notes.txt', 'text/html; charset=utf-8')).toBe(
      'is marked as text/html, which the computer could run as a program or script',
    );
    expect(isSafeToOpen('a.pdf', 'application/x-msdownload')).toBe(false);
  });

  it('explains the reason in words', () => {
    expect(runnableReason('setup.exe', '')).toBe('is a .exe file, which the computer could run as a program or script');
  });
});

describe('fileExtension and safeFileName', () => {
  it('reads the type after the last dot', () => {
    expect(fileExtension('a.tar.GZ')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
  });

  it('removes folders, reserved characters and device names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a<b>:c|d?.pdf')).toBe('a_b__c_d_.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('...')).toBe('attachment');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
