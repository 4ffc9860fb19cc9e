// On the map's home: download the compliance map as a Word document, and its links and conflicts as CSV.
// The Word document names the person as author, so the first time their name is asked for here and kept
// in Settings (as the project summary does).
import { useState } from 'react';
import { downloadMap, type MapDownload } from '../../app/compliance-map/map-file-actions';
import { useAuthorNameFirst } from '../components/AuthorNameFirst';
import { errorMessage } from '../components/error-message';
import { useNotices } from '../state/notices';

const SAVED_WORDS: Record<MapDownload, string> = {
  word: 'Compliance map',
  links: 'Links',
  conflicts: 'Conflicts',
};

const FAILED_WORDS: Record<MapDownload, string> = {
  word: 'The compliance map document could not be made. Nothing was changed.',
  links: 'The links could not be saved as CSV. Nothing was changed.',
  conflicts: 'The conflicts could not be saved as CSV. Nothing was changed.',
};

const NAME_FIELD = 'map-author-name';
const WORD_BUTTON = 'download-map-word';

export function MapDownloads({ projectId }: { projectId: string }) {
  const [busy, setBusy] = useState<MapDownload | null>(null);
  async function download(what: MapDownload) {
    setBusy(what);
    try {
      const outcome = await downloadMap(projectId, what);
      if (outcome.saved)
        useNotices
          .getState()
          .show({ kind: 'success', message: `${SAVED_WORDS[what]} saved as ${outcome.fileName ?? 'a file'}.` });
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
        The Word document holds the findings for both sides: the summary, the conflict register, the ordering
        contradictions, the evidence both sides ask for, the integrated plan and both processes in full with their
        links. The CSV files open in a spreadsheet.
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
          Download the compliance map (Word)
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void download('links');
          }}
        >
          Download links (CSV)
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!idle || undefined}
          onClick={() => {
            if (idle) void download('conflicts');
          }}
        >
          Download conflicts (CSV)
        </button>
      </div>
      {nameFirst.prompt}
    </>
  );
}
