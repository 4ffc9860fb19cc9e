// Live-query hooks for a project's evidence library, in the style of hooks.ts: screens read evidence
// through these and re-render when it changes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvidenceItem } from '../domain/evidence';
import type { AttachmentSummary } from './evidence-repository';
import { repositories } from './hooks';

/** A project's evidence, newest first; undefined while loading. */
export function useEvidenceList(projectId: string | undefined): EvidenceItem[] | undefined {
  return useLiveQuery(async () => (projectId ? repositories().evidence.list(projectId) : []), [projectId]);
}

/** One evidence item; undefined while loading, null when it does not exist. */
export function useEvidenceItem(id: string | undefined): EvidenceItem | null | undefined {
  return useLiveQuery(async () => (id ? ((await repositories().evidence.get(id)) ?? null) : null), [id]);
}

/** The details (not the bytes) of the files attached to a project's evidence; undefined while loading. */
export function useProjectAttachments(projectId: string | undefined): AttachmentSummary[] | undefined {
  return useLiveQuery(async () => (projectId ? repositories().evidence.attachments(projectId) : []), [projectId]);
}
