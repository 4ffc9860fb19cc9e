// A project's compliance map travels in its project file: exporting includes it, importing writes it, and
// replacing a project replaces its map, so an old map never stays behind; the preview counts it.
import { describe, expect, it, vi } from 'vitest';
import {
  applyProjectImport,
  exportProjectFile,
  planProjectImport,
  readChosenProjectFile,
} from '../../../src/app/projects/project-file';
import type { WaymarkDatabase } from '../../../src/db/database';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import type { ComplianceMap } from '../../../src/domain/compliance-map/map-model';
import type { ProjectFileContents } from '../../../src/domain/project-file';
import { writeProjectFile } from '../../../src/packs/project-file-writer';
import { handMap } from '../../fixtures/compliance-map/hand-built-map';
import { goodProjectContents } from '../../fixtures/project-files';
import { freshDatabase } from '../../db/test-database';

function withMap(contents: ProjectFileContents, map: Partial<ComplianceMap> = {}): ProjectFileContents {
  return { ...contents, complianceMaps: [{ ...handMap(), projectId: contents.project.id, ...map }] };
}

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

describe('compliance maps in project files', () => {
  it('imports the map, counts it in the preview, and exports the same file back', async () => {
    const db = freshDatabase();
    const contents = withMap(goodProjectContents());
    const plan = await importInto(db, contents);
    expect(plan.parts.complianceMaps).toBe(1);
    const stored = await db.complianceMaps.where('projectId').equals(contents.project.id).toArray();
    expect(stored).toEqual(contents.complianceMaps);
    const bytes = await exported(db, contents.project.id);
    expect(bytes).toEqual(writeProjectFile(contents));
    const back = await readChosenProjectFile(bytes);
    expect(back.ok && back.contents.complianceMaps).toEqual(contents.complianceMaps);
  });

  it('exports a project without a map as a file without one', async () => {
    const db = freshDatabase();
    const contents = goodProjectContents();
    const plan = await importInto(db, contents);
    expect(plan.parts.complianceMaps).toBe(0);
    const back = await readChosenProjectFile(await exported(db, contents.project.id));
    expect(back.ok && back.contents.complianceMaps).toBeUndefined();
  });

  it('replacing a project replaces its map, even one with another id', async () => {
    const db = freshDatabase();
    const first = withMap(goodProjectContents(), { id: 'old-map', title: 'Old map' });
    await importInto(db, first);
    const newer = withMap(
      {
        ...goodProjectContents(),
        project: { ...goodProjectContents().project, updatedAt: '2030-01-01T00:00:00.000Z' },
      },
      { id: 'new-map', title: 'New map' },
    );
    await importInto(db, newer, true);
    expect((await db.complianceMaps.toArray()).map((m) => [m.id, m.title])).toEqual([['new-map', 'New map']]);
  });

  it('replacing with a file that has no map removes the map here', async () => {
    const db = freshDatabase();
    await importInto(db, withMap(goodProjectContents()));
    const contents = goodProjectContents();
    await importInto(
      db,
      { ...contents, project: { ...contents.project, updatedAt: '2030-01-01T00:00:00.000Z' } },
      true,
    );
    expect(await db.complianceMaps.count()).toBe(0);
  });

  it('refuses a file whose map id belongs to another project here, and changes nothing', async () => {
    const db = freshDatabase();
    const other = goodProjectContents();
    const otherProject = { ...other.project, id: 'someone-else', name: 'Someone else' };
    await db.projects.put(otherProject);
    await db.complianceMaps.put({ ...handMap(), id: 'shared-id', projectId: 'someone-else' });
    await expect(importInto(db, withMap(goodProjectContents(), { id: 'shared-id' }))).rejects.toThrow(
      'reuses records that belong to another project',
    );
    expect(await db.projects.count()).toBe(1);
    expect((await db.complianceMaps.toArray()).map((m) => m.projectId)).toEqual(['someone-else']);
  });

  it('writes neither project nor map when writing the map fails', async () => {
    const db = freshDatabase();
    vi.spyOn(db.complianceMaps, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importInto(db, withMap(goodProjectContents()))).rejects.toThrow('run out of storage space');
    vi.restoreAllMocks();
    expect(await db.projects.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });
});
