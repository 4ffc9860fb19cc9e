// Packs people make in the app ("Make your own"): a new pack's manifest, starter templates of each kind,
// copying a template from another pack with credit to its source, version bumps by the rules of semantic
// versioning, and the list edits the template editor makes (add, remove, move items). Pure; the editor
// validates the result against the pack format before anything is saved.
import {
  PACK_FORMAT,
  type BusinessCaseSection,
  type MaturityCategory,
  type MaturityLevel,
  type MaturityModelTemplate,
  type Pack,
  type PackManifest,
  type PackSource,
  type PackTemplate,
  type ProcessStep,
  type ProcessTemplate,
  type StandardPoint,
  type TemplateKind,
} from './pack';
import { canonicalJson } from './pack-hash';
import { PACK_LIMITS } from './pack-limits';
import { IDENTIFIER_PATTERN, SEMVER_PATTERN } from './pack-text';
import { compareVersions } from './pack-version';

/** The version of every new pack and template made in the app. */
export const FIRST_VERSION = '0.1.0';

/** Licences offered for a pack's own text, with what each one lets other people do. */
export const LICENCE_CHOICES = [
  {
    value: 'CC-BY-4.0',
    label: 'Creative Commons Attribution 4.0',
    hint: 'Anyone may share and change it, as long as they credit you.',
  },
  {
    value: 'OGL-UK-3.0',
    label: 'Open Government Licence v3.0',
    hint: 'The usual licence for UK public sector information: anyone may reuse it if they credit the source.',
  },
  {
    value: 'CC-BY-SA-4.0',
    label: 'Creative Commons Attribution-ShareAlike 4.0',
    hint: 'Anyone may share and change it if they credit you and share their changes under the same licence.',
  },
  {
    value: 'CC0-1.0',
    label: 'No rights reserved (CC0)',
    hint: 'You give up your rights: anyone may use it for anything, without credit.',
  },
  {
    value: 'All rights reserved',
    label: 'All rights reserved',
    hint: 'Others may not reuse it without asking you. Choose this for internal material you cannot share.',
  },
] as const;

/** The kinds of template a person can make in the app (guides are written as files). */
export const OWN_TEMPLATE_KINDS = [
  'standard',
  'maturity-model',
  'business-case',
  'process',
] as const satisfies readonly TemplateKind[];
export type OwnTemplateKind = (typeof OWN_TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  standard: 'Checklist',
  'maturity-model': 'Maturity model',
  'business-case': 'Business case template',
  process: 'Process',
  guide: 'Guide',
  crosswalk: 'Crosswalk between standards',
};

/** True for licences that require copies and changes to keep the same licence (such as CC-BY-SA). */
export function isShareAlike(licence: string): boolean {
  return /(^|[^a-z])sa([^a-z]|$)|share-?alike/i.test(licence);
}

/** The name of a licence for people: the label of a known choice, or the licence as written. */
export function licenceLabel(licence: string): string {
  return LICENCE_CHOICES.find((choice) => choice.value === licence)?.label ?? licence;
}

/** Turns a name into an identifier: "Our Assurance Checklist!" gives "our-assurance-checklist". */
export function identifierFrom(text: string, fallback: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, PACK_LIMITS.maxIdLength - 4)
    .replace(/-+$/, '');
  return IDENTIFIER_PATTERN.test(words) ? words : fallback;
}

/** `base`, or `base-2`, `base-3` ... : the first that is not taken. */
export function uniqueIdentifier(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** What a person gives when making a pack. */
export interface OwnPackDetails {
  name: string;
  publisher: string;
  description: string;
  licence: string;
}

/** The manifest of a new own pack: an id from the name (unique among `takenIds`), version 0.1.0. */
export function newOwnManifest(
  details: OwnPackDetails,
  takenIds: Iterable<string>,
  sources: PackSource[] = [],
): PackManifest {
  return {
    format: PACK_FORMAT,
    id: uniqueIdentifier(identifierFrom(details.name, 'my-pack'), takenIds),
    name: details.name.trim(),
    version: FIRST_VERSION,
    publisher: details.publisher.trim(),
    description: details.description.trim(),
    licence: details.licence.trim(),
    language: 'en-GB',
    ...(sources.length > 0 && { sources }),
  };
}

/**
 * Turns what a person typed as a source's address into a full address: an email address becomes a mailto:
 * address and a bare site name gets https:// in front. Anything else is returned trimmed, for the validator.
 */
export function fullAddress(typed: string): string {
  const text = typed.trim();
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(text)) return `mailto:${text}`;
  if (/^(www\.|[a-z0-9-]+\.[a-z]{2,}(\/|$))/i.test(text)) return `https://${text}`;
  return text;
}

