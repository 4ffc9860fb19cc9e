import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { allGuides, guidesByItem, itemRef } from '../../src/domain/guide-links';
import { searchTemplates } from '../../src/domain/library-search';
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

describe('searchTemplates', () => {
  it('lists every template for an empty query', async () => {
    const packs = await load('gov-uk-service-standard', 'waymark-example-processes');
    expect(searchTemplates(packs, '  ').map((h) => h.template.id)).toEqual([
      'gov-uk-service-standard',
      'central-digital-assurance',
      'departmental-it-governance',
      'procurement-steps',
    ]);
  });

  it('finds a template by the title of one of its points, in any case and word order', async () => {
    const packs = await load('gov-uk-service-standard', 'colorado-software-delivery-maturity');
    const hits = searchTemplates(packs, 'SOURCE open');
    expect(hits.map((h) => h.template.id)).toEqual(['gov-uk-service-standard']);
    expect(hits[0]?.matchedItems).toContain('12. Make new source code open');
  });

  it('finds nothing when one word is missing everywhere', async () => {
    const packs = await load('gov-uk-service-standard');
    expect(searchTemplates(packs, 'users zzzz')).toEqual([]);
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
