// Downloading the business case as Word: on the case's home (the current revision or a chosen one) and on a
// revision's page (that revision), the whole case or the chosen cases; and on the comparison page, the
// changes between two revisions as Word tracked changes. The document names the person as author, so the
// first time their name is asked for and kept in Settings.
import { useState } from 'react';
import { Link } from 'react-router';
import { downloadBusinessCase, downloadBusinessCaseChanges } from '../../app/business-case/case-downloads';
import type { SaveOutcome } from '../../platform/platform';
import { useAuthorNameFirst } from '../components/AuthorNameFirst';
import { errorMessage } from '../components/error-message';
import { describedBy, FieldFrame, FieldsetFrame } from '../components/fields';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import type { CaseView } from './case-screen';
import './case-compare.css';

function useDownload(failed: string) {
  const [busy, setBusy] = useState(false);
  async function run(make: () => Promise<SaveOutcome>, what: string) {
    setBusy(true);
    try {
      const outcome = await make();
      if (outcome.saved)
        useNotices.getState().show({ kind: 'success', message: `${what} saved as ${outcome.fileName ?? 'a file'}.` });
    } catch (e) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(e, failed) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}

const CASE_BUTTON = 'download-case-word';
const CASE_NAME = 'case-author-name';
const CASES_FIELD = 'download-cases';
const REVISION_FIELD = 'download-revision';

/**
 * The whole case or chosen cases as Word. With `revisionNumber` that revision is downloaded; without it the
 * person chooses one (the current revision first).
 */
export function CaseDownloads({ view, revisionNumber }: { view: CaseView; revisionNumber?: number }) {
  const { project, revisions, current, template } = view;
  const parts = template?.sections ?? [];
  const [chosenRevision, setChosenRevision] = useState(String(current.number));
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | undefined>();
  const { busy, run } = useDownload('The business case document could not be made. Nothing was changed.');
  const number = revisionNumber ?? Number(chosenRevision);
  const cases = parts.filter((part) => !unticked.has(part.id)).map((part) => part.id);

  const nameFirst = useAuthorNameFirst({
    fieldId: CASE_NAME,
    returnFocusTo: CASE_BUTTON,
    exportDocument: () =>
      run(
        () =>
          downloadBusinessCase(project.id, {
            revisionNumber: number,
            ...(cases.length < parts.length ? { cases } : {}),
          }),
        `Revision ${number} of the business case`,
      ),
  });

  function start() {
    if (busy || nameFirst.asking) return;
    if (parts.length > 0 && cases.length === 0) {
      setError('Choose at least one part of the case to download.');
      document.getElementById(CASES_FIELD)?.focus();
      return;
    }
    setError(undefined);
    void nameFirst.start();
  }

  if (!template)
    return (
      <p className="inset">
        The template this case was made from is not installed, so the case cannot be laid out as a Word document.
        Install its pack again from the Library.
      </p>
    );
  const sorted = [...revisions].sort((a, b) => b.number - a.number);
  return (
    <div className="case-downloads">
      <p>
        The Word document has a title page, document control from the revisions and approvals, and each case with its
        sections and tables.
      </p>
      {revisionNumber === undefined && sorted.length > 1 && (
        <FieldFrame id={REVISION_FIELD} label="Which revision?">
          <select
            id={REVISION_FIELD}
            className="select"
            value={chosenRevision}
            aria-describedby={describedBy(REVISION_FIELD)}
            onChange={(e) => setChosenRevision(e.target.value)}
          >
            {sorted.map((revision) => (
              <option key={revision.id} value={String(revision.number)}>
                Revision {revision.number}
                {revision.number === current.number ? ' (current)' : ''}
                {revision.status === 'frozen' ? ', frozen' : ', draft'}
              </option>
            ))}
          </select>
        </FieldFrame>
      )}
      <FieldsetFrame
        id={CASES_FIELD}
        legend="Which parts of the case?"
        hint="All of them are ticked. Untick any you want to leave out."
        error={error}
      >
        <div className="case-downloads__cases">
          {parts.map((part, index) => (
            <div className="checkbox" key={part.id}>
              <input
                id={index === 0 ? CASES_FIELD : `${CASES_FIELD}-${index}`}
                type="checkbox"
                checked={!unticked.has(part.id)}
                onChange={(e) => {
                  const next = new Set(unticked);
                  if (e.target.checked) next.delete(part.id);
                  else next.add(part.id);
                  setUnticked(next);
                }}
              />
              <label htmlFor={index === 0 ? CASES_FIELD : `${CASES_FIELD}-${index}`}>{part.title}</label>
            </div>
          ))}
        </div>
      </FieldsetFrame>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          id={CASE_BUTTON}
          // aria-disabled rather than disabled, so keyboard focus stays on the button while the file is made.
          aria-disabled={busy || nameFirst.asking || undefined}
          onClick={start}
        >
          {revisionNumber === undefined
            ? 'Download the business case (Word)'
            : `Download revision ${revisionNumber} (Word)`}
        </button>
      </div>
      {nameFirst.prompt}
    </div>
  );
}

const CHANGES_BUTTON = 'download-changes-word';
const CHANGES_NAME = 'changes-author-name';

/** The changes between two revisions as a Word document with tracked changes. */
export function ChangesDownload({ projectId, from, to }: { projectId: string; from: number; to: number }) {
  const { busy, run } = useDownload('The document of the changes could not be made. Nothing was changed.');
  const nameFirst = useAuthorNameFirst({
    fieldId: CHANGES_NAME,
    returnFocusTo: CHANGES_BUTTON,
    exportDocument: () =>
      run(() => downloadBusinessCaseChanges(projectId, { from, to }), `The changes from revision ${from} to ${to}`),
  });
  const idle = !busy && !nameFirst.asking;
  return (
    <>
      <p>
        In Word, each change is a tracked change by the later revision&rsquo;s author, which you can review, accept or
        reject. The document also lists the assumptions, options, cost ranges and approvals that changed.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          id={CHANGES_BUTTON}
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void nameFirst.start();
          }}
        >
          Download the changes between two revisions as Word (tracked changes)
        </button>
      </div>
      {nameFirst.prompt}
    </>
  );
}

