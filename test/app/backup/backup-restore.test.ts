import { describe, expect, it, vi } from 'vitest';
import { applyRestore, openBackup, previewRestore } from '../../../src/app/backup/restore-workspace';
import { backUpWorkspace } from '../../../src/app/backup/back-up-workspace';
import { backupStatusRepository } from '../../../src/db/backup-status';
import { packsRepository } from '../../../src/db/packs-repository';
import { StorageError } from '../../../src/db/storage-errors';
import { workspaceRepository } from '../../../src/db/workspace-repository';
import { readPackEntries } from '../../../src/packs/pack-reader';
import { freshDatabase } from '../../db/test-database';
import { edited, goodEntries } from '../../packs/pack-fixtures';
import { dumpWorkspace, evidence, fillWorkspace, project, type FixtureWorkspace } from './workspace-fixture';

const NOW = new Date('2026-12-01T09:00:00.000Z');

function sample(): FixtureWorkspace {
  const withFile = {
    ...evidence('e1', 'p1', 'User research report'),
    source: { type: 'file' as const, attachmentId: 'a1' },
  };
  return {
    projects: [project('p1', 'Fishing licences'), project('p2', 'Boat permits')],
    projectTemplates: [
      {
        id: 't1',
        projectId: 'p1',
        packId: 'gov-uk-service-standard',
        templateId: 'service-standard',
        version: '1.0.0',
        addedAt: '2026-11-02T00:00:00.000Z',
      },
    ],
    evidence: [withFile, evidence('e2', 'p2', 'Decision to go to beta')],
    attachments: [
      { id: 'a1', evidenceId: 'e1', name: 'report.pdf', bytes: new Uint8Array([37, 80, 68, 70, 0, 255, 1, 2]) },
    ],
    settings: [
      { key: 'defaultMarking', value: 'OFFICIAL-SENSITIVE' },
      { key: 'authorName', value: 'Alex Doe' },
      { key: 'firstStartDone', value: true },
    ],
  };
}

async function backedUp(w: FixtureWorkspace, withOwnPack = false) {
  const db = freshDatabase();
  await fillWorkspace(db, w);
  if (withOwnPack) {
    const read = readPackEntries(goodEntries());
    if (!read.ok) throw new Error('fixture pack did not validate');
    await packsRepository(db).saveOwnPack(read.pack, read.files);
  }
  const made = await backUpWorkspace(workspaceRepository(db), backupStatusRepository(db), {
    now: NOW,
    appVersion: '0.1.0',
  });
  return { db, made };
}

