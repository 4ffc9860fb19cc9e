// Shown when a project was changed in another window or tab while this form was open: both versions
// side by side, and the person chooses which to keep. Nothing is saved until they choose.
import { useEffect, useRef } from 'react';
import { PHASE_LABELS, type Project, type ProjectDraft } from '../../domain/project';

const FIELDS: { key: keyof ProjectDraft; label: string }[] = [
  { key: 'name', label: 'Project name' },
  { key: 'department', label: 'Department' },
  { key: 'phase', label: 'Phase' },
  { key: 'owner', label: 'Owner' },
  { key: 'description', label: 'Description' },
];

function shown(draft: ProjectDraft, key: keyof ProjectDraft): string {
  const value = key === 'phase' ? PHASE_LABELS[draft.phase] : draft[key];
  return value === '' ? 'Not given' : value;
}

export function EditConflict(props: {
  mine: ProjectDraft;
  theirs: Project;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { mine, theirs } = props;
  const differing = FIELDS.filter((f) => mine[f.key] !== theirs[f.key]);
  // Focus moves here when the clash is found, so screen reader and keyboard users land on the choice at once
  // (a live region alone would announce it but leave focus on the Save button below).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [theirs.updatedAt]);
  return (
    <div
      className="error-summary"
      tabIndex={-1}
      ref={box}
      aria-labelledby="edit-conflict-title"
      data-testid="edit-conflict"
    >
      <h2 className="error-summary__title" id="edit-conflict-title">
        This project was changed in another window while you were editing it
      </h2>
      <p>Your changes are not saved yet. Compare the two versions, then choose which one to keep.</p>
      {differing.length === 0 ? (
        <p>Both versions hold the same details.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Differences between your version and the other version</caption>
          <thead>
            <tr>
              <th scope="col">Detail</th>
              <th scope="col">Your version</th>
              <th scope="col">The other version</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.label}</th>
                <td>{shown(mine, f.key)}</td>
                <td>{shown(theirs, f.key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={props.onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="button button--secondary" onClick={props.onTakeTheirs}>
          Take the other version
        </button>
      </div>
    </div>
  );
}
