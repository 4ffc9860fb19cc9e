// Finding templates in the installed packs by what people type. A full-text index (MiniSearch) covers each
// template's title, its titles in other languages, the titles of its points, categories, sections and
// steps, its summary and its guidance text; phrases from a small list of synonyms (search-synonyms.ts) are
// added to the query with a lower weight. Results are ranked by relevance, titles counting most.
import MiniSearch from 'minisearch';
import type { Pack, PackTemplate } from './pack';
import { SEARCH_SYNONYMS } from './search-synonyms';

export interface TemplateHit {
  packId: string;
  packName: string;
  template: PackTemplate;
  /** Titles of items inside the template that matched, so the person sees why it was found. */
  matchedItems: string[];
}

interface SearchDocument {
  id: number;
  title: string;
  otherTitles: string;
  items: string;
  summary: string;
  text: string;
  tags: string;
  phases: string;
  pack: string;
}

const FIELDS = ['title', 'otherTitles', 'items', 'summary', 'text', 'tags', 'phases', 'pack'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 6,
  otherTitles: 4,
  items: 3,
  tags: 3,
  phases: 3,
  summary: 2,
  pack: 1.5,
  text: 1,
};

/** How much a match on a synonym counts, compared with a match on the words typed. */
const SYNONYM_WEIGHT = 0.35;

/** Superseded templates stay findable but come after the ones that replace them. */
const SUPERSEDED_WEIGHT = 0.5;

/** Words too common to tell templates apart. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from how in into is it its of on or our so that the their this to we what when with you your'.split(
    ' ',
  ),
);

/** Lower case, accents and apostrophes removed, so "Être", "etre" and "don’t", "dont" match. */
export function normaliseTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase();
  return plain.length === 0 || STOP_WORDS.has(plain) ? null : plain;
}

function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’]+/u).filter((t) => t.length > 0);
}

/** An item's title in other languages, so that a French title finds its standard. */
function translations(item: { titles?: Record<string, string> | undefined }): string[] {
  return Object.values(item.titles ?? {});
}

function itemTitles(template: PackTemplate): string[] {
  switch (template.kind) {
    case 'standard':
      return template.points.flatMap((p) => [`${p.id}. ${p.title}`, ...translations(p).map((t) => `${p.id}. ${t}`)]);
    case 'maturity-model':
      return template.categories.flatMap((c) => [
        c.title,
        ...translations(c),
        ...(c.dimensions ?? []).flatMap((d) => [d.title, ...translations(d)]),
      ]);
    case 'business-case':
      return template.sections.flatMap((s) => [s.title, ...(s.sections ?? []).map((x) => x.title)]);
    case 'process':
      return template.steps.map((s) => s.name);
    case 'crosswalk':
      return [template.from.template, template.to.template];
    case 'guide':
      return [];
  }
}

/** The longer text of a template: guidance, descriptions, purposes, evidence and a guide's body. */
function bodyText(template: PackTemplate): string {
  switch (template.kind) {
    case 'standard':
      return template.points
        .flatMap((p) => [p.summary, p.guidance ?? '', ...(p.evidence ?? []), ...Object.values(p.look_for ?? {}).flat()])
        .join('\n');
    case 'maturity-model':
      return template.categories
        .flatMap((c) => [c.summary, ...(c.dimensions ?? []).map((d) => d.summary ?? '')])
        .join('\n');
    case 'business-case':
      return template.sections.flatMap((s) => [s.purpose, ...(s.sections ?? []).map((x) => x.purpose)]).join('\n');
    case 'process':
      return [
        template.organisation ?? '',
        ...template.steps.flatMap((s) => [s.owner ?? '', s.description ?? '', ...(s.evidence ?? [])]),
      ].join('\n');
    case 'crosswalk':
      return template.links.map((link) => link.rationale).join('\n');
    case 'guide':
      return template.body;
  }
}

/**
 * The delivery phases a template covers: the phase of each step (once per step, so a process with many beta
 * steps counts as more about beta), the phases of a case, or the phases of what assessors look for.
 */
