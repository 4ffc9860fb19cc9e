// What the app shows instead of the workspace when it must not simply open it: a database made by a
// newer Waymark (kept untouched), or stored data that has vanished (offer a backup, never start afresh
// silently).
import { useEffect, useState } from 'react';
import { currentPlatform } from '../../platform/current-platform';
import type { AutoBackupState } from '../../platform/platform';
import { RestoreFromFile } from '../backup/BackupSection';
import { NoticeAnnouncer } from '../components/NoticeAnnouncer';
import { NoticeArea } from '../components/NoticeArea';

export function NewerDatabaseScreen({ storedVersion, readsUpTo }: { storedVersion: number | null; readsUpTo: number }) {
  return (
    <main className="main startup-failure" id="main-content">
      <h1>This workspace needs a newer version of Waymark</h1>
      <p>
        Your work on this computer was saved by a newer version of Waymark
        {storedVersion === null ? '' : ` (its storage is at version ${storedVersion}`}
        {storedVersion === null ? '' : `; this version of Waymark reads up to version ${readsUpTo})`}.
      </p>
      <p>
        Nothing has been changed or removed: your work is kept exactly as it is. Install the newer version of Waymark
        again (or ask your IT team for it) to carry on working.
      </p>
    </main>
  );
}

function LatestAutomaticBackup() {
  const [state, setState] = useState<AutoBackupState | null>(null);
  useEffect(() => {
    void currentPlatform()
      .autoBackup?.state()
      .then(setState)
      .catch(() => undefined);
  }, []);
  const newest = state?.files[0];
  if (!state || !newest) return null;
  return (
    <p>
      Your latest automatic backup is <strong>{newest.name}</strong> in {state.folder}. Choose it below to restore it.
    </p>
  );
}

export function VanishedDataScreen({
  onRestored,
  onStartAfresh,
}: {
  onRestored: () => void;
  onStartAfresh: () => void;
}) {
  const desktop = currentPlatform().kind === 'desktop';
  return (
    <main className="main" id="main-content">
      <h1>Your saved work is no longer {desktop ? 'on this computer' : 'in this browser'}</h1>
      <p>
        Waymark was used here before, but the work it saved has gone.{' '}
        {desktop
          ? 'Its store of your work may have been removed or damaged.'
          : 'The browser may have cleared its stored data (for example to free up space, or when site data was cleared), or the storage may have been damaged.'}
      </p>
      <NoticeArea />
      <p>If you have a backup, restore it now. Nothing is created until you choose.</p>
      <LatestAutomaticBackup />
      <RestoreFromFile onRestored={onRestored} />
      <h2>No backup?</h2>
      <p>You can start again with an empty workspace and the example project.</p>
      <button type="button" className="button button--secondary" onClick={onStartAfresh}>
        Start afresh
      </button>
      <NoticeAnnouncer />
    </main>
  );
}
