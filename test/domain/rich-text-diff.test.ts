// The word-level comparison of two rich-text versions (src/domain/document-diff.ts).
import { describe, expect, it } from 'vitest';
import { diffBudget, diffRichText, diffWords, lcsMatches } from '../../src/domain/document-diff';
import type { RichTextDoc, RichTextInline } from '../../src/domain/rich-text';

const t = (text: string): RichTextInline[] => [{ type: 'text', text }];
const doc = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((p) => ({ type: 'paragraph', content: t(p) })),
});

describe('lcsMatches', () => {
  it('finds the longest run of items in common, in order', () => {
    const pairs = lcsMatches(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'd', 'y', 'e']);
    expect(pairs).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
      [4, 5],
    ]);
  });

  it('keeps the common ends and gives up on the middle when it is too large', () => {
    const a = ['start', ...Array.from({ length: 50 }, (_, i) => `a${i}`), 'same', 'end'];
    const b = ['start', ...Array.from({ length: 50 }, (_, i) => `b${i}`), 'same', 'end'];
    expect(lcsMatches(a, b, 100)).toEqual([
      [0, 0],
      [51, 51],
      [52, 52],
    ]);
  });

  it('matches a large edit within the bound', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `w${i % 97}`);
    const b = a.map((w, i) => (i % 10 === 0 ? 'changed' : w));
    const pairs = lcsMatches(a, b);
    expect(pairs.length).toBeGreaterThanOrEqual(1350);
  });
});

describe('diffWords', () => {
  it('marks only the changed words', () => {
    expect(diffWords(t('Costs are 120k in total.'), t('Costs are 150k in total.'))).toEqual([
      { op: 'equal', text: 'Costs are ' },
      { op: 'delete', text: '120k' },
      { op: 'insert', text: '150k' },
      { op: 'equal', text: ' in total.' },
    ]);
  });

  it('treats punctuation apart from words and counts formatting as a change', () => {
    const segments = diffWords(t('eight weeks.'), t('eight weeks with two people.'));
    expect(segments.filter((s) => s.op === 'delete')).toEqual([]);
    expect(
      segments
        .filter((s) => s.op === 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe(' with two people');
    const bold = diffWords(t('go now'), [
      { type: 'text', text: 'go ' },
      { type: 'text', text: 'now', marks: [{ type: 'bold' }] },
    ]);
    expect(bold).toEqual([
      { op: 'equal', text: 'go ' },
      { op: 'delete', text: 'now' },
      { op: 'insert', text: 'now', marks: [{ type: 'bold' }] },
    ]);
  });

  it('shows a rewritten phrase as the old words removed and the new ones added, not interleaved', () => {
    const segments = diffWords(
      t('We will test the prototype with users in March.'),
      t('We tested a paper prototype with twelve users in April and May.'),
    );
    expect(segments).toEqual([
      { op: 'equal', text: 'We ' },
      { op: 'delete', text: 'will test the' },
      { op: 'insert', text: 'tested a paper' },
      { op: 'equal', text: ' prototype with ' },
      { op: 'insert', text: 'twelve ' },
      { op: 'equal', text: 'users in ' },
      { op: 'delete', text: 'March' },
      { op: 'insert', text: 'April and May' },
      { op: 'equal', text: '.' },
    ]);
    // Reading the old or the new text back from the segments gives each version whole.
    const read = (keep: 'delete' | 'insert') =>
      segments
        .filter((s) => s.op !== (keep === 'delete' ? 'insert' : 'delete'))
        .map((s) => s.text)
        .join('');
    expect(read('delete')).toBe('We will test the prototype with users in March.');
    expect(read('insert')).toBe('We tested a paper prototype with twelve users in April and May.');
  });
});

describe('diffRichText', () => {
  it('aligns paragraphs, compares edited ones word by word and shows added and removed ones whole', () => {
    const blocks = diffRichText(
      doc('Intro stays the same.', 'The team will run discovery for eight weeks.', 'Old paragraph to go.'),
      doc('Intro stays the same.', 'The team will run discovery for ten weeks.', 'A brand new point about benefits.'),
    );
    expect(blocks.map((b) => b.change)).toEqual(['same', 'changed', 'deleted', 'inserted']);
    const changed = blocks[1];
    expect(
      changed?.kind === 'text' && changed.segments.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`),
    ).toEqual(['delete:eight', 'insert:ten']);
  });

  it('shares one budget between the documents of a comparison, then compares only the common ends', () => {
    const before = doc('The team will run discovery for eight weeks with five people.');
    const after = doc('The team will run discovery for ten weeks with six people.');
    const changes = (blocks: ReturnType<typeof diffRichText>) =>
      blocks.flatMap((b) => (b.kind === 'text' ? b.segments.map((s) => `${s.op}:${s.text}`) : []));
    const budget = diffBudget(1000);
    expect(changes(diffRichText(before, after, budget))).toEqual([
      'equal:The team will run discovery for ',
      'delete:eight',
      'insert:ten',
      'equal: weeks with ',
      'delete:five',
      'insert:six',
      'equal: people.',
    ]);
    // Aligning the paragraph (2 by 2 cells) and the words between the first and last change (8 by 8).
    expect(budget.cells).toBe(1000 - 4 - 64);
    // With too little left for the next section, its paragraph keeps its common start and end and shows
    // the words between as removed and added, and the budget is not overdrawn.
    const tight = diffBudget(10);
    expect(changes(diffRichText(before, after, tight))).toEqual([
      'equal:The team will run discovery for ',
      'delete:eight weeks with five',
      'insert:ten weeks with six',
      'equal: people.',
    ]);
    expect(tight.cells).toBe(6);
  });

  it('keeps list and heading styles of each paragraph', () => {
    const before: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: t('Risks') },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: t('Supplier delay') }] }],
        },
      ],
    };
    const after: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: t('Risks') },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: t('Supplier delay') }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: t('Budget cut') }] },
          ],
        },
      ],
    };
    const blocks = diffRichText(before, after);
    expect(blocks.map((b) => (b.kind === 'text' ? `${b.change}:${b.style.kind}` : b.kind))).toEqual([
      'same:heading',
      'same:listItem',
      'inserted:listItem',
    ]);
  });

  it('shows a table whose shape changed as removed and added', () => {
    const cell = (text: string) => ({
      type: 'tableCell' as const,
      content: [{ type: 'paragraph' as const, content: t(text) }],
    });
    const before: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('a')] }] }],
    };
    const after: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('a'), cell('b')] }] }],
    };
    expect(diffRichText(before, after).map((b) => `${b.kind}:${b.change}`)).toEqual([
      'table:deleted',
      'table:inserted',
    ]);
  });
});
