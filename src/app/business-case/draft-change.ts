// Saving a change onto the draft revision of a project's business case, for the structured parts
// (assumptions, options, benefits). The change is made only on the copy the person was shown: a frozen
// revision is refused, and so is a revision changed meanwhile in another window or tab.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import { CaseChangedError, FrozenRevisionWriteError } from '../../db/business-case-repository';
import { StorageError } from '../../db/storage-errors';
import type { BusinessCase, CaseRevision } from '../../domain/business-case/model';
import { updateRevision, type RevisionContent } from '../../domain/business-case/revisions';

/** Which revision to change, and when the copy the person was shown was last saved. */
export interface DraftTarget {
  projectId: string;
  revisionId: string;
  expectedUpdatedAt: string;
}

/** Field messages keyed by field name; nothing is stored when there are any. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type PartOutcome<F extends string> = { ok: true; value: CaseRevision } | { ok: false; errors: FieldErrors<F> };

/**
 * The project's case and the revision named, as stored; refused when the case is gone or unreadable, the
 * revision is not in it, or it is frozen. Every change to a draft starts here.
 */
export async function storedDraft(
  repos: { businessCases: Pick<BusinessCaseRepository, 'read'> },
  projectId: string,
  revisionId: string,
): Promise<{ businessCase: BusinessCase; revision: CaseRevision }> {
  const stored = await repos.businessCases.read(projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no business case any more.'
        : 'This project\u2019s business case cannot be read by this version of Waymark, so it was left as it is.',
      'unknown',
    );
  const revision = stored.revisions.find((r) => r.id === revisionId);
  if (!revision) throw new StorageError('That revision is not part of this project\u2019s business case.', 'unknown');
  if (revision.status === 'frozen') throw new FrozenRevisionWriteError(revision);
  return { businessCase: stored.businessCase, revision };
}

/** The stored revision the target names, refused when it is frozen or changed since it was shown. */
export async function draftToChange(
  repos: { businessCases: Pick<BusinessCaseRepository, 'read'> },
  target: DraftTarget,
): Promise<CaseRevision> {
  const { revision } = await storedDraft(repos, target.projectId, target.revisionId);
  if (revision.updatedAt !== target.expectedUpdatedAt) throw new CaseChangedError(revision);
  return revision;
}

/** Saves `patch` onto the draft the target names, returning the saved revision. */
export async function saveOntoDraft(
  repos: { businessCases: BusinessCaseRepository },
  target: DraftTarget,
  revision: CaseRevision,
  patch: Partial<RevisionContent>,
  now: Date,
): Promise<CaseRevision> {
  return repos.businessCases.saveRevision(
    target.projectId,
    updateRevision(revision, patch, now),
    target.expectedUpdatedAt,
  );
}