/** A new, empty point numbered after the highest number in use. */
export function newPoint(points: readonly StandardPoint[]): StandardPoint {
  const highest = points.reduce((max, point) => Math.max(max, /^\d+$/.test(point.id) ? Number(point.id) : 0), 0);
  return {
    id: uniqueIdentifier(
      String(Math.max(highest + 1, points.length + 1)),
      points.map((p) => p.id),
    ),
    title: '',
    summary: '',
  };
}

function numberedId(noun: string, taken: readonly string[]): string {
  return uniqueIdentifier(`${noun}-${taken.length + 1}`, taken);
}

/** A new, empty category with an empty description for each level of the model. */
export function newCategory(model: MaturityModelTemplate): MaturityCategory {
  const taken = model.categories.flatMap((c) => [c.id, ...(c.dimensions ?? []).map((d) => d.id)]);
  return {
    id: numberedId('category', taken),
    title: '',
    summary: '',
    levels: Object.fromEntries(model.levels.map((level) => [level.id, ''])),
  };
}

/** Adds a level at the top of a model and an empty description of it to every category. */
export function addLevel(model: MaturityModelTemplate): MaturityModelTemplate {
  const level: MaturityLevel = {
    id: numberedId(
      'level',
      model.levels.map((l) => l.id),
    ),
    label: '',
  };
  const describe = (levels: Record<string, string> | undefined) => (levels ? { ...levels, [level.id]: '' } : levels);
  return {
    ...model,
    levels: [...model.levels, level],
    categories: model.categories.map((c) => ({
      ...c,
      levels: describe(c.levels),
      ...(c.dimensions && { dimensions: c.dimensions.map((d) => ({ ...d, levels: describe(d.levels) ?? {} })) }),
    })),
  };
}

/** Removes a level from a model and its description from every category and dimension. */
export function removeLevel(model: MaturityModelTemplate, index: number): MaturityModelTemplate {
  const gone = model.levels[index]?.id;
  if (gone === undefined) return model;
  const without = (levels: Record<string, string> | undefined) =>
    levels && Object.fromEntries(Object.entries(levels).filter(([id]) => id !== gone));
  return {
    ...model,
    levels: removeAt(model.levels, index),
    categories: model.categories.map((c) => ({
      ...c,
      levels: without(c.levels),
      ...(c.dimensions && { dimensions: c.dimensions.map((d) => ({ ...d, levels: without(d.levels) ?? {} })) }),
    })),
  };
}

/** A new, empty section of a business case. */
export function newSection(sections: readonly BusinessCaseSection[]): BusinessCaseSection {
  const taken = sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((sub) => sub.id)]);
  return { id: numberedId('section', taken), title: '', purpose: '' };
}

/** A new, empty step of a process. */
export function newStep(steps: readonly ProcessStep[]): ProcessStep {
  return {
    id: numberedId(
      'step',
      steps.map((s) => s.id),
    ),
    name: '',
  };
}

/** Removes a step and every dependency on it. */
export function removeStep(process: ProcessTemplate, index: number): ProcessTemplate {
  const gone = process.steps[index]?.id;
  return {
    ...process,
    steps: removeAt(process.steps, index).map((step) =>
      step.depends_on?.includes(gone ?? '')
        ? { ...step, depends_on: step.depends_on.filter((id) => id !== gone) }
        : step,
    ),
  };
}

/** Text put in a starter template for the person to replace. */
export const STARTER_TEXT = {
  point: 'First point',
  category: 'First category',
  section: 'First section',
  step: 'First step',
  describe: 'Describe this in plain words. Replace this text.',
} as const;

/** A starter template of a kind: valid as it is, with one item whose text the person replaces. */
export function starterTemplate(kind: OwnTemplateKind, id: string, title: string): PackTemplate {
  const base = { id, title: title.trim(), version: FIRST_VERSION };
  const describe = STARTER_TEXT.describe;
  switch (kind) {
    case 'standard':
      return { ...base, kind, points: [{ ...newPoint([]), title: STARTER_TEXT.point, summary: describe }] };
    case 'maturity-model': {
      const levels = [
        { id: 'low', label: 'Low' },
        { id: 'medium', label: 'Medium' },
        { id: 'high', label: 'High' },
      ];
      const model: MaturityModelTemplate = { ...base, kind, levels, categories: [] };
      const levelText = Object.fromEntries(levels.map((level) => [level.id, describe]));
      return {
        ...model,
        categories: [{ ...newCategory(model), title: STARTER_TEXT.category, summary: describe, levels: levelText }],
      };
    }
    case 'business-case':
      return {
        ...base,
        kind,
        phases: ['discovery', 'alpha', 'beta', 'live'],
        sections: [{ ...newSection([]), title: STARTER_TEXT.section, purpose: describe }],
      };
    case 'process':
      return {
        ...base,
        kind,
        side: 'departmental',
        steps: [{ ...newStep([]), name: STARTER_TEXT.step, description: describe }],
      };
  }
}

