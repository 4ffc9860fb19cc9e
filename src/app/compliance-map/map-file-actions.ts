// The compliance map's file use cases bound to the running app's database, platform and export worker, so
// that screens call one function per action (see process-file-import.ts and map-downloads.ts for the rules).
import { repositories } from '../../db/hooks';
import type { ComplianceMap, MapProcessSide } from '../../domain/compliance-map/map-model';
import { exportInWorker } from '../../export/export-client';
import { currentPlatform } from '../../platform/current-platform';
import type { SaveOutcome } from '../../platform/platform';
import { downloadMapConflicts, downloadMapDocument, downloadMapLinks, type MapDownloadDeps } from './map-downloads';
import { chooseLinksFile, type LinksFileReading } from './links-file-import';
import { chooseProcessFile, type ProcessFileReading } from './process-file-import';

function downloadDeps(): MapDownloadDeps {
  return { repos: repositories(), platform: currentPlatform(), exporter: (request) => exportInWorker(request) };
}

/** Lets the person choose a CSV or Excel process file and reads it; null when they cancel. */
export function chooseProcessFileForMap(map: ComplianceMap, side: MapProcessSide): Promise<ProcessFileReading | null> {
  return chooseProcessFile(currentPlatform(), map, side);
}

/** Lets the person choose a links CSV file between two of the map's processes and reads it; null when they cancel. */
export function chooseLinksFileForMap(
  map: ComplianceMap,
  processes: { first: string; second: string },
): Promise<LinksFileReading | null> {
  return chooseLinksFile(currentPlatform(), map, processes);
}

export type MapDownload = 'word' | 'links' | 'conflicts';

export function downloadMap(projectId: string, what: MapDownload): Promise<SaveOutcome> {
  const deps = downloadDeps();
  switch (what) {
    case 'word':
      return downloadMapDocument(deps, projectId);
    case 'links':
      return downloadMapLinks(deps, projectId);
    case 'conflicts':
      return downloadMapConflicts(deps, projectId);
  }
}
