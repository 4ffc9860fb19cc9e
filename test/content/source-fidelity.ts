// Compares a built-in pack with the fixture that records what its published source says: the titles and
// numbering of its points (in English and French) or of its categories, dimensions and levels. The
// fixtures in test/fixtures/sources/ are the single record of what each source said and when it was read.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Pack, PackTemplate } from '../../src/domain/pack';

const fixtureItemSchema = z.object({
  id: z.string().nullable(),
  title: z.string(),
  titles: z.record(z.string(), z.string()).optional(),
  dimensions: z.array(z.string()).optional(),
  gov_uk_point: z.string().nullable().optional(),
});

export const sourceFixtureSchema = z.object({
  pack: z.string(),
  source: z.string().url(),
  read_at: z.string().url().optional(),
  read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string(),
  title: z.record(z.string(), z.string()).optional(),
  levels: z.array(z.string()).optional(),
  items: z.array(fixtureItemSchema).min(1),
});

export type SourceFixture = z.output<typeof sourceFixtureSchema>;

export const SOURCES_FOLDER = join(import.meta.dirname, '../fixtures/sources');

/** Every fixture, by pack id. */
export function readSourceFixtures(): SourceFixture[] {
  return readdirSync(SOURCES_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => sourceFixtureSchema.parse(JSON.parse(readFileSync(join(SOURCES_FOLDER, name), 'utf8'))));
}

function compare(mismatches: string[], where: string, shipped: string | undefined, published: string): void {
  if (shipped !== published)
    mismatches.push(`${where}: the pack has "${shipped ?? '(nothing)'}", the source "${published}"`);
}

function compareStandard(template: PackTemplate & { kind: 'standard' }, fixture: SourceFixture, out: string[]): void {
  if (template.points.length !== fixture.items.length)
    out.push(`the pack has ${template.points.length} points, the source ${fixture.items.length}`);
  fixture.items.forEach((item, i) => {
    const point = template.points[i];
    compare(out, `point ${i + 1} number`, point?.id, item.id ?? '');
    compare(out, `point ${item.id ?? i + 1} title`, point?.title, item.title);
    for (const [language, title] of Object.entries(item.titles ?? {}))
      compare(out, `point ${item.id ?? i + 1} title (${language})`, point?.titles?.[language], title);
  });
}

function compareMaturity(
  template: PackTemplate & { kind: 'maturity-model' },
  fixture: SourceFixture,
  out: string[],
): void {
  if (fixture.levels) compare(out, 'levels', template.levels.map((l) => l.label).join(', '), fixture.levels.join(', '));
  if (template.categories.length !== fixture.items.length)
    out.push(`the pack has ${template.categories.length} categories, the source ${fixture.items.length}`);
  fixture.items.forEach((item, i) => {
    const category = template.categories[i];
    compare(out, `category ${i + 1} title`, category?.title, item.title);
    if (item.dimensions)
      compare(
        out,
        `dimensions of ${item.title}`,
        (category?.dimensions ?? []).map((d) => d.title).join(' | '),
        item.dimensions.join(' | '),
      );
  });
}

/** Every way the pack's titles and numbering differ from what the source published; empty when they match. */
export function fidelityMismatches(pack: Pack, fixture: SourceFixture): string[] {
  const out: string[] = [];
  const template = pack.templates.find((t) => t.kind === 'standard' || t.kind === 'maturity-model');
  if (!template) return ['the pack has no standard or maturity model'];
  for (const [language, title] of Object.entries(fixture.title ?? {}))
    compare(out, `title (${language})`, language === 'en' ? template.title : template.titles?.[language], title);
  if (template.kind === 'standard') compareStandard(template, fixture, out);
  else if (template.kind === 'maturity-model') compareMaturity(template, fixture, out);
  return out;
}
