// Downloading the business case as Word: one revision (whole or chosen cases) and the changes between two
// revisions as tracked changes, against a real (fake-indexeddb) database and the real Word renderer.
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { createCase, saveSection, startRevision } from '../../../src/app/business-case/case-actions';
import {
  caseFileName,
  comparisonFileName,
  downloadCaseComparison,
  downloadCaseDocument,
  type CaseDownloadDeps,
} from '../../../src/app/business-case/case-downloads';
import { businessCaseRepository } from '../../../src/db/business-case-repository';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { emptyDraft } from '../../../src/domain/project';
import type { RichTextDoc } from '../../../src/domain/rich-text';
import { runExport } from '../../../src/export/export-request';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const AGILE = { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' };
const FIVE = ['Strategic case', 'Economic case', 'Commercial case', 'Financial case', 'Management case'];

const paragraph = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-06-01T10:00:00.000Z');
  const clock = () => {
    now = new Date(now.getTime() + 60_000);
    return now;
  };
  const repos = {
    projects: projectsRepository(db, clock),
    businessCases: businessCaseRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
    evidence: evidenceRepository(db),
  };
  await repos.packs.installBuiltIns([await packFrom('templates/waymark-agile-business-case')]);
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await repos.projects.create({
    ...emptyDraft(),
    name: 'Apply for a fishing licence',
    department: 'Department for Waterways',
    owner: 'Sam Okafor',
  });
  const made = await createCase(
    repos,
    {
      projectId: project.id,
      template: AGILE,
      title: 'Fishing licences: the case for beta',
      gate: 'alpha-to-beta',
      smallScheme: false,
    },
    clock,
  );
  if (!made.ok) throw new Error('not created');
  const first = await saveSection(
    repos,
    {
      projectId: project.id,
      revisionId: made.value.revision.id,
      sectionId: 'summary',
      content: paragraph('We ask for six months of beta funding.'),
      expectedUpdatedAt: made.value.revision.updatedAt,
    },
    clock,
  );
  const started = await startRevision(
    repos,
    {
      projectId: project.id,
      expectedUpdatedAt: first.updatedAt,
      summary: 'Alpha settled the form.',
      author: 'Jordan Lee',
      gate: null,
    },
    clock,
  );
  if (!started.ok) throw new Error('no revision');
  await saveSection(
    repos,
    {
      projectId: project.id,
      revisionId: started.value.next.id,
      sectionId: 'summary',
      content: paragraph('We ask for nine months of private beta funding.'),
      expectedUpdatedAt: started.value.next.updatedAt,
    },
    clock,
  );
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const deps: CaseDownloadDeps = {
    repos,
    platform: {
      saveFile: async (name, bytes) => {
        saved.push({ name, bytes });
        return { saved: true, fileName: name };
      },
    },
    exporter: (request) => runExport(request),
    clock,
  };
  return { deps, saved, project, repos };
}

async function text(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

describe('business case downloads', () => {
  it('saves the current revision as a Word document with the five cases, named from the project', async () => {
    const { deps, saved, project } = await setup();
    const outcome = await downloadCaseDocument(deps, project.id);
    expect(outcome).toEqual({
      saved: true,
      fileName: 'Apply for a fishing licence \u2013 business case revision 2.docx',
    });
    const file = must(saved[0]);
    expect(isZip(file.bytes)).toBe(true);
    const words = await text(file.bytes);
    for (const heading of FIVE) expect(words).toContain(heading);
    expect(words).toContain('We ask for nine months of private beta funding.');
    expect(words).toContain('Department for Waterways');
    const core = strFromU8(must(unzipSync(file.bytes)['docProps/core.xml']));
    expect(core).toContain('<dc:creator>Priya Shah</dc:creator>');
    expect(core).not.toContain('Waymark');
  });

  it('saves a chosen revision and only the chosen cases', async () => {
    const { deps, saved, project } = await setup();
    const outcome = await downloadCaseDocument(deps, project.id, {
      revisionNumber: 1,
      cases: ['strategic', 'financial'],
    });
    expect(outcome.fileName).toBe('Apply for a fishing licence \u2013 business case revision 1 (chosen sections).docx');
    const words = await text(must(saved[0]).bytes);
    expect(words).toContain('Strategic case');
    expect(words).toContain('Financial case');
    expect(words).not.toContain('Economic case');
    expect(words).not.toContain('nine months');
    await expect(downloadCaseDocument(deps, project.id, { cases: [] })).rejects.toThrow(
      'Choose at least one part of the case to download.',
    );
    await expect(downloadCaseDocument(deps, project.id, { revisionNumber: 7 })).rejects.toThrow(
      'The business case has no revision 7.',
    );
  });

  it('saves the changes between two revisions as tracked changes by the later revision\u2019s author', async () => {
    const { deps, saved, project } = await setup();
    const outcome = await downloadCaseComparison(deps, project.id, { from: 2, to: 1 });
    expect(outcome.fileName).toBe('Apply for a fishing licence \u2013 business case changes from revision 1 to 2.docx');
    const bytes = must(saved[0]).bytes;
    expect(isZip(bytes)).toBe(true);
    const body = strFromU8(must(unzipSync(bytes)['word/document.xml']));
    expect(body).toContain('<w:ins ');
    expect(body).toContain('<w:del ');
    expect(body).toMatch(/<w:ins [^>]*w:author="Jordan Lee"/);
    expect(body).not.toContain('w:author="Waymark"');
    await expect(downloadCaseComparison(deps, project.id, { from: 2, to: 2 })).rejects.toThrow(
      'Choose two different revisions to compare.',
    );
  });

  it('says plainly when there is no case, and keeps file names safe', async () => {
    const { deps, repos } = await setup();
    const other = await repos.projects.create({ ...emptyDraft(), name: 'Other' });
    await expect(downloadCaseDocument(deps, other.id)).rejects.toThrow('This project has no business case yet');
    expect(caseFileName('A/B: "C"', 3)).toBe('A B C \u2013 business case revision 3.docx');
    expect(comparisonFileName('Boats', 1, 4)).toBe('Boats \u2013 business case changes from revision 1 to 4.docx');
  });
});
