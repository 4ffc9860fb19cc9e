// Names the items a guide helps with ("pack-id/template-id#item-id") as a reader knows them: the
// template's title and the point's or section's title, found in the rendered pack or in other packs
// the caller knows; a readable fallback with the ids when neither knows the template.
import type { Pack, PackTemplate } from '../domain/pack';

/** Names an item from its full reference ("pack-id/template-id#item-id"), or undefined when it cannot. */
export type ReferenceResolver = (reference: string) => string | undefined;

interface Reference {
  packId?: string;
  templateId: string;
  itemId?: string;
}

function parseReference(reference: string): Reference {
  const [target = reference, itemId] = reference.split('#');
  const slash = target.indexOf('/');
  return slash >= 0
    ? { packId: target.slice(0, slash), templateId: target.slice(slash + 1), itemId }
    : { templateId: target, itemId };
}

function itemTitleIn(template: PackTemplate, itemId: string): string | undefined {
  switch (template.kind) {
    case 'standard':
      return template.points.find((point) => point.id === itemId)?.title;
    case 'maturity-model':
      return template.categories
        .flatMap((category) => [category, ...(category.dimensions ?? [])])
        .find((item) => item.id === itemId)?.title;
    case 'business-case':
      return template.sections
        .flatMap((section) => [section, ...(section.sections ?? [])])
        .find((section) => section.id === itemId)?.title;
    case 'process':
      return template.steps.find((step) => step.id === itemId)?.name;
    case 'guide':
    case 'crosswalk':
      return undefined;
  }
}

/**
 * An item of a template as a reader names it: "GOV.UK Service Standard, point 6: Have a
 * multidisciplinary team" for a numbered point, "Agile business case: Management case" otherwise,
 * or the template's title alone when the reference names no item. Undefined when the template has
 * no such item.
 */
export function itemName(template: PackTemplate, itemId: string | undefined): string | undefined {
  if (itemId === undefined) return template.title;
  const title = itemTitleIn(template, itemId);
  if (title === undefined) return undefined;
  return template.kind === 'standard' && /^\d+$/.test(itemId)
    ? `${template.title}, point ${itemId}: ${title}`
    : `${template.title}: ${title}`;
}

/** A resolver over packs the caller has read, such as the other built-in packs beside the rendered one. */
export function packReferenceResolver(packs: readonly Pack[]): ReferenceResolver {
  return (reference) => {
    const { packId, templateId, itemId } = parseReference(reference);
    const pack = packs.find((candidate) => candidate.manifest.id === packId);
    const template = pack?.templates.find((candidate) => candidate.id === templateId);
    return template ? itemName(template, itemId) : undefined;
  };
}

/** The ids of the other packs that a list of references names, for a caller deciding which packs to read. */
export function referencedPackIds(references: readonly string[], homePackId: string): string[] {
  const ids = references
    .map((reference) => parseReference(reference).packId)
    .filter((id): id is string => id !== undefined && id !== homePackId);
  return [...new Set(ids)];
}

function fallbackName({ templateId, itemId }: Reference): string {
  if (itemId === undefined) return templateId;
  return /^\d+$/.test(itemId) ? `Point ${itemId} (${templateId})` : `The part \u201C${itemId}\u201D (${templateId})`;
}

/**
 * How a guide's reference reads in the document: named from the rendered pack when it points
 * there, else by `resolve` when given, else with its ids, e.g. "Point 1 (gov-uk-service-standard)".
 */
export function referenceText(reference: string, home: Pack, resolve?: ReferenceResolver): string {
  const parsed = parseReference(reference);
  const inHome = parsed.packId === undefined || parsed.packId === home.manifest.id;
  const template = inHome ? home.templates.find((candidate) => candidate.id === parsed.templateId) : undefined;
  const named = template ? itemName(template, parsed.itemId) : undefined;
  const full = parsed.packId === undefined ? `${home.manifest.id}/${reference}` : reference;
  return named ?? resolve?.(full) ?? fallbackName(parsed);
}
