// The assessments' uses of evidence: each point of each assessment of the project that uses an item,
// reported for the "Where this is used" list of the item's page (see src/app/evidence/evidence-uses.ts).
import type { AssessmentsRepository } from '../../db/assessments-repository';
import type { PacksRepository } from '../../db/packs-repository';
import { ASSESSMENT_STAGE_LABELS } from '../../domain/assessment/assessment-model';
import type { EvidenceUse } from '../../domain/evidence-rules';
import type { EvidenceUseFinder } from '../evidence/evidence-uses';
import { standardAt } from './standards';

/** The app route of a point of an assessment; the screens pass their own (src/ui/paths.ts). */
export interface AssessmentUseRoutes {
  point: (projectId: string, assessmentId: string, pointId: string) => string;
}

/** Finds an item's uses in the project's assessments, assessment by assessment, in the standard's order. */
export function assessmentEvidenceFinder(
  repos: { assessments: Pick<AssessmentsRepository, 'list'>; packs: Pick<PacksRepository, 'versions'> },
  routes: AssessmentUseRoutes,
): EvidenceUseFinder {
  return async (projectId, evidenceId) => {
    const uses: EvidenceUse[] = [];
    for (const assessment of (await repos.assessments.list(projectId)).assessments) {
      const using = assessment.answers.filter((a) => a.evidenceIds.includes(evidenceId)).map((a) => a.pointId);
      if (using.length === 0) continue;
      const standard = await standardAt(repos, assessment.standard);
      const title = standard?.title ?? assessment.standard.templateId;
      const order = standard ? standard.points.map((p) => p.id) : using;
      for (const pointId of order.filter((id) => using.includes(id))) {
        const point = standard?.points.find((p) => p.id === pointId);
        uses.push({
          area: 'assessments',
          label: `${title}, ${ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase()}: point ${pointId}${point ? `, ${point.title}` : ''}`,
          where: routes.point(projectId, assessment.id, pointId),
        });
      }
    }
    return uses;
  };
}
