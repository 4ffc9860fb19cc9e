// Reads and writes each project's business case (one per project) and its revisions. The only module that
// touches the businessCases and caseRevisions tables. Records are checked against their schemas as they are
// read; a case with a record this version cannot read is reported and left as it is. A save from an
// out-of-date copy is refused, never written over a newer one, and a frozen revision is never written again.
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import { FrozenRevisionError } from '../domain/business-case/revisions';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../domain/business-case/schemas';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

/**
 * Raised when a revision (or the case) changed in another window or tab after the screen that edits it was
 * shown, so that neither person's change is silently lost. Holds the revision as it is now, when there is one.
 */
export class CaseChangedError extends StorageError {
  constructor(readonly current: CaseRevision | null) {
    super(
      'This business case was changed in another window or tab after you opened this page. Nothing was saved. Look at the case as it is now and make your change again.',
      'conflict',
    );
    this.name = 'CaseChangedError';
  }
}

/** Raised when something tries to write a frozen revision: frozen revisions are the record approvers saw. */
export class FrozenRevisionWriteError extends StorageError {
  constructor(revision: Pick<CaseRevision, 'number' | 'frozenAt'>) {
    super(new FrozenRevisionError(revision).message, 'conflict');
    this.name = 'FrozenRevisionWriteError';
  }
}

/** A project's case as read: none yet, one that cannot be understood (left untouched), or the case. */
export type StoredCase =
  | { state: 'none' }
  | { state: 'unreadable'; problems: string[] }
  | { state: 'ready'; businessCase: BusinessCase; revisions: CaseRevision[] };

const UNREADABLE_CASE = 'The stored business case does not have the shape this version of Waymark reads.';

function unreadableRevision(record: unknown): string {
  const number =
    typeof record === 'object' && record !== null && typeof (record as { number?: unknown }).number === 'number'
      ? (record as { number: number }).number
      : null;
  return number === null
    ? 'A revision of the business case does not have the shape this version of Waymark reads.'
    : `Revision ${number} of the business case does not have the shape this version of Waymark reads.`;
}

/** The stored records checked: the case and its revisions (by number) when all can be read. */
export function checkStoredCase(caseRecord: unknown, revisionRecords: readonly unknown[]): StoredCase {
  const parsedCase = businessCaseRecordSchema.safeParse(caseRecord);
  if (!parsedCase.success) return { state: 'unreadable', problems: [UNREADABLE_CASE] };
  const revisions: CaseRevision[] = [];
  const problems: string[] = [];
  for (const record of revisionRecords) {
    const parsed = caseRevisionRecordSchema.safeParse(record);
    if (parsed.success && parsed.data.caseId === parsedCase.data.id) revisions.push(parsed.data);
    else problems.push(unreadableRevision(record));
  }
  revisions.sort((a, b) => a.number - b.number);
  if (revisions.length === 0 && problems.length === 0) problems.push('The business case has no revisions.');
  revisions.forEach((revision, index) => {
    if (revision.number !== index + 1) problems.push(`Revision ${index + 1} of the business case is missing.`);
    else if (index < revisions.length - 1 && revision.status !== 'frozen')
      problems.push(`Revision ${revision.number} is an earlier revision but is not frozen.`);
  });
  return problems.length > 0
    ? { state: 'unreadable', problems: [...new Set(problems)] }
    : { state: 'ready', businessCase: parsedCase.data, revisions };
}

/** A moment strictly after `previous`, so every save changes `updatedAt` and a stale copy is always seen. */
function nextStamp(now: Date, previous: string): string {
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1)).toISOString();
}

function mustParseCase(businessCase: BusinessCase): void {
  if (!businessCaseRecordSchema.safeParse(businessCase).success)
    throw new StorageError('The business case was not saved because some of its details are not valid.', 'unknown');
}

function mustParseRevision(revision: CaseRevision): void {
  if (!caseRevisionRecordSchema.safeParse(revision).success)
    throw new StorageError(
      `Revision ${revision.number} was not saved because some of its content is not in the expected format.`,
      'unknown',
    );
}

