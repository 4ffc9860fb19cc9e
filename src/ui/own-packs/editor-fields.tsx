// Fields of the template editor. Each field finds its own error message by its id in the editor's problems,
// so that problems found by the pack validator show next to the field they are about.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { linesToList, listToLines } from '../../domain/own-pack';
import { describedBy, ErrorMessage, FieldFrame, FieldsetFrame, TextArea, TextField } from '../components/fields';

/** The message for each field id with a problem. */
export const FieldErrorsContext = createContext<Record<string, string>>({});

export function useFieldError(id: string): string | undefined {
  return useContext(FieldErrorsContext)[id];
}

/** Asks for an element to be focused once the screen has been drawn again (after adding or moving an item). */
export const FocusRequestContext = createContext<(id: string) => void>(() => undefined);

/** Focuses the element whose id was last requested, after the render the request caused. */
export function useFocusRequest(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}

interface TextProps {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  onChange: (value: string) => void;
}

/** A one-line text field. */
export function EditorText({ id, label, hint, value, onChange }: TextProps) {
  const error = useFieldError(id);
  return <TextField id={id} label={label} hint={hint} value={value ?? ''} error={error} onChange={onChange} />;
}

/** For optional fields: an empty box means no value, so that the field is left out of the file. */
export function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** A text box for longer text. */
export function EditorTextArea({ id, label, hint, value, onChange, rows }: TextProps & { rows?: number }) {
  const error = useFieldError(id);
  return (
    <TextArea
      id={id}
      label={label}
      hint={hint}
      value={value ?? ''}
      error={error}
      rows={rows ?? 3}
      onChange={onChange}
    />
  );
}

/**
 * A list edited as one text box, one entry per line. The text is kept as typed (blank lines included) while
 * the list given back has no blank entries; an empty box gives no list.
 */
export function EditorLines(props: {
  id: string;
  label: string;
  hint?: string;
  value: readonly string[] | undefined;
  onChange: (value: string[] | undefined) => void;
}) {
  const { id, label, hint, value, onChange } = props;
  const error = useFieldError(id);
  const [text, setText] = useState(() => listToLines(value));
  return (
    <TextArea
      id={id}
      label={label}
      hint={hint === undefined ? 'One on each line' : hint || undefined}
      value={text}
      error={error}
      rows={3}
      onChange={(typed) => {
        setText(typed);
        const items = linesToList(typed);
        onChange(items.length > 0 ? items : undefined);
      }}
    />
  );
}

/** A whole number field (such as a duration in days); empty means no value. */
export function EditorNumber(props: {
  id: string;
  label: string;
  hint?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const { id, label, hint, value, onChange } = props;
  const error = useFieldError(id);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        className={`input editor-number${error ? ' input--error' : ''}`}
        type="number"
        inputMode="numeric"
        min={0}
        max={3650}
        step={1}
        value={value ?? ''}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </FieldFrame>
  );
}

/** A group of checkboxes. The first box has the group's id, so that an error summary link can focus it. */
export function EditorCheckboxes<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  emptyText?: string;
}) {
  const { id, legend, hint, options, value, onChange, emptyText } = props;
  const error = useFieldError(id);
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error}>
      {options.length === 0 && emptyText && <p className="muted">{emptyText}</p>}
      <div className="radios editor-choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input
                id={optionId}
                type="checkbox"
                checked={value.includes(option.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? options.map((o) => o.value).filter((v) => v === option.value || value.includes(v))
                      : value.filter((v) => v !== option.value),
                  )
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

/**
 * A card for one item of a list (a point, a step ...): its heading, its problems, and buttons to move it up or
 * down or remove it. Focus follows the item when it moves, and goes to the next item's heading when it is removed.
 */
export function ItemCard(props: {
  listId: string;
  index: number;
  count: number;
  noun: string;
  heading: string;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  /** Whether the item may be removed; by default, when it is not the only one. */
  canRemove?: boolean;
  children: ReactNode;
}) {
  const { listId, index, count, noun, heading, onMove, onRemove, children } = props;
  const canRemove = props.canRemove ?? count > 1;
  const id = `${listId}-${index}`;
  const error = useFieldError(id);
  const requestFocus = useContext(FocusRequestContext);
  const name = `${noun} ${index + 1}`;
  const move = (direction: -1 | 1) => {
    const to = index + direction;
    onMove(direction);
    requestFocus(`${listId}-${to}-${to === 0 ? 'down' : to === count - 1 ? 'up' : direction === -1 ? 'up' : 'down'}`);
  };
  return (
    <section className={`editor-item${error ? ' editor-item--error' : ''}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="editor-item__heading">
        <span id={id} tabIndex={-1}>
          {heading}
        </span>
      </h3>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {children}
      <div className="button-group editor-item__actions">
        <button
          id={`${id}-up`}
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => move(-1)}
        >
          Move up<span className="visually-hidden"> {name}</span>
        </button>
        <button
          id={`${id}-down`}
          type="button"
          className="button button--secondary"
          disabled={index === count - 1}
          onClick={() => move(1)}
        >
          Move down<span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary editor-item__remove"
          disabled={!canRemove}
          onClick={() => {
            onRemove();
            requestFocus(count > 1 ? `${listId}-${Math.min(index, count - 2)}` : `${listId}-heading`);
          }}
        >
          Remove {noun.toLowerCase()}
          <span className="visually-hidden"> {index + 1}</span>
        </button>
      </div>
    </section>
  );
}

/** The button that adds an item to a list; focus moves to the new item's first field. */
export function AddItemButton({
  label,
  firstFieldId,
  onAdd,
  disabled,
}: {
  label: string;
  firstFieldId: string;
  onAdd: () => void;
  disabled?: boolean;
}) {
  const requestFocus = useContext(FocusRequestContext);
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={disabled}
      onClick={() => {
        onAdd();
        requestFocus(firstFieldId);
      }}
    >
      {label}
    </button>
  );
}
