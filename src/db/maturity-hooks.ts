// Live-query hooks for a project's maturity self-assessments, in the style of hooks.ts: screens read them
// through these and re-render when they change.
import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from './hooks';
import type { MaturityList, StoredMaturity } from './maturity-repository';
import type { StoredPack } from './stored-pack';

/** A project's self-assessments (and any that cannot be read); undefined while loading. */
export function useMaturityList(projectId: string | undefined): MaturityList | undefined {
  return useLiveQuery(
    async (): Promise<MaturityList> =>
      projectId ? repositories().maturity.list(projectId) : { selfAssessments: [], unreadable: [] },
    [projectId],
  );
}

/** What every screen of one self-assessment reads, in one query so that the screen is drawn once. */
export interface MaturityScreenData {
  /** The self-assessment as read; null when there is none with that id. */
  stored: StoredMaturity | null;
  /** Every stored version of the pack of the self-assessment's model (none when it could not be read). */
  versions: StoredPack[];
}

/**
 * One self-assessment and the stored versions of its model's pack, read together so that a screen never
 * sees the record without its pack; undefined while loading.
 */
export function useMaturityScreenData(id: string | undefined): MaturityScreenData | undefined {
  return useLiveQuery(async (): Promise<MaturityScreenData> => {
    const repos = repositories();
    const stored = id ? await repos.maturity.read(id) : undefined;
    const versions = stored?.state === 'ready' ? await repos.packs.versions(stored.selfAssessment.model.packId) : [];
    return { stored: stored ?? null, versions };
  }, [id]);
}
