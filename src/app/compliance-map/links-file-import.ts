// Bringing links between two processes of a compliance map in from a CSV file the person chooses: the file
// is read against the steps of the two processes chosen, every bad row is listed and nothing is added until
// the whole file is right; then the links are added together, or none of them.
import type { ComplianceMap, MapLink } from '../../domain/compliance-map/map-model';
import { addFileLinks } from '../../domain/compliance-map/map-edit-file-links';
import { readLinksCsv } from '../../packs/links-file-reader';
import type { FileFilter, Platform } from '../../platform/platform';
import { changeMap, type MapChangeOutcome, type MapRepositories } from './map-actions';

export const LINKS_FILE_FILTERS: FileFilter[] = [{ name: 'CSV file', extensions: ['csv'] }];

export type NewLink = Omit<MapLink, 'id'>;

export type LinksFileReading =
  { ok: true; fileName: string; links: NewLink[] } | { ok: false; fileName: string; problems: string[] };

/** Reads a links file: `central` names steps of the first process chosen, `department` of the second. */
export function readLinksForMap(
  map: ComplianceMap,
  file: { name: string; bytes: Uint8Array },
  processes: { first: string; second: string },
): LinksFileReading {
  const first = map.processes.find((p) => p.id === processes.first);
  const second = map.processes.find((p) => p.id === processes.second);
  if (!first || !second || first.id === second.id)
    return { ok: false, fileName: file.name, problems: ['Choose two different processes of the map.'] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return {
      ok: false,
      fileName: file.name,
      problems: ['The file is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)".'],
    };
  }
  const result = readLinksCsv(text, file.name, { central: first, department: second });
  return result.ok
    ? { ok: true, fileName: file.name, links: result.links }
    : { ok: false, fileName: file.name, problems: result.problems };
}

/** Lets the person choose a links file and reads it; null when they cancel. */
export async function chooseLinksFile(
  platform: Pick<Platform, 'openFile'>,
  map: ComplianceMap,
  processes: { first: string; second: string },
): Promise<LinksFileReading | null> {
  const file = await platform.openFile(LINKS_FILE_FILTERS);
  if (!file) return null;
  return readLinksForMap(map, file, processes);
}

/** Adds every link read from the file to the map the person was shown, or none of them. */
export function addLinksFromFile(
  repos: Pick<MapRepositories, 'complianceMaps' | 'settings'>,
  request: { projectId: string; expectedUpdatedAt: string; links: readonly NewLink[] },
  clock: () => Date = () => new Date(),
): Promise<MapChangeOutcome> {
  return changeMap(
    repos,
    {
      projectId: request.projectId,
      expectedUpdatedAt: request.expectedUpdatedAt,
      change: (map, context) => addFileLinks(map, request.links, context),
    },
    clock,
  );
}
