import { emptyRichText } from '../../../src/domain/rich-text';
import { describe, expect, it } from 'vitest';
import {
  createCase,
  editCase,
  financialYear,
  saveSection,
  startRevision,
} from '../../../src/app/business-case/case-actions';
import { businessCaseRepository, CaseChangedError } from '../../../src/db/business-case-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { emptyDraft } from '../../../src/domain/project';
import type { RichTextDoc } from '../../../src/domain/rich-text';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const AGILE = { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' };

const BOLD_LIST: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We ask for ' },
        { type: 'text', text: 'beta', marks: [{ type: 'bold' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Six people' }] }] },
      ],
    },
  ],
};

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const repos = {
    businessCases: businessCaseRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
  };
  await repos.packs.installBuiltIns([await packFrom('templates/waymark-agile-business-case')]);
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  return { repos, project, clock, advance };
}

async function created(setupResult: Awaited<ReturnType<typeof setup>>) {
  const outcome = await createCase(
    setupResult.repos,
    {
      projectId: setupResult.project.id,
      template: AGILE,
      title: '  Boat case  ',
      gate: 'alpha-to-beta',
      smallScheme: false,
    },
    setupResult.clock,
  );
  if (!outcome.ok) throw new Error('not created');
  return outcome.value;
}

describe('business case use cases', () => {
  it('gives the financial year a date falls in', () => {
    expect(financialYear(new Date('2026-03-31T12:00:00Z'))).toBe(2025);
    expect(financialYear(new Date('2026-04-01T00:00:00Z'))).toBe(2026);
  });

  it('creates a case pinned to the template version, with a first draft by the person in Settings', async () => {
    const s = await setup();
    const { businessCase, revision } = await created(s);
    expect(businessCase).toMatchObject({
      title: 'Boat case',
      template: AGILE,
      gate: 'alpha-to-beta',
      smallScheme: false,
    });
    expect(revision).toMatchObject({
      number: 1,
      status: 'draft',
      author: 'Priya Shah',
      gate: 'alpha-to-beta',
      sections: {},
    });
    expect(revision.costs.baseYear).toBe(2026);
  });

  it('says what is missing, field by field, and stores nothing', async () => {
    const s = await setup();
    const outcome = await createCase(s.repos, {
      projectId: s.project.id,
      template: null,
      title: ' ',
      gate: null,
      smallScheme: false,
    });
    expect(outcome).toEqual({
      ok: false,
      errors: {
        template: 'Choose the template the case is written on.',
        title: 'Give the business case a title.',
        gate: 'Choose the decision the case asks for.',
      },
    });
    const missing = await createCase(s.repos, {
      projectId: s.project.id,
      template: { ...AGILE, version: '9.0.0' },
      title: 'Case',
      gate: 'start-discovery',
      smallScheme: true,
    });
    expect(missing.ok === false && missing.errors.template).toMatch(/version 9.0.0 is not installed/);
    expect(await s.repos.businessCases.read(s.project.id)).toEqual({ state: 'none' });
  });

  it('edits the title, gate and small-scheme mark; the draft revision follows the gate', async () => {
    const s = await setup();
    const { businessCase } = await created(s);
    s.advance();
    const edited = await editCase(
      s.repos,
      { businessCase, title: 'Renamed', gate: 'beta-to-live', smallScheme: true },
      s.clock,
    );
    expect(edited.ok && edited.value).toMatchObject({ title: 'Renamed', gate: 'beta-to-live', smallScheme: true });
    const read = await s.repos.businessCases.read(s.project.id);
    expect(read.state === 'ready' && read.revisions[0]?.gate).toBe('beta-to-live');
    await expect(
      editCase(s.repos, { businessCase, title: 'Stale', gate: 'beta-to-live', smallScheme: true }, s.clock),
    ).rejects.toBeInstanceOf(CaseChangedError);
  });

  it('saves section text one save after another, and refuses HTML, unknown sections and stale copies', async () => {
    const s = await setup();
    const { revision } = await created(s);
    s.advance();
    const base = { projectId: s.project.id, revisionId: revision.id };
    const first = await saveSection(
      s.repos,
      { ...base, sectionId: 'summary', content: BOLD_LIST, expectedUpdatedAt: revision.updatedAt },
      s.clock,
    );
    const second = await saveSection(
      s.repos,
      { ...base, sectionId: 'case-for-change', content: BOLD_LIST, expectedUpdatedAt: first.updatedAt },
      s.clock,
    );
    expect(Object.keys(second.sections).sort()).toEqual(['case-for-change', 'summary']);
    await expect(
      saveSection(s.repos, {
        ...base,
        sectionId: 'summary',
        content: '<b>hi</b>',
        expectedUpdatedAt: second.updatedAt,
      }),
    ).rejects.toThrow('The section was not saved. The text is not in the expected structured format.');
    await expect(
      saveSection(s.repos, { ...base, sectionId: 'no-such', content: BOLD_LIST, expectedUpdatedAt: second.updatedAt }),
    ).rejects.toThrow(/no such section/);
    await expect(
      saveSection(s.repos, { ...base, sectionId: 'summary', content: BOLD_LIST, expectedUpdatedAt: first.updatedAt }),
    ).rejects.toBeInstanceOf(CaseChangedError);
  });

  it('saves a section when only other parts of the revision changed since, and refuses when the section itself did', async () => {
    const s = await setup();
    const { revision } = await created(s);
    s.advance();
    const base = { projectId: s.project.id, revisionId: revision.id };
    const empty = emptyRichText();
    // The editor of "summary" opened on this copy; meanwhile another section is saved.
    const other = await saveSection(
      s.repos,
      { ...base, sectionId: 'case-for-change', content: BOLD_LIST, expectedUpdatedAt: revision.updatedAt },
      s.clock,
    );
    s.advance();
    const saved = await saveSection(
      s.repos,
      {
        ...base,
        sectionId: 'summary',
        content: BOLD_LIST,
        expectedUpdatedAt: revision.updatedAt,
        knownContent: revision.sections.summary ?? empty,
      },
      s.clock,
    );
    expect(Object.keys(saved.sections).sort()).toEqual(['case-for-change', 'summary']);
    expect(saved.updatedAt > other.updatedAt).toBe(true);
    // A copy that last saw "summary" empty, now that it holds text, is refused: that text is never written over.
    await expect(
      saveSection(s.repos, {
        ...base,
        sectionId: 'summary',
        content: empty,
        expectedUpdatedAt: revision.updatedAt,
        knownContent: empty,
      }),
    ).rejects.toBeInstanceOf(CaseChangedError);
  });

  it('starts a new revision with a summary: the old one frozen and read-only, the new one a copy', async () => {
    const s = await setup();
    const { revision } = await created(s);
    s.advance();
    const written = await saveSection(
      s.repos,
      {
        projectId: s.project.id,
        revisionId: revision.id,
        sectionId: 'summary',
        content: BOLD_LIST,
        expectedUpdatedAt: revision.updatedAt,
      },
      s.clock,
    );
    const refused = await startRevision(s.repos, {
      projectId: s.project.id,
      expectedUpdatedAt: written.updatedAt,
      summary: '   ',
      author: '',
      gate: null,
    });
    expect(refused).toEqual({ ok: false, errors: { summary: 'Say what changed since the last revision and why.' } });
    s.advance();
    const started = await startRevision(
      s.repos,
      {
        projectId: s.project.id,
        expectedUpdatedAt: written.updatedAt,
        summary: 'Alpha chose the form.',
        author: '',
        gate: 'beta-to-live',
      },
      s.clock,
    );
    if (!started.ok) throw new Error('not started');
    expect(started.value.frozen).toMatchObject({ number: 1, status: 'frozen', frozenAt: '2026-06-01T10:02:00.000Z' });
    expect(started.value.next).toMatchObject({
      number: 2,
      status: 'draft',
      summary: 'Alpha chose the form.',
      author: 'Priya Shah',
      gate: 'beta-to-live',
      sections: { summary: BOLD_LIST },
    });
    await expect(
      saveSection(s.repos, {
        projectId: s.project.id,
        revisionId: revision.id,
        sectionId: 'summary',
        content: BOLD_LIST,
        expectedUpdatedAt: started.value.frozen.updatedAt,
      }),
    ).rejects.toThrow(
      'Revision 1 was frozen on 2026-06-01 and cannot be changed. Start a new revision to make changes.',
    );
    const read = await s.repos.businessCases.read(s.project.id);
    expect(read.state === 'ready' && read.businessCase.gate).toBe('beta-to-live');
  });
});
