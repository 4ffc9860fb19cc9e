// Live-query hooks for a project's assessments, in the style of hooks.ts: screens read assessments through
// these and re-render when they change.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentList, StoredAssessment } from './assessments-repository';
import { repositories } from './hooks';
import type { StoredPack } from './stored-pack';

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

/** What every screen of one assessment reads, in one query so that the screen is drawn once. */
export interface AssessmentScreenData {
  /** The assessment as read; null when there is none with that id. */
  stored: StoredAssessment | null;
  /** Every stored version of the pack of the assessment's standard (none when it could not be read). */
  versions: StoredPack[];
  /** The ids of the project's evidence, to tell links to items still in the library from the rest. */
  evidenceIds: ReadonlySet<string>;
}

/**
 * One assessment of a project, the stored versions of its standard's pack and the ids of the project's
 * evidence, read together; undefined while loading.
 */
export function useAssessmentScreenData(id: string | undefined, projectId: string): AssessmentScreenData | undefined {
  return useLiveQuery(async (): Promise<AssessmentScreenData> => {
    const repos = repositories();
    const [stored, evidenceIds] = await Promise.all([
      id ? repos.assessments.read(id) : undefined,
      repos.evidence.ids(projectId),
    ]);
    const versions = stored?.state === 'ready' ? await repos.packs.versions(stored.assessment.standard.packId) : [];
    return { stored: stored ?? null, versions, evidenceIds: new Set(evidenceIds) };
  }, [id, projectId]);
}

/**
 * Every stored version of the given packs, so that each assessment finds the exact version of the standard
 * it is pinned to; undefined while loading.
 */
export function useStandardPacks(packIds: readonly string[]): StoredPack[] | undefined {
  const key = [...new Set(packIds)].sort().join('\n');
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split('\n');
    return (await Promise.all(ids.map((id) => repositories().packs.versions(id)))).flat();
  }, [key]);
}
