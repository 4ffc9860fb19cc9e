// Exporting a template through the use case, with the pack read from the database as the app does: the
// file is rendered in the chosen format and handed to the platform under its suggested name.
import { describe, expect, it } from 'vitest';
import {
  exportTemplate,
  markingProblem,
  NOT_A_TABLE_ERROR,
  type TemplateExportChoice,
} from '../../src/app/templates/export-template';
import { packsRepository } from '../../src/db/packs-repository';
import { runExport } from '../../src/export/export-request';
import type { FileFilter, Platform } from '../../src/platform/platform';
import { freshDatabase } from '../db/test-database';
import { packFrom } from './pack-fixtures';

async function installedPack() {
  const packs = packsRepository(freshDatabase());
  await packs.installBuiltIns([await packFrom('test/fixtures/packs/good-pack')]);
  const stored = await packs.get('example-pack');
  if (!stored) throw new Error('the pack was not installed');
  return stored.pack;
}

function recordingPlatform(saved = true) {
  const calls: { name: string; bytes: Uint8Array; filters: FileFilter[] }[] = [];
  const platform: Pick<Platform, 'saveFile'> = {
    saveFile: (name, bytes, filters) => {
      calls.push({ name, bytes, filters });
      return Promise.resolve(saved ? { saved: true, fileName: `chosen ${name}` } : { saved: false });
    },
  };
  return { platform, calls };
}

const word: TemplateExportChoice = {
  format: 'docx',
  marking: 'OFFICIAL',
  phase: 'all',
  date: '2026-03-01',
  author: 'Priya Shah',
};

describe('exporting a template', () => {
  it('renders a Word document and saves it under its suggested name', async () => {
    const pack = await installedPack();
    const template = pack.templates.find((t) => t.kind === 'standard');
    if (!template) throw new Error('the fixture has a standard');
    const { platform, calls } = recordingPlatform();
    const progress: number[] = [];
    const outcome = await exportTemplate({
      pack,
      template,
      installed: [pack],
      choice: word,
      platform,
      run: runExport,
      onProgress: (p) => progress.push(p.done),
    });
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.name.endsWith('.docx')).toBe(true);
    expect(call?.filters).toEqual([{ name: 'Word document', extensions: ['docx'] }]);
    expect([...(call?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
    expect(outcome).toEqual({ saved: true, fileName: `chosen ${call?.name}`, suggestedName: call?.name });
    expect(progress.length).toBeGreaterThan(0);
  });

  it('renders Markdown for one phase, and a CSV table for a process', async () => {
    const pack = await installedPack();
    const standard = pack.templates.find((t) => t.kind === 'standard');
    const process = pack.templates.find((t) => t.kind === 'process');
    if (!standard || !process) throw new Error('the fixture has a standard and a process');
    const { platform, calls } = recordingPlatform(false);
    const markdown = await exportTemplate({
      pack,
      template: standard,
      installed: [pack],
      choice: { ...word, format: 'markdown', phase: 'alpha' },
      platform,
      run: runExport,
    });
    expect(markdown.saved).toBe(false);
    expect(new TextDecoder().decode(calls[0]?.bytes)).toContain('OFFICIAL');
    await exportTemplate({
      pack,
      template: process,
      installed: [pack],
      choice: { ...word, format: 'csv' },
      platform,
      run: runExport,
    });
    expect(calls[1]?.name.endsWith('.csv')).toBe(true);
    expect(calls[1]?.filters).toEqual([{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }]);
  });

  it('refuses a blank or overlong marking, and a table from a guide, before saving anything', async () => {
    expect(markingProblem('  ')).toBe('Enter a security marking, such as OFFICIAL');
    expect(markingProblem('x'.repeat(61))).toBe('Enter a security marking of 60 characters or fewer');
    expect(markingProblem(' OFFICIAL-SENSITIVE ')).toBeNull();
    const pack = await installedPack();
    const guide = pack.templates.find((t) => t.kind === 'guide');
    const standard = pack.templates.find((t) => t.kind === 'standard');
    if (!guide || !standard) throw new Error('the fixture has a guide and a standard');
    const { platform, calls } = recordingPlatform();
    const base = { pack, installed: [pack], platform, run: runExport };
    await expect(exportTemplate({ ...base, template: guide, choice: { ...word, format: 'csv' } })).rejects.toThrow(
      NOT_A_TABLE_ERROR,
    );
    await expect(exportTemplate({ ...base, template: standard, choice: { ...word, marking: '' } })).rejects.toThrow(
      'Enter a security marking',
    );
    expect(calls).toEqual([]);
  });
});
