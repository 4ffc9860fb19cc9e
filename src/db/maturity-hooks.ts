// Live-query hooks for a project's maturity self-assessments, in the style of hooks.ts: screens read them
// through these and re-render when they change.
import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from './hooks';
import type { MaturityList, StoredMaturity } from './maturity-repository';

/** A project's self-assessments (and any that cannot be read); undefined while loading. */
export function useMaturityList(projectId: string | undefined): MaturityList | undefined {
  return useLiveQuery(
    async (): Promise<MaturityList> =>
      projectId ? repositories().maturity.list(projectId) : { selfAssessments: [], unreadable: [] },
    [projectId],
  );
}

/** One self-assessment as read; undefined while loading, null when there is none with that id. */
export function useMaturitySelfAssessment(id: string | undefined): StoredMaturity | null | undefined {
  return useLiveQuery(
    async (): Promise<StoredMaturity | null> => (id ? ((await repositories().maturity.read(id)) ?? null) : null),
    [id],
  );
}
