// A project's assessments, maturity self-assessments, business case and case revisions travel in its project
// file: exporting includes them, importing writes them, replacing a project replaces them (none stay behind),
// the preview counts them, and a file that would take another project's records is refused with nothing written.
import { describe, expect, it, vi } from 'vitest';
import {
  applyProjectImport,
  exportProjectFile,
  planProjectImport,
  readChosenProjectFile,
} from '../../../src/app/projects/project-file';
import type { WaymarkDatabase } from '../../../src/db/database';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import type { ProjectFileContents } from '../../../src/domain/project-file';
import { readProjectFile } from '../../../src/packs/project-file-reader';
import { writeProjectFile } from '../../../src/packs/project-file-writer';
import { goodProjectContents, goodProjectContentsWithParts, HOSTILE_PROJECT_CASES } from '../../fixtures/project-files';
import { projectParts } from '../../fixtures/project-parts';
import { freshDatabase } from '../../db/test-database';

async function read(contents: ProjectFileContents): Promise<ProjectFileContents> {
  const reading = await readChosenProjectFile(writeProjectFile(contents));
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message).join('; '));
  return reading.contents;
}

async function importInto(db: WaymarkDatabase, contents: ProjectFileContents, confirm = false) {
  const bundles = projectBundleRepository(db);
  const file = await read(contents);
  const plan = await planProjectImport(bundles, file);
  await applyProjectImport(bundles, file, plan, confirm);
  return plan;
}

async function exported(db: WaymarkDatabase, projectId: string): Promise<Uint8Array> {
  let bytes: Uint8Array = new Uint8Array();
  await exportProjectFile(
    projectBundleRepository(db),
    {
      saveFile: (_name, given) => {
        bytes = given;
        return Promise.resolve({ saved: true, fileName: 'x' });
      },
    },
    projectId,
  );
  return bytes;
}

const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

async function stored(db: WaymarkDatabase) {
  return {
    assessments: byId(await db.assessments.toArray()),
    maturityAssessments: byId(await db.maturityAssessments.toArray()),
    businessCases: byId(await db.businessCases.toArray()),
    caseRevisions: byId(await db.caseRevisions.toArray()),
  };
}

function newer(contents: ProjectFileContents): ProjectFileContents {
  return { ...contents, project: { ...contents.project, updatedAt: '2030-01-01T00:00:00.000Z' } };
}

