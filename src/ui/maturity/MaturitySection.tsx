// The maturity self-assessments of a project, as a section of its assessment preparation page: each with
// its model, date, rows scored and rows below target, and the way to start another.
import { Link } from 'react-router';
import { findMaturityModel } from '../../app/maturity/maturity-models';
import {
  maturityGaps,
  maturityRows,
  type MaturitySelfAssessment,
} from '../../domain/assessment/maturity-self-assessment';
import { displayDate } from '../../domain/display-date';
import type { Project } from '../../domain/project';
import { DataTable } from '../components/DataTable';
import { useMaturityList, useStandardPacks } from '../data';
import { paths } from '../paths';
import { plural } from '../assessments/assessment-words';

type Packs = NonNullable<ReturnType<typeof useStandardPacks>>;

function Row({ projectId, item, packs }: { projectId: string; item: MaturitySelfAssessment; packs: Packs }) {
  const model = findMaturityModel(packs, item.model);
  const title = model?.title ?? `${item.model.templateId} (not installed)`;
  const rows = model ? maturityRows(model) : [];
  const keys = new Set(
    item.scores
      .filter((s) => s.current !== null)
      .map((s) => (s.dimensionId === null ? s.categoryId : `${s.categoryId}/${s.dimensionId}`)),
  );
  return (
    <tr>
      <th scope="row">
        <Link to={paths.maturity.overview(projectId, item.id)}>
          {title}
          <span className="visually-hidden">, {displayDate(item.date)}</span>
        </Link>
        <div className="hint">Version {item.model.version}</div>
      </th>
      <td>{displayDate(item.date)}</td>
      <td>{model ? `${rows.filter((r) => keys.has(r.key)).length} of ${rows.length}` : 'Not known'}</td>
      <td>{model ? String(maturityGaps(item, model).length) : 'Not known'}</td>
    </tr>
  );
}

export function MaturitySection({ project }: { project: Project }) {
  const list = useMaturityList(project.id);
  const packs = useStandardPacks(list?.selfAssessments.map((a) => a.model.packId) ?? []);
  return (
    <section aria-labelledby="maturity-heading" data-testid="maturity-section">
      <h2 id="maturity-heading">Maturity self-assessments</h2>
      <p>
        Score the project on a maturity model, such as the Modern Software Delivery Maturity Index, to see where it
        stands against its targets and how it moved since the last time.
      </p>
      <p>
        <Link to={paths.maturity.start(project.id)} className="button button--secondary">
          Start a maturity self-assessment
        </Link>
      </p>
      {list === undefined || packs === undefined ? (
        <p className="muted">Loading…</p>
      ) : list.selfAssessments.length === 0 ? (
        <p className="inset">This project has no maturity self-assessments yet.</p>
      ) : (
        <DataTable
          caption={`Maturity self-assessments of ${project.name}`}
          scrollLabel="Maturity self-assessments"
          columns={['Maturity model', 'Date', 'Rows scored', 'Below target']}
        >
          {list.selfAssessments.map((item) => (
            <Row key={item.id} projectId={project.id} item={item} packs={packs} />
          ))}
        </DataTable>
      )}
      {list !== undefined && list.unreadable.length > 0 && (
        <p className="inset">
          {plural(list.unreadable.length, 'self-assessment', 'self-assessments')} of this project cannot be read by this
          version of Waymark, so {list.unreadable.length === 1 ? 'it is' : 'they are'} left as{' '}
          {list.unreadable.length === 1 ? 'it is' : 'they are'}.
        </p>
      )}
    </section>
  );
}
