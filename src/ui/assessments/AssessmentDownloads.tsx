// On an assessment's overview: download it as a Word document (in the order a panel reads it), and its
// checklist and actions as CSV. The Word document names the person as author, so the first time their name is
// asked for here and kept in Settings (as the compliance map's downloads do).
import { useState } from 'react';
import { downloadAssessment, type AssessmentDownload } from '../../app/assessments/assessment-downloads';
import { useAuthorNameFirst } from '../components/AuthorNameFirst';
import { errorMessage } from '../components/error-message';
import { useNotices } from '../state/notices';

const SAVED_WORDS: Record<AssessmentDownload, string> = {
  word: 'The assessment',
  checklist: 'The checklist',
  actions: 'The actions',
};

const FAILED_WORDS: Record<AssessmentDownload, string> = {
  word: 'The assessment document could not be made. Nothing was changed.',
  checklist: 'The checklist could not be saved as CSV. Nothing was changed.',
  actions: 'The actions could not be saved as CSV. Nothing was changed.',
};

const NAME_FIELD = 'assessment-author-name';
const WORD_BUTTON = 'download-assessment-word';

export function AssessmentDownloads({ projectId, assessmentId }: { projectId: string; assessmentId: string }) {
  const [busy, setBusy] = useState<AssessmentDownload | null>(null);
  async function download(what: AssessmentDownload) {
    setBusy(what);
    try {
      const outcome = await downloadAssessment(projectId, assessmentId, what);
      if (outcome.saved)
        useNotices
          .getState()
          .show({ kind: 'success', message: `${SAVED_WORDS[what]} is saved as ${outcome.fileName ?? 'a file'}.` });
    } catch (e) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(e, FAILED_WORDS[what]) });
    } finally {
      setBusy(null);
    }
  }

  const nameFirst = useAuthorNameFirst({
    fieldId: NAME_FIELD,
    returnFocusTo: WORD_BUTTON,
    exportDocument: () => download('word'),
  });

  const idle = busy === null && !nameFirst.asking;
  return (
    <>
      <p>
        The Word document is in the order a panel reads it: the summary and ratings, then each point with its status,
        narrative, evidence and actions, then the action plan. The CSV files open in a spreadsheet.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          id={WORD_BUTTON}
          // aria-disabled rather than disabled, so keyboard focus stays on the button while the file is made.
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void nameFirst.start();
          }}
        >
          Download the assessment (Word)
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void download('checklist');
          }}
        >
          Download the checklist (CSV)
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void download('actions');
          }}
        >
          Download the actions (CSV)
        </button>
      </div>
      {nameFirst.prompt}
    </>
  );
}