/** On the case's home: where to check readiness and compare revisions, and the Word download. */
export function CaseHomeExtras({ view }: { view: CaseView }) {
  const { project, revisions } = view;
  return (
    <section aria-labelledby="case-check-heading" className="case-extras">
      <h2 id="case-check-heading">Check and share the case</h2>
      <ul>
        <li>
          <Link to={paths.businessCase.readiness(project.id)}>Check readiness before the gate</Link>: what is still
          empty, only assumed or contradicted.
        </li>
        {revisions.length > 1 && (
          <li>
            <Link to={paths.businessCase.compare(project.id)}>Compare revisions</Link>: what changed between two
            revisions, side by side.
          </li>
        )}
      </ul>
      <h3>Download as Word</h3>
      <CaseDownloads view={view} />
    </section>
  );
}

/** On a revision's page: the comparison with the revision before it, and the Word download of this revision. */
export function RevisionExtras({ view, revisionNumber }: { view: CaseView; revisionNumber: number }) {
  const { project, revisions } = view;
  const earlier = [...revisions].filter((r) => r.number < revisionNumber).sort((a, b) => b.number - a.number)[0];
  return (
    <section aria-labelledby="revision-download-heading" className="case-extras">
      <h2 id="revision-download-heading">Compare and download</h2>
      {earlier && (
        <p>
          <Link to={paths.businessCase.compare(project.id, earlier.number, revisionNumber)}>
            Compare revision {revisionNumber} with revision {earlier.number}
          </Link>
        </p>
      )}
      <CaseDownloads view={view} revisionNumber={revisionNumber} />
    </section>
  );
}
