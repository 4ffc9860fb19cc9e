// On a project's page: save the project as a project file (for handover or a colleague), and download its
// summary as a Word document. The summary names the person as author, so the first time their name is
// asked for here and kept in Settings.
import { useState } from 'react';
import { exportProject, exportProjectSummary } from '../../app/projects/project-actions';
import { useAuthorNameFirst } from '../components/AuthorNameFirst';
import { useNotices } from '../state/notices';

function notifyError(error: unknown, fallback: string) {
  useNotices.getState().show({ kind: 'error', message: error instanceof Error ? error.message : fallback });
}

export function ProjectFileActions({ projectId }: { projectId: string }) {
  const [busy, setBusy] = useState<'file' | 'summary' | null>(null);

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

  const nameFirst = useAuthorNameFirst({
    fieldId: 'summary-author-name',
    returnFocusTo: 'download-summary',
    exportDocument: summary,
  });

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
          aria-disabled={busy !== null || nameFirst.asking}
          onClick={() => {
            if (busy === null && !nameFirst.asking) void nameFirst.start();
          }}
        >
          Download project summary (Word)
        </button>
      </div>
      {nameFirst.prompt}
    </section>
  );
}
