// Compliance maps travel in a workspace backup: every map is written, a restore (replace or merge, into an
// empty or a used workspace) writes them with their projects all or nothing, and the preview lists them.
import { describe, expect, it, vi } from 'vitest';
import { backUpWorkspace } from '../../../src/app/backup/back-up-workspace';
import { applyRestore, openBackup, previewRestore } from '../../../src/app/backup/restore-workspace';
import { backupStatusRepository } from '../../../src/db/backup-status';
import type { WaymarkDatabase } from '../../../src/db/database';
import { workspaceRepository } from '../../../src/db/workspace-repository';
import type { ComplianceMap } from '../../../src/domain/compliance-map/map-model';
import { handMap } from '../../fixtures/compliance-map/hand-built-map';
import { freshDatabase } from '../../db/test-database';
import { evidence, fillWorkspace, project } from './workspace-fixture';

const NOW = new Date('2026-12-01T09:00:00.000Z');

function mapOf(projectId: string, id: string, title: string, updatedAt = '2026-11-02T09:30:00.000Z'): ComplianceMap {
  return { ...handMap(), id, projectId, title, updatedAt };
}

async function workspaceWithMaps(): Promise<WaymarkDatabase> {
  const db = freshDatabase();
  await fillWorkspace(db, {
    projects: [project('p1', 'Fishing licences'), project('p2', 'Boat permits'), project('p3', 'No map')],
    projectTemplates: [],
    evidence: [evidence('ev-1', 'p1', 'Board minutes')],
    attachments: [],
    settings: [],
  });
  await db.complianceMaps.bulkPut([mapOf('p1', 'm1', 'Licences map'), mapOf('p2', 'm2', 'Permits map')]);
  return db;
}

async function backupOf(db: WaymarkDatabase) {
  const made = await backUpWorkspace(workspaceRepository(db), backupStatusRepository(db), {
    now: NOW,
    appVersion: '0.1.0',
  });
  const opened = await openBackup(made.bytes);
  if (!opened.ok) throw new Error(opened.problems.join('\n'));
  return { made, backup: opened.backup };
}

const sortedMaps = async (db: WaymarkDatabase) =>
  (await db.complianceMaps.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('compliance maps in a workspace backup', () => {
  it('counts and carries every map, and restores them unchanged into an empty workspace', async () => {
    const source = await workspaceWithMaps();
    const { made, backup } = await backupOf(source);
    expect(made.counts.complianceMaps).toBe(2);
    expect(backup.complianceMaps?.map((m) => m.id).sort()).toEqual(['m1', 'm2']);
    const target = freshDatabase();
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    expect(plan.lines.filter((l) => l.kind === 'map')).toEqual([
      expect.objectContaining({ key: 'm1', action: 'add', label: 'Licences map (Fishing licences)' }),
      expect.objectContaining({ key: 'm2', action: 'add', label: 'Permits map (Boat permits)' }),
    ]);
    await applyRestore(repo, backup, plan);
    expect(await sortedMaps(target)).toEqual(await sortedMaps(source));
  });

  it('replace: a map here goes when the backup has none for its project, and a project’s map is swapped', async () => {
    const { backup } = await backupOf(await workspaceWithMaps());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [project('p1', 'Fishing licences'), project('p3', 'No map'), project('p9', 'Only here')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await target.complianceMaps.bulkPut([mapOf('p1', 'old-1', 'Old licences map'), mapOf('p3', 'm3', 'Here only')]);
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    const mapLines = plan.lines.filter((l) => l.kind === 'map').map((l) => [l.key, l.action]);
    expect(mapLines).toEqual(
      expect.arrayContaining([
        ['m1', 'replace'],
        ['m2', 'add'],
        ['m3', 'remove'],
      ]),
    );
    expect(mapLines).toHaveLength(3);
    await applyRestore(repo, backup, plan);
    expect((await sortedMaps(target)).map((m) => [m.id, m.projectId])).toEqual([
      ['m1', 'p1'],
      ['m2', 'p2'],
    ]);
  });

  it('merge: a map follows its project, kept when the project here is newer, replaced when the backup’s is', async () => {
    const { backup } = await backupOf(await workspaceWithMaps());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [
        project('p1', 'Fishing licences', '2026-12-30T00:00:00.000Z'),
        project('p2', 'Boat permits', '2026-01-01T00:00:00.000Z'),
        project('p3', 'No map', '2026-01-01T00:00:00.000Z'),
      ],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await target.complianceMaps.bulkPut([
      mapOf('p1', 'mine-1', 'My newer map'),
      mapOf('p2', 'mine-2', 'My older map'),
      mapOf('p3', 'mine-3', 'Map the backup lacks'),
    ]);
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'merge');
    expect(plan.lines.filter((l) => l.kind === 'map').map((l) => [l.key, l.action])).toEqual([
      ['m1', 'keep'],
      ['m2', 'replace'],
      ['mine-3', 'remove'],
    ]);
    await applyRestore(repo, backup, plan);
    expect((await sortedMaps(target)).map((m) => [m.id, m.projectId, m.title])).toEqual([
      ['m2', 'p2', 'Permits map'],
      ['mine-1', 'p1', 'My newer map'],
    ]);
  });

  it('writes no map and no project when writing the maps fails part way', async () => {
    const { backup } = await backupOf(await workspaceWithMaps());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [project('p7', 'Kept safe')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await target.complianceMaps.put(mapOf('p7', 'm7', 'Kept map'));
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    vi.spyOn(target.complianceMaps, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyRestore(repo, backup, plan)).rejects.toThrow('run out of storage space');
    vi.restoreAllMocks();
    expect((await target.projects.toArray()).map((p) => p.name)).toEqual(['Kept safe']);
    expect((await target.complianceMaps.toArray()).map((m) => m.id)).toEqual(['m7']);
  });

  it('refuses to restore when a map here changed after the preview', async () => {
    const { backup } = await backupOf(await workspaceWithMaps());
    const target = freshDatabase();
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'merge');
    await fillWorkspace(target, {
      projects: [project('p1', 'Fishing licences', '2026-12-30T00:00:00.000Z')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await target.complianceMaps.put(mapOf('p1', 'late', 'Made meanwhile'));
    await expect(applyRestore(repo, backup, plan)).rejects.toThrow('changed while the restore was being prepared');
    expect((await target.complianceMaps.toArray()).map((m) => m.id)).toEqual(['late']);
  });
});
