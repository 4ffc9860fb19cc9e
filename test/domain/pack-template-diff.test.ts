// Comparing two versions of a template: what was added, removed, changed (which fields) or moved.
import { describe, expect, it } from 'vitest';
import type { PackTemplate } from '../../src/domain/pack';
import { diffTemplates } from '../../src/domain/pack-template-diff';
import { readPackEntries } from '../../src/packs/pack-reader';
import { goodEntries } from '../packs/pack-fixtures';

function template<K extends PackTemplate['kind']>(kind: K): Extract<PackTemplate, { kind: K }> {
  const result = readPackEntries(goodEntries());
  const found = result.pack?.templates.find((t): t is Extract<PackTemplate, { kind: K }> => t.kind === kind);
  if (!found) throw new Error(`the fixture has no ${kind}`);
  return found;
}

describe('comparing template versions', () => {
  it('finds nothing between a template and itself', () => {
    const standard = template('standard');
    const diff = diffTemplates(standard, standard);
    expect(diff.unchanged).toBe(true);
    expect(diff.items).toEqual([{ noun: 'point', added: [], removed: [], changed: [], reordered: false }]);
  });

  it('lists added, removed and changed points with the fields that changed, and metadata changes', () => {
    const before = template('standard');
    const [one, two, three] = before.points;
    if (!one || !two || !three) throw new Error('expected three points');
    const after = {
      ...before,
      version: '1.1.0',
      summary: 'New summary.',
      points: [
        { ...one, summary: 'Changed.', evidence: ['Only one'] },
        three,
        { id: '4', title: 'New point', summary: 'New.' },
      ],
    };
    const diff = diffTemplates(before, after);
    expect(diff.unchanged).toBe(false);
    expect(diff.fields).toEqual([
      { field: 'summary', before: 'Three points to try the reader with.', after: 'New summary.' },
      { field: 'version', before: '1.0.0', after: '1.1.0' },
    ]);
    expect(diff.items[0]).toEqual({
      noun: 'point',
      added: [{ id: '4', title: 'New point' }],
      removed: [{ id: '2', title: 'Work in the open' }],
      changed: [
        {
          id: '1',
          title: 'Know your users',
          fields: ['evidence', 'summary'],
          changes: [
            { field: 'evidence', before: one.evidence, after: ['Only one'] },
            { field: 'summary', before: one.summary, after: 'Changed.' },
          ],
        },
      ],
      reordered: false,
    });
  });

  it('notices items that moved', () => {
    const before = template('process');
    const diff = diffTemplates(before, { ...before, steps: [...before.steps].reverse() });
    expect(diff.items[0]?.reordered).toBe(true);
    expect(diff.items[0]?.changed).toEqual([]);
  });

  it('diffs levels, categories and dimensions of a maturity model separately', () => {
    const before = template('maturity-model');
    const [culture, policy] = before.categories;
    if (!culture || !policy?.dimensions?.[0]) throw new Error('expected categories');
    const after = {
      ...before,
      levels: [...before.levels, { id: 'very-high', label: 'Very high' }],
      categories: [culture, { ...policy, dimensions: [{ ...policy.dimensions[0], title: 'Leadership' }] }],
    };
    const diff = diffTemplates(before, after);
    const byNoun = Object.fromEntries(diff.items.map((list) => [list.noun, list]));
    expect(byNoun.level?.added).toEqual([{ id: 'very-high', title: 'Very high' }]);
    expect(byNoun.category?.changed).toEqual([]);
    expect(byNoun.dimension?.changed).toEqual([
      {
        id: 'leadership',
        title: 'Leadership',
        parent: 'policy',
        fields: ['title'],
        changes: [{ field: 'title', before: 'Political leadership', after: 'Leadership' }],
      },
    ]);
    expect(byNoun.dimension?.removed).toEqual([{ id: 'standards', title: 'Standards and policy', parent: 'policy' }]);
  });

  it('diffs business case sections and sub-sections, and a guide body as a field', () => {
    const before = template('business-case');
    const [strategic, economic] = before.sections;
    if (!strategic?.sections?.[0] || !economic) throw new Error('expected sections');
    const after = {
      ...before,
      sections: [{ ...strategic, sections: [{ ...strategic.sections[0], prompts: { alpha: ['New?'] } }] }, economic],
    };
    const diff = diffTemplates(before, after);
    expect(diff.items[0]?.changed).toEqual([
      expect.objectContaining({
        id: 'case-for-change',
        parent: 'strategic',
        fields: ['prompts'],
        changes: [{ field: 'prompts', before: strategic.sections[0].prompts, after: { alpha: ['New?'] } }],
      }),
    ]);
    const guide = template('guide');
    expect(diffTemplates(guide, { ...guide, body: 'New text.\n' }).fields.map((f) => f.field)).toEqual(['body']);
  });

  it('reports a change of kind', () => {
    const diff = diffTemplates(template('standard'), { ...template('process'), id: 'example-standard' });
    expect([diff.kindBefore, diff.kindAfter]).toEqual(['standard', 'process']);
    expect(diff.items.map((list) => [list.noun, list.added.length, list.removed.length])).toEqual([
      ['point', 0, 3],
      ['step', 3, 0],
    ]);
  });
});
