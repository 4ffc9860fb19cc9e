// On a project's page: save the project as a project file (for handover or a colleague), and download its
// summary as a Word document. The summary names the person as author, so the first time their name is
// asked for here and kept in Settings.
import { useEffect, useState, type FormEvent } from 'react';
import { authorName, exportProject, exportProjectSummary, saveAuthorName } from '../../app/projects/project-actions';
import { AUTHOR_NAME_MAX, authorNameError } from '../components/AuthorNameSetting';
import { TextField } from '../components/fields';
import { useNotices } from '../state/notices';

function notifyError(error: unknown, fallback: string) {
  useNotices.getState().show({ kind: 'error', message: error instanceof Error ? error.message : fallback });
}

export function ProjectFileActions({ projectId }: { projectId: string }) {
  const [busy, setBusy] = useState<'file' | 'summary' | null>(null);
  const [askingName, setAskingName] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  // The name field replaces nothing the person was on, so take them to it when it appears.
  useEffect(() => {
    if (askingName) document.getElementById('summary-author-name')?.focus();
  }, [askingName]);

  async function saveFile() {
    setBusy('file');
    try {
      const outcome = await exportProject(projectId);
      if (outcome.saved)
        useNotices
          .getState()
          .show({ kind: 'success', message: `Project file saved as ${outcome.fileName ?? 'a file'}.` });
    } catch (e) {
      notifyError(e, 'The project file could not be saved. Nothing was changed.');
    } finally {
      setBusy(null);
    }
  }

  async function summary() {
    setBusy('summary');
    try {
      const outcome = await exportProjectSummary(projectId);
      if (outcome.saved)
        useNotices
          .getState()
          .show({ kind: 'success', message: `Project summary saved as ${outcome.fileName ?? 'a file'}.` });
    } catch (e) {
      notifyError(e, 'The project summary could not be made.');
    } finally {
      setBusy(null);
    }
  }

  async function startSummary() {
    if ((await authorName()).trim().length === 0) {
      setAskingName(true);
      return;
    }
    await summary();
  }

  async function saveNameAndExport(event: FormEvent) {
    event.preventDefault();
    const problem = authorNameError(name);
    setNameError(problem);
    if (problem) return;
    try {
      await saveAuthorName(name);
    } catch (e) {
      notifyError(e, 'Your name could not be saved.');
      return;
    }
    setAskingName(false);
    requestAnimationFrame(() => document.getElementById('download-summary')?.focus());
    await summary();
  }

  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share or hand over this project</h2>
      <p>
        A project file holds this project with its templates, evidence and attached files, for a colleague or for safe
        keeping. They can open it from Projects, Import a project.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          // aria-disabled rather than disabled: a disabled button drops keyboard focus to the page while the
          // file is written, and the person loses their place.
          aria-disabled={busy !== null}
          onClick={() => {
            if (busy === null) void saveFile();
          }}
        >
          Export project file
        </button>
        <button
          type="button"
          className="button button--secondary"
          id="download-summary"
          aria-disabled={busy !== null || askingName}
          onClick={() => {
            if (busy === null && !askingName) void startSummary();
          }}
        >
          Download project summary (Word)
        </button>
      </div>
      {askingName && (
        <form onSubmit={(e) => void saveNameAndExport(e)} noValidate className="inset">
          <TextField
            id="summary-author-name"
            label="Your name"
            hint="Documents you export name you as their author. You can change it later in Settings."
            value={name}
            error={nameError}
            maxLength={AUTHOR_NAME_MAX + 1}
            onChange={setName}
          />
          <div className="button-group">
            <button type="submit" className="button">
              Save and download
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setAskingName(false);
                // The form goes away; put focus back on the button that opened it.
                requestAnimationFrame(() => document.getElementById('download-summary')?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
