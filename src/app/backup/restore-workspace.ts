// Restoring a backup: read and check the file, preview what would change, then apply exactly that
// preview in one transaction. If the workspace changed in between, nothing is written and the person
// is asked to look again.
import type { SettingRecord } from '../../db/database';
import { installedPackRecord } from '../../domain/pack-import-plan';
import { formatPackProblem } from '../../domain/pack';
import { packKey, type StoredPack } from '../../db/stored-pack';
import { StorageError } from '../../db/storage-errors';
import type { WorkspaceRepository } from '../../db/workspace-repository';
import { MACHINE_SETTINGS, type WorkspaceBackup } from '../../packs/backup-file';
import { readBackupZip } from '../../packs/backup-reader';
import { planFingerprint, planRestore, type RestoreMode, type RestorePlan } from './restore-plan';

export type OpenedBackup = { ok: true; backup: WorkspaceBackup } | { ok: false; problems: string[] };

/** Reads a backup file and checks all of it; problems are sentences for people. */
export async function openBackup(bytes: Uint8Array): Promise<OpenedBackup> {
  const read = await readBackupZip(bytes);
  if (read.ok) return read;
  return { ok: false, problems: read.problems.map(formatPackProblem) };
}

/** What restoring the backup would do, without writing anything. */
export async function previewRestore(
  workspace: WorkspaceRepository,
  backup: WorkspaceBackup,
  mode: RestoreMode,
): Promise<RestorePlan> {
  return planRestore(await workspace.summary(), backup, mode);
}

/** Restores exactly what the preview showed, all or nothing. */
export async function applyRestore(
  workspace: WorkspaceRepository,
  backup: WorkspaceBackup,
  preview: RestorePlan,
): Promise<void> {
  const taken = (kind: string, key: string): boolean =>
    preview.lines.some((l) => l.kind === kind && l.key === key && (l.action === 'add' || l.action === 'replace'));
  const projects = backup.projects.filter((p) => taken('project', p.id));
  const projectIds = new Set(projects.map((p) => p.id));
  const evidence = backup.evidence.filter((e) => taken('evidence', e.id));
  const evidenceIds = new Set(evidence.map((e) => e.id));
  const packs: StoredPack[] = [];
  for (const p of backup.packs) {
    const key = packKey(p.id, p.version);
    if (!taken('pack', key)) continue;
    packs.push({
      key,
      id: p.id,
      version: p.version,
      origin: 'own',
      active: p.active,
      pack: p.pack,
      files: p.files,
      installed: await installedPackRecord(p.pack),
      installedAt: p.installedAt,
    });
  }
  const settings: SettingRecord[] = backup.settings.filter((s) => taken('setting', s.key));
  // A map follows its project: every project taken from the backup has its map here replaced by the
  // backup's (or removed, when the backup's copy of the project has none).
  const complianceMaps = (backup.complianceMaps ?? []).filter((m) => projectIds.has(m.projectId));
  // So do its assessments, maturity self-assessments, business case and the case's revisions.
  const businessCases = (backup.businessCases ?? []).filter((c) => projectIds.has(c.projectId));
  const caseIds = new Set(businessCases.map((c) => c.id));
  const expected = planFingerprint(preview);
  await workspace.applyRestore({
    clear: preview.mode === 'replace',
    keepSettings: MACHINE_SETTINGS,
    projects,
    templatesOf: [...projectIds],
    projectTemplates: backup.projectTemplates.filter((t) => projectIds.has(t.projectId)),
    evidence,
    attachmentsOf: [...evidenceIds],
    attachments: backup.attachments
      .filter((a) => evidenceIds.has(a.meta.evidenceId))
      .map(({ meta, bytes }) => ({ ...meta, data: new Blob([bytes.slice().buffer], { type: meta.mediaType }) })),
    packs: mergeActive(packs, preview),
    settings,
    removeSettings: [],
    removeOwnPackKeys: [],
    mapsOf: [...projectIds],
    complianceMaps,
    partsOf: [...projectIds],
    assessments: (backup.assessments ?? []).filter((a) => projectIds.has(a.projectId)),
    maturityAssessments: (backup.maturityAssessments ?? []).filter((m) => projectIds.has(m.projectId)),
    businessCases,
    caseRevisions: (backup.caseRevisions ?? []).filter((r) => caseIds.has(r.caseId)),
    check: (current) => {
      if (planFingerprint(planRestore(current, backup, preview.mode)) !== expected)
        throw new StorageError(
          'The workspace changed while the restore was being prepared. Nothing was restored; open the backup again to see what it would change.',
          'conflict',
        );
    },
  });
}

/**
 * In a merge, a pack version replaced from the backup stays in use exactly when it was in use here, and
 * an added version is put in use only when no version of that pack is in use here.
 */
function mergeActive(packs: StoredPack[], preview: RestorePlan): StoredPack[] {
  if (preview.mode === 'replace') return packs;
  const activeHere = new Set(preview.activePackKeys);
  const idsActiveHere = new Set(preview.activePackKeys.map((key) => key.slice(0, key.lastIndexOf('@'))));
  return packs.map((p) => {
    const replaced = preview.lines.some((l) => l.kind === 'pack' && l.key === p.key && l.action === 'replace');
    const active = replaced ? activeHere.has(p.key) : p.active && !idsActiveHere.has(p.id);
    return { ...p, active };
  });
}
