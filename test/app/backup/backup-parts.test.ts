// Assessments, maturity self-assessments, business cases and case revisions travel in a workspace backup: every
// one is written, a restore (replace or merge) writes them with their projects all or nothing, the preview lists
// and counts them, and a backup whose records do not hang together is refused before anything is written.
import { describe, expect, it, vi } from 'vitest';
import { backUpWorkspace } from '../../../src/app/backup/back-up-workspace';
import { applyRestore, openBackup, previewRestore } from '../../../src/app/backup/restore-workspace';
import { restoreTotal } from '../../../src/app/backup/restore-plan';
import { backupStatusRepository } from '../../../src/db/backup-status';
import type { WaymarkDatabase } from '../../../src/db/database';
import { workspaceRepository } from '../../../src/db/workspace-repository';
import { writeBackupZip, type WorkspaceBackup } from '../../../src/packs/backup-file';
import { readBackupZip } from '../../../src/packs/backup-reader';
import { projectParts, type ProjectParts } from '../../fixtures/project-parts';
import { freshDatabase } from '../../db/test-database';
import { evidence, fillWorkspace, project } from './workspace-fixture';

const NOW = new Date('2026-12-01T09:00:00.000Z');

async function storeParts(db: WaymarkDatabase, parts: ProjectParts): Promise<void> {
  await db.assessments.bulkPut(parts.assessments);
  await db.maturityAssessments.bulkPut(parts.maturityAssessments);
  await db.businessCases.bulkPut(parts.businessCases);
  await db.caseRevisions.bulkPut(parts.caseRevisions);
}

