// The default security classification marking for exported documents.
import { useEffect, useState, type FormEvent } from 'react';
import { repositories, useSettings } from '../data';
import { markingProblem, markingProblemMessage } from '../../domain/marking';
import { useNotices } from '../state/notices';
import { RadioGroup, TextField } from './fields';
import { errorMessage } from './error-message';

const STANDARD_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
type Choice = (typeof STANDARD_MARKINGS)[number] | 'custom';

export function MarkingSetting() {
  const settings = useSettings();
  const [choice, setChoice] = useState<Choice>('OFFICIAL');
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (!settings) return;
    const current = settings.defaultMarking;
    if ((STANDARD_MARKINGS as readonly string[]).includes(current)) setChoice(current as Choice);
    else {
      setChoice('custom');
      setCustom(current);
    }
  }, [settings]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const marking = choice === 'custom' ? custom.trim().toUpperCase() : choice;
    const problem = markingProblem(marking);
    if (problem) {
      setError(markingProblemMessage(problem));
      return;
    }
    setError(undefined);
    try {
      await repositories().settings.set('defaultMarking', marking);
      useNotices.getState().show({ kind: 'success', message: `New documents will be marked ${marking}.` });
    } catch (e) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(e, 'The marking could not be saved.') });
    }
  }

  return (
    <section aria-labelledby="marking-heading">
      <h2 id="marking-heading">Document marking</h2>
      <form onSubmit={save} noValidate>
        <RadioGroup<Choice>
          id="default-marking"
          legend="Default security classification for exported documents"
          hint="You can change the marking of each document when you export it."
          value={choice}
          options={[
            { value: 'OFFICIAL', label: 'OFFICIAL' },
            { value: 'OFFICIAL-SENSITIVE', label: 'OFFICIAL-SENSITIVE' },
            { value: 'custom', label: 'Another marking' },
          ]}
          onChange={setChoice}
        />
        {choice === 'custom' && (
          <TextField
            id="custom-marking"
            label="Marking"
            hint="For example OFFICIAL-SENSITIVE COMMERCIAL"
            value={custom}
            error={error}
            onChange={setCustom}
          />
        )}
        <button type="submit" className="button button--secondary">
          Save marking
        </button>
      </form>
    </section>
  );
}
