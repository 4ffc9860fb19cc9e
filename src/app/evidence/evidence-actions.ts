// Use cases of a project's evidence library: adding or changing an item (with a file to attach, if
// any) and removing one. Plain functions that take the repository, so screens stay free of storage
// rules and the steps are tested against a real (fake-indexeddb) database.
import type { EvidenceRepository, NewAttachment } from '../../db/evidence-repository';
import { StorageError } from '../../db/storage-errors';
import type { EvidenceDraft, EvidenceItem } from '../../domain/evidence';
import { validateEvidenceDraft, type EvidenceErrors } from '../../domain/evidence-rules';

export interface EvidenceRepositories {
  evidence: EvidenceRepository;
}

export interface SaveEvidenceRequest {
  projectId: string;
  /** The item being changed; null to add a new one. */
  itemId: string | null;
  draft: EvidenceDraft;
  /** A newly chosen file to attach, when the draft's source is an attached file. */
  file: NewAttachment | null;
}

/** Saved, or the messages to show beside the fields (nothing is stored then). */
export type SaveEvidenceOutcome = { ok: true; item: EvidenceItem } | { ok: false; errors: EvidenceErrors };

/**
 * Checks the draft and saves it. Field problems, and a file over a size limit, come back as messages
 * for the form; other storage failures are thrown as a StorageError with a plain message.
 */
export async function saveEvidence(
  repos: EvidenceRepositories,
  request: SaveEvidenceRequest,
): Promise<SaveEvidenceOutcome> {
  const file = request.draft.source.type === 'file' ? request.file : null;
  const errors = validateEvidenceDraft(request.draft, file ? { name: file.name, size: file.data.size } : null);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    const item =
      request.itemId === null
        ? await repos.evidence.add(request.projectId, request.draft, file)
        : await repos.evidence.update(request.itemId, request.draft, file);
    return { ok: true, item };
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'limit') return { ok: false, errors: { file: error.message } };
    throw error;
  }
}

/** Removes an item and its attached file. */
export async function removeEvidence(repos: EvidenceRepositories, itemId: string): Promise<void> {
  await repos.evidence.delete(itemId);
}
