// Settings: how much space template packs take, and removing the older stored versions that no
// project uses. The version in use, every version a project uses (archived and recently deleted
// projects included) and the built-in version are always kept; the repository checks that again when
// removing.
import { useRef, useState } from 'react';
import { formatBytes } from '../../platform/storage-status';
import { repositories, usePackStorage } from '../data';
import { useNotices } from '../state/notices';
import { ConfirmDialog } from './ConfirmDialog';
import { errorMessage } from './error-message';
import { InlineConfirmation } from './InlineConfirmation';

function versions(count: number): string {
  return count === 1 ? '1 older version' : `${count} older versions`;
}

export function PackStorageSetting() {
  const report = usePackStorage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The button goes once nothing is left to remove, so focus moves to the outcome instead of being lost.
  const outcomeRef = useRef<HTMLDivElement>(null);
  const removable = report?.removable ?? [];

  async function remove() {
    if (busy) return;
    setConfirming(false);
    setBusy(true);
    try {
      const keys = removable.map((r) => r.key);
      const freed = removable.reduce((sum, r) => sum + r.estimatedBytes, 0);
      const removed = await repositories().packs.removeUnusedVersions(keys);
      const message =
        removed.length === 0
          ? 'Nothing was removed: those versions came into use in the meantime.'
          : removed.length === keys.length
            ? `Removed ${versions(removed.length)} of template packs, freeing about ${formatBytes(freed)}.`
            : `Removed ${versions(removed.length)} of template packs. The others came into use in the meantime and are kept.`;
      setDone(message);
      outcomeRef.current?.focus();
      useNotices.getState().show({ kind: 'success', message });
    } catch (error) {
      useNotices.getState().show({
        kind: 'error',
        message: errorMessage(error, 'The older versions could not be removed. Nothing was changed.'),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="pack-storage-heading">
      <h2 id="pack-storage-heading">Template packs</h2>
      {report === undefined ? (
        <p>Working out how much space template packs take…</p>
      ) : (
        <>
          <p data-testid="pack-storage-total">
            Template packs take about {formatBytes(report.estimatedBytes)} on this computer.
          </p>
          <p>
            Waymark keeps the version of each pack you use now, every version a project uses (including archived
            projects and projects deleted recently), and the version that comes with Waymark. Older versions are kept so
            that you can compare them or go back to them.
          </p>
          <div ref={outcomeRef} tabIndex={-1}>
            {removable.length === 0 ? (
              <p data-testid="pack-storage-removable">
                Every stored version is in use or used by a project, so there is nothing to remove.
              </p>
            ) : (
              <>
                <p data-testid="pack-storage-removable">
                  {removable.length === 1
                    ? '1 older version is not used by any project.'
                    : `${removable.length} older versions are not used by any project.`}{' '}
                  {removable.length === 1 ? 'It takes' : 'They take'} about {formatBytes(report.removableBytes)}:
                </p>
                <ul data-testid="pack-storage-list">
                  {removable.map((r) => (
                    <li key={r.key}>
                      {r.name}, version {r.version} (about {formatBytes(r.estimatedBytes)})
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    setDone(null);
                    if (!busy) setConfirming(true);
                  }}
                >
                  Remove {versions(removable.length)}
                </button>
              </>
            )}
            <InlineConfirmation message={done} />
          </div>
          <ConfirmDialog
            open={confirming}
            title={`Remove ${versions(removable.length)}?`}
            confirmLabel={`Remove ${versions(removable.length)}`}
            destructive
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          >
            <p>
              No project uses {removable.length === 1 ? 'this version' : 'these versions'}, and the versions you use now
              stay as they are. To have a removed version again, import it from its pack file.
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
