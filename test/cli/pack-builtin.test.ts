// Every built-in pack under templates/ validates, with the number of items its source standard has.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateItemCount, type Pack, type PackTemplate } from '../../src/domain/pack';
import { REFERENCE_PATTERN } from '../../src/domain/pack-text';
import { readPackFromDisk } from '../../src/cli/pack-source';

const TEMPLATES = join(import.meta.dirname, '../../templates');

const EXPECTED_ITEMS: Record<string, number> = {
  'gov-uk-service-standard': 14,
  'nhs-service-standard': 17,
  'uk-technology-code-of-practice': 13,
  'us-digital-services-playbook': 13,
  'canada-digital-standards': 10,
  'australia-digital-service-standard': 10,
  'colorado-software-delivery-maturity': 8,
  'open-source-capability-model': 4,
};

const OTHER_PACKS = ['waymark-agile-business-case', 'waymark-example-processes', 'waymark-playbook'];

async function readBuiltIn(folder: string) {
  const { result } = await readPackFromDisk(join(TEMPLATES, folder));
  expect(result.problems).toEqual([]);
  if (!result.ok) throw new Error(`${folder} is not valid`);
  return result.pack;
}

describe('built-in packs', () => {
  it('has a folder for every pack of the contract', () => {
    const folders = readdirSync(TEMPLATES);
    for (const folder of [...Object.keys(EXPECTED_ITEMS), ...OTHER_PACKS]) expect(folders).toContain(folder);
  });

  for (const [folder, items] of Object.entries(EXPECTED_ITEMS)) {
    it(`${folder} validates with ${items} items, publisher Waymark, and the date it was checked`, async () => {
      const pack = await readBuiltIn(folder);
      expect(pack.manifest).toMatchObject({ id: folder, publisher: 'Waymark' });
      expect(pack.manifest.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(pack.templates.every((t) => t.checked !== undefined)).toBe(true);
      expect(pack.templates.map((t) => [t.id, templateItemCount(t)])).toEqual([[folder, items]]);
    });
  }

  it('the business case, process and playbook packs validate', async () => {
    const businessCase = await readBuiltIn('waymark-agile-business-case');
    expect(businessCase.templates.map((t) => [t.id, t.kind])).toEqual([['agile-business-case', 'business-case']]);
    const processes = await readBuiltIn('waymark-example-processes');
    expect(processes.templates.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'central-digital-assurance',
        'central-digital-assurance-2026',
        'departmental-it-governance',
      ]),
    );
    const superseded = processes.templates.find((t) => t.id === 'central-digital-assurance');
    expect(superseded?.superseded).toMatchObject({ date: '2026-04-01', by: 'central-digital-assurance-2026' });
    expect(processes.templates.every((t) => t.kind === 'process')).toBe(true);
    const playbook = await readBuiltIn('waymark-playbook');
    expect(playbook.templates.filter((t) => t.kind === 'guide').length).toBeGreaterThanOrEqual(6);
  });
});

/** The item ids a reference may name in a template. */
function itemIds(template: PackTemplate): string[] {
  switch (template.kind) {
    case 'standard':
      return template.points.map((p) => p.id);
    case 'maturity-model':
      return template.categories.flatMap((c) => [c.id, ...(c.dimensions ?? []).map((d) => d.id)]);
    case 'business-case':
      return template.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((sub) => sub.id)]);
    case 'process':
      return template.steps.map((step) => step.id);
    case 'guide':
    case 'crosswalk':
      return [];
  }
}

describe('references between built-in packs', () => {
  it('every helps_with of every built-in guide names a real item of a built-in pack', async () => {
    const packs = new Map<string, Pack>();
    for (const folder of readdirSync(TEMPLATES)) packs.set(folder, await readBuiltIn(folder));
    const broken: string[] = [];
    let checked = 0;
    for (const pack of packs.values())
      for (const template of pack.templates) {
        if (template.kind !== 'guide') continue;
        for (const reference of template.helps_with ?? []) {
          const [, packId = pack.manifest.id, templateId, itemId = ''] = REFERENCE_PATTERN.exec(reference) ?? [];
          const target = packs.get(packId)?.templates.find((t) => t.id === templateId);
          checked += 1;
          if (!target || !itemIds(target).includes(itemId)) broken.push(`${template.id}: ${reference}`);
        }
      }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
