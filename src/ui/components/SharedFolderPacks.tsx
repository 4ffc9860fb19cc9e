// Library section for the shared library folder: each pack found there with its version and how it
// stands against what is installed (or the problems that stop it), with Import or Update. The list is
// read again whenever the folder changes. Shows nothing in the browser build.
import { Link } from 'react-router';
import { useSharedFolderPacks } from '../library-folder/use-shared-folder-packs';
import {
  problemCountText,
  SHARED_PACK_STATUS_LABELS,
  sourceText,
  type SharedPackRow,
  type SharedPackStatus,
} from '../library-folder/shared-pack-review';
import { paths } from '../paths';

const STATUS_TAGS: Record<SharedPackStatus, string> = {
  new: 'tag',
  newer: 'tag tag--example',
  'up-to-date': 'tag tag--live',
  older: 'tag tag--grey',
  clash: 'tag tag--attention',
  problems: 'tag tag--attention',
};

function SharedPackItem({
  row,
  busy,
  onImport,
}: {
  row: SharedPackRow;
  busy: boolean;
  onImport: (row: SharedPackRow) => void;
}) {
  const installedNote =
    row.installedVersion && row.status !== 'up-to-date' ? ` Version ${row.installedVersion} is installed.` : '';
  const more = row.problemCount - row.problems.length;
  return (
    <li className="task-list__item shared-packs__item" data-testid="shared-pack">
      <div>
        <span className="task-list__name">{row.name}</span>
        {row.version && <span className="shared-packs__version"> version {row.version}</span>}
        <p className="hint">
          From {sourceText(row)}.{installedNote}
        </p>
        {row.replacesBuiltInFrom && (
          <p className="error-message">
            This would replace the pack that comes with Waymark (published by {row.replacesBuiltInFrom}). Only update it
            if you trust where it came from.
          </p>
        )}
        {row.status === 'problems' && (
          <div className="shared-packs__problems">
            <p>
              {problemCountText(row.problemCount)} {row.problemCount === 1 ? 'stops' : 'stop'} this pack being imported:
            </p>
            <ul>
              {row.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            {more > 0 && <p>And {more === 1 ? '1 more problem' : `${more.toLocaleString('en-GB')} more problems`}.</p>}
          </div>
        )}
      </div>
      <div className="shared-packs__actions">
        <strong className={STATUS_TAGS[row.status]}>{SHARED_PACK_STATUS_LABELS[row.status]}</strong>
        {row.importable && (
          <button type="button" className="button" disabled={busy} onClick={() => onImport(row)}>
            {row.importable.action === 'upgrade' ? 'Update' : 'Import'}
            <span className="visually-hidden">
              {' '}
              {row.name} {row.version}
            </span>
          </button>
        )}
      </div>
    </li>
  );
}

export function SharedFolderPacks() {
  const { scan, rows, importing, refresh, importRow } = useSharedFolderPacks();
  if (scan.phase === 'unsupported') return null;
  const checkAgain = (
    <button type="button" className="button button--secondary" onClick={refresh}>
      Check the folder again
    </button>
  );
  return (
    <section aria-labelledby="shared-packs-heading" className="shared-packs" data-testid="shared-folder-packs">
      <h2 id="shared-packs-heading">Packs in your shared folder</h2>
      {scan.phase === 'loading' && <p className="muted">Reading the shared folder…</p>}
      {scan.phase === 'no-folder' && (
        <p>
          Your team can keep its template packs in a shared folder, such as a synced drive or a copy of a git
          repository. Choose the folder in <Link to={paths.settings()}>Settings</Link> and its packs are listed here.
        </p>
      )}
      {scan.phase === 'error' && (
        <>
          <p className="shared-packs__error">{scan.message}</p>
          {checkAgain}
        </>
      )}
      {scan.phase === 'ready' && (
        <>
          <p className="muted">
            From the folder “{scan.folderName}”. The list is updated when something in the folder changes.
          </p>
          {rows === undefined && <p className="muted">Checking the packs…</p>}
          {rows?.length === 0 && (
            <p>There are no template packs in this folder yet: no sub-folders holding a pack.yaml, and no zip files.</p>
          )}
          {rows && rows.length > 0 && (
            <ul className="task-list shared-packs__list">
              {rows.map((row) => (
                <SharedPackItem
                  key={row.source}
                  row={row}
                  busy={importing !== null}
                  onImport={(chosen) => void importRow(chosen)}
                />
              ))}
            </ul>
          )}
          {scan.skipped.length > 0 && (
            <details className="details">
              <summary>
                {scan.skipped.length === 1
                  ? '1 item in the folder was not read'
                  : `${scan.skipped.length} items in the folder were not read`}
              </summary>
              <ul className="shared-packs__skipped">
                {scan.skipped.map((item) => (
                  <li key={item.name}>
                    <strong>{item.name}</strong>: {item.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {checkAgain}
        </>
      )}
    </section>
  );
}
