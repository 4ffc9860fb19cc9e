// When the workspace was last backed up, and a marker kept outside IndexedDB that a workspace exists on
// this machine, so that the app can notice when the browser has cleared its stored data.
import type { WaymarkDatabase } from './database';
import { guarded } from './storage-errors';

const LAST_BACKUP_KEY = 'lastBackupAt';

/** The key of the marker in localStorage (outside IndexedDB, so that it outlives a dropped database). */
export const WORKSPACE_MARKER_KEY = 'waymark-workspace';

/** How old the last backup may be before the browser build reminds the person. */
export const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

export function backupStatusRepository(db: WaymarkDatabase) {
  return {
    /** When the last backup was made, or null when never. */
    async lastBackupAt(): Promise<string | null> {
      const record = await db.settings.get(LAST_BACKUP_KEY);
      return typeof record?.value === 'string' ? record.value : null;
    },
    async markBackedUp(at: Date): Promise<void> {
      await guarded(() => db.settings.put({ key: LAST_BACKUP_KEY, value: at.toISOString() }));
    },
  };
}

export type BackupStatusRepository = ReturnType<typeof backupStatusRepository>;

/** True when a reminder is due: there is work to lose and no backup in the last week. */
export function backupReminderDue(lastBackupAt: string | null, hasWork: boolean, now: Date): boolean {
  if (!hasWork) return false;
  if (lastBackupAt === null) return true;
  return now.getTime() - new Date(lastBackupAt).getTime() > BACKUP_REMINDER_MS;
}

/** The workspace marker in the browser's localStorage; does nothing where localStorage is unavailable. */
export function localStorageMarker(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  return {
    exists(): boolean {
      try {
        return storage?.getItem(WORKSPACE_MARKER_KEY) !== null && storage?.getItem(WORKSPACE_MARKER_KEY) !== undefined;
      } catch {
        return false;
      }
    },
    set(): void {
      try {
        storage?.setItem(WORKSPACE_MARKER_KEY, new Date().toISOString());
      } catch {
        // Private windows may refuse; the marker is a safety net, not needed to work.
      }
    },
  };
}
