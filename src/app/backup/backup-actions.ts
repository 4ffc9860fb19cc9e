// The backup use cases bound to the running app's database and platform, for the Backups screens.
import { backUpWorkspace, type MadeBackup } from './back-up-workspace';
import { backupStatusRepository } from '../../db/backup-status';
import { getDatabase } from '../../db/database';
import { workspaceRepository } from '../../db/workspace-repository';
import { currentPlatform } from '../../platform/current-platform';

export function backupRepositories() {
  const db = getDatabase();
  return { workspace: workspaceRepository(db), status: backupStatusRepository(db) };
}

/** Makes a backup of the whole workspace now. */
export function makeBackup(appVersion: string): Promise<MadeBackup> {
  const { workspace, status } = backupRepositories();
  return backUpWorkspace(workspace, status, { now: new Date(), appVersion });
}

/** Makes a backup and saves it where the person chooses (desktop) or as a download (browser). */
export async function backUpAndSave(appVersion: string): Promise<{ saved: boolean; fileName: string }> {
  const made = await makeBackup(appVersion);
  const outcome = await currentPlatform().saveFile(made.fileName, made.bytes, [
    { name: 'Waymark workspace backup', extensions: ['zip'] },
  ]);
  return { saved: outcome.saved, fileName: outcome.fileName ?? made.fileName };
}

export const BACKUP_FILTERS = [{ name: 'Waymark workspace backup', extensions: ['zip'] }];

export { backupReminderDue } from '../../db/backup-status';
