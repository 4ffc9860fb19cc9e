// Assessments' and business cases' uses of evidence: a point of an assessment whose answer cites an evidence
// item, and an assumption of the business case that an item tests or supports. Reported for the "Where this is
// used" list of the item's page (and its delete confirmation), as the compliance map reports its uses.
import type { PacksRepository } from '../../db/packs-repository';
import type { EvidenceCitingRecords } from '../../db/project-bundle-repository';
import { ASSESSMENT_STAGE_LABELS, type Assessment, type StandardRef } from '../../domain/assessment/assessment-model';
import type { BusinessCase, CaseRevision } from '../../domain/business-case/model';
import type { EvidenceUse } from '../../domain/evidence-rules';
import type { StandardPoint } from '../../domain/pack';
import type { EvidenceUseFinder } from './evidence-uses';

/** The app routes an assessment use points at; the screens pass their own, so no path is written here. */
export interface AssessmentUseRoutes {
  point: (projectId: string, assessmentId: string, pointId: string) => string;
}

/** The app routes a business case use points at. */
export interface CaseUseRoutes {
  assumption: (projectId: string, revisionNumber: number, assumptionId: string) => string;
}

/** The points of the standard an assessment was made against, in the standard's order; undefined when not installed. */
export type StandardPoints = (ref: StandardRef) => Promise<readonly Pick<StandardPoint, 'id' | 'title'>[] | undefined>;

/** Reads the records of a project that cite evidence. */
export type CitingRecordsReader = (projectId: string) => Promise<EvidenceCitingRecords>;

/**
 * The points of a standard as the installed pack has them: the version the assessment was made against, or
 * the version in use when that one is no longer stored.
 */
export function installedStandardPoints(packs: Pick<PacksRepository, 'get'>): StandardPoints {
  return async (ref) => {
    const stored = (await packs.get(ref.packId, ref.version)) ?? (await packs.get(ref.packId));
    const template = stored?.pack.templates.find((t) => t.kind === 'standard' && t.id === ref.templateId);
    return template?.kind === 'standard' ? template.points : undefined;
  };
}

/** "Alpha assessment: point 3, Have a multidisciplinary team", or the point's id when the standard is not here. */
function pointLabel(
  assessment: Assessment,
  pointId: string,
  points: readonly Pick<StandardPoint, 'id' | 'title'>[] | undefined,
): string {
  const stage = ASSESSMENT_STAGE_LABELS[assessment.stage];
  const index = points?.findIndex((p) => p.id === pointId) ?? -1;
  const point = points?.[index];
  return point ? `${stage}: point ${index + 1}, ${point.title}` : `${stage}: the point \u201c${pointId}\u201d`;
}

/** The uses of one evidence item in an assessment: each point whose answer cites it, in the standard's order. */
export function assessmentEvidenceUses(
  assessment: Assessment,
  evidenceId: string,
  points: readonly Pick<StandardPoint, 'id' | 'title'>[] | undefined,
  routes: AssessmentUseRoutes,
): EvidenceUse[] {
  const order = new Map((points ?? []).map((p, i) => [p.id, i]));
  return assessment.answers
    .filter((answer) => answer.evidenceIds.includes(evidenceId))
    .map((answer) => answer.pointId)
    .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map((pointId) => ({
      area: 'assessments' as const,
      label: pointLabel(assessment, pointId, points),
      where: routes.point(assessment.projectId, assessment.id, pointId),
    }));
}

function shortened(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}\u2026`;
}

/**
 * The uses of one evidence item in a business case: each assumption that cites it, named in the newest
 * revision that cites it ("Alpha business case, revision 2: assumption “Anglers will apply online”").
 */
export function caseEvidenceUses(
  businessCase: BusinessCase,
  revisions: readonly CaseRevision[],
  evidenceId: string,
  routes: CaseUseRoutes,
): EvidenceUse[] {
  const seen = new Set<string>();
  const uses: EvidenceUse[] = [];
  for (const revision of [...revisions].sort((a, b) => b.number - a.number)) {
    if (revision.caseId !== businessCase.id) continue;
    for (const assumption of revision.assumptions) {
      if (!assumption.evidenceIds.includes(evidenceId) || seen.has(assumption.id)) continue;
      seen.add(assumption.id);
      uses.push({
        area: 'business-case',
        label: `${businessCase.title}, revision ${revision.number}: assumption \u201c${shortened(assumption.text) || assumption.id}\u201d`,
        where: routes.assumption(businessCase.projectId, revision.number, assumption.id),
      });
    }
  }
  return uses;
}

/** Finds an item's uses in its project's assessments (none when the project has none it can read). */
export function assessmentEvidenceFinder(
  read: CitingRecordsReader,
  standardPoints: StandardPoints,
  routes: AssessmentUseRoutes,
): EvidenceUseFinder {
  return async (projectId, evidenceId) => {
    const { assessments } = await read(projectId);
    const uses: EvidenceUse[] = [];
    for (const assessment of [...assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      if (!assessment.answers.some((answer) => answer.evidenceIds.includes(evidenceId))) continue;
      uses.push(...assessmentEvidenceUses(assessment, evidenceId, await standardPoints(assessment.standard), routes));
    }
    return uses;
  };
}

/** Finds an item's uses in its project's business case (none when the project has no case it can read). */
export function caseEvidenceFinder(read: CitingRecordsReader, routes: CaseUseRoutes): EvidenceUseFinder {
  return async (projectId, evidenceId) => {
    const { businessCase, caseRevisions } = await read(projectId);
    return businessCase ? caseEvidenceUses(businessCase, caseRevisions, evidenceId, routes) : [];
  };
}
