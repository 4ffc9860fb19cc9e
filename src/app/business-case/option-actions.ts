// Use cases of the options appraisal of a business case: options on the long list (short-listed or not,
// open or closed with a reason), critical success factors, scores of the short-listed options against
// them, and the preferred option and why. Each saves onto the draft revision the person was shown; a
// frozen revision and a copy changed meanwhile are refused.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import { StorageError } from '../../db/storage-errors';
import type { CaseRevision, OptionsAppraisal } from '../../domain/business-case/model';
import { newId } from '../../domain/ids';
import { draftToChange, saveOntoDraft, type DraftTarget, type PartOutcome } from './draft-change';
import {
  choosePreferredOption,
  putFactor,
  putOption,
  removeFactor,
  removeOption,
  setScores,
  type OptionField,
  type OptionInput,
  type ScoreCell,
} from './option-edits';

type Repos = { businessCases: BusinessCaseRepository };

/** Runs a pure edit that throws a plain sentence, turning it into a storage error the screens show. */
function refusing<T>(edit: () => T): T {
  try {
    return edit();
  } catch (e) {
    throw new StorageError(e instanceof Error ? e.message : String(e), 'unknown');
  }
}

async function saveAppraisal(
  repos: Repos,
  target: DraftTarget,
  revision: CaseRevision,
  options: OptionsAppraisal,
  now: Date,
) {
  return saveOntoDraft(repos, target, revision, { options }, now);
}

/** Adds an option to the long list (`optionId` null) or changes one. */
export async function saveOption(
  repos: Repos,
  request: DraftTarget & { optionId: string | null; input: OptionInput },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<OptionField>> {
  const revision = await draftToChange(repos, request);
  if (request.optionId && !revision.options.options.some((o) => o.id === request.optionId))
    throw new StorageError('That option is not in this revision any more, so nothing was saved.', 'unknown');
  const edited = putOption(revision.options, request.optionId ?? newId(), request.input);
  if (!edited.ok) return edited;
  return { ok: true, value: await saveAppraisal(repos, request, revision, edited.value, clock()) };
}

/** Removes an option and its scores; the preferred option is refused until another is chosen. */
export async function deleteOption(
  repos: Repos,
  request: DraftTarget & { optionId: string },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, request);
  const options = refusing(() => removeOption(revision.options, request.optionId));
  return saveAppraisal(repos, request, revision, options, clock());
}

/** Adds a critical success factor (`factorId` null) or renames one. */
export async function saveFactor(
  repos: Repos,
  request: DraftTarget & { factorId: string | null; title: string },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<'title'>> {
  const revision = await draftToChange(repos, request);
  if (request.factorId && !revision.options.factors.some((f) => f.id === request.factorId))
    throw new StorageError('That success factor is not in this revision any more, so nothing was saved.', 'unknown');
  const edited = putFactor(revision.options, request.factorId ?? newId(), request.title);
  if (!edited.ok) return edited;
  return { ok: true, value: await saveAppraisal(repos, request, revision, edited.value, clock()) };
}

/** Removes a critical success factor and every score against it. */
export async function deleteFactor(
  repos: Repos,
  request: DraftTarget & { factorId: string },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, request);
  const options = refusing(() => removeFactor(revision.options, request.factorId));
  return saveAppraisal(repos, request, revision, options, clock());
}

/** Saves the scores table: each cell a whole number from 0 to 5, or null for not scored yet. */
export async function saveScores(
  repos: Repos,
  request: DraftTarget & { cells: ScoreCell[] },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, request);
  const options = refusing(() => setScores(revision.options, request.cells));
  return saveAppraisal(repos, request, revision, options, clock());
}

/** Chooses the preferred option and why, or marks it "not decided yet" (`optionId` null). */
export async function savePreferredOption(
  repos: Repos,
  request: DraftTarget & { optionId: string | null; reason: string },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<'preferred' | 'reason'>> {
  const revision = await draftToChange(repos, request);
  const edited = choosePreferredOption(revision.options, request.optionId, request.reason);
  if (!edited.ok) return edited;
  return { ok: true, value: await saveAppraisal(repos, request, revision, edited.value, clock()) };
}
