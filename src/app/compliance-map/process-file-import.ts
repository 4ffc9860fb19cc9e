// Bringing a process into a compliance map from a CSV or Excel file the person chooses: choosing and
// reading the file (nothing is stored while it has problems), then adding the process it holds, with an
// id made unique in the map. The screen shows the problems or a preview between the two steps.
import type { ComplianceMap, MapProcess, MapProcessSide } from '../../domain/compliance-map/map-model';
import { addFileProcess, fileProcessForMap } from '../../domain/compliance-map/map-edit-file-process';
import { readProcessFile, processIdFromFileName } from '../../packs/process-file-reader';
import type { FileFilter, Platform } from '../../platform/platform';
import { changeMap, type MapChangeOutcome, type MapRepositories } from './map-actions';

export const PROCESS_FILE_FILTERS: FileFilter[] = [{ name: 'CSV or Excel file', extensions: ['csv', 'xlsx'] }];

/** What came of reading a chosen file: the process ready to add, or every problem found in it. */
export type ProcessFileReading =
  { ok: true; fileName: string; process: MapProcess } | { ok: false; fileName: string; problems: string[] };

/** Reads a process file for this map: nothing in it is kept unless the whole file is right. */
export async function readProcessForMap(
  map: ComplianceMap,
  file: { name: string; bytes: Uint8Array },
  side: MapProcessSide,
  clock: () => Date = () => new Date(),
): Promise<ProcessFileReading> {
  const result = await readProcessFile(file.bytes, file.name, {
    side,
    processId: processIdFromFileName(file.name),
    now: clock(),
  });
  if (!result.ok) return { ok: false, fileName: file.name, problems: result.problems };
  return { ok: true, fileName: file.name, process: fileProcessForMap(map, result.process, side) };
}

/** Lets the person choose a process file and reads it; null when they cancel. */
export async function chooseProcessFile(
  platform: Pick<Platform, 'openFile'>,
  map: ComplianceMap,
  side: MapProcessSide,
  clock: () => Date = () => new Date(),
): Promise<ProcessFileReading | null> {
  const file = await platform.openFile(PROCESS_FILE_FILTERS);
  if (!file) return null;
  return readProcessForMap(map, file, side, clock);
}

/** Adds a process read from a file to the map the person was shown, as the side they chose. */
export function addFileProcessToMap(
  repos: Pick<MapRepositories, 'complianceMaps' | 'settings'>,
  request: { projectId: string; expectedUpdatedAt: string; process: MapProcess; side: MapProcessSide },
  clock: () => Date = () => new Date(),
): Promise<MapChangeOutcome> {
  return changeMap(
    repos,
    {
      projectId: request.projectId,
      expectedUpdatedAt: request.expectedUpdatedAt,
      change: (map) => addFileProcess(map, request.process, request.side),
    },
    clock,
  );
}
