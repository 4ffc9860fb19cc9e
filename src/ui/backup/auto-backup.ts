// The daily automatic backup on the desktop: once a day, the first time the app is open, the workspace
// is backed up into the automatic backup folder (the main process keeps the last seven).
import { useEffect } from 'react';
import { currentPlatform } from '../../platform/current-platform';
import { makeBackup } from '../../app/backup/backup-actions';
import { VERSION } from '../version';

/** True when no automatic backup has been written today. */
export function autoBackupDue(newest: { name: string } | undefined, today: Date): boolean {
  return !newest?.name.includes(today.toISOString().slice(0, 10));
}

/** Runs the daily backup when one is due. Failures are left for Settings to show; they never stop the app. */
export async function runDailyBackup(): Promise<void> {
  const access = currentPlatform().autoBackup;
  if (!access) return;
  const current = await access.state();
  if (!autoBackupDue(current.files[0], new Date())) return;
  const made = await makeBackup(VERSION);
  await access.write(made.bytes);
}

/** Starts the daily backup once the app shell is shown. */
export function useDailyBackup(): void {
  useEffect(() => {
    void runDailyBackup().catch(() => undefined);
  }, []);
}
