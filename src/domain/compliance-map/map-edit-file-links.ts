// Adding the links read from a links CSV file to a map, all or none: the file was checked row by row
// already (src/packs/links-file-reader.ts); here the map's own rules apply, since the map may have changed
// since the file was read (room for the links, both steps of each still there, no link given twice).
import { done, fail, type EditContext, type EditOutcome } from './map-edits';
import { findStep, stepKey, type ComplianceMap, type MapLink } from './map-model';
import { MAP_LIMITS } from './map-record-schema';

function linkKey(link: Pick<MapLink, 'from' | 'to' | 'relation'>): string {
  return `${stepKey(link.from)}\n${stepKey(link.to)}\n${link.relation}`;
}

/** Adds the links, each given an id and recorded as made by the person now; nothing when any cannot be. */
export function addFileLinks(
  map: ComplianceMap,
  links: readonly Omit<MapLink, 'id'>[],
  context: EditContext,
): EditOutcome {
  if (links.length === 0) return fail({ general: 'The file holds no links to add.' });
  if (map.links.length + links.length > MAP_LIMITS.links)
    return fail({
      general: `A map holds at most ${MAP_LIMITS.links} links; adding these ${links.length} would pass that.`,
    });
  const missing = links.find((l) => !findStep(map, l.from) || !findStep(map, l.to));
  if (missing)
    return fail({
      general: `The step ${stepKey(findStep(map, missing.from) ? missing.to : missing.from)} is no longer in the map, so no links were added. Choose the file again.`,
    });
  const existing = new Set(map.links.map(linkKey));
  const fresh = links.filter((l) => !existing.has(linkKey(l)));
  if (fresh.length === 0) return fail({ general: 'The map already has every link in this file.' });
  const added: MapLink[] = fresh.map((l) => ({ ...l, id: context.newId(), by: context.by, at: context.at }));
  return done({ ...map, links: [...map.links, ...added] });
}
