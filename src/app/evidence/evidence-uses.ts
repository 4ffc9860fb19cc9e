// Where each evidence item is used. Each feature that links to evidence by id (the business case, the
// assessment preparation, the compliance map) adds one finder here; the item page lists what they
// report. The compliance map's finder is the first; the business case and assessments add theirs.
import type { ComplianceMapRepository } from '../../db/compliance-map-repository';
import type { EvidenceUse } from '../../domain/evidence-rules';
import { mapEvidenceFinder, type MapUseRoutes } from './map-evidence-uses';

/** Reports the uses of an evidence item within its project. */
export type EvidenceUseFinder = (projectId: string, evidenceId: string) => Promise<EvidenceUse[]>;

/** What the finders read, and the routes of the screens their uses point at. */
export interface EvidenceUseSources {
  complianceMaps: Pick<ComplianceMapRepository, 'get'>;
  routes: { map: MapUseRoutes };
}

/** The finders of the features in this version of Waymark. */
export function evidenceUseFinders(sources: EvidenceUseSources): EvidenceUseFinder[] {
  return [mapEvidenceFinder(sources.complianceMaps, sources.routes.map)];
}

/** Every use of an item reported by the given finders, in the order they report them. */
export async function findEvidenceUses(
  finders: readonly EvidenceUseFinder[],
  projectId: string,
  evidenceId: string,
): Promise<EvidenceUse[]> {
  const found = await Promise.all(finders.map((find) => find(projectId, evidenceId)));
  return found.flat();
}
