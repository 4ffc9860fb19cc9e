// Settings ▸ Backups on the desktop: the automatic daily backups, where they go, and the last seven.
import { useEffect, useState } from 'react';
import type { AutoBackupState } from '../../platform/platform';
import { currentPlatform } from '../../platform/current-platform';
import { formatBytes } from '../../platform/storage-status';
import { formatDate } from '../components/dates';
import { makeBackup } from '../../app/backup/backup-actions';
import { VERSION } from '../version';

export function AutoBackupSetting() {
  const access = currentPlatform().autoBackup;
  const [state, setState] = useState<AutoBackupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void access
      ?.state()
      .then((s) => live && setState(s))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : 'The backup folder could not be read.'));
    return () => {
      live = false;
    };
  }, [access]);
  if (!access) return null;

  async function act(action: () => Promise<AutoBackupState | null>) {
    setError(null);
    try {
      const next = await action();
      if (next) setState(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Try again.');
    }
  }

  return (
    <>
      <h3>Automatic backups</h3>
      <p>Once a day Waymark backs up your workspace into a folder on this computer and keeps the last seven backups.</p>
      <p data-testid="auto-backup-folder">
        Folder: {state ? state.folder : 'checking\u2026'}
        {state?.isDefault ? ' (Waymark\u2019s own folder)' : ''}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void act(() => access.chooseFolder())}
        >
          Choose another folder
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void act(async () => access.write((await makeBackup(VERSION)).bytes))}
        >
          Make today&apos;s automatic backup now
        </button>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {state && state.files.length === 0 && <p>No automatic backups yet.</p>}
      {state && state.files.length > 0 && (
        <ul className="list list--bullet" aria-label="Automatic backups">
          {state.files.map((f) => (
            <li key={f.name}>
              {f.name} ({formatBytes(f.size)}, saved {formatDate(f.savedAt)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
