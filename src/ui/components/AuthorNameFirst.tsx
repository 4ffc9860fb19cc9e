// Documents name the person as their author. Before the first export that needs it, ask for their name once
// (it is kept in Settings), then carry on with the export. One hook and its form, shared by every screen that
// exports a document, so each asks the same way and returns focus to the button that started it.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { authorName, saveAuthorName } from '../../app/projects/project-actions';
import { AUTHOR_NAME_MAX, authorNameError } from './AuthorNameSetting';
import { errorMessage } from './error-message';
import { TextField } from './fields';
import { useNotices } from '../state/notices';

/**
 * `start()` runs `exportDocument` at once when Settings has a name, and otherwise shows `prompt` (the name
 * form, with its field id `fieldId`). Saving the name runs the export; either way focus goes back to the
 * element with id `returnFocusTo`.
 */
export function useAuthorNameFirst(options: {
  fieldId: string;
  returnFocusTo: string;
  exportDocument: () => Promise<void>;
}): { asking: boolean; start: () => Promise<void>; prompt: ReactNode } {
  const { fieldId, returnFocusTo, exportDocument } = options;
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  // The name field replaces nothing the person was on, so take them to it when it appears.
  useEffect(() => {
    if (asking) document.getElementById(fieldId)?.focus();
  }, [asking, fieldId]);

  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => document.getElementById(returnFocusTo)?.focus());
  };

  async function start() {
    if ((await authorName()).trim().length === 0) {
      setAsking(true);
      return;
    }
    await exportDocument();
  }

  async function saveAndExport(event: FormEvent) {
    event.preventDefault();
    const problem = authorNameError(name);
    setNameError(problem);
    if (problem) return;
    try {
      await saveAuthorName(name);
    } catch (e) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(e, 'Your name could not be saved.') });
      return;
    }
    close();
    await exportDocument();
  }

  const prompt = asking ? (
    <form onSubmit={(e) => void saveAndExport(e)} noValidate className="inset">
      <TextField
        id={fieldId}
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
        <button type="button" className="button button--secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  ) : null;

  return { asking, start, prompt };
}