export function businessCaseRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustHaveProject(projectId: string): Promise<void> {
    const project = await db.projects.get(projectId);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
  }

  async function readCase(projectId: string): Promise<StoredCase> {
    const record: unknown = await db.businessCases.where('projectId').equals(projectId).first();
    if (record === undefined) return { state: 'none' };
    const id = (record as { id?: unknown }).id;
    const revisions: unknown[] =
      typeof id === 'string' ? await db.caseRevisions.where('caseId').equals(id).toArray() : [];
    return checkStoredCase(record, revisions);
  }

  /** The case of a project, ready to change; a plain error when there is none or it cannot be read. */
  async function readyCase(projectId: string): Promise<{ businessCase: BusinessCase; revisions: CaseRevision[] }> {
    const stored = await readCase(projectId);
    if (stored.state === 'none') throw new StorageError('This project has no business case any more.', 'unknown');
    if (stored.state === 'unreadable')
      throw new StorageError(
        'This project\u2019s business case cannot be read by this version of Waymark, so it was left as it is.',
        'unknown',
      );
    return stored;
  }

  return {
    /** The case of a project with all its revisions, read and checked. */
    read: readCase,

    /** Stores a project's case with its first revision, both or neither. Refused when the project has a case. */
    async create(
      businessCase: BusinessCase,
      first: CaseRevision,
    ): Promise<{ businessCase: BusinessCase; revision: CaseRevision }> {
      mustParseCase(businessCase);
      mustParseRevision(first);
      if (first.caseId !== businessCase.id || first.number !== 1 || first.status !== 'draft')
        throw new StorageError('A new business case must start with a draft revision 1.', 'unknown');
      return guarded(() =>
        db.transaction('rw', db.projects, db.businessCases, db.caseRevisions, async () => {
          await mustHaveProject(businessCase.projectId);
          if ((await db.businessCases.where('projectId').equals(businessCase.projectId).count()) > 0)
            throw new StorageError('This project already has a business case.', 'conflict');
          const at = clock().toISOString();
          const storedCase: BusinessCase = { ...businessCase, createdAt: at, updatedAt: at };
          const revision: CaseRevision = { ...first, createdAt: at, updatedAt: at };
          await db.businessCases.add(storedCase);
          await db.caseRevisions.add(revision);
          return { businessCase: storedCase, revision };
        }),
      );
    },

    /**
     * Saves the case's own details (title, gate, small scheme); the draft revision, if any, asks for the
     * same gate. `expectedUpdatedAt` is when the copy that was changed was last saved: if the stored case
     * changed since, nothing is written.
     */
    async saveCase(businessCase: BusinessCase, expectedUpdatedAt: string): Promise<BusinessCase> {
      mustParseCase(businessCase);
      return guarded(() =>
        db.transaction('rw', db.projects, db.businessCases, db.caseRevisions, async () => {
          await mustHaveProject(businessCase.projectId);
          const { businessCase: stored, revisions } = await readyCase(businessCase.projectId);
          if (stored.id !== businessCase.id)
            throw new StorageError('That business case belongs to another project.', 'conflict');
          if (stored.updatedAt !== expectedUpdatedAt) throw new CaseChangedError(null);
          const saved: BusinessCase = {
            ...businessCase,
            template: stored.template,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(clock(), stored.updatedAt),
          };
          await db.businessCases.put(saved);
          // The draft revision asks for the case's decision; frozen revisions keep the one they asked for.
          const draft = revisions[revisions.length - 1];
          if (draft && draft.status === 'draft' && draft.gate !== saved.gate)
            await db.caseRevisions.put({ ...draft, gate: saved.gate, updatedAt: nextStamp(clock(), draft.updatedAt) });
          return saved;
        }),
      );
    },

    /**
     * Saves a draft revision. Refused when the stored revision is frozen (FrozenRevisionWriteError), when
     * the revision given is marked frozen, or when the stored revision changed since `expectedUpdatedAt`
     * (CaseChangedError, holding the revision as it is now).
     */
    async saveRevision(projectId: string, revision: CaseRevision, expectedUpdatedAt: string): Promise<CaseRevision> {
      mustParseRevision(revision);
      return guarded(() =>
        db.transaction('rw', db.projects, db.businessCases, db.caseRevisions, async () => {
          await mustHaveProject(projectId);
          const { businessCase, revisions } = await readyCase(projectId);
          const stored = revisions.find((r) => r.id === revision.id);
          if (!stored || stored.caseId !== businessCase.id)
            throw new StorageError('That revision is not part of this project\u2019s business case.', 'unknown');
          if (stored.status === 'frozen') throw new FrozenRevisionWriteError(stored);
          if (revision.status !== 'draft' || revision.number !== stored.number || revision.caseId !== stored.caseId)
            throw new StorageError('A revision can only be frozen by starting a new revision.', 'unknown');
          if (stored.updatedAt !== expectedUpdatedAt) throw new CaseChangedError(stored);
          const saved: CaseRevision = {
            ...revision,
            frozenAt: null,
            createdAt: stored.createdAt,
            updatedAt: nextStamp(clock(), stored.updatedAt),
          };
          await db.caseRevisions.put(saved);
          return saved;
        }),
      );
    },

    /**
     * Freezes the latest revision and adds the next one, both or neither. `frozen` is the latest revision as
     * frozen by the domain rules, `next` the new draft, `expectedUpdatedAt` when the latest revision the
     * person was shown was last saved. A case whose latest revision changed meanwhile is left as it is.
     */
    async startRevision(
      projectId: string,
      frozen: CaseRevision,
      next: CaseRevision,
      expectedUpdatedAt: string,
      caseEdit?: Partial<Pick<BusinessCase, 'gate'>>,
    ): Promise<{ frozen: CaseRevision; next: CaseRevision; businessCase: BusinessCase }> {
      mustParseRevision(frozen);
      mustParseRevision(next);
      if (frozen.status !== 'frozen' || next.status !== 'draft' || next.number !== frozen.number + 1)
        throw new StorageError('A new revision must follow a frozen one.', 'unknown');
      return guarded(() =>
        db.transaction('rw', db.projects, db.businessCases, db.caseRevisions, async () => {
          await mustHaveProject(projectId);
          const { businessCase, revisions } = await readyCase(projectId);
          const latest = revisions[revisions.length - 1];
          if (
            !latest ||
            latest.id !== frozen.id ||
            next.caseId !== businessCase.id ||
            frozen.caseId !== businessCase.id
          )
            throw new CaseChangedError(latest ?? null);
          if (latest.updatedAt !== expectedUpdatedAt) throw new CaseChangedError(latest);
          const at = clock().toISOString();
          // A revision that was already frozen stays exactly as it was; a draft is frozen as the rules froze it.
          // The content frozen is the stored content, so nothing unsaved slips into the record approvers saw.
          const storedFrozen: CaseRevision =
            latest.status === 'frozen'
              ? latest
              : {
                  ...latest,
                  status: 'frozen',
                  frozenAt: frozen.frozenAt ?? at,
                  updatedAt: nextStamp(clock(), latest.updatedAt),
                };
          const storedNext: CaseRevision = { ...next, createdAt: at, updatedAt: at };
          if (latest.status !== 'frozen') await db.caseRevisions.put(storedFrozen);
          await db.caseRevisions.add(storedNext);
          const savedCase: BusinessCase = {
            ...businessCase,
            ...caseEdit,
            updatedAt: nextStamp(clock(), businessCase.updatedAt),
          };
          await db.businessCases.put(savedCase);
          return { frozen: storedFrozen, next: storedNext, businessCase: savedCase };
        }),
      );
    },
  };
}

export type BusinessCaseRepository = ReturnType<typeof businessCaseRepository>;
