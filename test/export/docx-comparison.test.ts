// Tracked changes: a comparison of two versions becomes Word insertions and deletions.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/document-model';
import { renderDocx } from '../../src/export/render-docx';
import { trackedComparison } from '../fixtures/export/sample-documents';
import { attr, openTags, readDocx, textOf } from './docx-reader';

async function bodyOf(model: DocumentModel): Promise<string> {
  return readDocx(await renderDocx(model, { now: new Date('2025-03-07T10:00:00Z') })).part('word/document.xml');
}

function changeText(body: string, tag: 'w:ins' | 'w:del'): string[] {
  const inner = tag === 'w:ins' ? 'w:t' : 'w:delText';
  return [...body.matchAll(new RegExp(`<${tag} [^>]*>(.*?)</${tag}>`, 'g'))].map((m) =>
    [...(m[1] ?? '').matchAll(new RegExp(`<${inner}[^>]*>([^<]*)</${inner}>`, 'g'))].map((t) => t[1]).join(''),
  );
}

describe('tracked comparison', () => {
  it('writes insertions and deletions with author and date', async () => {
    const body = await bodyOf(trackedComparison());
    const changes = [...openTags(body, 'w:ins'), ...openTags(body, 'w:del')];
    expect(changes.length).toBeGreaterThan(4);
    for (const tag of changes) {
      expect(attr(tag, 'w:author')).toBe('Priya Shah');
      expect(attr(tag, 'w:date')).toBe('2025-03-07T00:00:00Z');
    }
    const ids = changes.map((tag) => attr(tag, 'w:id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('changes only the words that differ', async () => {
    const body = await bodyOf(trackedComparison());
    const inserted = changeText(body, 'w:ins');
    const deleted = changeText(body, 'w:del');
    expect(deleted).toContain('eight');
    expect(inserted).toContain('ten');
    expect(inserted.join('|')).toContain(' with two researchers');
    expect(deleted).toContain('120k');
    expect(inserted).toContain('150k');
    // unchanged words stay plain text, neither inserted nor deleted
    expect(textOf(body)).toContain('Costs are estimated at ');
    expect(inserted.join('')).not.toContain('Costs');
    expect(deleted.join('')).not.toContain('Costs');
  });

  it('marks whole paragraphs added or removed on the paragraph mark too', async () => {
    const body = await bodyOf(trackedComparison());
    expect(body).toMatch(
      /<w:pPr><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText[^>]*>This paragraph will be removed entirely/,
    );
    expect(body).toMatch(
      /<w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t[^>]*>A new paragraph about benefits was added/,
    );
  });

  it('shows a table edited in place cell by cell', async () => {
    const cell = (text: string, type: 'tableCell' | 'tableHeader' = 'tableCell') => ({
      type,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    });
    const table = (status: string) => ({
      type: 'table' as const,
      content: [
        { type: 'tableRow' as const, content: [cell('Risk', 'tableHeader'), cell('Status', 'tableHeader')] },
        { type: 'tableRow' as const, content: [cell('Supplier delay'), cell(status)] },
      ],
    });
    const model = trackedComparison();
    model.sections = [
      {
        title: 'Risks',
        blocks: [
          {
            kind: 'comparison',
            before: { type: 'doc', content: [table('Open')] },
            after: { type: 'doc', content: [table('Closed')] },
            author: 'Jo Evans',
            date: '2025-04-01T09:30:00Z',
          },
        ],
      },
    ];
    const body = await bodyOf(model);
    expect(changeText(body, 'w:del')).toEqual(['Open']);
    expect(changeText(body, 'w:ins')).toEqual(['Closed']);
    expect(openTags(body, 'w:tblHeader').length).toBeGreaterThanOrEqual(1);
    expect(attr(openTags(body, 'w:ins')[0] ?? '', 'w:date')).toBe('2025-04-01T09:30:00Z');
  });
});
