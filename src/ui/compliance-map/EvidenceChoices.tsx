// Choosing items of the project's evidence library as proof of an agreement: one checkbox per item.
import { Link } from 'react-router';
import { EVIDENCE_KIND_LABELS } from '../../domain/evidence';
import { FieldsetFrame } from '../components/fields';
import { useEvidenceList } from '../data';
import { paths } from '../paths';

export function EvidenceChoices(props: {
  id: string;
  legend: string;
  hint?: string;
  projectId: string;
  value: readonly string[];
  error?: string | undefined;
  /** Items not to offer (already chosen elsewhere). */
  exclude?: ReadonlySet<string>;
  onChange: (ids: string[]) => void;
}) {
  const { id, legend, hint, projectId, value, error, exclude, onChange } = props;
  const all = useEvidenceList(projectId);
  const items = exclude && all ? all.filter((item) => !exclude.has(item.id)) : all;
  return (
    <FieldsetFrame id={id} legend={legend} hint={hint} error={error}>
      {items === undefined ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">
          This project has no evidence yet. <Link to={paths.evidence.add(projectId)}>Add evidence</Link> to choose it
          here.
        </p>
      ) : (
        <div className="radios">
          {items.map((item, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="radio" key={item.id}>
                <input
                  id={optionId}
                  type="checkbox"
                  checked={value.includes(item.id)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...value, item.id] : value.filter((v) => v !== item.id))
                  }
                />
                <label htmlFor={optionId}>
                  {item.title} ({EVIDENCE_KIND_LABELS[item.kind].toLowerCase()})
                </label>
              </div>
            );
          })}
        </div>
      )}
    </FieldsetFrame>
  );
}
