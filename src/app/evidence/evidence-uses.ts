// Where each evidence item is used. Each feature that links to evidence by id (the business case, the
// assessment preparation, the compliance map) adds one finder here; the item page lists what they
// report, and its delete confirmation says how many places cite the item.
import type { ComplianceMapRepository } from '../../db/compliance-map-repository';
import type { EvidenceUse } from '../../domain/evidence-rules';
import {
  assessmentEvidenceFinder,
  caseEvidenceFinder,
  type AssessmentUseRoutes,
  type CaseUseRoutes,
  type CitingRecordsReader,
  type StandardPoints,
} from './assessment-evidence-uses';
import { mapEvidenceFinder, type MapUseRoutes } from './map-evidence-uses';

/** Reports the uses of an evidence item within its project. */
export type EvidenceUseFinder = (projectId: string, evidenceId: string) => Promise<EvidenceUse[]>;

/** What the finders read, and the routes of the screens their uses point at. */
export interface EvidenceUseSources {
  complianceMaps: Pick<ComplianceMapRepository, 'get'>;
  /**
   * Reads a project's assessments, business case and case revisions (`projectBundleRepository(db).evidenceCiting`),
   * with the points of installed standards (`installedStandardPoints(packs)`) to name assessment points.
   * The assessment and business case finders are used when these and their routes are given.
   */
  citing?: { read: CitingRecordsReader; standardPoints: StandardPoints };
  routes: { map: MapUseRoutes; assessment?: AssessmentUseRoutes; businessCase?: CaseUseRoutes };
}

/** The finders of the features in this version of Waymark. */
export function evidenceUseFinders(sources: EvidenceUseSources): EvidenceUseFinder[] {
  const finders = [mapEvidenceFinder(sources.complianceMaps, sources.routes.map)];
  const { citing, routes } = sources;
  if (citing && routes.assessment)
    finders.push(assessmentEvidenceFinder(citing.read, citing.standardPoints, routes.assessment));
  if (citing && routes.businessCase) finders.push(caseEvidenceFinder(citing.read, routes.businessCase));
  return finders;
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
