// Read-only rich text (a frozen revision) is built from React elements: words stay words, even when they
// look like HTML, and only web and email addresses become links.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../src/domain/rich-text';
import { RichTextView } from '../../../src/ui/business-case/RichTextView';

describe('read-only rich text', () => {
  it('shows formatting, lists, tables and headings below the section heading', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Costs' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'firm', marks: [{ type: 'bold' }, { type: 'italic' }] }] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three' }] }] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Phase' }] }] },
              ],
            },
          ],
        },
      ],
    };
    const html = renderToStaticMarkup(<RichTextView doc={doc} baseLevel={2} />);
    expect(html).toContain('<h3>');
    expect(html).toContain('<em><strong>firm</strong></em>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<th>');
  });

  it('never renders words as markup, and shows an unsafe link as plain text', () => {
    // A document that skipped the reader: the view still refuses to make the link live.
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '<img src=x onerror=alert(1)>' },
            { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'report', marks: [{ type: 'link', attrs: { href: 'https://www.gov.uk/' } }] },
          ],
        },
      ],
    } as RichTextDoc;
    const html = renderToStaticMarkup(<RichTextView doc={doc} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>click</span>');
    expect(html).toContain('href="https://www.gov.uk/"');
  });
});
