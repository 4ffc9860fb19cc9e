import { describe, expect, it, vi } from 'vitest';
import { openAttachment, saveAttachmentCopy } from '../../../src/app/evidence/attachment-actions';
import { removeEvidence, saveEvidence } from '../../../src/app/evidence/evidence-actions';
import { findEvidenceUses } from '../../../src/app/evidence/evidence-uses';
import { evidenceRepository, type NewAttachment } from '../../../src/db/evidence-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { EVIDENCE_LIMITS, type EvidenceDraft } from '../../../src/domain/evidence';
import { emptyEvidenceDraft } from '../../../src/domain/evidence-rules';
import { emptyDraft } from '../../../src/domain/project';
import type { Platform } from '../../../src/platform/platform';
import { freshDatabase } from '../../db/test-database';

const draft = (over: Partial<EvidenceDraft> = {}): EvidenceDraft => ({
  ...emptyEvidenceDraft(),
  title: 'Survey results',
  ...over,
});
const fileSource = { type: 'file', attachmentId: '' } as const;
const file = (name: string, bytes: Uint8Array, mediaType = 'application/pdf'): NewAttachment => ({
  name,
  mediaType,
  data: new Blob([bytes.slice().buffer]),
});

function fakePlatform(kind: Platform['kind']) {
  const openAttachment = vi.fn<Platform['openAttachment']>(() =>
    Promise.resolve(kind === 'desktop' ? 'opened' : 'downloaded'),
  );
  const saveFile = vi.fn<Platform['saveFile']>((name) => Promise.resolve({ saved: true, fileName: name }));
  // Only the members the attachment use cases read; the rest of Platform is not reached.
  const platform = { kind, openAttachment, saveFile } as unknown as Platform;
  return { platform, openAttachment, saveFile };
}

async function setup() {
  const db = freshDatabase();
  const project = await projectsRepository(db).create({ ...emptyDraft(), name: 'Register a boat' });
  return { db, project, repos: { evidence: evidenceRepository(db) } };
}

describe('saveEvidence', () => {
  it('adds and then changes an item, attaching a file', async () => {
    const { project, repos } = await setup();
    const added = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ source: fileSource }),
      file: file('survey.pdf', new Uint8Array([1, 2, 3])),
    });
    if (!added.ok) throw new Error('not saved');
    const changed = await saveEvidence(repos, {
      projectId: project.id,
      itemId: added.item.id,
      draft: draft({ title: 'Survey results, round 2', source: added.item.source }),
      file: null,
    });
    expect(changed).toMatchObject({ ok: true, item: { title: 'Survey results, round 2', source: added.item.source } });
  });

  it('returns field messages and stores nothing when the draft is not valid', async () => {
    const { db, project, repos } = await setup();
    const outcome = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ title: '', date: '2026-02-30', source: fileSource }),
      file: null,
    });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        title: 'Enter a title for the evidence',
        date: 'Enter a real date, for example 27 3 2026',
        file: 'Choose a file to attach',
      },
    });
    expect(await db.evidence.count()).toBe(0);
  });

  it('puts a file over the project limit beside the file field and keeps what was saved', async () => {
    const { db, project, repos } = await setup();
    const first = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ source: fileSource }),
      file: file('a.pdf', new Uint8Array([1])),
    });
    const [stored] = await db.attachments.toArray();
    if (!stored || !first.ok) throw new Error('not saved');
    await db.attachments.put({ ...stored, size: EVIDENCE_LIMITS.projectAttachmentBytes });
    const outcome = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ title: 'Second', source: fileSource }),
      file: file('b.pdf', new Uint8Array([2])),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.file).toContain('b.pdf');
    expect(outcome.errors.file).toContain('over the limit of 250 MB for one project');
    expect(await db.evidence.toArray()).toEqual([first.item]);
  });

  it('removes an item with its file', async () => {
    const { db, project, repos } = await setup();
    const added = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ source: fileSource }),
      file: file('a.pdf', new Uint8Array([1])),
    });
    if (!added.ok) throw new Error('not saved');
    await removeEvidence(repos, added.item.id);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });
});

describe('openAttachment', () => {
  async function withFile(name: string, mediaType: string) {
    const { project, repos } = await setup();
    const bytes = new TextEncoder().encode('contents');
    const added = await saveEvidence(repos, {
      projectId: project.id,
      itemId: null,
      draft: draft({ source: fileSource }),
      file: file(name, bytes, mediaType),
    });
    if (!added.ok || added.item.source.type !== 'file') throw new Error('not saved');
    return { repos, bytes, attachmentId: added.item.source.attachmentId };
  }

  it('hands a document and its bytes to the desktop viewer', async () => {
    const { repos, bytes, attachmentId } = await withFile('survey.pdf', 'application/pdf');
    const { platform, openAttachment: open } = fakePlatform('desktop');
    expect(await openAttachment(repos, platform, attachmentId)).toEqual({ kind: 'opened', name: 'survey.pdf' });
    expect(open).toHaveBeenCalledWith({ name: 'survey.pdf', mediaType: 'application/pdf', bytes });
  });

  it('refuses on the desktop a file that could run, and offers to save it', async () => {
    const { repos, attachmentId } = await withFile('tool.exe', 'application/octet-stream');
    const { platform, openAttachment: open, saveFile } = fakePlatform('desktop');
    expect(await openAttachment(repos, platform, attachmentId)).toEqual({
      kind: 'refused',
      name: 'tool.exe',
      message:
        'Waymark will not open tool.exe because it is a .exe file, which the computer could run as a program or script. You can save a copy instead, and open it only if you trust it.',
    });
    expect(open).not.toHaveBeenCalled();
    expect(await saveAttachmentCopy(repos, platform, attachmentId)).toEqual({ saved: true, fileName: 'tool.exe' });
    expect(saveFile).toHaveBeenCalledWith('tool.exe', expect.any(Uint8Array), [
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('downloads in the browser', async () => {
    const { repos, attachmentId } = await withFile('page.html', 'text/html');
    const { platform } = fakePlatform('browser');
    expect(await openAttachment(repos, platform, attachmentId)).toEqual({ kind: 'downloaded', name: 'page.html' });
  });
});

describe('findEvidenceUses', () => {
  it('collects the uses every finder reports, in order', async () => {
    const finders = [
      () => Promise.resolve([{ area: 'business-case' as const, label: 'Strategic case', where: '/x' }]),
      () => Promise.resolve([]),
    ];
    expect(await findEvidenceUses(finders, 'p', 'e')).toEqual([
      { area: 'business-case', label: 'Strategic case', where: '/x' },
    ]);
  });
});
