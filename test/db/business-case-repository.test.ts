import { describe, expect, it } from 'vitest';
import {
  businessCaseRepository,
  CaseChangedError,
  FrozenRevisionWriteError,
} from '../../src/db/business-case-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import { createBusinessCase } from '../../src/domain/business-case/case';
import {
  createFirstRevision,
  freezeRevision,
  setSectionContent,
  startNewRevision,
} from '../../src/domain/business-case/revisions';
import { emptyDraft } from '../../src/domain/project';
import { richTextFromPlainText } from '../../src/domain/rich-text';
import { freshDatabase } from './test-database';

const TEMPLATE = { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' };

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const repo = businessCaseRepository(db, clock);
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  const businessCase = createBusinessCase({
    id: 'case-1',
    projectId: project.id,
    title: 'Register a boat: the case for beta',
    template: TEMPLATE,
    gate: 'alpha-to-beta',
    smallScheme: false,
    now: clock(),
  });
  const first = createFirstRevision(businessCase, 'rev-1', 'Priya Shah', clock(), 2026);
  return { db, repo, project, businessCase, first, clock, advance };
}

describe('business case repository', () => {
  it('creates a case with its first revision together, once per project, and reads them back checked', async () => {
    const { repo, project, businessCase, first } = await setup();
    expect(await repo.read(project.id)).toEqual({ state: 'none' });
    const created = await repo.create(businessCase, first);
    expect(await repo.read(project.id)).toEqual({
      state: 'ready',
      businessCase: created.businessCase,
      revisions: [created.revision],
    });
    await expect(
      repo.create({ ...businessCase, id: 'case-2' }, { ...first, id: 'rev-2', caseId: 'case-2' }),
    ).rejects.toThrow('This project already has a business case.');
  });

  it('stores neither the case nor the revision when the revision is not valid', async () => {
    const { repo, project, businessCase, first } = await setup();
    const hostile = { ...first, sections: { summary: '<script>alert(1)</script>' } } as unknown as typeof first;
    await expect(repo.create(businessCase, hostile)).rejects.toThrow(/not in the expected format/);
    expect(await repo.read(project.id)).toEqual({ state: 'none' });
  });

  it('reports a stored record it cannot read instead of failing, and leaves it as it is', async () => {
    const { db, repo, project, businessCase, first } = await setup();
    await repo.create(businessCase, first);
    await db.caseRevisions.update('rev-1', {
      sections: { summary: { type: 'doc', content: [{ type: 'video' }] } },
    } as never);
    const read = await repo.read(project.id);
    expect(read).toEqual({
      state: 'unreadable',
      problems: ['Revision 1 of the business case does not have the shape this version of Waymark reads.'],
    });
    await expect(repo.saveRevision(project.id, first, first.updatedAt)).rejects.toThrow(
      /cannot be read by this version/,
    );
  });

  it('saves a draft revision and refuses a save from an out-of-date copy', async () => {
    const { repo, project, businessCase, first, clock, advance } = await setup();
    const { revision } = await repo.create(businessCase, first);
    advance();
    const written = setSectionContent(revision, 'summary', richTextFromPlainText('We ask for beta.'), clock());
    const saved = await repo.saveRevision(project.id, written, revision.updatedAt);
    expect(saved.sections.summary).toEqual(richTextFromPlainText('We ask for beta.'));
    expect(saved.updatedAt > revision.updatedAt).toBe(true);
    // A second window still showing the empty revision writes its own text: refused, the first text kept.
    const other = setSectionContent(revision, 'summary', richTextFromPlainText('Other words.'), clock());
    const refused = repo.saveRevision(project.id, other, revision.updatedAt);
    await expect(refused).rejects.toBeInstanceOf(CaseChangedError);
    await expect(refused).rejects.toMatchObject({ current: saved });
    const read = await repo.read(project.id);
    expect(read.state === 'ready' && read.revisions[0]?.sections.summary).toEqual(
      richTextFromPlainText('We ask for beta.'),
    );
  });

  it('never writes a frozen revision, and never freezes one by saving', async () => {
    const { repo, project, businessCase, first, clock, advance } = await setup();
    const { revision } = await repo.create(businessCase, first);
    // Saving a revision marked frozen is refused: freezing happens only by starting a new revision.
    await expect(repo.saveRevision(project.id, freezeRevision(revision, clock()), revision.updatedAt)).rejects.toThrow(
      'A revision can only be frozen by starting a new revision.',
    );
    advance();
    const { next } = startNewRevision(revision, {
      id: 'rev-2',
      author: 'Priya Shah',
      summary: 'Alpha chose the online form.',
      now: clock(),
    });
    const started = await repo.startRevision(project.id, freezeRevision(revision, clock()), next, revision.updatedAt);
    expect(started.frozen.status).toBe('frozen');
    expect(started.frozen.frozenAt).toBe('2026-06-01T10:01:00.000Z');
    // Writing revision 1 again, even from an up-to-date copy, is refused with the rule's own sentence.
    const edited = {
      ...started.frozen,
      status: 'draft' as const,
      sections: { summary: richTextFromPlainText('Changed.') },
    };
    const refused = repo.saveRevision(project.id, edited, started.frozen.updatedAt);
    await expect(refused).rejects.toBeInstanceOf(FrozenRevisionWriteError);
    await expect(refused).rejects.toThrow(
      'Revision 1 was frozen on 2026-06-01 and cannot be changed. Start a new revision to make changes.',
    );
    const read = await repo.read(project.id);
    if (read.state !== 'ready') throw new Error('not ready');
    expect(read.revisions.map((r) => [r.number, r.status])).toEqual([
      [1, 'frozen'],
      [2, 'draft'],
    ]);
    expect(read.revisions[0]?.sections).toEqual({});
  });

  it('freezes the stored content, not an unsaved copy, and refuses to start from an out-of-date revision', async () => {
    const { repo, project, businessCase, first, clock, advance } = await setup();
    const { revision } = await repo.create(businessCase, first);
    advance();
    const saved = await repo.saveRevision(
      project.id,
      setSectionContent(revision, 'summary', richTextFromPlainText('Saved text.'), clock()),
      revision.updatedAt,
    );
    advance();
    // From the copy before the save: refused, nothing frozen or added.
    const stale = startNewRevision(revision, { id: 'rev-2', author: 'Priya', summary: 'Why.', now: clock() });
    await expect(repo.startRevision(project.id, stale.frozen, stale.next, revision.updatedAt)).rejects.toBeInstanceOf(
      CaseChangedError,
    );
    let read = await repo.read(project.id);
    expect(read.state === 'ready' && read.revisions.length).toBe(1);
    // An unsaved change smuggled into the frozen copy is not what gets frozen.
    const smuggled = setSectionContent(saved, 'summary', richTextFromPlainText('Unsaved.'), clock());
    const fresh = startNewRevision(smuggled, { id: 'rev-2', author: 'Priya', summary: 'Why.', now: clock() });
    const started = await repo.startRevision(project.id, fresh.frozen, fresh.next, saved.updatedAt, {
      gate: 'beta-to-live',
    });
    expect(started.frozen.sections.summary).toEqual(richTextFromPlainText('Saved text.'));
    expect(started.businessCase.gate).toBe('beta-to-live');
    read = await repo.read(project.id);
    expect(read.state === 'ready' && read.businessCase.gate).toBe('beta-to-live');
  });

  it('saves the case details and refuses a stale copy of them', async () => {
    const { repo, project, businessCase, first, advance } = await setup();
    const created = await repo.create(businessCase, first);
    advance();
    const saved = await repo.saveCase({ ...created.businessCase, title: 'New title' }, created.businessCase.updatedAt);
    expect(saved.title).toBe('New title');
    await expect(
      repo.saveCase({ ...created.businessCase, title: 'Stale' }, created.businessCase.updatedAt),
    ).rejects.toBeInstanceOf(CaseChangedError);
    const read = await repo.read(project.id);
    expect(read.state === 'ready' && read.businessCase.title).toBe('New title');
  });
});
