// Backing up the whole workspace: read every record in one transaction, write the backup file, and
// note when it was made (for the reminder in the browser and the automatic backups on the desktop).
import type { WorkspaceRepository } from '../../db/workspace-repository';
import type { BackupStatusRepository } from '../../db/backup-status';
import {
  BACKUP_FORMAT,
  backupFileName,
  MACHINE_SETTINGS,
  writeBackupZip,
  type BackupSetting,
  type WorkspaceBackup,
} from '../../packs/backup-file';

export interface MadeBackup {
  fileName: string;
  bytes: Uint8Array;
  counts: {
    projects: number;
    evidence: number;
    attachments: number;
    packs: number;
    complianceMaps: number;
    assessments: number;
    maturityAssessments: number;
    businessCases: number;
    caseRevisions: number;
  };
}

function plainSetting(key: string, value: unknown): BackupSetting | null {
  if (MACHINE_SETTINGS.includes(key)) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return { key, value };
  return null;
}

/** The workspace as a backup's records (attachment bytes read from their stored files). */
export async function collectWorkspace(
  workspace: WorkspaceRepository,
  now: Date,
  appVersion: string,
): Promise<WorkspaceBackup> {
  const records = await workspace.readAll();
  const attachments = await Promise.all(
    records.attachments.map(async ({ data, ...meta }) => ({ meta, bytes: new Uint8Array(await data.arrayBuffer()) })),
  );
  return {
    manifest: { format: BACKUP_FORMAT, createdAt: now.toISOString(), appVersion },
    projects: records.projects,
    projectTemplates: records.projectTemplates,
    evidence: records.evidence,
    attachments,
    packs: records.ownPacks.map(({ id, version, active, installedAt, pack, files }) => ({
      id,
      version,
      active,
      installedAt,
      pack,
      files,
    })),
    settings: records.settings.flatMap(({ key, value }) => plainSetting(key, value) ?? []),
    complianceMaps: records.complianceMaps,
    assessments: records.assessments,
    maturityAssessments: records.maturityAssessments,
    businessCases: records.businessCases,
    caseRevisions: records.caseRevisions,
  };
}

/** Makes a backup file of the whole workspace and records when it was made. */
export async function backUpWorkspace(
  workspace: WorkspaceRepository,
  status: BackupStatusRepository,
  options: { now: Date; appVersion: string },
): Promise<MadeBackup> {
  const backup = await collectWorkspace(workspace, options.now, options.appVersion);
  const bytes = writeBackupZip(backup);
  await status.markBackedUp(options.now);
  return {
    fileName: backupFileName(options.now),
    bytes,
    counts: {
      projects: backup.projects.length,
      evidence: backup.evidence.length,
      attachments: backup.attachments.length,
      packs: backup.packs.length,
      complianceMaps: backup.complianceMaps?.length ?? 0,
      assessments: backup.assessments?.length ?? 0,
      maturityAssessments: backup.maturityAssessments?.length ?? 0,
      businessCases: backup.businessCases?.length ?? 0,
      caseRevisions: backup.caseRevisions?.length ?? 0,
    },
  };
}
