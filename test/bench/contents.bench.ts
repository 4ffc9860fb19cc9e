// Contents benchmark: a guide of 500, 2,000 and 4,000 headings exported to Word from the command line
// (`pack render`, in process) and through the app's export path (runExport, as the export worker runs
// it). Prints each time, whether it was written or refused, and why. Target: within 5 s, or refused in
// under 1 s. Also times the contents page-number estimate itself against the heading count, the
// reason it is bounded by headings. Run with `npx tsx test/bench/contents.bench.ts`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { DocumentModel } from '../../src/domain/document-model';
import { runExport } from '../../src/export/export-request';
import { renderDocx } from '../../src/export/render-docx';
import { renderTemplateDocument } from '../../src/export/render-template';
import { draftSensitive } from '../fixtures/export/sample-documents';

const work = mkdtempSync(join(tmpdir(), 'waymark-contents-bench-'));
const pack = join(work, 'pack');
cpSync(join(import.meta.dirname, '../fixtures/packs/good-pack'), pack, { recursive: true });
const guidePath = join(pack, 'guides/two-bosses.md');
const original = readFileSync(guidePath, 'utf8');
const frontMatterEnd = original.indexOf('\n---', 3) + 4;

function writeGuide(headings: number): number {
  const body = Array.from({ length: headings }, (_, i) => `## Part ${i + 1}\n\nA line.\n`).join('\n');
  const text = `${original.slice(0, frontMatterEnd)}\n\n${body}`;
  writeFileSync(guidePath, text);
  return Buffer.byteLength(text);
}

try {
  for (const headings of [500, 1_000, 2_000, 4_000]) {
    const bytes = writeGuide(headings);
    let said = '';
    const cliStarted = performance.now();
    const code = await runCli(['pack', 'render', pack, '--template', 'two-bosses', '--out', join(work, 'g.docx')], {
      cwd: work,
      out: () => undefined,
      err: (text) => (said = text.trim()),
    });
    const cliMs = performance.now() - cliStarted;
    // The app checks the pack when it is imported (the same reader), then exports in its worker.
    const appStarted = performance.now();
    const { result } = await readPackFromDisk(pack);
    const outcome = result.ok
      ? await runExport({
          format: 'docx',
          document: renderTemplateDocument(result.pack, 'two-bosses', { date: '2026-01-01', marking: 'OFFICIAL' }),
        }).then(
          () => 'written',
          (error: unknown) => `refused: ${error instanceof Error ? error.message : String(error)}`,
        )
      : `refused at import: ${result.problems.map((p) => p.message).join('; ')}`;
    const appMs = performance.now() - appStarted;
    console.log(
      `${headings} headings (${(bytes / 1024).toFixed(0)} KB guide): CLI ${cliMs.toFixed(0)} ms, exit ${code}${said ? ` (${said})` : ''}; app ${appMs.toFixed(0)} ms, ${outcome}`,
    );
  }
  // The estimate itself, forced on: its cost against the number of headings.
  for (const headings of [50, 100, 200]) {
    const model: DocumentModel = {
      ...draftSensitive(),
      contents: true,
      sections: Array.from({ length: headings }, (_, i) => ({
        title: `Heading ${i + 1}`,
        blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'A line.' }] }],
      })),
    };
    const off = performance.now();
    await renderDocx(model, { contentsPageNumbers: false });
    const offMs = performance.now() - off;
    const on = performance.now();
    await renderDocx(model, { contentsPageNumbers: true });
    const onMs = performance.now() - on;
    console.log(
      `contents estimate, ${headings} headings: ${onMs.toFixed(0)} ms with page numbers, ${offMs.toFixed(0)} ms without`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
