import { describe, expect, it } from 'vitest';
import { evidenceRepository, sha256Hex, type NewAttachment } from '../../src/db/evidence-repository';
import { projectsRepository, UNDO_WINDOW_MS } from '../../src/db/projects-repository';
import { StorageError } from '../../src/db/storage-errors';
import { EVIDENCE_LIMITS, type EvidenceDraft } from '../../src/domain/evidence';
import { emptyEvidenceDraft } from '../../src/domain/evidence-rules';
import { emptyDraft } from '../../src/domain/project';
import { freshDatabase } from './test-database';

const draft = (over: Partial<EvidenceDraft> = {}): EvidenceDraft => ({
  ...emptyEvidenceDraft(),
  title: 'Usability test findings',
  ...over,
});
const fileSource = { type: 'file', attachmentId: '' } as const;

function file(name: string, bytes: Uint8Array, mediaType = 'application/pdf'): NewAttachment {
  return { name, mediaType, data: new Blob([bytes.slice().buffer], { type: mediaType }) };
}

/** A blob that reports a size without holding the bytes, to test limits cheaply. */
function sizedFile(name: string, size: number): NewAttachment {
  return { name, mediaType: 'video/mp4', data: new Blob([new Uint8Array(size)]) };
}

async function setup() {
  const db = freshDatabase();
  const projects = projectsRepository(db);
  const project = await projects.create({ ...emptyDraft(), name: 'Register a boat' });
  return { db, projects, project, evidence: evidenceRepository(db) };
}

