// Use cases of a project's maturity self-assessments: starting one against an installed maturity model on
// a date, scoring a category, and deleting one. Every change is made on the copy the person was shown
// (`expectedUpdatedAt`): a change made meanwhile in another window raises MaturityChangedError and nothing
// is saved.
import { MaturityChangedError, type MaturityRepository } from '../../db/maturity-repository';
import type { PacksRepository } from '../../db/packs-repository';
import { StorageError } from '../../db/storage-errors';
import type { StandardRef } from '../../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../../domain/assessment/maturity-self-assessment';
import { isRealDate } from '../../domain/evidence-rules';
import { newId } from '../../domain/ids';
import type { MaturityModelTemplate } from '../../domain/pack';
import { setCategoryScores, type MaturityEdit, type MaturityErrors, type MaturityScoreDraft } from './maturity-edits';
import { maturityModelAt } from './maturity-models';

export interface MaturityRepositories {
  maturity: MaturityRepository;
  packs: Pick<PacksRepository, 'versions'>;
}

/** Saved (with the self-assessment as stored), or the messages to show beside the fields (nothing stored then). */
export type MaturityOutcome =
  { ok: true; selfAssessment: MaturitySelfAssessment } | { ok: false; errors: MaturityErrors };

/** What the start form holds; `model` is null until one is chosen, `date` as typed (`YYYY-MM-DD`). */
export interface StartMaturityRequest {
  projectId: string;
  model: StandardRef | null;
  date: string;
}

/** Starts a self-assessment of a project on an installed maturity model, pinned to its pack, template and version. */
export async function startMaturitySelfAssessment(
  repos: MaturityRepositories,
  request: StartMaturityRequest,
  clock: () => Date = () => new Date(),
): Promise<MaturityOutcome> {
  const errors: MaturityErrors = {};
  if (request.model === null) errors.model = 'Choose the maturity model to score the project on';
  else if (!(await maturityModelAt(repos, request.model)))
    errors.model =
      'That maturity model is no longer installed. Choose another, or install its pack again from the Library';
  const date = request.date.trim();
  if (date === '') errors.date = 'Enter the date of the self-assessment';
  else if (!isRealDate(date)) errors.date = 'Enter a real date, for example 12 1 2027';
  if (Object.keys(errors).length > 0 || request.model === null) return { ok: false, errors };
  const at = clock().toISOString();
  const selfAssessment: MaturitySelfAssessment = {
    id: newId(),
    projectId: request.projectId,
    model: request.model,
    date,
    createdAt: at,
    updatedAt: at,
    scores: [],
  };
  return { ok: true, selfAssessment: await repos.maturity.create(selfAssessment) };
}

/** Which self-assessment, and the copy of it the person was shown. */
export interface MaturityTarget {
  selfAssessmentId: string;
  projectId: string;
  expectedUpdatedAt: string;
}

/**
 * Carries out one change on the self-assessment the person was shown. Field problems come back as
 * messages; a self-assessment changed meanwhile raises MaturityChangedError; other failures are a StorageError.
 */
export async function changeMaturitySelfAssessment(
  repos: MaturityRepositories,
  target: MaturityTarget,
  change: (selfAssessment: MaturitySelfAssessment, model: MaturityModelTemplate) => MaturityEdit,
): Promise<MaturityOutcome> {
  const stored = await repos.maturity.read(target.selfAssessmentId);
  if (stored === undefined || (stored.state === 'ready' && stored.selfAssessment.projectId !== target.projectId))
    throw new StorageError('That self-assessment no longer exists.', 'unknown');
  if (stored.state === 'unreadable')
    throw new StorageError(
      'This self-assessment cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  const current = stored.selfAssessment;
  if (current.updatedAt !== target.expectedUpdatedAt) throw new MaturityChangedError(current);
  const model = await maturityModelAt(repos, current.model);
  if (!model)
    throw new StorageError(
      `The maturity model this self-assessment uses (${current.model.templateId} version ${current.model.version}) is no longer installed, so nothing was changed. Install its pack again from the Library.`,
      'unknown',
    );
  const outcome = change(current, model);
  if (!outcome.ok) return outcome;
  return { ok: true, selfAssessment: await repos.maturity.save(outcome.selfAssessment, target.expectedUpdatedAt) };
}

/** Records the scores of one category: current and target levels of the model, notes and the next step. */
export function scoreMaturityCategory(
  repos: MaturityRepositories,
  target: MaturityTarget,
  categoryId: string,
  drafts: Readonly<Record<string, MaturityScoreDraft>>,
): Promise<MaturityOutcome> {
  return changeMaturitySelfAssessment(repos, target, (selfAssessment, model) =>
    setCategoryScores(selfAssessment, model, categoryId, drafts),
  );
}

/** Deletes a self-assessment of a project, after the person has confirmed it. */
export async function deleteMaturitySelfAssessment(
  repos: Pick<MaturityRepositories, 'maturity'>,
  projectId: string,
  selfAssessmentId: string,
): Promise<void> {
  await repos.maturity.delete(projectId, selfAssessmentId);
}
