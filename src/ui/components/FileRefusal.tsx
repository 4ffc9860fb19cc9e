// Why a chosen file cannot be imported: every problem found, said once, with what to do next. Used by
// the pack and project import screens; it takes focus when its stage appears (data-stage-focus).
import { formatPackProblem, type PackProblem } from '../../domain/pack';

export function FileRefusal({
  id,
  title,
  source,
  problems,
  advice,
}: {
  /** The id of the heading, unique on the page. */
  id: string;
  title: string;
  /** The file or folder as the person chose it. */
  source: string;
  problems: readonly PackProblem[];
  /** One sentence on what to do, after "Nothing has been added or changed." */
  advice: string;
}) {
  return (
    <div className="error-summary" role="alert" aria-labelledby={id} tabIndex={-1} data-stage-focus="">
      <h2 id={id} className="error-summary__title">
        {title}
      </h2>
      <p>
        Waymark found {problems.length === 1 ? 'a problem' : `${problems.length} problems`} in {source}. Nothing has
        been added or changed. {advice}
      </p>
      <ul className="error-summary__list error-summary__list--plain">
        {problems.map((p) => (
          <li key={formatPackProblem(p)}>{formatPackProblem(p)}</li>
        ))}
      </ul>
    </div>
  );
}
