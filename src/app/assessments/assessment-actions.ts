// Use cases of a project's assessments: starting one against an installed standard, recording each point's
// status, narrative, evidence and actions, changing the panel date and deleting an assessment. Every change
// is made on the copy the person was shown (`expectedUpdatedAt`): a change made meanwhile in another window
// raises AssessmentChangedError and nothing is saved.
import { AssessmentChangedError, type AssessmentsRepository } from '../../db/assessments-repository';
import type { EvidenceRepository, NewAttachment } from '../../db/evidence-repository';
import type { PacksRepository } from '../../db/packs-repository';
import { StorageError } from '../../db/storage-errors';
import {
  ASSESSMENT_STAGES,
  createAssessment,
  type Assessment,
  type AssessmentStage,
  type StandardRef,
} from '../../domain/assessment/assessment-model';
import { bringCarriedActionsBeforePanel } from '../../domain/assessment/carry-forward';
import type { EvidenceDraft, EvidenceItem } from '../../domain/evidence';
import type { EvidenceErrors } from '../../domain/evidence-rules';
import { newId } from '../../domain/ids';
import { saveEvidence } from '../evidence/evidence-actions';
import {
  addPointEvidence,
  checkPanelDate,
  deleteAction,
  removePointEvidence,
  saveAction,
  setActionDone,
  setPanelDate,
  setPointAnswer,
  type ActionDraft,
  type AssessmentEdit,
  type AssessmentErrors,
  type PointAnswerDraft,
} from './assessment-edits';
import { standardAt } from './standards';

export interface AssessmentRepositories {
  assessments: AssessmentsRepository;
  packs: Pick<PacksRepository, 'versions'>;
}

/** Saved (with the assessment as stored), or the messages to show beside the fields (nothing is stored then). */
export type AssessmentOutcome = { ok: true; assessment: Assessment } | { ok: false; errors: AssessmentErrors };

/** What the start form holds; `standard` is null until one is chosen, `panelDate` '' when none is booked. */
export interface StartAssessmentRequest {
  projectId: string;
  standard: StandardRef | null;
  stage: AssessmentStage | null;
  panelDate: string;
}

/** Starts an assessment of a project against an installed standard, pinned to its pack, template and version. */
export async function startAssessment(
  repos: AssessmentRepositories,
  request: StartAssessmentRequest,
  clock: () => Date = () => new Date(),
): Promise<AssessmentOutcome> {
  const errors: AssessmentErrors = {};
  if (request.standard === null) errors.standard = 'Choose the standard to assess the project against';
  else if (!(await standardAt(repos, request.standard)))
    errors.standard =
      'That standard is no longer installed. Choose another, or install its pack again from the Library';
  if (request.stage === null || !ASSESSMENT_STAGES.includes(request.stage))
    errors.stage = 'Choose what the assessment is for';
  const panelDate = checkPanelDate(request.panelDate);
  if (!panelDate.ok) errors.panelDate = panelDate.error;
  if (Object.keys(errors).length > 0 || request.standard === null || request.stage === null || !panelDate.ok)
    return { ok: false, errors };
  const assessment = createAssessment({
    id: newId(),
    projectId: request.projectId,
    standard: request.standard,
    stage: request.stage,
    panelDate: panelDate.date,
    now: clock(),
  });
  return { ok: true, assessment: await repos.assessments.create(assessment) };
}

/** The ids of the points of an assessment's standard, in the standard's order. */
async function standardPointIds(repos: AssessmentRepositories, assessment: Assessment): Promise<string[]> {
  const standard = await standardAt(repos, assessment.standard);
  if (!standard)
    throw new StorageError(
      `The standard this assessment uses (${assessment.standard.templateId} version ${assessment.standard.version}) is no longer installed, so nothing was changed. Install its pack again from the Library.`,
      'unknown',
    );
  return standard.points.map((p) => p.id);
}

/**
 * Carries out one change on the assessment the person was shown. Field problems come back as messages; an
 * assessment changed meanwhile raises AssessmentChangedError; other failures are a StorageError.
 */
export async function changeAssessment(
  repos: AssessmentRepositories,
  request: {
    assessmentId: string;
    projectId: string;
    expectedUpdatedAt: string;
    change: (assessment: Assessment, pointIds: readonly string[]) => AssessmentEdit;
  },
): Promise<AssessmentOutcome> {
  const stored = await repos.assessments.read(request.assessmentId);
  if (stored === undefined || (stored.state === 'ready' && stored.assessment.projectId !== request.projectId))
    throw new StorageError('That assessment no longer exists.', 'unknown');
  if (stored.state === 'unreadable')
    throw new StorageError(
      'This assessment cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  if (stored.assessment.updatedAt !== request.expectedUpdatedAt) throw new AssessmentChangedError(stored.assessment);
  const outcome = request.change(stored.assessment, await standardPointIds(repos, stored.assessment));
  if (!outcome.ok) return outcome;
  return { ok: true, assessment: await repos.assessments.save(outcome.assessment, request.expectedUpdatedAt) };
}

/** Which assessment, and the copy of it the person was shown. */
export interface AssessmentTarget {
  assessmentId: string;
  projectId: string;
  expectedUpdatedAt: string;
}

/** Records a point's status (not applicable needs a reason) and narrative. */
export function savePointAnswer(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  pointId: string,
  draft: PointAnswerDraft,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => setPointAnswer(assessment, pointIds, pointId, draft),
  });
}