/** The list without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** The list with the item at `index` replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const moved = items[index];
  const other = items[target];
  if (moved === undefined || other === undefined) return [...items];
  const result = [...items];
  result[target] = moved;
  result[index] = other;
  return result;
}

/** Text with one entry per line as a list: blank lines dropped, spaces trimmed. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A list as text with one entry per line. */
export function listToLines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

/** How much a new version changes: patch (fixes), minor (additions) or major (changes that break). */
export type VersionBump = 'patch' | 'minor' | 'major';

/**
 * The next version by semantic versioning: 1.2.3 gives 1.2.4, 1.3.0 or 2.0.0. A pre-release becomes its
 * release where the bump allows (1.0.0-beta.1 gives 1.0.0 for any bump); build metadata is dropped.
 */
export function bumpVersion(version: string, bump: VersionBump): string {
  const match = SEMVER_PATTERN.exec(version);
  if (!match) throw new Error(`bumpVersion: "${version}" is not a semantic version`);
  let [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const preRelease = match[4] !== undefined;
  if (bump === 'major') {
    if (!(preRelease && minor === 0 && patch === 0)) major += 1;
    [minor, patch] = [0, 0];
  } else if (bump === 'minor') {
    if (!(preRelease && patch === 0)) minor += 1;
    patch = 0;
  } else if (!preRelease) patch += 1;
  return `${major}.${minor}.${patch}`;
}

/**
 * A pack ready to publish as a new version. The pack's version is bumped, and so is every template that is
 * new or changed since `baseline`, the last version published before the current one (null when the pack has
 * never been published, which makes every template new), unless the person already raised its version.
 */
export function publishPack(baseline: Pack | null, current: Pack, bump: VersionBump): Pack {
  const templates = current.templates.map((template) => {
    const before = baseline?.templates.find((t) => t.id === template.id);
    if (before && canonicalJson(before) === canonicalJson(template)) return template;
    if (before && compareVersions(template.version, before.version) > 0) return template;
    return { ...template, version: bumpVersion(before?.version ?? template.version, bump) };
  });
  return { manifest: { ...current.manifest, version: bumpVersion(current.manifest.version, bump) }, templates };
}

/** True when two packs have the same content (manifest and templates). */
export function samePackContent(a: Pack, b: Pack): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** What copying a template gives: the pack with the copy added, the copy's id, and licence warnings. */
export interface TemplateCopy {
  pack: Pack;
  templateId: string;
  /** Set when the original's licence is share-alike: the copy must keep it. */
  shareAlikeLicence: string | null;
}

/**
 * Copies a template from another pack into an own pack. The copy gets a new id when its id is taken in the
 * target pack, and the target's sources gain an entry crediting the original pack (name, id, version,
 * publisher and licence) and the original's own sources. `creditAddress` is used for the credit when the
 * original pack lists no source with an address.
 */
export function copyTemplateIntoPack(
  target: Pack,
  original: Pack,
  templateId: string,
  creditAddress = '',
): TemplateCopy {
  const template = original.templates.find((t) => t.id === templateId);
  if (!template)
    throw new Error(`copyTemplateIntoPack: the pack ${original.manifest.id} has no template ${templateId}`);
  const id = uniqueIdentifier(
    template.id,
    target.templates.map((t) => t.id),
  );
  const { manifest } = original;
  const credit: PackSource = {
    title: `${manifest.name} ${manifest.version} (${manifest.id})`.slice(0, PACK_LIMITS.maxShortText),
    url: manifest.sources?.[0]?.url ?? creditAddress,
    licence: manifest.licence,
    note: `"${template.title}" is copied from version ${manifest.version} of this pack, published by ${manifest.publisher} under ${licenceLabel(manifest.licence)}.`.slice(
      0,
      PACK_LIMITS.maxSummaryText,
    ),
  };
  const sources = [...(target.manifest.sources ?? [])];
  for (const source of [credit, ...(manifest.sources ?? [])])
    if (!sources.some((s) => s.title === source.title && s.url === source.url) && sources.length < 100)
      sources.push(source);
  // A superseded template's replacement is in the original pack, not the copy's: keep the date and the note.
  const superseded = template.superseded && { date: template.superseded.date, note: template.superseded.note };
  const copy = superseded ? { ...template, id, superseded } : { ...template, id };
  return {
    pack: { manifest: { ...target.manifest, sources }, templates: [...target.templates, copy] },
    templateId: id,
    shareAlikeLicence: isShareAlike(manifest.licence) ? manifest.licence : null,
  };
}
