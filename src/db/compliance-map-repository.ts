// Reads and writes each project's compliance map (one per project, kept as one record). The only module
// that touches the complianceMaps table. A stored map is checked against its schema and its references as
// it is read, and a save from an out-of-date copy is refused, never written over a newer map.
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import { complianceMapRecordSchema, mapIntegrityProblems } from '../domain/compliance-map/map-record-schema';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

/**
 * Raised when a project's map changed (in another window or tab) after the screen that edits it was shown,
 * so that neither person's change is silently lost. Holds the map as it is now.
 */
export class MapChangedError extends StorageError {
  constructor(readonly current: ComplianceMap) {
    super(
      'This compliance map was changed in another window or tab after you opened this page. Nothing was saved. Look at the map as it is now and make your change again.',
      'conflict',
    );
    this.name = 'MapChangedError';
  }
}

/** A project's map as read: none yet, one that cannot be understood (left untouched), or the map. */
export type StoredMap =
  { state: 'none' } | { state: 'unreadable'; problems: string[] } | { state: 'ready'; map: ComplianceMap };

/** A stored record checked: the map when it is whole and consistent, otherwise its problems. */
export function checkStoredMap(record: unknown): { ok: true; map: ComplianceMap } | { ok: false; problems: string[] } {
  const parsed = complianceMapRecordSchema.safeParse(record);
  if (!parsed.success)
    return { ok: false, problems: ['The stored map does not have the shape this version of Waymark reads.'] };
  const problems = mapIntegrityProblems(parsed.data);
  return problems.length === 0 ? { ok: true, map: parsed.data } : { ok: false, problems };
}

/** A moment strictly after `previous`, so every save changes `updatedAt` and a stale copy is always seen. */
function nextStamp(now: Date, previous: string): string {
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1)).toISOString();
}

export function complianceMapRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustHaveProject(projectId: string): Promise<void> {
    const project = await db.projects.get(projectId);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
  }

  function mustBeWhole(map: ComplianceMap): void {
    const checked = checkStoredMap(map);
    if (!checked.ok)
      throw new StorageError(
        `The map was not saved because it does not hang together. ${checked.problems[0] ?? ''}`.trim(),
        'unknown',
      );
  }

  return {
    /** The map of a project, read and checked. */
    async read(projectId: string): Promise<StoredMap> {
      const record: unknown = await db.complianceMaps.where('projectId').equals(projectId).first();
      if (record === undefined) return { state: 'none' };
      const checked = checkStoredMap(record);
      return checked.ok ? { state: 'ready', map: checked.map } : { state: 'unreadable', problems: checked.problems };
    },

    /** The map of a project when it exists and can be read; undefined otherwise. */
    async get(projectId: string): Promise<ComplianceMap | undefined> {
      const stored = await this.read(projectId);
      return stored.state === 'ready' ? stored.map : undefined;
    },

    /** Stores a project's first map. Refused when the project already has one (one map per project). */
    async create(map: ComplianceMap): Promise<ComplianceMap> {
      mustBeWhole(map);
      return guarded(() =>
        db.transaction('rw', db.projects, db.complianceMaps, async () => {
          await mustHaveProject(map.projectId);
          if ((await db.complianceMaps.where('projectId').equals(map.projectId).count()) > 0)
            throw new StorageError('This project already has a compliance map.', 'conflict');
          const at = clock().toISOString();
          const stored: ComplianceMap = { ...map, createdAt: at, updatedAt: at };
          await db.complianceMaps.add(stored);
          return stored;
        }),
      );
    },

    /**
     * Saves a changed map. `expectedUpdatedAt` is when the copy that was changed was last saved: if the
     * stored map has changed since, nothing is written and a MapChangedError holds the map as it is now.
     */
    async save(map: ComplianceMap, expectedUpdatedAt: string): Promise<ComplianceMap> {
      mustBeWhole(map);
      return guarded(() =>
        db.transaction('rw', db.projects, db.complianceMaps, async () => {
          await mustHaveProject(map.projectId);
          const record: unknown = await db.complianceMaps.get(map.id);
          if (record === undefined) throw new StorageError('That compliance map no longer exists.', 'unknown');
          const checked = checkStoredMap(record);
          if (!checked.ok)
            throw new StorageError(
              'The stored compliance map cannot be read by this version of Waymark, so it was left as it is.',
              'unknown',
            );
          const stored = checked.map;
          if (stored.projectId !== map.projectId)
            throw new StorageError('That compliance map belongs to another project.', 'conflict');
          if (stored.updatedAt !== expectedUpdatedAt) throw new MapChangedError(stored);
          const saved: ComplianceMap = {
            ...map,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(clock(), stored.updatedAt),
          };
          await db.complianceMaps.put(saved);
          return saved;
        }),
      );
    },
  };
}

export type ComplianceMapRepository = ReturnType<typeof complianceMapRepository>;
