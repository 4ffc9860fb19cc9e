// Reads and writes a project's evidence library and the files attached to it. The only module that
// touches the evidence and attachments tables. Attached files are kept as blobs with their SHA-256,
// within a limit per file and per project, so one large video cannot fill the person's disk.
import { EVIDENCE_LIMITS, type EvidenceAttachment, type EvidenceDraft, type EvidenceItem } from '../domain/evidence';
import { compareEvidence, evidenceFromDraft } from '../domain/evidence-rules';
import { newId } from '../domain/ids';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

/** A file the person chose to attach, before it is stored. */
export interface NewAttachment {
  name: string;
  mediaType: string;
  data: Blob;
}

/** An attachment's details without its bytes, for lists. */
export type AttachmentSummary = Omit<EvidenceAttachment, 'data'>;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Lower-case hex SHA-256 of some bytes, from the platform's Web Crypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a blob's bytes. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function fileTooLarge(file: NewAttachment): StorageError {
  return new StorageError(
    `${file.name} is ${megabytes(file.data.size)}, larger than the limit of ${megabytes(EVIDENCE_LIMITS.attachmentBytes)} for one attached file. Nothing was changed. Keep the file on a shared drive and record where it is instead.`,
    'limit',
  );
}

function projectFull(file: NewAttachment, used: number): StorageError {
  return new StorageError(
    `${file.name} (${megabytes(file.data.size)}) would take this project's attached files to ${megabytes(used + file.data.size)}, over the limit of ${megabytes(EVIDENCE_LIMITS.projectAttachmentBytes)} for one project. Nothing was changed. Remove attached files you no longer need, or record where this one is kept instead.`,
    'limit',
  );
}

function summary(attachment: EvidenceAttachment): AttachmentSummary {
  const { data: _bytes, ...rest } = attachment;
  return rest;
}

