// One maturity self-assessment (/projects/:projectId/assessments/maturity/:maturityId): what it is, how
// many rows are scored and how many are below target, the gaps with their next steps, the categories in the
// task list pattern (each links to its score page), the way to the chart, and deleting it.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { deleteMaturitySelfAssessment } from '../../app/maturity/maturity-actions';
import {
  levelNumber,
  maturityGaps,
  maturityRows,
  type MaturityScore,
} from '../../domain/assessment/maturity-self-assessment';
import { displayDate } from '../../domain/display-date';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { errorMessage } from '../components/error-message';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { plural } from '../assessments/assessment-words';
import { maturityName, WithMaturity, type MaturityScreen } from './maturity-screen';

function Overview({ project, selfAssessment, model }: MaturityScreen) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const rows = maturityRows(model);
  const scores = new Map<string, MaturityScore>(
    selfAssessment.scores.map((s) => [s.dimensionId === null ? s.categoryId : `${s.categoryId}/${s.dimensionId}`, s]),
  );
  const scored = rows.filter((row) => scores.get(row.key)?.current != null).length;
  const gaps = maturityGaps(selfAssessment, model);
  const withoutStep = gaps.filter((gap) => !gap.hasLever).length;
  const name = maturityName(selfAssessment, model);
  const levelLabel = (id: string | null | undefined) =>
    model.levels[(levelNumber(model, id ?? null) ?? 0) - 1]?.label ?? null;

  async function remove() {
    setConfirming(false);
    try {
      await deleteMaturitySelfAssessment(repositories(), project.id, selfAssessment.id);
      useNotices.getState().show({ kind: 'success', message: `The self-assessment ${name} is deleted.`, carry: true });
      await navigate(paths.assessments.list(project.id));
    } catch (error) {
      useNotices
        .getState()
        .show({ kind: 'error', message: errorMessage(error, 'The self-assessment could not be deleted. Try again.') });
    }
  }

  return (
    <Page
      title={`${name}: ${project.name}`}
      heading={model.title}
      caption={`${project.name}: maturity self-assessment`}
    >
      <p>
        <Link to={paths.assessments.list(project.id)}>Back to the project&rsquo;s assessment preparation</Link>
      </p>
      <SummaryList
        rows={[
          ['Maturity model', `${model.title}, version ${selfAssessment.model.version}`],
          ['Date', displayDate(selfAssessment.date)],
          ['Levels', model.levels.map((level) => level.label).join(', ')],
        ]}
      />
      <h2>Where the project stands</h2>
      <p className="lead" data-testid="scored-count">
        {scored} of {plural(rows.length, 'row', 'rows')} scored
      </p>
      <p data-testid="gap-count">
        {gaps.length === 0
          ? 'No row is below its target.'
          : `${plural(gaps.length, 'row is', 'rows are')} below target${withoutStep > 0 ? `, ${withoutStep} with no next step yet` : ''}.`}
      </p>
      <p>
        <Link to={paths.maturity.chart(project.id, selfAssessment.id)} className="button button--secondary">
          See the chart and table
        </Link>
      </p>
      {gaps.length > 0 && (
        <>
          <h3>Gaps, largest first</h3>
          <ul className="list list--bullet" data-testid="gap-list">
            {gaps.map((gap) => (
              <li key={gap.row.key}>
                <Link to={paths.maturity.category(project.id, selfAssessment.id, gap.row.categoryId)}>
                  {gap.row.label}
                </Link>
                : {plural(gap.levels, 'level', 'levels')} below target.{' '}
                {gap.hasLever ? `Next step: ${gap.lever}` : 'No next step written yet.'}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Categories</h2>
      <ol className="task-list" data-testid="category-list">
        {model.categories.map((category) => {
          const own = rows.filter((row) => row.categoryId === category.id);
          const done = own.filter((row) => scores.get(row.key)?.current != null).length;
          const status = done === 0 ? 'Not scored' : done === own.length ? 'Scored' : `${done} of ${own.length} scored`;
          const single = own.length === 1 ? scores.get(own[0]?.key ?? '') : undefined;
          const now = levelLabel(single?.current);
          const target = levelLabel(single?.target);
          const statusId = `category-status-${category.id}`;
          return (
            <li className="task-list__item" key={category.id}>
              <div>
                <Link
                  className="task-list__name"
                  to={paths.maturity.category(project.id, selfAssessment.id, category.id)}
                  aria-describedby={statusId}
                >
                  {category.title}
                </Link>
                <p className="hint">
                  {own.length > 1
                    ? plural(own.length, 'dimension', 'dimensions')
                    : [now ? `Now ${now}` : null, target ? `target ${target}` : null].filter(Boolean).join(', ') ||
                      category.summary}
                </p>
              </div>
              <strong className={done === own.length ? 'tag tag--live' : 'tag tag--grey'} id={statusId}>
                {status}
              </strong>
            </li>
          );
        })}
      </ol>

      <h2>Delete this self-assessment</h2>
      <p>Its scores, targets, notes and next steps are deleted.</p>
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        Delete self-assessment
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete the self-assessment ${name}?`}
        confirmLabel="Yes, delete self-assessment"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>Its scores, targets, notes and next steps are deleted and cannot be brought back.</p>
      </ConfirmDialog>
    </Page>
  );
}

export function MaturityOverviewPage() {
  return <WithMaturity title="Maturity self-assessment">{(screen) => <Overview {...screen} />}</WithMaturity>;
}
