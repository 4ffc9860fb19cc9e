// Live-query hooks for a project's business case, in the style of hooks.ts: screens read the case and its
// revisions through these and re-render when they change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredCase } from './business-case-repository';
import { repositories } from './hooks';

/** A project's business case with its revisions (none, unreadable, or the case); undefined while loading. */
export function useBusinessCase(projectId: string | undefined): StoredCase | undefined {
  return useLiveQuery(
    async (): Promise<StoredCase> => (projectId ? repositories().businessCases.read(projectId) : { state: 'none' }),
    [projectId],
  );
}