describe('workspace backup and restore', () => {
  it('names the file after what it holds and the day, and records when the backup was made', async () => {
    const { db, made } = await backedUp(sample());
    expect(made.fileName).toBe('waymark-workspace-backup-2026-12-01.zip');
    expect(made.counts).toEqual({
      projects: 2,
      evidence: 2,
      attachments: 1,
      packs: 0,
      complianceMaps: 0,
      assessments: 0,
      maturityAssessments: 0,
      businessCases: 0,
      caseRevisions: 0,
    });
    expect(await backupStatusRepository(db).lastBackupAt()).toBe(NOW.toISOString());
  });

  it('restores every record, own pack and attachment byte into an empty database', async () => {
    const { db, made } = await backedUp(sample(), true);
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    const target = freshDatabase();
    await target.settings.put({ key: 'firstStartDone', value: true });
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'replace');
    expect(plan.workspaceEmpty).toBe(true);
    expect(plan.counts).toMatchObject({ add: 7, replace: 0, remove: 0 });
    await applyRestore(repo, opened.backup, plan);
    const before = await dumpWorkspace(db);
    const after = await dumpWorkspace(target);
    const noBackupTime = (s: { key: string }[]) => s.filter((r) => r.key !== 'lastBackupAt');
    expect({ ...after, settings: noBackupTime(after.settings) }).toEqual({
      ...before,
      settings: noBackupTime(before.settings),
    });
  });

  it('replace removes what is not in the backup and says so in the preview', async () => {
    const { made } = await backedUp(sample());
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error('unreadable');
    const target = freshDatabase();
    await fillWorkspace(target, {
      ...sample(),
      projects: [project('p1', 'Fishing licences'), project('p9', 'Only here')],
      evidence: [],
      attachments: [],
      projectTemplates: [],
    });
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'replace');
    expect(plan.lines.find((l) => l.key === 'p9')).toMatchObject({ action: 'remove', label: 'Only here' });
    expect(plan.lines.find((l) => l.key === 'p1')).toMatchObject({ action: 'replace' });
    await applyRestore(repo, opened.backup, plan);
    expect((await target.projects.toArray()).map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(await target.settings.get('firstStartDone')).toEqual({ key: 'firstStartDone', value: true });
  });

  it('merge keeps the newer copy of each record and removes nothing', async () => {
    const backupSide = sample();
    backupSide.projects = [
      project('p1', 'Fishing licences (backup, newer)', '2026-11-20T00:00:00.000Z'),
      project('p2', 'Boat permits (backup, older)', '2026-11-01T00:00:00.000Z'),
    ];
    const { made } = await backedUp(backupSide);
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error('unreadable');
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [
        project('p1', 'Fishing licences (here, older)', '2026-11-10T00:00:00.000Z'),
        project('p2', 'Boat permits (here, newer)', '2026-11-15T00:00:00.000Z'),
        project('p3', 'Only here'),
      ],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [{ key: 'authorName', value: 'Someone here' }],
    });
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'merge');
    const action = (key: string) => plan.lines.find((l) => l.key === key)?.action;
    expect([action('p1'), action('p2'), action('e1'), action('authorName'), action('defaultMarking')]).toEqual([
      'replace',
      'keep',
      'add',
      'keep',
      'add',
    ]);
    expect(plan.counts.remove).toBe(0);
    await applyRestore(repo, opened.backup, plan);
    const names = (await target.projects.toArray()).map((p) => p.name).sort();
    expect(names).toEqual(['Boat permits (here, newer)', 'Fishing licences (backup, newer)', 'Only here']);
    expect((await target.settings.get('authorName'))?.value).toBe('Someone here');
    expect((await target.attachments.get('a1'))?.size).toBe(8);
  });

  it('writes nothing when the workspace changed after the preview', async () => {
    const { made } = await backedUp(sample());
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error('unreadable');
    const target = freshDatabase();
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'merge');
    await target.projects.put(project('p1', 'Made meanwhile', '2026-12-01T00:00:00.000Z'));
    await expect(applyRestore(repo, opened.backup, plan)).rejects.toThrow(StorageError);
    expect((await target.projects.toArray()).map((p) => p.name)).toEqual(['Made meanwhile']);
    expect(await target.evidence.count()).toBe(0);
  });

  it('writes nothing when a write fails part way', async () => {
    const { made } = await backedUp(sample());
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error('unreadable');
    const target = freshDatabase();
    await fillWorkspace(target, {
      ...sample(),
      projects: [project('p7', 'Kept safe')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
    });
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'replace');
    const failing = { ...opened.backup, settings: [...opened.backup.settings] };
    vi.spyOn(target.settings, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyRestore(repo, failing, plan)).rejects.toThrow('run out of storage space');
    vi.restoreAllMocks();
    expect((await target.projects.toArray()).map((p) => p.name)).toEqual(['Kept safe']);
  });
});

describe('merging packs made in the app', () => {
  it('adds a newer version from the backup without taking the one in use here out of use', async () => {
    const yaml = new TextDecoder().decode(goodEntries().find((e) => e.path === 'pack.yaml')?.bytes);
    const newer = readPackEntries(edited({ 'pack.yaml': yaml.replace('version: 1.2.0', 'version: 1.3.0') }));
    const older = readPackEntries(goodEntries());
    if (!newer.ok || !older.ok) throw new Error('fixture packs did not validate');
    const source = freshDatabase();
    await packsRepository(source).saveOwnPack(newer.pack, newer.files);
    const made = await backUpWorkspace(workspaceRepository(source), backupStatusRepository(source), {
      now: NOW,
      appVersion: '0.1.0',
    });
    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    const target = freshDatabase();
    await packsRepository(target).saveOwnPack(older.pack, older.files);
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, opened.backup, 'merge');
    expect(plan.lines.filter((l) => l.kind === 'pack').map((l) => [l.key, l.action])).toEqual([
      [`${newer.pack.manifest.id}@1.3.0`, 'add'],
    ]);
    await applyRestore(repo, opened.backup, plan);
    const versions = await packsRepository(target).versions(newer.pack.manifest.id);
    expect(versions.map((v) => [v.version, v.active])).toEqual([
      ['1.3.0', false],
      ['1.2.0', true],
    ]);
  });
});