/** Uses items of the project's evidence library for a point (an item can support several points). */
export async function choosePointEvidence(
  repos: AssessmentRepositories & { evidence: Pick<EvidenceRepository, 'get'> },
  target: AssessmentTarget,
  pointId: string,
  evidenceIds: readonly string[],
): Promise<AssessmentOutcome> {
  for (const id of evidenceIds) {
    const item = await repos.evidence.get(id);
    if (!item || item.projectId !== target.projectId)
      return { ok: false, errors: { evidence: 'That evidence is no longer in this project\u2019s library' } };
  }
  return changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => addPointEvidence(assessment, pointIds, pointId, evidenceIds),
  });
}

/** Stops using an evidence item for a point; it stays in the library. */
export function removePointEvidenceItem(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  pointId: string,
  evidenceId: string,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment) => removePointEvidence(assessment, pointId, evidenceId),
  });
}

/** Added to the library and used for the point, or the evidence form's messages (nothing stored then). */
export type NewPointEvidenceOutcome =
  { ok: true; item: EvidenceItem; assessment: Assessment } | { ok: false; errors: EvidenceErrors };

/**
 * Adds a new item to the project's evidence library and uses it for a point. The assessment is checked
 * first, so an out-of-date page adds nothing; the item is kept in the library if using it then fails.
 */
export async function addNewPointEvidence(
  repos: AssessmentRepositories & { evidence: EvidenceRepository },
  target: AssessmentTarget,
  pointId: string,
  evidence: { draft: EvidenceDraft; file: NewAttachment | null },
): Promise<NewPointEvidenceOutcome> {
  const current = await repos.assessments.get(target.assessmentId);
  if (!current || current.projectId !== target.projectId)
    throw new StorageError('That assessment no longer exists.', 'unknown');
  if (current.updatedAt !== target.expectedUpdatedAt) throw new AssessmentChangedError(current);
  const saved = await saveEvidence(repos, { projectId: target.projectId, itemId: null, ...evidence });
  if (!saved.ok) return saved;
  const used = await changeAssessment(repos, {
    ...target,
    change: (assessment, pointIds) => addPointEvidence(assessment, pointIds, pointId, [saved.item.id]),
  });
  if (!used.ok)
    throw new StorageError(
      `\u201c${saved.item.title}\u201d is added to the evidence library, but could not be used for this point. Choose it from the library.`,
      'unknown',
    );
  return { ok: true, item: saved.item, assessment: used.assessment };
}

/** Adds an action (`actionId` null) about a point (or the whole service when `pointId` is null), or changes one. */
export function saveAssessmentAction(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  request: { actionId: string | null; pointId: string | null; draft: ActionDraft },
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment) => saveAction(assessment, { ...request, newId }),
  });
}

export function setAssessmentActionDone(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  actionId: string,
  done: boolean,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, { ...target, change: (assessment) => setActionDone(assessment, actionId, done) });
}

export function deleteAssessmentAction(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  actionId: string,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, { ...target, change: (assessment) => deleteAction(assessment, actionId) });
}

/** Panel actions carried from the last assessment that are now due before this one's panel. */
export interface MovedActions {
  count: number;
  /** The last working day before the panel. */
  dueBy: string;
}

/**
 * Changes the date of the panel ('' when none is booked). In an assessment started from an earlier one, the
 * carried panel actions not done and due after the panel (or, on points the last panel rated red, with no date
 * yet) are then due on the last working day before it; `moved` says how many, when any.
 */
export async function changePanelDate(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  panelDate: string,
): Promise<AssessmentOutcome & { moved?: MovedActions }> {
  const current = await repos.assessments.get(target.assessmentId);
  const from = current?.carriedFrom ? await repos.assessments.get(current.carriedFrom.assessmentId) : undefined;
  const previous = from?.projectId === target.projectId ? from : undefined;
  const scale = previous ? (await standardAt(repos, previous.standard))?.rating_scale : undefined;
  let moved: MovedActions | undefined;
  const outcome = await changeAssessment(repos, {
    ...target,
    change: (assessment) => {
      const edit = setPanelDate(assessment, panelDate);
      if (!edit.ok) return edit;
      const brought = bringCarriedActionsBeforePanel(edit.assessment, previous, scale ?? { values: [] });
      moved = brought.moved > 0 && brought.dueBy !== null ? { count: brought.moved, dueBy: brought.dueBy } : undefined;
      return { ok: true, assessment: brought.assessment };
    },
  });
  return outcome.ok && moved ? { ...outcome, moved } : outcome;
}

/** Deletes an assessment of a project, after the person has confirmed it. Evidence stays in the library. */
export async function deleteAssessment(
  repos: Pick<AssessmentRepositories, 'assessments'>,
  projectId: string,
  assessmentId: string,
): Promise<void> {
  await repos.assessments.delete(projectId, assessmentId);
}
