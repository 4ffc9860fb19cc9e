// "Your name" in Settings: written as the author of every document the person exports.
import { useEffect, useState, type FormEvent } from 'react';
import { repositories, useSettings } from '../data';
import { useNotices } from '../state/notices';
import { TextField } from './fields';

export const AUTHOR_NAME_MAX = 120;

/** One plain sentence when a name cannot be used as the author, or undefined. */
export function authorNameError(name: string): string | undefined {
  const tidy = name.trim();
  if (tidy.length === 0) return 'Enter your name';
  if (tidy.length > AUTHOR_NAME_MAX) return `Your name must be ${AUTHOR_NAME_MAX} characters or fewer`;
  return undefined;
}

export function AuthorNameSetting() {
  const settings = useSettings();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (settings) setName(settings.authorName);
  }, [settings]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = authorNameError(name);
    setError(problem);
    if (problem) return;
    try {
      await repositories().settings.set('authorName', name.trim());
      useNotices
        .getState()
        .show({ kind: 'success', message: `Documents you export will name ${name.trim()} as author.` });
    } catch (e) {
      useNotices
        .getState()
        .show({ kind: 'error', message: e instanceof Error ? e.message : 'Your name could not be saved.' });
    }
  }

  return (
    <section aria-labelledby="author-heading">
      <h2 id="author-heading">Your name</h2>
      <form onSubmit={save} noValidate>
        <TextField
          id="author-name"
          label="Your name"
          hint="Shown as the author of the documents you export, for example Alex Morgan."
          value={name}
          error={error}
          onChange={setName}
        />
        <button type="submit" className="button button--secondary">
          Save your name
        </button>
      </form>
    </section>
  );
}
