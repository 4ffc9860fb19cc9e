// Form fields with labels, hints and error messages wired up for assistive technology.
import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** The ids of a field's hint and error message, for aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** An error message next to what it is about, announced with the word "Error" first. */
export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error:</span> {children}
    </p>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
    </>
  );
}

/** A labelled field: label, hint and error message, then the control given as children. */
export function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & { value: string; onChange: (value: string) => void; autoComplete?: string; maxLength?: number },
) {
  const { id, hint, error, value, onChange, autoComplete, maxLength } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={id}
        className={`input${error ? ' input--error' : ''}`}
        type="text"
        value={value}
        autoComplete={autoComplete ?? 'off'}
        maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number },
) {
  const { id, hint, error, value, onChange, rows, maxLength } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={id}
        name={id}
        className={`textarea${error ? ' input--error' : ''}`}
        rows={rows ?? 4}
        value={value}
        maxLength={maxLength}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

/** One checkbox with its label, on its own (a confirmation, say). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="form-group">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

/** A group of choices: legend, hint and error message, then the choices given as children. */
export function FieldsetFrame({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="label">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

export function RadioGroup<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
  /** Choices side by side (wrapping on a narrow screen), for a few short choices asked many times. */
  inline?: boolean;
}) {
  const { id, legend, hint, error, value, options, onChange, inline = false } = props;
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error}>
      <div className={inline ? 'radios radios--inline' : 'radios'}>
        {options.map((option, index) => {
          // Ids come from the position, not the value (values may hold spaces). The first choice keeps
          // the group's id so an error summary link lands on it.
          const optionId = index === 0 ? id : `${id}-${index}`;
          const hintId = `${optionId}-option-hint`;
          return (
            <div className="radio" key={option.value}>
              <input
                id={optionId}
                name={id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? hintId : undefined}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint && (
                <div id={hintId} className="hint radio__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}
