// Export benchmark: builds a business-case-sized document (about 120 sections, 60,000 words and
// 40 tables) and prints the median time to produce the .docx bytes and the file size.
// Run with `npx tsx test/bench/export.bench.ts`. Target here: under 2.5 s.
import { wordCount } from '../../src/domain/rich-text';
import { documentWordCount, flattenSections } from '../../src/domain/document-model';
import { markdownText } from '../../src/export/render-markdown';
import { CONTENTS_ESTIMATE_WORDS, renderDocx } from '../../src/export/render-docx';
import { largeBusinessCase } from '../fixtures/export/sample-documents';

const RUNS = 5;
const TARGET_MS = 2500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function time(label: string, contentsPageNumbers: boolean | 'auto'): Promise<number> {
  const model = largeBusinessCase();
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const bytes = await renderDocx(model, { contentsPageNumbers });
    times.push(performance.now() - started);
    size = bytes.length;
  }
  const ms = median(times);
  console.log(
    `${label}: median ${ms.toFixed(0)} ms over ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')}), ${(size / 1024).toFixed(0)} KB`,
  );
  return ms;
}

const model = largeBusinessCase();
const sections = flattenSections(model.sections).length;
const words = model.sections
  .flatMap((s) => flattenSections([s]))
  .flatMap(({ section }) => section.blocks)
  .reduce((sum, block) => sum + (block.kind === 'richText' ? wordCount(block.content) : 0), 0);
const tables = flattenSections(model.sections)
  .flatMap(({ section }) => section.blocks)
  .filter((b) => b.kind === 'table').length;
console.log(`Document: ${sections} sections, about ${words} words, ${tables} tables`);

const docxMs = await time(
  `docx (default: at ${documentWordCount(model)} words, over ${CONTENTS_ESTIMATE_WORDS}, contents page numbers left to Word)`,
  'auto',
);
const started = performance.now();
const markdown = markdownText(model);
console.log(`markdown: ${(performance.now() - started).toFixed(0)} ms, ${(markdown.length / 1024).toFixed(0)} KB`);
for (const words of [6000, CONTENTS_ESTIMATE_WORDS]) {
  const laidOut = largeBusinessCase(Math.round(words / 500), words, Math.round(words / 1500));
  const estimateStarted = performance.now();
  await renderDocx(laidOut, { contentsPageNumbers: 'auto' });
  console.log(
    `docx of ${documentWordCount(laidOut)} words, contents page numbers worked out by default: ${(performance.now() - estimateStarted).toFixed(0)} ms (one run)`,
  );
}
console.log(docxMs <= TARGET_MS ? `Within the ${TARGET_MS} ms target.` : `Over the ${TARGET_MS} ms target.`);
