// The chart of a maturity self-assessment (/projects/:projectId/assessments/maturity/:maturityId/chart):
// where the project is now against its target, and against an earlier self-assessment of the same model
// (the most recent earlier one unless another, or none, is chosen), always with the table of the same
// numbers after it: each row with its level now, its target, the earlier level, the movement in words, the
// gap and the next step.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { chosenEarlier, earlierSelfAssessments } from '../../app/maturity/maturity-history';
import {
  maturityChartData,
  maturityGaps,
  type MaturityChartData,
  type MaturityScore,
} from '../../domain/assessment/maturity-self-assessment';
import { displayDate } from '../../domain/display-date';
import { DataTable } from '../components/DataTable';
import { Page } from '../components/Page';
import { useMaturityList } from '../data';
import { paths } from '../paths';
import { MaturityChart } from './MaturityChart';
import { maturityName, WithMaturity, type MaturityScreen } from './maturity-screen';
import { chartSummary, gapWords, movementWords } from './maturity-words';

/** The table of the chart's numbers; the earlier and movement columns only when compared. */
export function MaturityTable({
  caption,
  data,
  scores,
  compared,
}: {
  caption: string;
  data: MaturityChartData;
  scores: ReadonlyMap<string, MaturityScore>;
  compared: boolean;
}) {
  const level = (value: number | null, none: string) => (value === null ? none : (data.levels[value - 1] ?? none));
  const columns = compared
    ? ['Category', 'Now', 'Target', 'Earlier', 'Movement', 'Gap', 'Next step']
    : ['Category', 'Now', 'Target', 'Gap', 'Next step'];
  // The title is shown above the box that scrolls sideways, so a narrow screen never cuts it off (WCAG
  // 1.4.10); the table's own caption, which names it for screen readers, is not shown, and the title is
  // hidden from them so that it is not read twice.
  return (
    <>
      <p className="table__caption" aria-hidden="true" data-testid="maturity-table-title">
        {caption}
      </p>
      <DataTable caption={caption} scrollLabel="Maturity scores" columns={columns}>
        {data.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{level(row.current, 'Not scored')}</td>
            <td>{level(row.target, 'No target')}</td>
            {compared && <td>{level(row.earlier, 'Not scored')}</td>}
            {compared && <td>{movementWords(data, row)}</td>}
            <td>{gapWords(row)}</td>
            <td>{scores.get(row.key)?.lever || '\u2014'}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function Chart({ project, selfAssessment, model }: MaturityScreen) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const list = useMaturityList(project.id);
  const [choice, setChoice] = useState<string | null>(null);
  if (list === undefined) return <p className="muted">Loading…</p>;
  const earlierOnes = earlierSelfAssessments(list.selfAssessments, selfAssessment);
  const earlier = chosenEarlier(earlierOnes, search.get('earlier'));
  const data = maturityChartData(selfAssessment, model, earlier);
  const gaps = maturityGaps(selfAssessment, model);
  const earlierDate = earlier ? displayDate(earlier.date) : null;
  const name = maturityName(selfAssessment, model);
  const scores = new Map(
    selfAssessment.scores.map((s) => [s.dimensionId === null ? s.categoryId : `${s.categoryId}/${s.dimensionId}`, s]),
  );
  const selected = choice ?? earlier?.id ?? 'none';

  function compare(event: FormEvent) {
    event.preventDefault();
    void navigate(paths.maturity.chart(project.id, selfAssessment.id, selected), { replace: true });
  }

  return (
    <Page title={`Chart: ${name}: ${project.name}`} heading="Maturity chart" caption={`${name}, ${project.name}`}>
      <p>
        <Link to={paths.maturity.overview(project.id, selfAssessment.id)}>Back to the self-assessment</Link>
      </p>
      {earlierOnes.length === 0 ? (
        <p>
          This is the first self-assessment of the project on {model.title}, so the chart shows where the project is now
          against its target. Start another one later to see how the project moved.
        </p>
      ) : (
        <form onSubmit={compare} className="form">
          <div className="form-group">
            <label className="label" htmlFor="maturity-earlier">
              Compare with
            </label>
            <div id="maturity-earlier-hint" className="hint">
              An earlier self-assessment of the project on the same model.
            </div>
            <select
              id="maturity-earlier"
              className="select"
              value={selected}
              aria-describedby="maturity-earlier-hint"
              onChange={(e) => setChoice(e.target.value)}
            >
              {earlierOnes.map((other) => (
                <option key={other.id} value={other.id}>
                  The self-assessment of {displayDate(other.date)}
                </option>
              ))}
              <option value="none">No earlier self-assessment</option>
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            Show the comparison
          </button>
        </form>
      )}
      <h2>Now against target{earlierDate ? ` and against ${earlierDate}` : ''}</h2>
      <MaturityChart
        data={data}
        withEarlier={earlier !== null}
        summary={chartSummary(model.title, data, gaps, earlierDate)}
        {...(earlierDate ? { earlierLabel: `Earlier (${earlierDate})` } : {})}
      />
      <MaturityTable
        caption={`Scores of ${name}${earlierDate ? `, compared with ${earlierDate}` : ''}`}
        data={data}
        scores={scores}
        compared={earlier !== null}
      />
    </Page>
  );
}

export function MaturityChartPage() {
  return <WithMaturity title="Maturity chart">{(screen) => <Chart {...screen} />}</WithMaturity>;
}
