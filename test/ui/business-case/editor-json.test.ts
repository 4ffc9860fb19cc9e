// The conversion between the editor's JSON and Waymark's rich text, checked against the editor's own
// schema (the one the section editor uses), so what the editor loads is valid and comes back unchanged.
import { getSchema, type JSONContent } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { parseRichText, RICH_TEXT_LIMITS, type RichTextDoc } from '../../../src/domain/rich-text';
import { editorJsonToRichText, fromEditorJson, toEditorJson } from '../../../src/ui/business-case/editor-json';
import { editorExtensions } from '../../../src/ui/business-case/editor-extensions';

const schema = getSchema(editorExtensions());

/** Loads JSON into the editor's schema (checking it as the editor would) and reads it back. */
function throughEditor(json: JSONContent): unknown {
  const node = Node.fromJSON(schema, json);
  node.check();
  return node.toJSON();
}

const text = (value: string, ...marks: object[]) =>
  marks.length > 0 ? { type: 'text' as const, text: value, marks } : { type: 'text' as const, text: value };
const para = (...content: object[]) => ({ type: 'paragraph', content });

const FULL = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Why now')] },
    para(
      text('We ask for '),
      text('beta', { type: 'bold' }),
      text(' and '),
      text('six', { type: 'bold' }, { type: 'italic' }),
      text(' people.'),
    ),
    para(
      text('See '),
      text('the report', { type: 'link', attrs: { href: 'https://www.gov.uk/report' } }),
      { type: 'hardBreak' },
      text('or '),
      text('write', { type: 'link', attrs: { href: 'mailto:team@example.gov.uk' } }),
    ),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('First'))] },
        {
          type: 'listItem',
          content: [
            para(text('Second')),
            {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [{ type: 'listItem', content: [para(text('Nested'))] }],
            },
          ],
        },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('One'))] }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [para(text('Phase'))] },
            { type: 'tableHeader', content: [para(text('Cost'))] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [para(text('Beta'))] },
            { type: 'tableCell', attrs: { colspan: 2 }, content: [para(text('£1.2m', { type: 'bold' }))] },
          ],
        },
      ],
    },
    { type: 'paragraph' },
  ],
};

describe('editor JSON and rich text', () => {
  it('round-trips headings, bold, italic, links, lists and tables through the editor unchanged', () => {
    const parsed = parseRichText(FULL);
    if (!parsed.ok) throw new Error(parsed.error);
    const back = fromEditorJson(throughEditor(toEditorJson(parsed.value)));
    expect(back).toEqual(parsed.value);
  });

  it('fills in what the editor needs: an empty document, and list items and cells without a paragraph', () => {
    const empty: RichTextDoc = { type: 'doc', content: [] };
    expect(fromEditorJson(throughEditor(toEditorJson(empty)))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
    const odd = parseRichText({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [] }] }] },
      ],
    });
    if (!odd.ok) throw new Error(odd.error);
    expect(() => throughEditor(toEditorJson(odd.value))).not.toThrow();
  });

  it('drops a hostile link but keeps its words, and drops formatting Waymark does not keep', () => {
    const hostile = {
      type: 'doc',
      content: [
        para(
          text('click', { type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'italic' }, { type: 'bold' }),
          text(' data', { type: 'link', attrs: { href: 'data:text/html,<script>x</script>' } }),
          text(' struck', { type: 'strike' }),
          text(' safe', { type: 'link', attrs: { href: 'https://example.org', target: '_blank', class: 'x' } }),
        ),
      ],
    };
    expect(fromEditorJson(hostile)).toEqual({
      type: 'doc',
      content: [
        para(
          text('click', { type: 'bold' }, { type: 'italic' }),
          text(' data'),
          text(' struck'),
          text(' safe', { type: 'link', attrs: { href: 'https://example.org' } }),
        ),
      ],
    });
  });

  it('maps unknown nodes to their words instead of failing, and never keeps HTML as markup', () => {
    const pasted = {
      type: 'doc',
      content: [
        { type: 'blockquote', content: [para(text('Quoted'))] },
        { type: 'codeBlock', content: [text('<b>not bold</b>\nline two')] },
        { type: 'horizontalRule' },
        { type: 'mystery', content: [{ type: 'mention', attrs: { id: 'x' }, content: [text('@Priya')] }] },
        { type: 'heading', attrs: { level: 9 }, content: [text('Too deep')] },
        'not a node',
      ],
    };
    expect(fromEditorJson(pasted)).toEqual({
      type: 'doc',
      content: [
        para(text('Quoted')),
        para(text('<b>not bold</b>'), { type: 'hardBreak' }, text('line two')),
        para(text('@Priya')),
        { type: 'heading', attrs: { level: 6 }, content: [text('Too deep')] },
      ],
    });
    expect(fromEditorJson('<p>html</p>')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(parseRichText(fromEditorJson(pasted)).ok).toBe(true);
  });

  it('keeps the words of a document nested deeper than Waymark reads', () => {
    let node: object = para(text('deep'));
    for (let i = 0; i < 40; i += 1) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    const doc = fromEditorJson({ type: 'doc', content: [node] });
    expect(parseRichText(doc).ok).toBe(true);
    expect(JSON.stringify(doc)).toContain('deep');
  });

  it('says why text longer than a section may hold cannot be stored, instead of flattening the section', () => {
    const long = 'x'.repeat(RICH_TEXT_LIMITS.textLength + 1);
    const json = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Costs' }] },
        { type: 'paragraph', content: [{ type: 'text', text: long }] },
      ],
    };
    const converted = editorJsonToRichText(json);
    expect(converted.ok).toBe(false);
    expect(!converted.ok && converted.error.length).toBeGreaterThan(0);
    const fine = editorJsonToRichText({ type: 'doc', content: [json.content[0]] });
    expect(fine.ok && fine.value.content[0]?.type).toBe('heading');
  });
});
