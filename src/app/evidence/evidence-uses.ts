// Where each evidence item is used. Each feature that links to evidence by id (the business case, the
// assessment preparation, the compliance map) adds one finder here; the item page lists what they
// report. Until those features exist the list of finders is empty, and the page says nothing uses it.
import type { EvidenceUse } from '../../domain/evidence-rules';

/** Reports the uses of an evidence item within its project. */
export type EvidenceUseFinder = (projectId: string, evidenceId: string) => Promise<EvidenceUse[]>;

/** The finders of the features in this version of Waymark. */
export const EVIDENCE_USE_FINDERS: readonly EvidenceUseFinder[] = [];

/** Every use of an item reported by the given finders, in the order they report them. */
export async function findEvidenceUses(
  finders: readonly EvidenceUseFinder[],
  projectId: string,
  evidenceId: string,
): Promise<EvidenceUse[]> {
  const found = await Promise.all(finders.map((find) => find(projectId, evidenceId)));
  return found.flat();
}
