// The checks a compliance map read from a project file or a backup must pass beyond its schema: the map
// hangs together (unique ids, references that resolve), belongs to a project the file holds, and is the
// only map of that project. Shared by the project file and backup readers, so both refuse a bad map alike.
import { mapIntegrityProblems } from '../domain/compliance-map/map-record-schema';
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import type { PackProblems } from './pack-problems';

/** "The link id "l1" is used twice." as the readers word a reason: "the link id "l1" is used twice". */
function asReason(sentence: string): string {
  const trimmed = sentence.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/**
 * Records a problem for each map that does not hang together, belongs to a project not in the file, shares
 * its id with another map, or is a second map of the same project. `location(index)` names the map where
 * the reader reports it (`complianceMaps[0]` in a project file, the map's id in a backup).
 */
export function checkComplianceMaps(
  maps: readonly ComplianceMap[],
  projectIds: ReadonlySet<string>,
  file: string,
  location: (index: number) => string,
  problems: PackProblems,
): void {
  const ids = new Set<string>();
  const owners = new Set<string>();
  maps.forEach((map, index) => {
    const where = location(index);
    if (ids.has(map.id)) problems.add(file, where, `the compliance map id "${map.id}" is used twice`);
    ids.add(map.id);
    if (!projectIds.has(map.projectId))
      problems.add(
        file,
        `${where}.projectId`,
        `the compliance map belongs to the project "${map.projectId}", which is not in this file`,
      );
    else if (owners.has(map.projectId))
      problems.add(file, where, `the project "${map.projectId}" has more than one compliance map; a project has one`);
    owners.add(map.projectId);
    for (const problem of mapIntegrityProblems(map))
      problems.add(file, where, `the compliance map is damaged: ${asReason(problem)}`);
  });
}
