// Tells a project that a template it uses has been superseded, and offers to move it to the replacement in
// one step. The old version stays as it is until the person chooses to move.
import { formatCheckedDate, replacementOf } from '../../domain/content-age';
import type { Pack, PackTemplate } from '../../domain/pack';
import type { ProjectTemplate } from '../../domain/project-template';

export function SupersededUse({
  use,
  pack,
  template,
  onMove,
}: {
  use: ProjectTemplate;
  pack: Pack;
  template: PackTemplate;
  onMove: (replacement: PackTemplate) => void;
}) {
  const superseded = template.superseded;
  if (!superseded) return null;
  const replacement = replacementOf(pack, template);
  return (
    <div className="content-notice content-notice--superseded superseded-use" role="note">
      <p className="content-notice__heading">Superseded on {formatCheckedDate(superseded.date)}</p>
      <p>{superseded.note}</p>
      {replacement ? (
        <>
          <p>
            This project still uses version {use.version} and keeps it until you move. Moving makes the project use{' '}
            {replacement.title} version {replacement.version} instead.
          </p>
          <button type="button" className="button button--secondary" onClick={() => onMove(replacement)}>
            Move to {replacement.title}
          </button>
        </>
      ) : (
        <p>This project keeps version {use.version}. Add the template that replaces it from the list below.</p>
      )}
    </div>
  );
}