async function sourceWorkspace(): Promise<WaymarkDatabase> {
  const db = freshDatabase();
  await fillWorkspace(db, {
    projects: [project('p1', 'Fishing licences'), project('p2', 'Boat permits')],
    projectTemplates: [],
    evidence: [evidence('ev-1', 'p1', 'Board minutes'), evidence('ev-2', 'p2', 'Survey')],
    attachments: [],
    settings: [],
  });
  await storeParts(db, projectParts('p1', ['ev-1'], 'p1'));
  await storeParts(db, projectParts('p2', ['ev-2', 'deleted-since'], 'p2'));
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

const sorted = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

async function parts(db: WaymarkDatabase) {
  return {
    assessments: sorted(await db.assessments.toArray()),
    maturityAssessments: sorted(await db.maturityAssessments.toArray()),
    businessCases: sorted(await db.businessCases.toArray()),
    caseRevisions: sorted(await db.caseRevisions.toArray()),
  };
}

describe('assessments and business cases in a workspace backup', () => {
  it('counts and carries every record, keeps citations of deleted evidence, and restores them unchanged', async () => {
    const source = await sourceWorkspace();
    const { made, backup } = await backupOf(source);
    expect(made.counts).toMatchObject({ assessments: 4, maturityAssessments: 2, businessCases: 2, caseRevisions: 4 });
    const target = freshDatabase();
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    expect(plan.partCounts).toEqual({
      assessment: { add: 4, replace: 0, keep: 0, remove: 0 },
      'maturity-assessment': { add: 2, replace: 0, keep: 0, remove: 0 },
      'business-case': { add: 2, replace: 0, keep: 0, remove: 0 },
      'case-revision': { add: 4, replace: 0, keep: 0, remove: 0 },
    });
    // The confirmation counts the parts with the records they belong to.
    expect(restoreTotal(plan, 'add')).toBe(plan.counts.add + 12);
    expect(restoreTotal(plan, 'remove')).toBe(plan.counts.remove);
    expect(plan.parts).toContainEqual(
      expect.objectContaining({
        kind: 'case-revision',
        key: 'p1-revision-2',
        label: 'Revision 2 of Alpha business case (Fishing licences)',
      }),
    );
    expect(plan.parts).toContainEqual(
      expect.objectContaining({ kind: 'assessment', label: 'Alpha assessment on 2026-12-15 (Boat permits)' }),
    );
    await applyRestore(repo, backup, plan);
    expect(await parts(target)).toEqual(await parts(source));
  });

  it('replace: a project’s records are swapped for the backup’s, and those of projects not in it go', async () => {
    const { backup } = await backupOf(await sourceWorkspace());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [project('p1', 'Fishing licences'), project('p9', 'Only here')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await storeParts(target, projectParts('p1', [], 'old'));
    await storeParts(target, projectParts('p9', [], 'p9'));
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    const lines = plan.parts.filter((l) => l.kind === 'business-case').map((l) => [l.key, l.action, l.reason]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['p1-case', 'add', 'goes with its project'],
        ['p2-case', 'add', 'goes with its project'],
        ['old-case', 'remove', 'its project is replaced by the copy in the backup, which does not have it'],
        ['p9-case', 'remove', 'its project is not in the backup'],
      ]),
    );
    expect(lines).toHaveLength(4);
    await applyRestore(repo, backup, plan);
    const now = await parts(target);
    expect(now.businessCases.map((c) => [c.id, c.projectId])).toEqual([
      ['p1-case', 'p1'],
      ['p2-case', 'p2'],
    ]);
    expect(now.caseRevisions.map((r) => r.caseId)).toEqual(['p1-case', 'p1-case', 'p2-case', 'p2-case']);
    expect(now.assessments.every((a) => a.id.startsWith('p1-') || a.id.startsWith('p2-'))).toBe(true);
  });

  it('merge: records follow their project, kept when the project here is newer, replaced when the backup’s is', async () => {
    const { backup } = await backupOf(await sourceWorkspace());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [
        project('p1', 'Fishing licences', '2026-12-30T00:00:00.000Z'),
        project('p2', 'Boat permits', '2026-01-01T00:00:00.000Z'),
      ],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await storeParts(target, projectParts('p1', [], 'mine1'));
    await storeParts(target, projectParts('p2', [], 'mine2'));
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'merge');
    expect(plan.parts.filter((l) => l.kind === 'business-case').map((l) => [l.key, l.action])).toEqual([
      ['p1-case', 'keep'],
      ['p2-case', 'add'],
      ['mine2-case', 'remove'],
    ]);
    expect(plan.partCounts['case-revision']).toEqual({ add: 2, replace: 0, keep: 2, remove: 2 });
    await applyRestore(repo, backup, plan);
    const now = await parts(target);
    expect(now.businessCases.map((c) => [c.id, c.projectId])).toEqual([
      ['mine1-case', 'p1'],
      ['p2-case', 'p2'],
    ]);
    expect(now.caseRevisions.map((r) => r.id)).toEqual([
      'mine1-revision-1',
      'mine1-revision-2',
      'p2-revision-1',
      'p2-revision-2',
    ]);
    expect(now.maturityAssessments.map((m) => m.id)).toEqual(['mine1-maturity', 'p2-maturity']);
  });

  it('writes nothing when writing the revisions fails part way', async () => {
    const { backup } = await backupOf(await sourceWorkspace());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [project('p7', 'Kept safe')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    await storeParts(target, projectParts('p7', [], 'p7'));
    const before = await parts(target);
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    vi.spyOn(target.caseRevisions, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyRestore(repo, backup, plan)).rejects.toThrow('run out of storage space');
    vi.restoreAllMocks();
    expect((await target.projects.toArray()).map((p) => p.name)).toEqual(['Kept safe']);
    expect(await parts(target)).toEqual(before);
  });

  it('refuses to restore when an assessment here changed after the preview', async () => {
    const { backup } = await backupOf(await sourceWorkspace());
    const target = freshDatabase();
    await fillWorkspace(target, {
      projects: [project('p1', 'Fishing licences')],
      projectTemplates: [],
      evidence: [],
      attachments: [],
      settings: [],
    });
    const repo = workspaceRepository(target);
    const plan = await previewRestore(repo, backup, 'replace');
    await storeParts(target, { ...projectParts('p1', [], 'late'), businessCases: [], caseRevisions: [] });
    await expect(applyRestore(repo, backup, plan)).rejects.toThrow('changed while the restore was being prepared');
    expect((await target.assessments.toArray()).map((a) => a.id).sort()).toEqual([
      'late-assessment-alpha',
      'late-assessment-self',
    ]);
  });
});

