// Settings: storage on this computer, document defaults, the example project, and about Waymark.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { repositories, useSettings } from '../data';
import { formatBytes, readStorageStatus, type StorageStatus } from '../../platform/storage-status';
import { BackupSection } from '../backup/BackupSection';
import { Page } from '../components/Page';
import { useNotices } from '../state/notices';
import { AuthorNameSetting } from '../components/AuthorNameSetting';
import { MarkingSetting } from '../components/MarkingSetting';
import { SharedFolderSetting } from '../components/SharedFolderSetting';
import { VERSION } from '../version';
import { paths } from '../paths';
import { errorMessage } from '../components/error-message';
import { EvidenceLimitsSetting } from '../evidence/EvidenceLimitsSetting';
import { PackStorageSetting } from '../components/PackStorageSetting';

function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const settings = useSettings();
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
    // Read again when the person has asked the browser to keep the data, so this says what it answered.
  }, [settings?.persistentStorageGranted]);
  const persisted = status?.persisted ?? settings?.persistentStorageGranted ?? null;
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this computer</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Kept safe from clean-up</dt>
          <dd className="summary-list__value" data-testid="storage-persisted">
            {persisted === null
              ? 'Unknown: this browser does not say'
              : persisted
                ? 'Yes: your work will not be cleared to free up space'
                : 'No: if this computer runs short of space, the browser may clear Waymark\u2019s data. Back up your workspace (see Backups below).'}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Space used</dt>
          <dd className="summary-list__value" data-testid="storage-usage">
            {status?.usageBytes == null
              ? 'Unknown'
              : `${formatBytes(status.usageBytes)}${status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''}`}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function ExampleSection() {
  const [busy, setBusy] = useState(false);
  async function recreate() {
    if (busy) return;
    setBusy(true);
    try {
      const project = await repositories().projects.createExample();
      useNotices.getState().show({
        kind: 'success',
        message: `A fresh copy of the example project \u201c${project.name}\u201d is added. Find it in Projects.`,
      });
    } catch (error) {
      useNotices.getState().show({
        kind: 'error',
        message: errorMessage(error, 'The example project could not be created.'),
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="example-heading">
      <h2 id="example-heading">Example project</h2>
      <p>
        The example project shows what Waymark can do. You can add a fresh copy of it to your projects at any time: any
        copy you already have stays as it is, and your own projects are not changed.
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={busy || undefined}
        onClick={() => void recreate()}
      >
        Add a fresh copy of the example project
      </button>
    </section>
  );
}

export function SettingsPage() {
  return (
    <Page title="Settings">
      <StorageSection />
      <PackStorageSetting />
      <BackupSection />
      <AuthorNameSetting />
      <MarkingSetting />
      <EvidenceLimitsSetting />
      <SharedFolderSetting />
      <ExampleSection />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About Waymark</h2>
        <p>
          Waymark {VERSION}. It keeps all your work on this computer; nothing is sent anywhere. See the{' '}
          <Link to={paths.playbook()}>Playbook</Link> for guides to common hurdles.
        </p>
      </section>
    </Page>
  );
}
