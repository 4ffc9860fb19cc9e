// The rich-text format: the validator accepts editor documents and refuses anything else.
import { describe, expect, it } from 'vitest';
import { isSafeLink, parseRichText, plainText, richTextFromPlainText, wordCount } from '../../src/domain/rich-text';
import { richSample } from '../fixtures/export/sample-documents';

function errorOf(value: unknown): string {
  const result = parseRichText(value);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('parseRichText', () => {
  it('accepts a document with every supported part and returns it unchanged', () => {
    const doc = richSample();
    expect(parseRichText(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, value: doc });
  });

  it('accepts what an editor saves and drops attributes Waymark does not use', () => {
    const fromEditor = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: 'left' },
          content: [
            {
              type: 'text',
              text: 'See',
              marks: [
                { type: 'link', attrs: { href: 'https://gov.uk', target: '_blank', rel: 'noopener', class: null } },
              ],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 1, rowspan: 1, colwidth: null },
                  content: [{ type: 'paragraph' }],
                },
              ],
            },
          ],
        },
      ],
    };
    const result = parseRichText(fromEditor);
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'See', marks: [{ type: 'link', attrs: { href: 'https://gov.uk' } }] }],
          },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          {
            type: 'table',
            content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }] }],
          },
        ],
      },
    });
  });

  it('refuses HTML and anything that is not a document', () => {
    expect(errorOf('<p>Hello</p>')).toBe('The text is not in the expected structured format.');
    expect(errorOf(null)).toBe('The text is not in the expected structured format.');
    expect(errorOf([])).toBe('The text is not in the expected structured format.');
    expect(errorOf({ type: 'paragraph' })).toBe('The text is not in the expected structured format.');
  });

  it('refuses unknown parts, marks and broken text', () => {
    expect(errorOf({ type: 'doc', content: [{ type: 'html', content: '<b>x</b>' }] })).toBe(
      'The document has a part that is not recognised.',
    );
    expect(
      errorOf({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }] }] }],
      }),
    ).toBe('The text has a formatting mark that is not recognised.');
    expect(errorOf({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 4 }] }] })).toBe(
      'The document has a piece of text without any words.',
    );
    expect(errorOf({ type: 'doc', content: [{ type: 'heading', attrs: { level: 7 } }] })).toBe(
      'The document has a heading without a level from 1 to 6.',
    );
    expect(errorOf({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] })).toBe(
      'A list holds something other than list items.',
    );
    expect(errorOf({ type: 'doc', content: [{ type: 'table', content: [] }] })).toBe('A table has no rows.');
    expect(errorOf({ type: 'doc', content: 'text' })).toBe('The document has content that is not a list.');
  });

  it('refuses links that are not web or email addresses', () => {
    const withLink = (href: string) => ({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] },
      ],
    });
    expect(errorOf(withLink('javascript:alert(1)'))).toBe('The text has a link that is not a web or email address.');
    expect(errorOf(withLink('file:///etc/passwd'))).toBe('The text has a link that is not a web or email address.');
    expect(parseRichText(withLink('mailto:team@example.gov.uk')).ok).toBe(true);
    expect(isSafeLink('https://www.gov.uk/x')).toBe(true);
    expect(isSafeLink('data:text/html,hi')).toBe(false);
  });

  it('refuses documents nested too deeply instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 100; i += 1) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    expect(errorOf({ type: 'doc', content: [node] })).toBe('The document is nested too deeply to read.');
  });
});

describe('plain text helpers', () => {
  it('reads the text of a document and counts its words', () => {
    const doc = richTextFromPlainText('First paragraph\nsecond line\n\nSecond paragraph');
    expect(doc.content).toHaveLength(2);
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'First paragraph' },
        { type: 'hardBreak' },
        { type: 'text', text: 'second line' },
      ],
    });
    expect(plainText(doc)).toBe('First paragraph\nsecond line\nSecond paragraph');
    expect(wordCount(doc)).toBe(6);
  });
});
