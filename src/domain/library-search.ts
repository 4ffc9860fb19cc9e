// Finding templates in the installed packs by what a person types: words are matched, in any order,
// against the pack, the template and the titles of its points, categories, sections and steps.
import type { Pack, PackTemplate } from './pack';

export interface TemplateHit {
  packId: string;
  packName: string;
  template: PackTemplate;
  /** Titles of items inside the template that matched, so the person sees why it was found. */
  matchedItems: string[];
}

function itemTitles(template: PackTemplate): string[] {
  switch (template.kind) {
    case 'standard':
      return template.points.map((p) => `${p.id}. ${p.title}`);
    case 'maturity-model':
      return template.categories.flatMap((c) => [c.title, ...(c.dimensions ?? []).map((d) => d.title)]);
    case 'business-case':
      return template.sections.flatMap((s) => [s.title, ...(s.sections ?? []).map((x) => x.title)]);
    case 'process':
      return template.steps.map((s) => s.name);
    case 'guide':
      return [];
  }
}

function words(query: string): string[] {
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Every template whose text holds all the words of the query; every template when the query is empty. */
export function searchTemplates(packs: readonly Pack[], query: string): TemplateHit[] {
  const wanted = words(query);
  const hits: TemplateHit[] = [];
  for (const pack of packs) {
    for (const template of pack.templates) {
      const titles = itemTitles(template);
      const base = [
        pack.manifest.name,
        pack.manifest.publisher,
        template.id,
        template.title,
        template.summary ?? '',
        template.kind,
      ];
      if (template.kind === 'guide') base.push(...(template.tags ?? []), template.body);
      const haystack = [...base, ...titles].join('\n').toLocaleLowerCase();
      if (!wanted.every((w) => haystack.includes(w))) continue;
      const matchedItems =
        wanted.length === 0
          ? []
          : titles.filter((t) => wanted.some((w) => t.toLocaleLowerCase().includes(w))).slice(0, 5);
      hits.push({ packId: pack.manifest.id, packName: pack.manifest.name, template, matchedItems });
    }
  }
  return hits;
}