function phasesOf(template: PackTemplate): string {
  if (template.kind === 'process') return template.steps.flatMap((step) => (step.phase ? [step.phase] : [])).join(' ');
  const phases = new Set<string>();
  if (template.kind === 'business-case') for (const phase of template.phases) phases.add(phase);
  if (template.kind === 'standard')
    for (const point of template.points) for (const phase of Object.keys(point.look_for ?? {})) phases.add(phase);
  return [...phases].join(' ');
}

function documentOf(pack: Pack, template: PackTemplate, id: number): SearchDocument {
  return {
    id,
    title: template.title,
    otherTitles: Object.values(template.titles ?? {}).join('\n'),
    items: itemTitles(template).join('\n'),
    summary: template.summary ?? '',
    text: bodyText(template),
    phases: phasesOf(template),
    tags: [template.kind, ...(template.kind === 'guide' ? (template.tags ?? []) : [])].join(' ').replace(/-/g, ' '),
    pack: `${pack.manifest.name}\n${pack.manifest.publisher}`,
  };
}

/** The phrases of the synonym groups that the query contains, and the other phrases of those groups. */
export function synonymsFor(query: string): string[] {
  const wanted = ` ${tokenize(query)
    .map((t) => normaliseTerm(t) ?? t.toLowerCase())
    .join(' ')} `;
  const extra = new Set<string>();
  for (const group of SEARCH_SYNONYMS) {
    const phrases = group.map(
      (p) =>
        ` ${tokenize(p)
          .map((t) => normaliseTerm(t) ?? t)
          .join(' ')} `,
    );
    if (!phrases.some((p) => wanted.includes(p))) continue;
    for (const phrase of group) if (!wanted.includes(` ${phrase} `)) extra.add(phrase);
  }
  return [...extra];
}

/** An index of every template of the packs, built once and searched as people type. */
export class LibraryIndex {
  private readonly entries: { pack: Pack; template: PackTemplate; titles: string[] }[] = [];
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize,
    processTerm: normaliseTerm,
    searchOptions: { boost: BOOST, combineWith: 'OR' },
  });

  constructor(packs: readonly Pack[]) {
    const documents: SearchDocument[] = [];
    for (const pack of packs)
      for (const template of pack.templates) {
        documents.push(documentOf(pack, template, this.entries.length));
        this.entries.push({ pack, template, titles: itemTitles(template) });
      }
    this.index.addAll(documents);
  }

  /** Every template, best match first; every template in pack order when the query is empty. */
  search(query: string): TemplateHit[] {
    if (tokenize(query).every((t) => normaliseTerm(t) === null))
      return this.entries.map(({ pack, template }) => hit(pack, template, []));
    const typed = this.index.search(query, {
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    });
    const synonyms = synonymsFor(query);
    const related = synonyms.length === 0 ? [] : this.index.search(synonyms.join(' '), { boost: BOOST });
    const scores = new Map<number, { score: number; terms: Set<string> }>();
    const add = (results: typeof typed, weight: number, showTerms: boolean) => {
      for (const result of results) {
        const id = Number(result.id);
        const entry = scores.get(id) ?? { score: 0, terms: new Set<string>() };
        entry.score += result.score * weight;
        if (showTerms) for (const term of result.terms) entry.terms.add(term);
        scores.set(id, entry);
      }
    };
    add(typed, 1, true);
    add(related, SYNONYM_WEIGHT, false);
    for (const [id, entry] of scores)
      if (this.entries[id]?.template.superseded !== undefined) entry.score *= SUPERSEDED_WEIGHT;
    return [...scores]
      .sort(([a, x], [b, y]) => y.score - x.score || a - b)
      .flatMap(([id, { terms }]) => {
        const entry = this.entries[id];
        if (!entry) return [];
        const matched = entry.titles
          .filter((title) => tokenize(title).some((t) => terms.has(normaliseTerm(t) ?? '')))
          .slice(0, 5);
        return [hit(entry.pack, entry.template, matched)];
      });
  }
}

function hit(pack: Pack, template: PackTemplate, matchedItems: string[]): TemplateHit {
  return { packId: pack.manifest.id, packName: pack.manifest.name, template, matchedItems };
}

/** Searches the packs once; for repeated searches keep a LibraryIndex. */
export function searchTemplates(packs: readonly Pack[], query: string): TemplateHit[] {
  return new LibraryIndex(packs).search(query);
}
