// The benefits of a business case, each a hypothesis to be measured (/business-case/benefits): a table of
// the benefit, its measure, baseline and target, when it is measured, its owner and whether it is cashable.
import { Link } from 'react-router';
import { Page } from '../components/Page';
import { TableScroll } from '../components/TableScroll';
import { paths } from '../paths';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption } from './part-screen';
import './business-case.css';

function BenefitsTable({ view }: { view: CaseView }) {
  const { project, current } = view;
  const draft = current.status === 'draft';
  const dash = (text: string) => text || 'Not given';
  return (
    <TableScroll label="Benefits table">
      <table className="table case-parts-table">
        <caption className="visually-hidden">Benefits, each a hypothesis to be measured</caption>
        <thead>
          <tr>
            <th scope="col">Benefit</th>
            <th scope="col">Measure</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">When measured</th>
            <th scope="col">Owner</th>
            <th scope="col">Cashable</th>
            {draft && (
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {current.benefits.map((b) => (
            <tr key={b.id}>
              <th scope="row" className="case-parts-table__main">
                {b.benefit}
              </th>
              <td>{dash(b.measure)}</td>
              <td>{dash(b.baseline)}</td>
              <td>{dash(b.target)}</td>
              <td>{dash(b.whenMeasured)}</td>
              <td>{dash(b.owner)}</td>
              <td>{b.cashable ? 'Cashable' : 'Not cashable'}</td>
              {draft && (
                <td>
                  <Link to={paths.businessCase.benefit(project.id, b.id)}>
                    Change<span className="visually-hidden"> the benefit: {b.benefit}</span>
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

function BenefitsBody({ view }: { view: CaseView }) {
  const { project, current } = view;
  return (
    <Page title={`Benefits: ${view.businessCase.title}`} heading="Benefits" caption={partCaption(view)}>
      <p>
        Each benefit is a hypothesis: what the team expects to improve, how it will be measured, where it starts from,
        the target, when it will be measured and who owns it. A cashable benefit frees money that can be spent
        elsewhere.
      </p>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : (
        <p>
          <Link to={paths.businessCase.newBenefit(project.id)} className="button">
            Add a benefit
          </Link>
        </p>
      )}
      {current.benefits.length === 0 ? (
        <p className="muted">No benefits are recorded yet.</p>
      ) : (
        <BenefitsTable view={view} />
      )}
      <p>
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </p>
    </Page>
  );
}

export function BenefitsPage() {
  return <WithCase title="Benefits">{(view) => <BenefitsBody view={view} />}</WithCase>;
}
