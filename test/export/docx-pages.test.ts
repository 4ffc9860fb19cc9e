// How a Word document is cut into pages and how its contents get page numbers: each part of the
// front matter starts a page by its first paragraph (never an empty page-break paragraph), the app's
// default export works out the contents' page numbers or asks Word to, and ids never clash.
import { describe, expect, it } from 'vitest';
import { bookmarkUniqueNumericId } from 'docx';
import type { DocComparison, DocumentModel } from '../../src/domain/document-model';
import { documentWordCount } from '../../src/domain/document-model';
import type { RichTextDoc } from '../../src/domain/rich-text';
import { runExport } from '../../src/export/export-request';
import { CONTENTS_ESTIMATE_WORDS, renderDocx } from '../../src/export/render-docx';
import { largeBusinessCase, longReport, trackedComparison } from '../fixtures/export/sample-documents';
import { attr, openTags, readDocx, textOf } from './docx-reader';

const NOW = new Date('2025-03-07T10:00:00Z');

async function bodyOf(model: DocumentModel): Promise<string> {
  return readDocx(await renderDocx(model, { now: NOW, contentsPageNumbers: false })).part('word/document.xml');
}

/** The text of each paragraph that starts a new page, in order. */
function pageStarts(body: string): string[] {
  return [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pageBreakBefore\/>.*?<\/w:p>/gs)].map((m) => textOf(m[0]).trim());
}

/** The paragraphs of the body, each as its XML. */
function paragraphs(body: string): string[] {
  return body.match(/<w:p>.*?<\/w:p>|<w:p\/>/gs) ?? [];
}

describe('page breaks', () => {
  it('starts document control, contents and the body each on a page of their own, by their first paragraph', async () => {
    const body = await bodyOf(longReport());
    expect(body).not.toContain('w:type="page"');
    expect(pageStarts(body)).toEqual(['Document control', 'Contents', 'Strategic case', 'Economic case']);
  });

  it('starts the contents straight after the cover when there is no document control', async () => {
    const model = longReport();
    delete model.control;
    const body = await bodyOf(model);
    expect(body).not.toContain('w:type="page"');
    expect(pageStarts(body)).toEqual(['Contents', 'Strategic case', 'Economic case']);
  });

  it('starts the body on the page after the cover when there is neither control nor contents', async () => {
    const model = longReport();
    delete model.control;
    model.contents = false;
    for (const section of model.sections) section.newPage = false;
    expect(pageStarts(await bodyOf(model))).toEqual(['Strategic case']);
  });

  it('turns a page break at the end of a section into the next heading starting the page, never two breaks', async () => {
    const model = trackedComparison();
    model.sections = [
      {
        title: 'First',
        blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'One.' }] }, { kind: 'pageBreak' }],
      },
      {
        title: 'Second',
        newPage: true,
        blocks: [
          { kind: 'paragraph', content: [{ kind: 'text', text: 'Two.' }] },
          { kind: 'pageBreak' },
          { kind: 'pageBreak' },
          { kind: 'paragraph', content: [{ kind: 'text', text: 'Three.' }] },
        ],
      },
      { title: 'Third', blocks: [] },
    ];
    const body = await bodyOf(model);
    expect(body).not.toContain('w:type="page"');
    expect(pageStarts(body)).toEqual(['First', 'Second', '']);
    const list = paragraphs(body);
    const breakAt = list.findIndex((p) => p.includes('<w:pageBreakBefore/>') && textOf(p).trim() === '');
    expect(textOf(list[breakAt + 1] ?? '')).toBe('Three.\n');
    expect(textOf(list[breakAt - 1] ?? '')).toBe('Two.\n');
  });
});

describe('contents page numbers in the app', () => {
  it('works out the page numbers of a document of several thousand words exported as the app does', async () => {
    const model = largeBusinessCase(20, 8000, 4);
    expect(documentWordCount(model)).toBeGreaterThan(5000);
    const { bytes } = await runExport({ format: 'docx', document: model, createdAt: NOW.toISOString() });
    const docx = readDocx(bytes);
    const body = docx.part('word/document.xml');
    const contents = /<w:sdt>.*?<\/w:sdt>/s.exec(body)?.[0] ?? '';
    const shown = contents.replace(/<w:instrText[^>]*>.*?<\/w:instrText>/g, '');
    const entries = textOf(shown)
      .split('\n')
      .filter((line) => line.includes('\t'));
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) expect(entry).toMatch(/\t\d+$/);
    const last = Number(/\t(\d+)$/.exec(entries.at(-1) ?? '')?.[1]);
    expect(last).toBeGreaterThan(8);
    expect(docx.part('word/settings.xml')).not.toContain('updateFields');
  });

  it('asks Word to update the fields of a document too long to lay out when it is written', async () => {
    const model = largeBusinessCase();
    expect(documentWordCount(model)).toBeGreaterThan(CONTENTS_ESTIMATE_WORDS);
    const { bytes } = await runExport({ format: 'docx', document: model, createdAt: NOW.toISOString() });
    expect(readDocx(bytes).part('word/settings.xml')).toMatch(/<w:updateFields w:val="(true|1)"\/>|<w:updateFields\/>/);
  });
});

/** A comparison of two versions of a paragraph in which every other word of `words` changed. */
function manyChanges(words: number): DocComparison {
  const sentence = (changed: boolean) =>
    Array.from({ length: words }, (_, i) => (changed && i % 2 === 1 ? `new${i}` : `word${i}`)).join(' ');
  const doc = (text: string): RichTextDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  return {
    kind: 'comparison',
    before: doc(sentence(false)),
    after: doc(sentence(true)),
    author: 'Priya Shah',
    date: '2025-03-07',
  };
}

describe('ids in the document', () => {
  it('gives tracked changes ids that no bookmark of the contents uses', async () => {
    // Bookmark ids come from a counter that runs on between documents: enough changes to reach past it.
    const counter = bookmarkUniqueNumericId();
    const model = trackedComparison();
    model.contents = true;
    model.sections.push({ title: 'More', blocks: [manyChanges(counter + 40)] }, { title: 'Last', blocks: [] });
    const bytes = await renderDocx(model, { now: NOW, contentsPageNumbers: true });
    const body = readDocx(bytes).part('word/document.xml');
    const bookmarks = openTags(body, 'w:bookmarkStart');
    const changes = [...openTags(body, 'w:ins'), ...openTags(body, 'w:del')];
    expect(bookmarks.length).toBeGreaterThan(2);
    expect(changes.length).toBeGreaterThan(counter + 40);
    const ids = [...bookmarks, ...changes].map((tag) => attr(tag, 'w:id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
