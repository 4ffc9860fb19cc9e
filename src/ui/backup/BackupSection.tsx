// Settings ▸ Backups: back up the whole workspace now, restore from a backup file (with a preview and a
// confirmation), and in the browser ask it to keep Waymark's data.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { restoreTotal, type RestoreMode, type RestorePlan } from '../../app/backup/restore-plan';
import { applyRestore, openBackup, previewRestore } from '../../app/backup/restore-workspace';
import type { WorkspaceBackup } from '../../packs/backup-file';
import { currentPlatform } from '../../platform/current-platform';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate } from '../components/dates';
import { RadioGroup } from '../components/fields';
import { useNotices } from '../state/notices';
import { AutoBackupSetting } from './AutoBackupSetting';
import { backUpAndSave, BACKUP_FILTERS, backupRepositories } from '../../app/backup/backup-actions';
import { VERSION } from '../version';
import { PersistentStorageRequest } from './PersistentStorageRequest';
import { RestorePreview } from './RestorePreview';

function message(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Opened {
  fileName: string;
  backup: WorkspaceBackup;
  mode: RestoreMode;
  plan: RestorePlan;
}

/** Choosing a backup file, its preview, and the restore. `onRestored` runs after a restore succeeds. */
export function RestoreFromFile({ onRestored }: { onRestored?: () => void }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const notices = useNotices.getState();

  async function choose() {
    setProblems(null);
    setOpened(null);
    try {
      const file = await currentPlatform().openFile(BACKUP_FILTERS);
      if (!file) return;
      const read = await openBackup(file.bytes);
      if (!read.ok) {
        setProblems(read.problems);
        return;
      }
      const plan = await previewRestore(backupRepositories().workspace, read.backup, 'merge');
      const mode: RestoreMode = plan.workspaceEmpty ? 'replace' : 'merge';
      setOpened({
        fileName: file.name,
        backup: read.backup,
        mode,
        plan: mode === 'merge' ? plan : await previewRestore(backupRepositories().workspace, read.backup, mode),
      });
    } catch (error) {
      setProblems([message(error, 'The file could not be read.')]);
    }
  }

  async function changeMode(mode: RestoreMode) {
    if (!opened) return;
    // The choice shows at once; the preview follows when it has been worked out for that choice.
    const chosen = opened;
    setOpened({ ...chosen, mode });
    const plan = await previewRestore(backupRepositories().workspace, chosen.backup, mode);
    setOpened((now) => (now && now.backup === chosen.backup && now.mode === mode ? { ...now, plan } : now));
  }

  async function restore() {
    // Never apply a preview worked out for the other choice.
    if (!opened || busy || opened.plan.mode !== opened.mode) return;
    setConfirming(false);
    setBusy(true);
    try {
      await applyRestore(backupRepositories().workspace, opened.backup, opened.plan);
      notices.show({ kind: 'success', message: `The backup \u201c${opened.fileName}\u201d is restored.` });
      setOpened(null);
      onRestored?.();
    } catch (error) {
      notices.show({
        kind: 'error',
        message: message(error, 'The backup could not be restored. Nothing was changed.'),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3>Restore from a backup</h3>
      <p>Choose a backup file. You will see what it would change before anything is restored.</p>
      <button type="button" className="button button--secondary" onClick={() => void choose()}>
        Choose a backup file to restore
      </button>
      {problems && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h3 className="error-summary__title">This file cannot be restored. Your workspace is unchanged.</h3>
          <ul className="error-summary__list error-summary__list--plain">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {opened && (
        <div className="inset">
          <p>
            <strong>{opened.fileName}</strong>, made on {formatDate(opened.backup.manifest.createdAt)}:{' '}
            {count(opened.backup.projects.length, 'project', 'projects')},{' '}
            {count(opened.backup.evidence.length, 'evidence item', 'evidence items')},{' '}
            {count(opened.backup.attachments.length, 'attached file', 'attached files')},{' '}
            {count(opened.backup.complianceMaps?.length ?? 0, 'compliance map', 'compliance maps')} and{' '}
            {count(opened.backup.packs.length, 'pack you made', 'packs you made')}.
          </p>
          <RadioGroup<RestoreMode>
            id="restore-mode"
            legend="How should the backup be restored?"
            value={opened.mode}
            onChange={(mode) => void changeMode(mode)}
            options={[
              {
                value: 'merge',
                label: 'Merge with this workspace',
                hint: 'Nothing here is removed. Where a record is in both, the newer copy is kept.',
              },
              {
                value: 'replace',
                label: 'Replace everything',
                hint: 'This workspace becomes exactly the backup. Anything not in the backup is removed.',
              },
            ]}
          />
          <RestorePreview plan={opened.plan} />
          <div className="button-group">
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() => setConfirming(true)}
            >
              Restore this backup
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpened(null)}>
              Cancel
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={opened.mode === 'replace' ? 'Replace everything with this backup?' : 'Merge this backup?'}
            confirmLabel={opened.mode === 'replace' ? 'Replace everything' : 'Merge'}
            destructive={restoreTotal(opened.plan, 'remove') > 0 || restoreTotal(opened.plan, 'replace') > 0}
            onConfirm={() => void restore()}
            onCancel={() => setConfirming(false)}
          >
            <p>
              {restoreTotal(opened.plan, 'add')} added, {restoreTotal(opened.plan, 'replace')} replaced,{' '}
              {restoreTotal(opened.plan, 'keep')} kept and {restoreTotal(opened.plan, 'remove')} removed. This cannot be
              undone, so make a backup first if you may want today&apos;s workspace back.
            </p>
          </ConfirmDialog>
        </div>
      )}
    </>
  );
}

export function BackupSection() {
  const lastBackupAt = useLiveQuery(() => backupRepositories().status.lastBackupAt(), []);
  const [busy, setBusy] = useState(false);
  const platform = currentPlatform();

  async function backUp() {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await backUpAndSave(VERSION);
      if (outcome.saved)
        useNotices.getState().show({ kind: 'success', message: `Your workspace is backed up to ${outcome.fileName}.` });
    } catch (error) {
      useNotices.getState().show({ kind: 'error', message: message(error, 'The backup could not be made.') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        A backup is one file with every project, its evidence, attached files and compliance map, the packs you made,
        and your settings. Keep it somewhere safe, such as a shared drive.
      </p>
      <p data-testid="last-backup">
        {lastBackupAt === undefined
          ? 'Checking when you last backed up\u2026'
          : lastBackupAt === null
            ? 'You have not made a backup on this computer yet.'
            : `Last backup: ${formatDate(lastBackupAt)}.`}
      </p>
      <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void backUp()}>
        Back up now
      </button>
      {platform.kind === 'desktop' ? <AutoBackupSetting /> : <PersistentStorageRequest />}
      <RestoreFromFile />
    </section>
  );
}
