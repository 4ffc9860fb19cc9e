// The compliance map's uses of evidence: a conflict register entry or an agreed exception that cites an
// evidence item as the proof of agreement. Reported for the "Where this is used" list of the item's page.
import type { ComplianceMapRepository } from '../../db/compliance-map-repository';
import {
  findStep,
  RELATION_LABELS,
  stepKey,
  type ComplianceMap,
  type ConflictRecord,
  type MapException,
  type StepRef,
} from '../../domain/compliance-map/map-model';
import type { EvidenceUse } from '../../domain/evidence-rules';
import type { EvidenceUseFinder } from './evidence-uses';

/** The app routes a map use points at; the screens pass their own (src/ui/paths.ts), so no path is written here. */
export interface MapUseRoutes {
  conflictOfLink: (projectId: string, linkId: string) => string;
  conflictOfCycle: (projectId: string, stepKeys: readonly string[]) => string;
  exceptions: (projectId: string) => string;
}

function stepName(map: ComplianceMap, ref: StepRef): string {
  return findStep(map, ref)?.name ?? ref.stepId;
}

function conflictUse(map: ComplianceMap, record: ConflictRecord, routes: MapUseRoutes): EvidenceUse {
  const subject = record.subject;
  if (subject.type === 'cycle')
    return {
      area: 'compliance-map',
      label: `Conflict register: ordering contradiction between ${subject.steps.map((s) => stepName(map, s)).join(', ')}`,
      where: routes.conflictOfCycle(map.projectId, subject.steps.map(stepKey)),
    };
  const link = map.links.find((l) => l.id === subject.linkId);
  return {
    area: 'compliance-map',
    label: link
      ? `Conflict register: ${stepName(map, link.from)} conflicts with ${stepName(map, link.to)}`
      : 'Conflict register: a conflict whose link is no longer in the map',
    where: routes.conflictOfLink(map.projectId, subject.linkId),
  };
}

function exceptionUse(map: ComplianceMap, exception: MapException, routes: MapUseRoutes): EvidenceUse {
  const waived = exception.waives;
  let rule: string;
  if (waived.type === 'link') {
    const link = map.links.find((l) => l.id === waived.linkId);
    rule = link
      ? `${stepName(map, link.from)} ${RELATION_LABELS[link.relation]} ${stepName(map, link.to)}`
      : 'an ordering link no longer in the map';
  } else {
    const step = (id: string) => stepName(map, { processId: waived.processId, stepId: id });
    rule = `${step(waived.stepId)} waits for ${step(waived.dependsOn)}`;
  }
  return { area: 'compliance-map', label: `Exception agreed: ${rule}`, where: routes.exceptions(map.projectId) };
}

/** The uses of one evidence item in a map: register entries first, then exceptions, each once. */
export function mapEvidenceUses(map: ComplianceMap, evidenceId: string, routes: MapUseRoutes): EvidenceUse[] {
  return [
    ...map.conflicts.filter((c) => c.evidenceIds.includes(evidenceId)).map((c) => conflictUse(map, c, routes)),
    ...map.exceptions.filter((x) => x.evidenceIds.includes(evidenceId)).map((x) => exceptionUse(map, x, routes)),
  ];
}

/** Finds an item's uses in its project's compliance map (none when the project has no map it can read). */
export function mapEvidenceFinder(maps: Pick<ComplianceMapRepository, 'get'>, routes: MapUseRoutes): EvidenceUseFinder {
  return async (projectId, evidenceId) => {
    const map = await maps.get(projectId);
    return map ? mapEvidenceUses(map, evidenceId, routes) : [];
  };
}
