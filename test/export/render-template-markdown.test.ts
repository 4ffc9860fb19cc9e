// The Markdown body of a guide mapped onto the document model: headings as nested sections, inline
// formatting, safe links only, lists, and raw HTML never passed through.
import { describe, expect, it } from 'vitest';
import { markdownToModel } from '../../src/export/markdown-to-model';

describe('markdownToModel', () => {
  it('turns headings into nested sections from the shallowest level down, with blocks before the first heading kept apart', () => {
    const result = markdownToModel(
      'Opening words.\n\n## First\n\nOne.\n\n### Inner\n\nTwo.\n\n## Second\n\n#### Deep\n\nThree.\n',
    );
    expect(result.blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: 'Opening words.' }] }]);
    expect(result.sections.map((s) => s.title)).toEqual(['First', 'Second']);
    expect(result.sections[0]?.sections?.map((s) => s.title)).toEqual(['Inner']);
    expect(result.sections[1]?.sections?.map((s) => s.title)).toEqual(['Deep']);
    expect(result.sections[1]?.sections?.[0]?.blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Three.' }] },
    ]);
  });

  it('keeps bold, italic and web links, joins soft line breaks and keeps hard ones', () => {
    const { blocks } = markdownToModel(
      'Some **bold** and *italic* text\nwith a [link](https://www.gov.uk/) and ***both***.  \nNew line.',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Some ' },
          { kind: 'text', text: 'bold', bold: true },
          { kind: 'text', text: ' and ' },
          { kind: 'text', text: 'italic', italic: true },
          { kind: 'text', text: ' text with a ' },
          { kind: 'text', text: 'link', href: 'https://www.gov.uk/' },
          { kind: 'text', text: ' and ' },
          { kind: 'text', text: 'both', bold: true, italic: true },
          { kind: 'text', text: '.\nNew line.' },
        ],
      },
    ]);
  });

  it('resolves reference links and drops links that are not web or email addresses', () => {
    const { blocks } = markdownToModel(
      'See [the manual][m] and [this](javascript:alert(1)) and [that](#anchor).\n\n[m]: https://www.gov.uk/service-manual\n',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'See ' },
          { kind: 'text', text: 'the manual', href: 'https://www.gov.uk/service-manual' },
          { kind: 'text', text: ' and this and that.' },
        ],
      },
    ]);
  });

  it('maps bulleted and numbered lists, nested lists and items of several paragraphs', () => {
    const { blocks } = markdownToModel(
      '- one\n- two\n  - two a\n  - two b\n\n1. first\n\n   more about first\n2. second\n',
    );
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { content: [{ kind: 'text', text: 'one' }] },
          {
            content: [{ kind: 'text', text: 'two' }],
            children: {
              kind: 'list',
              ordered: false,
              items: [{ content: [{ kind: 'text', text: 'two a' }] }, { content: [{ kind: 'text', text: 'two b' }] }],
            },
          },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          { content: [{ kind: 'text', text: 'first\nmore about first' }] },
          { content: [{ kind: 'text', text: 'second' }] },
        ],
      },
    ]);
  });

  it('never passes raw HTML on, and keeps only the description of an image', () => {
    const result = markdownToModel(
      '<div onclick="x()">hidden</div>\n\nText with <b>inline</b> tags and ![a chart](https://example.org/c.png).\n\n<script>alert(1)</script>\n',
    );
    expect(JSON.stringify(result)).not.toMatch(/<|onclick|script/);
    expect(result.blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Text with inline tags and a chart.' }] },
    ]);
  });

  it('shows code as plain text and quotes as paragraphs', () => {
    const { blocks } = markdownToModel(
      '> A quoted line\n\nUse `waymark pack render` here.\n\n```\nline one\nline two\n```\n',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'A quoted line' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Use waymark pack render here.' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'line one\nline two' }] },
    ]);
  });
});
