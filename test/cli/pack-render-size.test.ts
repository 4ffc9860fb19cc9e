// `pack render` applies the app's rule for long documents: a guide with too many headings is refused
// with the reason, and nothing is written.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../src/domain/pack-limits';
import { DOCUMENT_MAX_HEADINGS } from '../../src/export/render-docx';
import { GOOD_PACK } from '../packs/pack-fixtures';
import { runCaptured } from './pack-cli-io';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-render-size-'));
  cpSync(GOOD_PACK, join(work, 'pack'), { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function guideWithHeadings(count: number): void {
  const path = join(work, 'pack/guides/two-bosses.md');
  const text = readFileSync(path, 'utf8');
  const close = text.indexOf('\n---', 3) + 4;
  const body = Array.from({ length: count }, (_, i) => `## Part ${i + 1}\n\nA line.\n`).join('\n');
  writeFileSync(path, `${text.slice(0, close)}\n\n${body}`);
}

describe('pack render of a guide with many headings', () => {
  it('refuses a guide with more headings than a Word document may have, and writes nothing', async () => {
    guideWithHeadings(PACK_LIMITS.maxGuideHeadings + 1);
    const run = await runCaptured(['pack', 'render', 'pack', '--template', 'two-bosses', '--out', 'guide.docx'], work);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      `guides/two-bosses.md: the guide has ${PACK_LIMITS.maxGuideHeadings + 1} headings, more than the ${PACK_LIMITS.maxGuideHeadings} allowed; split it into smaller guides`,
    );
    expect(existsSync(join(work, 'guide.docx'))).toBe(false);
  });

  it('writes a guide with as many headings as a guide may have', async () => {
    guideWithHeadings(PACK_LIMITS.maxGuideHeadings);
    expect(PACK_LIMITS.maxGuideHeadings + 10).toBeLessThan(DOCUMENT_MAX_HEADINGS);
    const run = await runCaptured(['pack', 'render', 'pack', '--template', 'two-bosses', '--out', 'guide.docx'], work);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(join(work, 'guide.docx'))).toBe(true);
  });
});
