// Use cases of the mock assessment and the panel's outcome: rehearsal notes, the ratings with the report date
// and the team's response, recommendations, and actions made from them. Each change is made on the copy the
// person was shown, through changeAssessment, so a change made meanwhile elsewhere is refused.
import { newId } from '../../domain/ids';
import {
  changeAssessment,
  type AssessmentOutcome,
  type AssessmentRepositories,
  type AssessmentTarget,
} from './assessment-actions';
import {
  createActionsFromRecommendations,
  deleteRecommendation,
  saveRecommendation,
  setOutcome,
  setRehearsalNotes,
  type OutcomeDraft,
  type RecommendationDraft,
} from './outcome-edits';
import { standardAt } from './standards';

/** Records what the team rehearsed, point id to notes. */
export function saveRehearsalNotes(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  notes: Readonly<Record<string, string>>,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => setRehearsalNotes(assessment, pointIds, notes),
  });
}

/**
 * Records the panel's ratings, the date of the report (and so the deadline to answer it) and the response.
 * Actions made from recommendations follow the new dates the rules give, unless the team set theirs by hand;
 * `redated` says how many changed.
 */
export async function savePanelOutcome(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  draft: OutcomeDraft,
): Promise<AssessmentOutcome & { redated?: number }> {
  const current = await repos.assessments.get(target.assessmentId);
  const scale = current ? (await standardAt(repos, current.standard))?.rating_scale : undefined;
  const next = await nextPanelDate(repos, target.projectId, target.assessmentId);
  let redated = 0;
  const outcome = await changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => {
      const edit = setOutcome(assessment, scale, pointIds, draft, { nextPanelDate: next });
      if (edit.ok) {
        const before = new Map(assessment.actions.map((a) => [a.id, a.dueDate]));
        redated = edit.assessment.actions.filter((a) => before.get(a.id) !== a.dueDate).length;
      }
      return edit;
    },
  });
  return outcome.ok ? { ...outcome, redated } : outcome;
}

/** Adds a recommendation of the panel (`recommendationId` null) or changes one. */
export function savePanelRecommendation(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  request: { recommendationId: string | null; draft: RecommendationDraft },
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => saveRecommendation(assessment, pointIds, { ...request, newId }),
  });
}

export function deletePanelRecommendation(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  recommendationId: string,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment) => deleteRecommendation(assessment, recommendationId),
  });
}

/**
 * The panel date of the next assessment of the same project that was started from this one, when one is
 * booked: amber actions are due before it.
 */
export async function nextPanelDate(
  repos: Pick<AssessmentRepositories, 'assessments'>,
  projectId: string,
  assessmentId: string,
): Promise<string | null> {
  const { assessments } = await repos.assessments.list(projectId);
  const dates = assessments
    .filter((a) => a.carriedFrom?.assessmentId === assessmentId && a.panelDate !== null)
    .map((a) => a.panelDate as string)
    .sort();
  return dates[0] ?? null;
}

/**
 * Makes an action from each recommendation that has none yet, with due dates from the domain (amber: three
 * months after the report, and before the next assessment when its date is known).
 */
export async function createPanelActions(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
): Promise<AssessmentOutcome & { added?: number }> {
  const current = await repos.assessments.get(target.assessmentId);
  const scale = current ? (await standardAt(repos, current.standard))?.rating_scale : undefined;
  const next = await nextPanelDate(repos, target.projectId, target.assessmentId);
  const before = current?.actions.length ?? 0;
  const outcome = await changeAssessment(repos, {
    ...target,
    change: (assessment) => createActionsFromRecommendations(assessment, scale, { newId, nextPanelDate: next }),
  });
  return outcome.ok ? { ...outcome, added: outcome.assessment.actions.length - before } : outcome;
}
