// `waymark pack validate` warns, without failing, about content not checked against its sources for a year.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PACK } from '../packs/pack-fixtures';
import { runCaptured } from './pack-cli-io';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-pack-checked-'));
  cpSync(GOOD_PACK, join(work, 'pack'), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function addLine(file: string, after: string, line: string): void {
  const path = join(work, 'pack', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(after)) throw new Error(`${file} has no "${after}"`);
  writeFileSync(path, text.replace(after, `${after}\n${line}`));
}

const DAY = new Date('2026-12-01T09:00:00Z');

describe('waymark pack validate and checked dates', () => {
  it('says nothing more when the content was checked within the year', async () => {
    addLine('pack.yaml', 'language: en-GB', 'checked: 2025-12-01');
    const run = await runCaptured(['pack', 'validate', 'pack'], work, DAY);
    expect(run.code).toBe(0);
    expect(run.out).not.toContain('Warning');
  });

  it('warns, and still exits 0, when the pack or a template was checked more than a year ago', async () => {
    addLine('pack.yaml', 'language: en-GB', 'checked: 2025-11-30');
    addLine('standards/example-standard.yaml', 'version: 1.0.0', 'checked: 2024-03-02');
    const run = await runCaptured(['pack', 'validate', 'pack'], work, DAY);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Warning: The pack was last checked against its sources on 30 November 2025, more than a year ago.',
    );
    expect(run.out).toContain(
      'Warning: The template example-standard was last checked against its sources on 2 March 2024, more than a year ago.',
    );
  });

  it('lists the warnings in the JSON output', async () => {
    addLine('standards/example-standard.yaml', 'version: 1.0.0', 'checked: 2024-03-02');
    const run = await runCaptured(['pack', 'validate', 'pack', '--json'], work, DAY);
    expect(run.code).toBe(0);
    const parsed: unknown = JSON.parse(run.out);
    expect(parsed).toMatchObject({ ok: true, warnings: [{ templateId: 'example-standard', checked: '2024-03-02' }] });
  });

  it('refuses a date that does not exist and a replacement that is not in the pack', async () => {
    addLine('standards/example-standard.yaml', 'version: 1.0.0', 'checked: 2026-02-30');
    addLine(
      'standards/example-standard.yaml',
      'checked: 2026-02-30',
      'superseded: { date: 2026-04-01, by: no-such-template, note: Replaced. }',
    );
    const run = await runCaptured(['pack', 'validate', 'pack'], work, DAY);
    expect(run.code).toBe(1);
    expect(run.out).toContain('standards/example-standard.yaml, checked: the checked is not a real date');
  });

  it('refuses a superseded template whose replacement is not in the pack', async () => {
    addLine(
      'standards/example-standard.yaml',
      'version: 1.0.0',
      'superseded: { date: 2026-04-01, by: no-such-template, note: Replaced. }',
    );
    const run = await runCaptured(['pack', 'validate', 'pack'], work, DAY);
    expect(run.code).toBe(1);
    expect(run.out).toContain('the template is superseded by "no-such-template", which is not in this pack');
  });
});
