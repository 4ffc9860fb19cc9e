// Reads and writes a project's maturity self-assessments (many per project, one record each). The only
// module that touches the maturityAssessments table. Each record is checked against its schema as it is
// read: one that cannot be understood is reported and left untouched, never dropped or written over, and a
// save from an out-of-date copy is refused.
import { maturitySelfAssessmentRecordSchema } from '../domain/assessment/assessment-schemas';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

/**
 * Raised when a self-assessment changed (in another window or tab) after the screen that edits it was
 * shown, so that neither person's change is silently lost. Holds the self-assessment as it is now.
 */
export class MaturityChangedError extends StorageError {
  constructor(readonly current: MaturitySelfAssessment) {
    super(
      'This self-assessment was changed in another window or tab after you opened this page. Nothing was saved. Look at the self-assessment as it is now and make your change again.',
      'conflict',
    );
    this.name = 'MaturityChangedError';
  }
}

/** One stored self-assessment as read, or the id of one that cannot be understood (left as it is). */
export type StoredMaturity =
  { state: 'ready'; selfAssessment: MaturitySelfAssessment } | { state: 'unreadable'; id: string; problems: string[] };

/** A project's self-assessments as read: those that can be read, newest date first, and those that cannot. */
export interface MaturityList {
  selfAssessments: MaturitySelfAssessment[];
  unreadable: { id: string; problems: string[] }[];
}

const UNREADABLE = 'The stored self-assessment does not have the shape this version of Waymark reads.';

/** A stored record checked: the self-assessment when it has the shape this version reads, otherwise its problems. */
export function checkStoredMaturity(
  record: unknown,
): { ok: true; selfAssessment: MaturitySelfAssessment } | { ok: false; problems: string[] } {
  const parsed = maturitySelfAssessmentRecordSchema.safeParse(record);
  return parsed.success ? { ok: true, selfAssessment: parsed.data } : { ok: false, problems: [UNREADABLE] };
}

/** Newest first: by the day scored, then by when it was made, then by id so the order never wavers. */
export function byNewest(a: MaturitySelfAssessment, b: MaturitySelfAssessment): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

function recordId(record: unknown): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}

/** A moment strictly after `previous`, so every save changes `updatedAt` and a stale copy is always seen. */
function nextStamp(now: Date, previous: string): string {
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1)).toISOString();
}

export function maturityRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustHaveProject(projectId: string): Promise<void> {
    const project = await db.projects.get(projectId);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
  }

  function mustBeWhole(selfAssessment: MaturitySelfAssessment): void {
    if (!checkStoredMaturity(selfAssessment).ok)
      throw new StorageError(
        'The self-assessment was not saved because some of its scores are not complete. Nothing was changed.',
        'unknown',
      );
  }

  return {
    /** A project's self-assessments, the most recent date first, with any that cannot be read listed apart. */
    async list(projectId: string): Promise<MaturityList> {
      const records: unknown[] = await db.maturityAssessments.where('projectId').equals(projectId).toArray();
      const list: MaturityList = { selfAssessments: [], unreadable: [] };
      for (const record of records) {
        const checked = checkStoredMaturity(record);
        if (checked.ok) list.selfAssessments.push(checked.selfAssessment);
        else list.unreadable.push({ id: recordId(record), problems: checked.problems });
      }
      list.selfAssessments.sort(byNewest);
      return list;
    },

    /** One self-assessment as read; undefined when there is none with that id. */
    async read(id: string): Promise<StoredMaturity | undefined> {
      const record: unknown = await db.maturityAssessments.get(id);
      if (record === undefined) return undefined;
      const checked = checkStoredMaturity(record);
      return checked.ok
        ? { state: 'ready', selfAssessment: checked.selfAssessment }
        : { state: 'unreadable', id, problems: checked.problems };
    },

    /** One self-assessment when it exists and can be read; undefined otherwise. */
    async get(id: string): Promise<MaturitySelfAssessment | undefined> {
      const stored = await this.read(id);
      return stored?.state === 'ready' ? stored.selfAssessment : undefined;
    },

    /** Stores a new self-assessment of an existing project. */
    async create(selfAssessment: MaturitySelfAssessment): Promise<MaturitySelfAssessment> {
      mustBeWhole(selfAssessment);
      return guarded(() =>
        db.transaction('rw', db.projects, db.maturityAssessments, async () => {
          await mustHaveProject(selfAssessment.projectId);
          const at = clock().toISOString();
          const stored: MaturitySelfAssessment = { ...selfAssessment, createdAt: at, updatedAt: at };
          await db.maturityAssessments.add(stored);
          return stored;
        }),
      );
    },

    /**
     * Saves a changed self-assessment. `expectedUpdatedAt` is when the copy that was changed was last saved:
     * if the stored one has changed since, nothing is written and a MaturityChangedError holds it as it is now.
     */
    async save(selfAssessment: MaturitySelfAssessment, expectedUpdatedAt: string): Promise<MaturitySelfAssessment> {
      mustBeWhole(selfAssessment);
      return guarded(() =>
        db.transaction('rw', db.projects, db.maturityAssessments, async () => {
          await mustHaveProject(selfAssessment.projectId);
          const record: unknown = await db.maturityAssessments.get(selfAssessment.id);
          if (record === undefined) throw new StorageError('That self-assessment no longer exists.', 'unknown');
          const checked = checkStoredMaturity(record);
          if (!checked.ok)
            throw new StorageError(
              'The stored self-assessment cannot be read by this version of Waymark, so it was left as it is.',
              'unknown',
            );
          const stored = checked.selfAssessment;
          if (stored.projectId !== selfAssessment.projectId)
            throw new StorageError('That self-assessment belongs to another project.', 'conflict');
          if (stored.updatedAt !== expectedUpdatedAt) throw new MaturityChangedError(stored);
          const saved: MaturitySelfAssessment = {
            ...selfAssessment,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(clock(), stored.updatedAt),
          };
          await db.maturityAssessments.put(saved);
          return saved;
        }),
      );
    },

    /** Deletes a self-assessment of a project; one that is already gone is not an error. */
    async delete(projectId: string, id: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.maturityAssessments, async () => {
          const record: unknown = await db.maturityAssessments.get(id);
          if (record === undefined) return;
          const owner =
            typeof record === 'object' && record !== null ? (record as { projectId?: unknown }).projectId : '';
          if (owner !== projectId)
            throw new StorageError('That self-assessment belongs to another project.', 'conflict');
          await db.maturityAssessments.delete(id);
        }),
      );
    },
  };
}

export type MaturityRepository = ReturnType<typeof maturityRepository>;
