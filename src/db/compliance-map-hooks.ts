// Live-query hooks for a project's compliance map, in the style of hooks.ts: screens read the map through
// these and re-render when it changes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredMap } from './compliance-map-repository';
import { repositories } from './hooks';

/** A project's map as read (none, unreadable, or the map); undefined while loading. */
export function useComplianceMap(projectId: string | undefined): StoredMap | undefined {
  return useLiveQuery(
    async (): Promise<StoredMap> => (projectId ? repositories().complianceMaps.read(projectId) : { state: 'none' }),
    [projectId],
  );
}
