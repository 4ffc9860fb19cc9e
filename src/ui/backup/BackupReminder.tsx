// In the browser, a reminder to back up when there is work to lose and no backup in the last week
// (the browser may clear its stored data; the desktop app backs up by itself every day).
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { currentPlatform } from '../../platform/current-platform';
import { backupRepositories, backupReminderDue } from '../../app/backup/backup-actions';

export function BackupReminder() {
  const due = useLiveQuery(async () => {
    const { workspace, status } = backupRepositories();
    return backupReminderDue(await status.lastBackupAt(), await workspace.hasWork(), new Date());
  }, []);
  if (currentPlatform().kind !== 'browser' || !due) return null;
  return (
    <div className="notice notice--error" data-testid="backup-reminder">
      <p className="notice__message">
        Your work is kept only in this browser and has not been backed up in the last week.{' '}
        <Link to="/settings">Back up your workspace in Settings</Link>.
      </p>
    </div>
  );
}
