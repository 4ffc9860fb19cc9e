// The assumptions log of a business case (/business-case/assumptions): every assumption riskiest first,
// with how confident the team is, its status in words, how and when it will be tested, the sections that
// depend on it and the evidence behind it. A disproved assumption's sections are named above the table.
import { Link } from 'react-router';
import { isTestOverdue, riskiestFirst, sectionsFlaggedByDisproved } from '../../domain/business-case/assumptions';
import { ASSUMPTION_STATUS_LABELS, type Assumption, type Confidence } from '../../domain/business-case/model';
import { formatDate } from '../components/dates';
import { Page } from '../components/Page';
import { TableScroll } from '../components/TableScroll';
import { useEvidenceList } from '../data';
import { paths } from '../paths';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, sectionNames } from './part-screen';
import './business-case.css';

export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

const STATUS_TAGS: Record<Assumption['status'], string> = {
  disproved: 'tag tag--attention',
  untested: 'tag tag--grey',
  holding: 'tag',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function AssumptionsTable({ view }: { view: CaseView }) {
  const { project, current, template } = view;
  const evidence = useEvidenceList(project.id);
  const names = sectionNames(template);
  const evidenceTitles = new Map((evidence ?? []).map((item) => [item.id, item.title]));
  const draft = current.status === 'draft';
  const now = today();
  return (
    <TableScroll label="Assumptions table">
      <table className="table case-parts-table">
        <caption className="visually-hidden">Assumptions, riskiest first</caption>
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col">Confidence</th>
            <th scope="col">Status</th>
            <th scope="col">How and when it is tested</th>
            <th scope="col">Sections that depend on it</th>
            <th scope="col">Evidence</th>
            {draft && (
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {riskiestFirst(current.assumptions).map((a) => (
            <tr key={a.id}>
              <th scope="row" className="case-parts-table__main">
                {a.text}
              </th>
              <td>{CONFIDENCE_LABELS[a.confidence]}</td>
              <td>
                <span className={STATUS_TAGS[a.status]}>{ASSUMPTION_STATUS_LABELS[a.status]}</span>
                {isTestOverdue(a, now) && <span className="case-parts-table__note">Test overdue</span>}
              </td>
              <td>
                {a.test || 'Not planned yet'}
                <br />
                <span className="muted">{a.testBy ? `By ${formatDate(a.testBy)}` : 'No date yet'}</span>
              </td>
              <td>
                {a.sectionIds.length === 0 ? (
                  'None chosen'
                ) : (
                  <ul className="case-parts-table__list">
                    {a.sectionIds.map((id) => (
                      <li key={id}>
                        <Link to={paths.businessCase.section(project.id, id)}>{names.get(id) ?? id}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {a.evidenceIds.length === 0 ? (
                  'None yet'
                ) : (
                  <ul className="case-parts-table__list">
                    {a.evidenceIds.map((id) => (
                      <li key={id}>
                        <Link to={paths.evidence.item(project.id, id)}>
                          {evidenceTitles.get(id) ?? 'An item no longer in the library'}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {draft && (
                <td>
                  <Link to={paths.businessCase.assumption(project.id, a.id)}>
                    Change<span className="visually-hidden"> the assumption: {a.text}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AssumptionsBody({ view }: { view: CaseView }) {
  const { project, current } = view;
  const names = sectionNames(view.template);
  const flags = sectionsFlaggedByDisproved(current);
  return (
    <Page title={`Assumptions: ${view.businessCase.title}`} heading="Assumptions" caption={partCaption(view)}>
      <p>
        What the case takes as true without proof yet, and how the team will find out. The riskiest come first:
        disproved, then untested, then holding; then the ones the team is least sure of, the ones more sections depend
        on, and the ones due to be tested soonest.
      </p>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : (
        <p>
          <Link to={paths.businessCase.newAssumption(project.id)} className="button">
            Add an assumption
          </Link>
        </p>
      )}
      {flags.length > 0 && (
        <div className="inset editor-warning" data-testid="disproved-sections">
          <p>
            <strong>Sections that depend on a disproved assumption:</strong>
          </p>
          <ul>
            {flags.map((flag) => (
              <li key={flag.sectionId}>
                <Link to={paths.businessCase.section(project.id, flag.sectionId)}>
                  {names.get(flag.sectionId) ?? flag.sectionId}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {current.assumptions.length === 0 ? (
        <p className="muted">No assumptions are recorded yet.</p>
      ) : (
        <AssumptionsTable view={view} />
      )}
      <p>
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </p>
    </Page>
  );
}

export function AssumptionsPage() {
  return <WithCase title="Assumptions">{(view) => <AssumptionsBody view={view} />}</WithCase>;
}
