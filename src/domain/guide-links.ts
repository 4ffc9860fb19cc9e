// Links between guides and the checklist points and business case sections they help with.
// A guide names them as "<pack id>/<template id>#<item id>" (or "<template id>#<item id>" in its own pack).
import type { GuideTemplate, Pack } from './pack';

export interface GuideRef {
  packId: string;
  guide: GuideTemplate;
}

/** The full reference of an item: "<pack id>/<template id>#<item id>". */
export function itemRef(packId: string, templateId: string, itemId: string): string {
  return `${packId}/${templateId}#${itemId}`;
}

function resolve(ref: string, guidePackId: string): string {
  return ref.includes('/') ? ref : `${guidePackId}/${ref}`;
}

/** Every guide in the packs, with the pack it is in, in title order. */
export function allGuides(packs: readonly Pack[]): GuideRef[] {
  return packs
    .flatMap((pack) =>
      pack.templates
        .filter((t): t is GuideTemplate => t.kind === 'guide')
        .map((guide) => ({ packId: pack.manifest.id, guide })),
    )
    .sort((a, b) => a.guide.title.localeCompare(b.guide.title));
}

/** Maps each item reference to the guides that help with it. */
export function guidesByItem(packs: readonly Pack[]): Map<string, GuideRef[]> {
  const map = new Map<string, GuideRef[]>();
  for (const ref of allGuides(packs)) {
    for (const target of ref.guide.helps_with ?? []) {
      const key = resolve(target, ref.packId);
      map.set(key, [...(map.get(key) ?? []), ref]);
    }
  }
  return map;
}
