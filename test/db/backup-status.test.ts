import { describe, expect, it } from 'vitest';
import { backupReminderDue, backupStatusRepository, BACKUP_REMINDER_MS } from '../../src/db/backup-status';
import { autoBackupDue } from '../../src/ui/backup/auto-backup';
import { freshDatabase } from './test-database';

const now = new Date('2026-12-01T12:00:00.000Z');

describe('backup reminder', () => {
  it('is due only when there is work to lose and no backup in the last week', () => {
    expect(backupReminderDue(null, false, now)).toBe(false);
    expect(backupReminderDue(null, true, now)).toBe(true);
    const sixDays = new Date(now.getTime() - BACKUP_REMINDER_MS + 60_000).toISOString();
    const eightDays = new Date(now.getTime() - BACKUP_REMINDER_MS - 60_000).toISOString();
    expect(backupReminderDue(sixDays, true, now)).toBe(false);
    expect(backupReminderDue(eightDays, true, now)).toBe(true);
  });

  it('remembers when the last backup was made', async () => {
    const status = backupStatusRepository(freshDatabase());
    expect(await status.lastBackupAt()).toBeNull();
    await status.markBackedUp(now);
    expect(await status.lastBackupAt()).toBe(now.toISOString());
  });
});

describe('daily automatic backup', () => {
  it('is due when none was written today', () => {
    expect(autoBackupDue(undefined, now)).toBe(true);
    expect(autoBackupDue({ name: 'waymark-workspace-backup-2026-11-30.zip' }, now)).toBe(true);
    expect(autoBackupDue({ name: 'waymark-workspace-backup-2026-12-01.zip' }, now)).toBe(false);
  });
});
