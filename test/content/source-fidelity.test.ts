// The built-in standards say exactly what their published sources say: titles and numbering, in English
// and French, as recorded (with the source address and the date it was read) in test/fixtures/sources/.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { Pack } from '../../src/domain/pack';
import { fidelityMismatches, readSourceFixtures } from './source-fidelity';

const TEMPLATES = join(import.meta.dirname, '../../templates');
const BUILT_IN_STANDARDS = [
  'australia-digital-service-standard',
  'canada-digital-standards',
  'colorado-software-delivery-maturity',
  'gov-uk-service-standard',
  'nhs-service-standard',
  'open-source-capability-model',
  'uk-technology-code-of-practice',
  'us-digital-services-playbook',
];

async function shipped(id: string): Promise<Pack> {
  const { result } = await readPackFromDisk(join(TEMPLATES, id));
  if (!result.ok) throw new Error(`${id} is not valid`);
  return result.pack;
}

const fixtures = readSourceFixtures();

describe('fidelity of the built-in standards to their sources', () => {
  it('has one fixture for every built-in standard and maturity model, each with its source and the date read', () => {
    expect(fixtures.map((f) => f.pack)).toEqual(BUILT_IN_STANDARDS);
    for (const fixture of fixtures) {
      expect(fixture.source).toMatch(/^https:\/\//);
      expect(fixture.read).toBe('2026-12-01');
    }
  });

  for (const fixture of fixtures)
    it(`${fixture.pack} matches ${fixture.source} exactly`, async () => {
      expect(fidelityMismatches(await shipped(fixture.pack), fixture)).toEqual([]);
    });

  it('fails when one title differs from the source by one character', async () => {
    const fixture = fixtures.find((f) => f.pack === 'nhs-service-standard');
    if (!fixture) throw new Error('no NHS fixture');
    const pack = await shipped('nhs-service-standard');
    const [first, ...rest] = pack.templates;
    if (first?.kind !== 'standard') throw new Error('the NHS pack has no standard');
    const points = first.points.map((p) =>
      p.id === '9' ? { ...p, title: p.title.replace('privacy', 'privacy.') } : p,
    );
    const edited: Pack = { ...pack, templates: [{ ...first, points }, ...rest] };
    expect(fidelityMismatches(edited, fixture)).toEqual([
      `point 9 title: the pack has "Respect and protect users' confidentiality and privacy.", the source "Respect and protect users' confidentiality and privacy"`,
    ]);
  });

  it('fails when one French title differs by one character, or the numbering changes', async () => {
    const fixture = fixtures.find((f) => f.pack === 'canada-digital-standards');
    if (!fixture) throw new Error('no Canada fixture');
    const pack = await shipped('canada-digital-standards');
    const [first] = pack.templates;
    if (first?.kind !== 'standard') throw new Error('the Canada pack has no standard');
    const points = first.points.map((p) =>
      p.id === '8' ? { ...p, titles: { fr: 'Être de bons utilisateurs des données' } } : p,
    );
    expect(fidelityMismatches({ ...pack, templates: [{ ...first, points }] }, fixture)).toEqual([
      'point 8 title (fr): the pack has "Être de bons utilisateurs des données", the source "Être de bons utilisateurs de données"',
    ]);
    const renumbered = first.points.map((p) => (p.id === '3' ? { ...p, id: '3a' } : p));
    expect(fidelityMismatches({ ...pack, templates: [{ ...first, points: renumbered }] }, fixture)).toEqual([
      'point 3 number: the pack has "3a", the source "3"',
    ]);
  });

  it('records which GOV.UK point each NHS point corresponds to', () => {
    const nhs = fixtures.find((f) => f.pack === 'nhs-service-standard');
    expect(nhs?.items.map((item) => item.gov_uk_point)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      null,
      null,
      null,
    ]);
  });
});
