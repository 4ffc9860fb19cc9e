// Exporting a project as a file and importing one, against fake-indexeddb: the file is named after the
// project and reads back; the preview says new / newer / older / same; nothing is replaced without
// confirmation or after a change made meanwhile; a failed import writes nothing at all.
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyProjectImport,
  exportProjectFile,
  planProjectImport,
  readChosenProjectFile,
} from '../../../src/app/projects/project-file';
import type { WaymarkDatabase } from '../../../src/db/database';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import type { ProjectFileContents } from '../../../src/domain/project-file';
import { writeProjectFile } from '../../../src/packs/project-file-writer';
import { goodProjectContents } from '../../fixtures/project-files';
import { freshDatabase } from '../../db/test-database';

const open: WaymarkDatabase[] = [];
function database(): WaymarkDatabase {
  const db = freshDatabase();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function imported(db: WaymarkDatabase, contents: ProjectFileContents, confirm = false) {
  const bundles = projectBundleRepository(db);
  const reading = await readChosenProjectFile(writeProjectFile(contents));
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message).join('; '));
  const plan = await planProjectImport(bundles, reading.contents);
  await applyProjectImport(bundles, reading.contents, plan, confirm);
  return plan;
}

function later(contents: ProjectFileContents, updatedAt: string): ProjectFileContents {
  return { ...contents, project: { ...contents.project, updatedAt } };
}

describe('exporting a project file', () => {
  it('saves the project with everything in it, named after the project, the same bytes each time', async () => {
    const db = database();
    await imported(db, goodProjectContents());
    const saved: { name: string; bytes: Uint8Array; extensions: string[] }[] = [];
    const platform = {
      saveFile: (name: string, bytes: Uint8Array, filters: { extensions: string[] }[]) => {
        saved.push({ name, bytes, extensions: filters.flatMap((f) => f.extensions) });
        return Promise.resolve({ saved: true, fileName: name });
      },
    };
    const bundles = projectBundleRepository(db);
    await exportProjectFile(bundles, platform, goodProjectContents().project.id);
    await exportProjectFile(bundles, platform, goodProjectContents().project.id);
    expect(saved[0]?.name).toBe('Example Apply for a fishing licence - project file.waymark');
    expect(saved[0]?.extensions).toEqual(['waymark']);
    expect(saved[1]?.bytes).toEqual(saved[0]?.bytes);
    expect(saved[0]?.bytes).toEqual(writeProjectFile(goodProjectContents()));
  });

  it('refuses a project that is not there', async () => {
    const db = database();
    const platform = { saveFile: () => Promise.resolve({ saved: true }) };
    await expect(exportProjectFile(projectBundleRepository(db), platform, 'nope')).rejects.toThrow('no longer exists');
  });
});

describe('importing a project file', () => {
  it('refuses a file whose records reuse the ids of another project here, and changes nothing', async () => {
    const db = database();
    const original = goodProjectContents();
    await imported(db, original);
    const [taken] = original.evidence;
    if (!taken) throw new Error('the fixture has evidence');
    const otherId = 'another-project';
    const intruder: ProjectFileContents = {
      ...original,
      project: { ...original.project, id: otherId, name: 'Another project' },
      templates: [],
      attachments: [],
      evidence: [{ ...taken, projectId: otherId, title: 'Taken over', source: { type: 'none' } }],
    };
    await expect(imported(db, intruder)).rejects.toThrow('reuses records that belong to another project');
    expect((await db.evidence.get(taken.id))?.projectId).toBe(original.project.id);
    expect((await db.evidence.get(taken.id))?.title).toBe(taken.title);
    expect(await db.projects.get(otherId)).toBeUndefined();
  });

  it('previews new, newer, older and same by id and last change', async () => {
    const db = database();
    const contents = goodProjectContents();
    const bundles = projectBundleRepository(db);
    expect((await planProjectImport(bundles, contents)).kind).toBe('new');
    await imported(db, contents);
    expect((await planProjectImport(bundles, contents)).kind).toBe('same');
    expect((await planProjectImport(bundles, later(contents, '2026-12-01T00:00:00.000Z'))).kind).toBe('newer');
    expect((await planProjectImport(bundles, later(contents, '2025-01-01T00:00:00.000Z'))).kind).toBe('older');
  });

  it('treats a deleted copy as not there: the import brings the project back', async () => {
    const db = database();
    const contents = goodProjectContents();
    await imported(db, contents);
    await db.projects.update(contents.project.id, { deletedAt: '2026-11-03T10:00:00.000Z' });
    const plan = await imported(db, contents);
    expect(plan.kind).toBe('new');
    expect((await db.projects.get(contents.project.id))?.deletedAt).toBeNull();
  });

  it('never replaces without confirmation, and replaces everything when confirmed', async () => {
    const db = database();
    const contents = goodProjectContents();
    await imported(db, contents);
    const [, second] = contents.evidence;
    if (!second) throw new Error('The fixture needs two evidence items.');
    await db.evidence.add({ ...second, id: 'added-here', title: 'Added here after export' });
    const newer = later(contents, '2026-12-01T00:00:00.000Z');
    await expect(imported(db, newer)).rejects.toThrow('confirm');
    expect(await db.evidence.get('added-here')).toBeDefined();
    await imported(db, newer, true);
    expect(await db.evidence.get('added-here')).toBeUndefined();
    expect((await db.projects.get(contents.project.id))?.updatedAt).toBe('2026-12-01T00:00:00.000Z');
  });

  it('writes nothing when the project changed after the preview', async () => {
    const db = database();
    const contents = goodProjectContents();
    await imported(db, contents);
    const bundles = projectBundleRepository(db);
    const newer = later(contents, '2026-12-01T00:00:00.000Z');
    const plan = await planProjectImport(bundles, newer);
    await db.projects.update(contents.project.id, { name: 'Renamed meanwhile', updatedAt: '2026-12-02T00:00:00.000Z' });
    await expect(applyProjectImport(bundles, newer, plan, true)).rejects.toThrow('changed while');
    expect((await db.projects.get(contents.project.id))?.name).toBe('Renamed meanwhile');
  });

  it('is all-or-nothing: a failure while writing attached files leaves no part of the project', async () => {
    const db = database();
    const bundles = projectBundleRepository(db);
    const contents = goodProjectContents();
    const plan = await planProjectImport(bundles, contents);
    db.attachments.hook('creating', () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await expect(applyProjectImport(bundles, contents, plan, false)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.projectTemplates.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });

  it('stores attached files as blobs with their bytes', async () => {
    const db = database();
    const contents = goodProjectContents();
    await imported(db, contents);
    const [stored] = await db.attachments.toArray();
    if (!stored) throw new Error('No attachment was stored.');
    expect(stored.data).toBeInstanceOf(Blob);
    expect(new Uint8Array(await stored.data.arrayBuffer())).toEqual(contents.attachments[0]?.bytes);
  });
});
