// Reads and writes a project's assessments (many per project, one record each). The only module that
// touches the assessments table. Each record is checked against its schema as it is read: one that cannot
// be understood is reported and left untouched, never dropped or written over, and a save from an
// out-of-date copy is refused.
import type { Assessment } from '../domain/assessment/assessment-model';
import { assessmentRecordSchema } from '../domain/assessment/assessment-schemas';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

/**
 * Raised when an assessment changed (in another window or tab) after the screen that edits it was shown,
 * so that neither person's change is silently lost. Holds the assessment as it is now.
 */
export class AssessmentChangedError extends StorageError {
  constructor(readonly current: Assessment) {
    super(
      'This assessment was changed in another window or tab after you opened this page. Nothing was saved. Look at the assessment as it is now and make your change again.',
      'conflict',
    );
    this.name = 'AssessmentChangedError';
  }
}

/** One stored assessment as read: the assessment, or the id of one that cannot be understood (left as it is). */
export type StoredAssessment =
  { state: 'ready'; assessment: Assessment } | { state: 'unreadable'; id: string; problems: string[] };

/** A project's assessments as read: those that can be read, newest first, and those that cannot. */
export interface AssessmentList {
  assessments: Assessment[];
  unreadable: { id: string; problems: string[] }[];
}

/** A stored record checked: the assessment when it has the shape this version reads, otherwise its problems. */
export function checkStoredAssessment(
  record: unknown,
): { ok: true; assessment: Assessment } | { ok: false; problems: string[] } {
  const parsed = assessmentRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, assessment: parsed.data };
  return { ok: false, problems: ['The stored assessment does not have the shape this version of Waymark reads.'] };
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

export function assessmentsRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustHaveProject(projectId: string): Promise<void> {
    const project = await db.projects.get(projectId);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
  }

  function mustBeWhole(assessment: Assessment): void {
    if (!checkStoredAssessment(assessment).ok)
      throw new StorageError(
        'The assessment was not saved because some of its answers or actions are not complete. Nothing was changed.',
        'unknown',
      );
  }

  return {
    /** A project's assessments, the most recently changed first, with any that cannot be read listed apart. */
    async list(projectId: string): Promise<AssessmentList> {
      const records: unknown[] = await db.assessments.where('projectId').equals(projectId).toArray();
      const list: AssessmentList = { assessments: [], unreadable: [] };
      for (const record of records) {
        const checked = checkStoredAssessment(record);
        if (checked.ok) list.assessments.push(checked.assessment);
        else list.unreadable.push({ id: recordId(record), problems: checked.problems });
      }
      list.assessments.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
      return list;
    },

    /** One assessment as read; undefined when there is none with that id. */
    async read(id: string): Promise<StoredAssessment | undefined> {
      const record: unknown = await db.assessments.get(id);
      if (record === undefined) return undefined;
      const checked = checkStoredAssessment(record);
      return checked.ok
        ? { state: 'ready', assessment: checked.assessment }
        : { state: 'unreadable', id, problems: checked.problems };
    },

    /** One assessment when it exists and can be read; undefined otherwise. */
    async get(id: string): Promise<Assessment | undefined> {
      const stored = await this.read(id);
      return stored?.state === 'ready' ? stored.assessment : undefined;
    },

    /** Stores a new assessment of an existing project. */
    async create(assessment: Assessment): Promise<Assessment> {
      mustBeWhole(assessment);
      return guarded(() =>
        db.transaction('rw', db.projects, db.assessments, async () => {
          await mustHaveProject(assessment.projectId);
          const at = clock().toISOString();
          const stored: Assessment = { ...assessment, createdAt: at, updatedAt: at };
          await db.assessments.add(stored);
          return stored;
        }),
      );
    },

    /**
     * Saves a changed assessment. `expectedUpdatedAt` is when the copy that was changed was last saved: if
     * the stored assessment has changed since, nothing is written and an AssessmentChangedError holds it as
     * it is now.
     */
    async save(assessment: Assessment, expectedUpdatedAt: string): Promise<Assessment> {
      mustBeWhole(assessment);
      return guarded(() =>
        db.transaction('rw', db.projects, db.assessments, async () => {
          await mustHaveProject(assessment.projectId);
          const record: unknown = await db.assessments.get(assessment.id);
          if (record === undefined) throw new StorageError('That assessment no longer exists.', 'unknown');
          const checked = checkStoredAssessment(record);
          if (!checked.ok)
            throw new StorageError(
              'The stored assessment cannot be read by this version of Waymark, so it was left as it is.',
              'unknown',
            );
          const stored = checked.assessment;
          if (stored.projectId !== assessment.projectId)
            throw new StorageError('That assessment belongs to another project.', 'conflict');
          if (stored.updatedAt !== expectedUpdatedAt) throw new AssessmentChangedError(stored);
          const saved: Assessment = {
            ...assessment,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(clock(), stored.updatedAt),
          };
          await db.assessments.put(saved);
          return saved;
        }),
      );
    },

    /** Deletes an assessment of a project; an assessment that is already gone is not an error. */
    async delete(projectId: string, id: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.assessments, async () => {
          const record: unknown = await db.assessments.get(id);
          if (record === undefined) return;
          const owner =
            typeof record === 'object' && record !== null ? (record as { projectId?: unknown }).projectId : '';
          if (owner !== projectId) throw new StorageError('That assessment belongs to another project.', 'conflict');
          await db.assessments.delete(id);
        }),
      );
    },
  };
}

export type AssessmentsRepository = ReturnType<typeof assessmentsRepository>;
