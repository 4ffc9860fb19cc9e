// Which self-assessments a chart can be compared with, and the project's latest self-assessment with its
// model and the one before it, as the assessment's Word export needs them.
import { byNewest, type MaturityRepository } from '../../db/maturity-repository';
import type { PacksRepository } from '../../db/packs-repository';
import type { MaturitySelfAssessment } from '../../domain/assessment/maturity-self-assessment';
import type { MaturityModelTemplate } from '../../domain/pack';
import { maturityModelAt, sameModel } from './maturity-models';

/**
 * The self-assessments of the same model (any version) made before this one, the most recent first: an
 * earlier date, or the same date but started earlier.
 */
export function earlierSelfAssessments(
  all: readonly MaturitySelfAssessment[],
  selfAssessment: MaturitySelfAssessment,
): MaturitySelfAssessment[] {
  return all
    .filter(
      (other) =>
        other.id !== selfAssessment.id &&
        sameModel(other.model, selfAssessment.model) &&
        (other.date < selfAssessment.date ||
          (other.date === selfAssessment.date && other.createdAt < selfAssessment.createdAt)),
    )
    .sort(byNewest);
}

/** The earlier self-assessment a chart compares with: the chosen one if it is earlier, else the most recent. */
export function chosenEarlier(
  earlier: readonly MaturitySelfAssessment[],
  chosenId: string | null,
): MaturitySelfAssessment | null {
  if (chosenId === 'none') return null;
  return earlier.find((e) => e.id === chosenId) ?? earlier[0] ?? null;
}

/** A project's most recent self-assessment, its pinned model, and the one of the same model before it. */
export interface LatestMaturity {
  selfAssessment: MaturitySelfAssessment;
  model: MaturityModelTemplate;
  earlier: MaturitySelfAssessment | null;
}

/**
 * The project's most recent maturity self-assessment (latest date) whose model is installed, with that model
 * at its pinned version and the most recent earlier self-assessment of the same model; null when the
 * project has none that can be shown.
 */
export async function latestMaturitySelfAssessment(
  repos: { maturity: Pick<MaturityRepository, 'list'>; packs: Pick<PacksRepository, 'versions'> },
  projectId: string,
): Promise<LatestMaturity | null> {
  const { selfAssessments } = await repos.maturity.list(projectId);
  for (const selfAssessment of selfAssessments) {
    const model = await maturityModelAt(repos, selfAssessment.model);
    if (!model) continue;
    return { selfAssessment, model, earlier: earlierSelfAssessments(selfAssessments, selfAssessment)[0] ?? null };
  }
  return null;
}