describe('evidence repository', () => {
  it('adds, lists, edits and deletes evidence of one project only', async () => {
    const { projects, project, evidence } = await setup();
    const other = await projects.create({ ...emptyDraft(), name: 'Other project' });
    const a = await evidence.add(project.id, draft({ date: '2026-01-02' }));
    const b = await evidence.add(project.id, draft({ title: 'Prototype', kind: 'prototype', date: '2026-03-04' }));
    await evidence.add(other.id, draft({ title: 'Elsewhere' }));
    expect((await evidence.list(project.id)).map((i) => i.title)).toEqual(['Prototype', 'Usability test findings']);

    const edited = await evidence.update(a.id, draft({ title: 'Round 1 findings', owner: 'Priya' }));
    expect(edited).toMatchObject({ id: a.id, title: 'Round 1 findings', owner: 'Priya', createdAt: a.createdAt });
    expect(await evidence.get(a.id)).toEqual(edited);

    expect((await evidence.ids(project.id)).sort()).toEqual([a.id, b.id].sort());

    await evidence.delete(b.id);
    expect((await evidence.list(project.id)).map((i) => i.id)).toEqual([a.id]);
    expect(await evidence.ids(project.id)).toEqual([a.id]);
  });

  it('refuses evidence for a project that does not exist', async () => {
    const { evidence } = await setup();
    await expect(evidence.add('missing', draft())).rejects.toThrow('That project no longer exists.');
  });

  it('attaches a file with its SHA-256 and reads the same bytes back', async () => {
    const { project, evidence } = await setup();
    const bytes = new TextEncoder().encode('%PDF-1.4 findings');
    const item = await evidence.add(project.id, draft({ source: fileSource }), file('findings.pdf', bytes));
    expect(item.source.type).toBe('file');
    const attachmentId = item.source.type === 'file' ? item.source.attachmentId : '';
    const read = await evidence.readAttachment(attachmentId);
    expect(read.bytes).toEqual(bytes);
    expect(read.attachment).toMatchObject({
      name: 'findings.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      evidenceId: item.id,
      projectId: project.id,
      sha256: await sha256Hex(bytes),
    });
    expect(read.attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await evidence.projectAttachmentBytes(project.id)).toBe(bytes.length);
  });

  it('knows the SHA-256 of a known text', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('replaces the attached file on edit and removes it when the evidence moves to a link', async () => {
    const { db, project, evidence } = await setup();
    const item = await evidence.add(project.id, draft({ source: fileSource }), file('v1.pdf', new Uint8Array([1])));
    const v2 = await evidence.update(item.id, draft({ source: fileSource }), file('v2.pdf', new Uint8Array([2, 2])));
    expect((await evidence.attachments(project.id)).map((a) => a.name)).toEqual(['v2.pdf']);
    const kept = await evidence.update(item.id, draft({ title: 'Renamed', source: v2.source }));
    expect(kept.source).toEqual(v2.source);
    await evidence.update(item.id, draft({ source: { type: 'link', url: 'https://example.gov.uk/report' } }));
    expect(await db.attachments.count()).toBe(0);
  });

  it('deletes an item with its attached file', async () => {
    const { db, project, evidence } = await setup();
    const item = await evidence.add(project.id, draft({ source: fileSource }), file('a.pdf', new Uint8Array([1])));
    await evidence.delete(item.id);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses a file over the limit for one file, naming the file and the limit, and changes nothing', async () => {
    const { db, project, evidence } = await setup();
    const before = await evidence.add(project.id, draft({ title: 'Kept' }));
    const error = await evidence
      .add(project.id, draft({ source: fileSource }), sizedFile('walkthrough.mp4', EVIDENCE_LIMITS.attachmentBytes + 1))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'limit' });
    expect(String(error)).toContain('walkthrough.mp4 is 25 MB, larger than the limit of 25 MB for one attached file.');
    expect(await db.evidence.toArray()).toEqual([before]);
    expect(await db.attachments.count()).toBe(0);
  });

  it('refuses a file that would pass the limit for the project, and changes nothing', async () => {
    const { db, project, evidence } = await setup();
    // The limit counts the recorded sizes, so stored records stand in for 250 MB of real files.
    const first = await evidence.add(project.id, draft({ source: fileSource }), sizedFile('part-0.mp4', 10));
    const [stored] = await db.attachments.toArray();
    if (!stored) throw new Error('no attachment stored');
    await db.attachments.put({ ...stored, size: EVIDENCE_LIMITS.projectAttachmentBytes - 512 * 1024 });
    const count = 1;
    expect(first.source.type).toBe('file');
    const error = await evidence
      .add(project.id, draft({ title: 'One too many', source: fileSource }), sizedFile('extra.mp4', 1024 * 1024))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'limit' });
    expect(String(error)).toContain('extra.mp4 (1 MB) would take this project');
    expect(String(error)).toContain('over the limit of 250 MB for one project');
    expect(await db.evidence.count()).toBe(count);
    expect(await db.attachments.count()).toBe(count);
  });

  it('reports a stored file whose bytes no longer match its SHA-256', async () => {
    const { db, project, evidence } = await setup();
    const item = await evidence.add(project.id, draft({ source: fileSource }), file('a.pdf', new Uint8Array([1, 2])));
    const id = item.source.type === 'file' ? item.source.attachmentId : '';
    await db.attachments.update(id, { data: new Blob([new Uint8Array([9, 9])]) });
    await expect(evidence.readAttachment(id)).rejects.toThrow('The stored copy of a.pdf is damaged');
  });

  it('removes a project\u2019s evidence and files when the deleted project is purged', async () => {
    const db = freshDatabase();
    let now = new Date('2026-11-01T10:00:00Z');
    const clock = () => now;
    const projects = projectsRepository(db, clock);
    const evidence = evidenceRepository(db, clock);
    const gone = await projects.create({ ...emptyDraft(), name: 'Gone' });
    const kept = await projects.create({ ...emptyDraft(), name: 'Kept' });
    await evidence.add(gone.id, draft({ source: fileSource }), file('a.pdf', new Uint8Array([1])));
    await evidence.add(kept.id, draft({ source: fileSource }), file('b.pdf', new Uint8Array([2])));
    await projects.delete(gone.id);
    expect(await db.evidence.count()).toBe(2);
    now = new Date(now.getTime() + UNDO_WINDOW_MS + 1000);
    expect(await projects.purgeDeleted()).toBe(1);
    expect((await db.evidence.toArray()).map((i) => i.projectId)).toEqual([kept.id]);
    expect((await db.attachments.toArray()).map((a) => a.name)).toEqual(['b.pdf']);
  });
});
