// Words for template kinds and pack origins, as people read them.
import type { TemplateKind } from '../../domain/pack';
import type { PackOrigin } from '../../db/stored-pack';

export const KIND_LABELS: Record<TemplateKind, string> = {
  standard: 'Checklist',
  'maturity-model': 'Maturity model',
  'business-case': 'Business case template',
  process: 'Process',
  guide: 'Guide',
  crosswalk: 'Crosswalk between standards',
};

const ITEM_NOUNS: Record<TemplateKind, [string, string]> = {
  standard: ['point', 'points'],
  'maturity-model': ['category', 'categories'],
  'business-case': ['section', 'sections'],
  process: ['step', 'steps'],
  guide: ['guide', 'guides'],
  crosswalk: ['link', 'links'],
};

/** "14 points", "1 category". */
export function itemCount(kind: TemplateKind, count: number): string {
  const [one, many] = ITEM_NOUNS[kind];
  return `${count} ${count === 1 ? one : many}`;
}

export const ORIGIN_LABELS: Record<PackOrigin, string> = {
  'built-in': 'Comes with Waymark',
  imported: 'Imported',
  own: 'Made in Waymark',
};
