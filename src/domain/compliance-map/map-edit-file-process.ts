// Adding a process read from a CSV or Excel file to a map. The file has been read and checked already
// (src/packs/process-file-reader.ts); here the map's own rules apply: room for one more process, and an id
// no other process of the map has, so links and steps keep pointing at the right process.
import { done, fail, type EditOutcome } from './map-edits';
import type { ComplianceMap, MapProcess, MapProcessSide } from './map-model';
import { MAP_LIMITS } from './map-record-schema';
import { freeProcessId } from './process-from-template';

/**
 * The process as it will be added: its id made free in the map and the side the person chose. A title the
 * map already has gets the file's name after it, so two processes never read the same in lists and documents.
 */
export function fileProcessForMap(map: ComplianceMap, process: MapProcess, side: MapProcessSide): MapProcess {
  const titleTaken = map.processes.some((p) => p.title.trim().toLowerCase() === process.title.trim().toLowerCase());
  const fileName = process.source.type === 'file' ? process.source.fileName : '';
  return {
    ...process,
    title: titleTaken && fileName ? `${process.title} (${fileName})`.slice(0, MAP_LIMITS.shortText) : process.title,
    id: freeProcessId(
      process.id,
      map.processes.map((p) => p.id),
    ),
    side,
  };
}

/** Adds a process read from a file, whose id is made unique in the map. */
export function addFileProcess(map: ComplianceMap, process: MapProcess, side: MapProcessSide): EditOutcome {
  if (map.processes.length >= MAP_LIMITS.processes)
    return fail({ general: `A map holds at most ${MAP_LIMITS.processes} processes, and this one is full.` });
  if (process.steps.length > MAP_LIMITS.stepsPerProcess)
    return fail({ general: `A process holds at most ${MAP_LIMITS.stepsPerProcess} steps, and this file has more.` });
  return done({ ...map, processes: [...map.processes, fileProcessForMap(map, process, side)] });
}
