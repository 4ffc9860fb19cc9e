// Settings section for the shared library folder: the folder a team shares (a synced drive, a copy of
// a git repository) whose template packs the Library offers to import. Desktop app only; the browser
// build explains where to import packs instead.
import { Link } from 'react-router';
import { paths } from '../paths';
import { useLibraryFolder } from '../library-folder/use-library-folder';

export function SharedFolderSetting() {
  const { supported, folder, busy, choose, forget } = useLibraryFolder();
  return (
    <section aria-labelledby="shared-folder-heading" className="shared-folder">
      <h2 id="shared-folder-heading">Shared library folder</h2>
      {!supported && (
        <p>
          A shared library folder needs the Waymark desktop app. In the browser you can still{' '}
          <Link to={paths.importPack()}>import a pack from a folder or a zip file</Link>.
        </p>
      )}
      {supported && (
        <>
          <p>
            Choose a folder your team shares, such as a synced drive or a copy of a git repository. The Library lists
            the template packs it finds there, offers to import or update them, and notices when they change.
          </p>
          {folder === undefined && <p className="muted">Checking which folder is chosen…</p>}
          {folder === null && (
            <>
              <p data-testid="shared-folder-name">No folder chosen.</p>
              <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
                Choose a folder
              </button>
            </>
          )}
          {folder && (
            <>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt className="summary-list__key">Folder</dt>
                  <dd className="summary-list__value" data-testid="shared-folder-name">
                    {folder.name}
                  </dd>
                </div>
              </dl>
              <div className="button-group">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => void choose()}
                >
                  Change folder
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => void forget()}
                >
                  Stop using this folder
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
