// The cost of a Word export is bounded by what drives it, headings: contents page numbers are worked
// out only for documents with few headings, and a document with too many headings is refused at once.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/document-model';
import {
  CONTENTS_ESTIMATE_HEADINGS,
  DOCUMENT_MAX_HEADINGS,
  DocumentTooLargeError,
  buildDocx,
  renderDocx,
} from '../../src/export/render-docx';
import { draftSensitive } from '../fixtures/export/sample-documents';
import { readDocx } from './docx-reader';

function withHeadings(count: number): DocumentModel {
  return {
    ...draftSensitive(),
    contents: true,
    sections: Array.from({ length: count }, (_, i) => ({
      title: `Heading ${i + 1}`,
      blocks: [{ kind: 'paragraph' as const, content: [{ kind: 'text' as const, text: 'A line.' }] }],
    })),
  };
}

const UPDATE_FIELDS = /<w:updateFields w:val="(true|1)"\/>|<w:updateFields\/>/;

describe('contents page numbers by heading count', () => {
  it('leaves the page numbers of a document with many short headings to Word', async () => {
    const bytes = await renderDocx(withHeadings(CONTENTS_ESTIMATE_HEADINGS + 1), { contentsPageNumbers: 'auto' });
    expect(readDocx(bytes).part('word/settings.xml')).toMatch(UPDATE_FIELDS);
  });

  it('works them out for a document with few headings', async () => {
    const bytes = await renderDocx(withHeadings(5), { contentsPageNumbers: 'auto' });
    expect(readDocx(bytes).part('word/settings.xml')).not.toMatch(UPDATE_FIELDS);
  });
});

describe('documents with too many headings', () => {
  it('are refused before any work, with the count and what to do', async () => {
    const model = withHeadings(DOCUMENT_MAX_HEADINGS + 1);
    await expect(renderDocx(model)).rejects.toBeInstanceOf(DocumentTooLargeError);
    await expect(renderDocx(model)).rejects.toThrow(/has 1,501 headings, more than the 1,500 .* Markdown\./);
    expect(() => buildDocx(model)).toThrow(DocumentTooLargeError);
  });
});
