// Live-query hooks for a project's assessments, in the style of hooks.ts: screens read assessments through
// these and re-render when they change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentList, StoredAssessment } from './assessments-repository';
import { repositories } from './hooks';

/** A project's assessments (and any that cannot be read); undefined while loading. */
export function useAssessmentList(projectId: string | undefined): AssessmentList | undefined {
  return useLiveQuery(
    async (): Promise<AssessmentList> =>
      projectId ? repositories().assessments.list(projectId) : { assessments: [], unreadable: [] },
    [projectId],
  );
}

/** One assessment as read; undefined while loading, null when there is none with that id. */
export function useAssessment(id: string | undefined): StoredAssessment | null | undefined {
  return useLiveQuery(
    async (): Promise<StoredAssessment | null> => (id ? ((await repositories().assessments.read(id)) ?? null) : null),
    [id],
  );
}
