import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { allGuides, guidesByItem, itemRef } from '../../src/domain/guide-links';
import { LibraryIndex, searchTemplates, synonymsFor } from '../../src/domain/library-search';
import type { Pack } from '../../src/domain/pack';

async function load(...folders: string[]): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const folder of folders) {
    const { result } = await readPackFromDisk(`templates/${folder}`);
    if (!result.ok) throw new Error(`${folder} is not valid`);
    packs.push(result.pack);
  }
  return packs;
}

const ALL_PACKS = readdirSync('templates').sort();

/** The ids of the first page (ten results) of a search over every built-in pack. */
function firstPage(index: LibraryIndex, query: string): string[] {
  return index
    .search(query)
    .slice(0, 10)
    .map((hit) => hit.template.id);
}

describe('searchTemplates', () => {
  it('lists every template, in pack order, for an empty query or one of only common words', async () => {
    const packs = await load('gov-uk-service-standard', 'waymark-example-processes');
    const all = [
      'gov-uk-service-standard',
      'central-digital-assurance-2026',
      'central-digital-assurance',
      'departmental-it-governance',
      'procurement-steps',
    ];
    expect(searchTemplates(packs, '  ').map((h) => h.template.id)).toEqual(all);
    expect(searchTemplates(packs, 'the and of').map((h) => h.template.id)).toEqual(all);
  });

  it('finds a template by the title of one of its points, in any case and word order, and says which', async () => {
    const packs = await load('gov-uk-service-standard', 'colorado-software-delivery-maturity');
    const hits = searchTemplates(packs, 'SOURCE open');
    expect(hits[0]?.template.id).toBe('gov-uk-service-standard');
    expect(hits[0]?.matchedItems).toContain('12. Make new source code open');
  });

  it('finds nothing when no word is anywhere', async () => {
    const packs = await load('gov-uk-service-standard');
    expect(searchTemplates(packs, 'zzzz qqqq')).toEqual([]);
  });

  it('finds French titles without their accents, and titles with a typographic apostrophe', async () => {
    const packs = await load('canada-digital-standards', 'australia-digital-service-standard');
    const french = searchTemplates(packs, 'etre de bons utilisateurs de donnees');
    expect(french[0]?.template.id).toBe('canada-digital-standards');
    expect(french[0]?.matchedItems).toContain('8. Être de bons utilisateurs de données');
    expect(searchTemplates(packs, "don't reinvent")[0]?.template.id).toBe('australia-digital-service-standard');
  });

  it('finds the Colorado model by the name people know it by', async () => {
    const packs = await load('colorado-software-delivery-maturity', 'open-source-capability-model');
    expect(searchTemplates(packs, 'Modern Software Delivery Maturity Matrix')[0]?.template.id).toBe(
      'colorado-software-delivery-maturity',
    );
  });

  it('ranks a superseded template after the one that replaces it', async () => {
    const packs = await load('waymark-example-processes');
    const ids = searchTemplates(packs, 'central digital assurance').map((h) => h.template.id);
    expect(ids.indexOf('central-digital-assurance-2026')).toBeLessThan(ids.indexOf('central-digital-assurance'));
  });

  it('adds synonyms from the list: "design authority" finds the architecture board guide', async () => {
    expect(synonymsFor('Design Authority')).toContain('architecture board');
    const packs = await load('waymark-playbook');
    expect(searchTemplates(packs, 'design authority')[0]?.template.id).toBe('working-with-the-architecture-board');
  });

  for (const query of ['alpha assessment', 'spend approval', 'architecture board', 'beta'])
    it(`"${query}" finds the Service Standard, the assessment guide and the departmental process on the first page`, async () => {
      const index = new LibraryIndex(await load(...ALL_PACKS));
      expect(firstPage(index, query)).toEqual(
        expect.arrayContaining([
          'gov-uk-service-standard',
          'preparing-for-a-service-assessment',
          'departmental-it-governance',
        ]),
      );
    });
});

describe('guide links', () => {
  it('maps checklist points to the guides that help with them', async () => {
    const packs = await load('gov-uk-service-standard', 'waymark-playbook');
    const guides = allGuides(packs);
    expect(guides.length).toBeGreaterThanOrEqual(6);
    const helping = guidesByItem(packs).get(itemRef('gov-uk-service-standard', 'gov-uk-service-standard', '7')) ?? [];
    expect(helping.length).toBeGreaterThan(0);
    for (const ref of helping)
      expect(ref.guide.helps_with).toContain('gov-uk-service-standard/gov-uk-service-standard#7');
  });
});