describe('assessments and business cases in project files', () => {
  it('writes, reads and imports all four kinds, counts them, and exports the same file back', async () => {
    const db = freshDatabase();
    const contents = goodProjectContentsWithParts();
    const plan = await importInto(db, contents);
    expect(plan.parts).toMatchObject({ assessments: 2, maturityAssessments: 1, businessCases: 1, caseRevisions: 2 });
    expect(await stored(db)).toEqual({
      assessments: byId(contents.assessments ?? []),
      maturityAssessments: byId(contents.maturityAssessments ?? []),
      businessCases: byId(contents.businessCases ?? []),
      caseRevisions: byId(contents.caseRevisions ?? []),
    });
    const bytes = await exported(db, contents.project.id);
    expect(bytes).toEqual(writeProjectFile(contents));
    const back = await readChosenProjectFile(bytes);
    expect(back.ok && back.contents.caseRevisions?.map((r) => [r.number, r.status])).toEqual([
      [1, 'frozen'],
      [2, 'draft'],
    ]);
  });

  it('reads a file written before these records existed as a project without any', async () => {
    const db = freshDatabase();
    const contents = goodProjectContents();
    const text = new TextDecoder().decode(writeProjectFile(contents));
    expect(text).not.toContain('caseRevisions');
    await importInto(db, contents);
    expect(await stored(db)).toEqual({
      assessments: [],
      maturityAssessments: [],
      businessCases: [],
      caseRevisions: [],
    });
    const back = await readChosenProjectFile(await exported(db, contents.project.id));
    expect(back.ok && back.contents.assessments).toBeUndefined();
  });

  it('replacing a project replaces its records, even ones with other ids, and leaves none behind', async () => {
    const db = freshDatabase();
    await importInto(db, goodProjectContentsWithParts());
    const contents = goodProjectContents();
    const replacement = projectParts(
      contents.project.id,
      contents.evidence.map((e) => e.id),
      'new',
    );
    await importInto(db, newer({ ...contents, ...replacement, maturityAssessments: [] }), true);
    const now = await stored(db);
    expect(now.assessments.map((a) => a.id)).toEqual(['new-assessment-alpha', 'new-assessment-self']);
    expect(now.maturityAssessments).toEqual([]);
    expect(now.businessCases.map((c) => c.id)).toEqual(['new-case']);
    expect(now.caseRevisions.map((r) => [r.id, r.caseId])).toEqual([
      ['new-revision-1', 'new-case'],
      ['new-revision-2', 'new-case'],
    ]);
    await importInto(
      db,
      newer({ ...goodProjectContents(), project: { ...contents.project, updatedAt: '2031-01-01T00:00:00.000Z' } }),
      true,
    );
    expect(await stored(db)).toEqual({
      assessments: [],
      maturityAssessments: [],
      businessCases: [],
      caseRevisions: [],
    });
  });

  it('leaves out citations of evidence deleted since, so the exported file can be imported', async () => {
    const db = freshDatabase();
    const contents = goodProjectContentsWithParts();
    await importInto(db, contents);
    const [cited] = contents.evidence;
    if (!cited) throw new Error('no evidence');
    await db.evidence.delete(cited.id);
    await db.attachments.where('evidenceId').equals(cited.id).delete();
    const back = await readProjectFile(await exported(db, contents.project.id));
    if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('; '));
    const answers = back.contents.assessments?.find((a) => a.stage === 'alpha')?.answers ?? [];
    expect(answers.flatMap((a) => a.evidenceIds)).not.toContain(cited.id);
    expect(answers.flatMap((a) => a.evidenceIds)).toHaveLength(1);
    expect(back.contents.caseRevisions?.[1]?.assumptions[0]?.evidenceIds).toEqual([]);
  });

  it('refuses a file whose assessment id belongs to another project here, and changes nothing', async () => {
    const db = freshDatabase();
    const other = goodProjectContents();
    await db.projects.put({ ...other.project, id: 'someone-else', name: 'Someone else' });
    const theirs = projectParts('someone-else', [], 'theirs');
    await db.assessments.bulkPut(theirs.assessments);
    const contents = goodProjectContentsWithParts();
    const [first, ...rest] = contents.assessments ?? [];
    if (!first) throw new Error('no assessment');
    const clash = { ...contents, assessments: [{ ...first, id: 'theirs-assessment-alpha' }, ...rest] };
    await expect(importInto(db, clash)).rejects.toThrow('reuses records that belong to another project');
    expect(await db.projects.count()).toBe(1);
    expect((await db.assessments.toArray()).map((a) => a.projectId)).toEqual(['someone-else', 'someone-else']);
    expect(await db.businessCases.count()).toBe(0);
  });

  it('refuses a file whose revision id is held by another project’s case here, and changes nothing', async () => {
    const db = freshDatabase();
    const other = goodProjectContents();
    await db.projects.put({ ...other.project, id: 'someone-else', name: 'Someone else' });
    const theirs = projectParts('someone-else', [], 'theirs');
    await db.businessCases.bulkPut(theirs.businessCases);
    await db.caseRevisions.bulkPut(theirs.caseRevisions);
    const contents = goodProjectContentsWithParts();
    const revisions = (contents.caseRevisions ?? []).map((r) =>
      r.number === 2 ? { ...r, id: 'theirs-revision-2' } : r,
    );
    await expect(importInto(db, { ...contents, caseRevisions: revisions })).rejects.toThrow(
      'reuses records that belong to another project',
    );
    expect(await db.projects.count()).toBe(1);
    expect((await db.caseRevisions.toArray()).map((r) => r.caseId)).toEqual(['theirs-case', 'theirs-case']);
    expect(await db.assessments.count()).toBe(0);
  });

  it('writes nothing when writing the revisions fails', async () => {
    const db = freshDatabase();
    vi.spyOn(db.caseRevisions, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importInto(db, goodProjectContentsWithParts())).rejects.toThrow('run out of storage space');
    vi.restoreAllMocks();
    expect(await db.projects.count()).toBe(0);
    expect(await stored(db)).toEqual({
      assessments: [],
      maturityAssessments: [],
      businessCases: [],
      caseRevisions: [],
    });
  });

  it('refuses each hostile file about these records before anything is written', async () => {
    const names = [
      'an assessment of another project',
      'a revision of a business case not in the file',
      'two revisions with one number',
      'a frozen revision with no date',
      'an assessment citing evidence not in the file',
      'an assumption citing evidence not in the file',
      'too many assessments',
      'two business cases',
      'an assessment that is not an assessment',
    ];
    for (const name of names) {
      const hostile = HOSTILE_PROJECT_CASES.find((c) => c.name === name);
      if (!hostile) throw new Error(`no case ${name}`);
      const reading = await readChosenProjectFile(hostile.bytes());
      expect(reading.ok, name).toBe(false);
      if (reading.ok) continue;
      const text = reading.problems.map((p) => `${p.file}, ${p.location}: ${p.message}`).join('\n');
      for (const expected of hostile.expected) expect(text, name).toContain(expected);
    }
  });
});