export function evidenceRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustHaveProject(projectId: string): Promise<void> {
    const project = await db.projects.get(projectId);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
  }

  async function mustGet(id: string): Promise<EvidenceItem> {
    const item = await db.evidence.get(id);
    if (!item) throw new StorageError('That evidence no longer exists.', 'unknown');
    return item;
  }

  /** Reads the file and works out its hash before the transaction: a transaction cannot wait on either. */
  async function prepare(file: NewAttachment | null): Promise<{ file: NewAttachment; sha256: string } | null> {
    if (file === null) return null;
    if (file.data.size > EVIDENCE_LIMITS.attachmentBytes) throw fileTooLarge(file);
    const bytes = await blobBytes(file.data);
    return { file, sha256: await sha256Hex(bytes) };
  }

  /** Stores a prepared file for an item, inside the caller's transaction, replacing `replacing`. */
  async function store(
    prepared: { file: NewAttachment; sha256: string },
    item: Pick<EvidenceItem, 'id' | 'projectId'>,
    replacing: string | null,
  ): Promise<string> {
    const others = await db.attachments.where('projectId').equals(item.projectId).toArray();
    const used = others.filter((a) => a.id !== replacing).reduce((sum, a) => sum + a.size, 0);
    if (used + prepared.file.data.size > EVIDENCE_LIMITS.projectAttachmentBytes) throw projectFull(prepared.file, used);
    const attachment: EvidenceAttachment = {
      id: newId(),
      projectId: item.projectId,
      evidenceId: item.id,
      name: prepared.file.name,
      mediaType: prepared.file.mediaType,
      size: prepared.file.data.size,
      sha256: prepared.sha256,
      data: prepared.file.data,
      addedAt: clock().toISOString(),
    };
    await db.attachments.add(attachment);
    return attachment.id;
  }

  return {
    /** A project's evidence, newest first. */
    async list(projectId: string): Promise<EvidenceItem[]> {
      return (await db.evidence.where('projectId').equals(projectId).toArray()).sort(compareEvidence);
    },

    /** The ids of a project's evidence, read from the index alone (no record is loaded). */
    async ids(projectId: string): Promise<string[]> {
      return db.evidence.where('projectId').equals(projectId).primaryKeys();
    },

    async get(id: string): Promise<EvidenceItem | undefined> {
      return db.evidence.get(id);
    },

    /** The details (not the bytes) of every file attached to a project's evidence. */
    async attachments(projectId: string): Promise<AttachmentSummary[]> {
      return (await db.attachments.where('projectId').equals(projectId).toArray()).map(summary);
    },

    /** One attached file with its bytes; undefined when it is gone. */
    async attachment(id: string): Promise<EvidenceAttachment | undefined> {
      return db.attachments.get(id);
    },

    /** The bytes of an attached file, checked against the SHA-256 recorded when it was attached. */
    async readAttachment(id: string): Promise<{ attachment: AttachmentSummary; bytes: Uint8Array }> {
      const attachment = await guarded(() => db.attachments.get(id));
      if (!attachment) throw new StorageError('That attached file is no longer stored.', 'unknown');
      const bytes = await blobBytes(attachment.data);
      if ((await sha256Hex(bytes)) !== attachment.sha256)
        throw new StorageError(
          `The stored copy of ${attachment.name} is damaged: its contents no longer match what was attached. Attach the file again.`,
          'unknown',
        );
      return { attachment: summary(attachment), bytes };
    },

    /** Total bytes of the files attached to a project's evidence. */
    async projectAttachmentBytes(projectId: string): Promise<number> {
      const all = await db.attachments.where('projectId').equals(projectId).toArray();
      return all.reduce((sum, a) => sum + a.size, 0);
    },

    /**
     * Adds an item to a project's evidence. When the draft's source is an attached file, `file` is the
     * file to attach. Nothing is stored unless everything is (item and file in one transaction).
     */
    async add(projectId: string, draft: EvidenceDraft, file: NewAttachment | null = null): Promise<EvidenceItem> {
      const prepared = await prepare(draft.source.type === 'file' ? file : null);
      if (draft.source.type === 'file' && prepared === null)
        throw new StorageError('Choose a file to attach.', 'unknown');
      return guarded(() =>
        db.transaction('rw', db.projects, db.evidence, db.attachments, async () => {
          await mustHaveProject(projectId);
          const ids = { id: newId(), projectId };
          const source = prepared ? { type: 'file' as const, attachmentId: await store(prepared, ids, null) } : null;
          const item = evidenceFromDraft(source ? { ...draft, source } : draft, ids, clock());
          await db.evidence.add(item);
          return item;
        }),
      );
    },

    /**
     * Changes an item. A new `file` replaces the attached one; moving away from an attached file
     * removes the file, in the same transaction as the change.
     */
    async update(id: string, draft: EvidenceDraft, file: NewAttachment | null = null): Promise<EvidenceItem> {
      const prepared = await prepare(draft.source.type === 'file' ? file : null);
      return guarded(() =>
        db.transaction('rw', db.projects, db.evidence, db.attachments, async () => {
          const existing = await mustGet(id);
          await mustHaveProject(existing.projectId);
          const oldAttachment = existing.source.type === 'file' ? existing.source.attachmentId : null;
          let source = draft.source;
          if (prepared) {
            source = { type: 'file', attachmentId: await store(prepared, existing, oldAttachment) };
          } else if (source.type === 'file' && source.attachmentId !== oldAttachment) {
            throw new StorageError('Choose a file to attach.', 'unknown');
          }
          const keep = source.type === 'file' ? source.attachmentId : null;
          if (oldAttachment !== null && oldAttachment !== keep) await db.attachments.delete(oldAttachment);
          const updated = evidenceFromDraft({ ...draft, source }, existing, clock(), existing);
          await db.evidence.put(updated);
          return updated;
        }),
      );
    },

    /** Removes an item and its attached file. */
    async delete(id: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.evidence, db.attachments, async () => {
          await db.attachments.where('evidenceId').equals(id).delete();
          await db.evidence.delete(id);
        }),
      );
    },
  };
}

export type EvidenceRepository = ReturnType<typeof evidenceRepository>;
