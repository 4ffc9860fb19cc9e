// A date as three boxes (day, month, year), the pattern people find easiest to fill in. Gives back
// `YYYY-MM-DD`, or '' when all three are empty; the evidence rules say whether it is a real date.
import { useState } from 'react';
import { describedBy, FieldsetFrame } from '../components/fields';

function parts(value: string): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? [String(Number(match[3])), String(Number(match[2])), match[1] ?? ''] : ['', '', ''];
}

function join(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (d === '' && m === '' && y === '') return '';
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function DateField(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, legend, hint, error, value, onChange } = props;
  // The boxes keep what was typed, even when it is not yet a date.
  const [boxes, setBoxes] = useState(() => parts(value));
  // The fieldset carries the hint; each box names only the error, so the hint is read once, not three times.
  const describe = describedBy(id, undefined, error);
  const box = (index: 0 | 1 | 2, label: string, suffix: string, width: string) => (
    <div className="date-input__item">
      <label className="label" htmlFor={`${id}-${suffix}`}>
        {label}
      </label>
      <input
        id={`${id}-${suffix}`}
        name={`${id}-${suffix}`}
        className={`input date-input__input date-input__input--${width}${error ? ' input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={index === 2 ? 4 : 2}
        value={boxes[index]}
        aria-describedby={describe}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const next: [string, string, string] = [...boxes];
          next[index] = e.target.value;
          setBoxes(next);
          onChange(join(next[0], next[1], next[2]));
        }}
      />
    </div>
  );
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error}>
      <div className="date-input">
        {box(0, 'Day', 'day', 'short')}
        {box(1, 'Month', 'month', 'short')}
        {box(2, 'Year', 'year', 'long')}
      </div>
    </FieldsetFrame>
  );
}