describe('a backup whose assessments or business cases do not hang together', () => {
  async function good(): Promise<WorkspaceBackup> {
    const { backup } = await backupOf(await sourceWorkspace());
    return backup;
  }

  async function refusal(edit: (backup: WorkspaceBackup) => void): Promise<string> {
    const backup = await good();
    edit(backup);
    const result = await readBackupZip(writeBackupZip(backup));
    if (result.ok) throw new Error('the backup was accepted');
    return result.problems.map((p) => `${p.file} ${p.location} ${p.message}`).join('\n');
  }

  it('refuses an assessment of a project not in the backup', async () => {
    expect(
      await refusal((b) => {
        const [first] = b.assessments ?? [];
        if (first) first.projectId = 'elsewhere';
      }),
    ).toContain('assessments.json p1-assessment-alpha.projectId the assessment belongs to the project "elsewhere"');
  });

  it('refuses a revision of a case not in the backup, and two revisions with one number', async () => {
    const text = await refusal((b) => {
      const [first, second, third] = b.caseRevisions ?? [];
      if (first) first.caseId = 'gone';
      if (second && third) third.number = second.number;
      if (second && third) third.caseId = second.caseId;
    });
    expect(text).toContain('the revision belongs to the business case "gone"');
    expect(text).toContain('case-revisions.json');
    expect(text).toMatch(/has more than one revision \d/);
  });

  it('refuses two business cases for one project', async () => {
    expect(
      await refusal((b) => {
        const [first, second] = b.businessCases ?? [];
        if (first && second) second.projectId = first.projectId;
      }),
    ).toContain('has more than one business case');
  });

  it('refuses a record that is not as Waymark stores it', async () => {
    expect(
      await refusal((b) => {
        const [first] = b.maturityAssessments ?? [];
        if (first) Object.assign(first, { date: 'yesterday' });
      }),
    ).toContain('maturity-assessments.json');
  });

  it('reads an older backup without these files as a workspace without them', async () => {
    const backup = await good();
    const { assessments: _a, maturityAssessments: _m, businessCases: _c, caseRevisions: _r, ...older } = backup;
    const result = await readBackupZip(writeBackupZip(older));
    expect(result.ok && result.backup.assessments).toBeUndefined();
  });
});

describe('merging a backup whose records reuse the ids of another project here', () => {
  it('refuses, and leaves the other project with all its work', async () => {
    const source = freshDatabase();
    await fillWorkspace(source, {
      projects: [project('sender', 'Sent project')],
      projectTemplates: [],
      evidence: [evidence('ev-s', 'sender', 'Their minutes')],
      attachments: [],
      settings: [],
    });
    // The sender's records carry the same ids as the records of a project already here.
    await storeParts(source, projectParts('sender', ['ev-s'], 'same'));
    const { backup } = await backupOf(source);

    const here = freshDatabase();
    await fillWorkspace(here, {
      projects: [project('mine', 'My project')],
      projectTemplates: [],
      evidence: [evidence('ev-m', 'mine', 'Our minutes')],
      attachments: [],
      settings: [],
    });
    await storeParts(here, projectParts('mine', ['ev-m'], 'same'));
    const before = await parts(here);
    const repo = workspaceRepository(here);
    const plan = await previewRestore(repo, backup, 'merge');
    await expect(applyRestore(repo, backup, plan)).rejects.toThrow(/belongs to another project on this computer/);
    expect(await parts(here)).toEqual(before);
    expect(await here.projects.get('sender')).toBeUndefined();
  });
});
