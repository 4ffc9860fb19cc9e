// The built-in crosswalks name only real points of the built-in standards, and the GOV.UK to NHS crosswalk
// follows the NHS service manual exactly: NHS points 1 to 14 are GOV.UK points 1 to 14, and 15 to 17 have
// no GOV.UK counterpart (https://service-manual.nhs.uk/standards-and-technology/service-standard, read
// 2026-12-01).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { CrosswalkTemplate, Pack, StandardTemplate } from '../../src/domain/pack';

const TEMPLATES = join(import.meta.dirname, '../../templates');

async function allPacks(): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const folder of readdirSync(TEMPLATES)) {
    const { result } = await readPackFromDisk(join(TEMPLATES, folder));
    if (!result.ok) throw new Error(`${folder} is not valid`);
    packs.push(result.pack);
  }
  return packs;
}

/** Every point a crosswalk names that is not a point of the standard it names, as "<crosswalk>: <problem>". */
function missingPoints(crosswalk: CrosswalkTemplate, packs: readonly Pack[]): string[] {
  const standard = (end: CrosswalkTemplate['from']): StandardTemplate | undefined =>
    packs
      .find((pack) => pack.manifest.id === end.pack)
      ?.templates.find((t): t is StandardTemplate => t.kind === 'standard' && t.id === end.template);
  const problems: string[] = [];
  for (const side of ['from', 'to'] as const) {
    const target = standard(crosswalk[side]);
    if (!target) {
      problems.push(`${crosswalk.id}: no standard ${crosswalk[side].pack}/${crosswalk[side].template}`);
      continue;
    }
    const ids = new Set(target.points.map((point) => point.id));
    for (const link of crosswalk.links)
      if (!ids.has(link[side])) problems.push(`${crosswalk.id}: ${side} point ${link[side]} is not in ${target.id}`);
  }
  return problems;
}

const crosswalksOf = (packs: readonly Pack[]) =>
  packs.flatMap((pack) => pack.templates.filter((t): t is CrosswalkTemplate => t.kind === 'crosswalk'));

describe('built-in crosswalks', () => {
  it('name only points that exist in the built-in standards', async () => {
    const packs = await allPacks();
    const crosswalks = crosswalksOf(packs);
    expect(crosswalks.map((c) => c.id).sort()).toEqual([
      'gov-uk-to-nhs-service-standard',
      'gov-uk-to-technology-code-of-practice',
      'gov-uk-to-us-digital-services-playbook',
    ]);
    expect(crosswalks.flatMap((crosswalk) => missingPoints(crosswalk, packs))).toEqual([]);
  });

  it('would report a link to a point that does not exist', async () => {
    const packs = await allPacks();
    const [first] = crosswalksOf(packs);
    const link = first?.links[0];
    if (!first || !link) throw new Error('no crosswalk');
    const broken: CrosswalkTemplate = { ...first, links: [...first.links, { ...link, from: '15', to: '99' }] };
    expect(missingPoints(broken, packs)).toEqual([
      `${first.id}: from point 15 is not in gov-uk-service-standard`,
      `${first.id}: to point 99 is not in ${first.to.template}`,
    ]);
  });

  it('link GOV.UK point n to NHS point n for 1 to 14 as the NHS manual states, and nothing else', async () => {
    const nhs = crosswalksOf(await allPacks()).find((c) => c.id === 'gov-uk-to-nhs-service-standard');
    expect(nhs?.links.map((link) => [link.from, link.relation, link.to])).toEqual(
      Array.from({ length: 14 }, (_, i) => [String(i + 1), 'equal-to', String(i + 1)]),
    );
  });

  it('give a reason for every link, each one sentence or two of our own', async () => {
    for (const crosswalk of crosswalksOf(await allPacks()))
      for (const link of crosswalk.links) expect(link.rationale).toMatch(/^[A-Z].{20,300}\.$/);
  });
});
