// The overview of an assessment (/projects/:projectId/assessments/:assessmentId), in the task list
// pattern: each point with its status in words, how many are ready, points with no evidence, overdue
// actions and the days until the panel. Worked out by assessment-overview.ts in one pass.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { deleteAssessment } from '../../app/assessments/assessment-actions';
import { ASSESSMENT_STAGE_LABELS, POINT_STATUS_LABELS } from '../../domain/assessment/assessment-model';
import { assessmentOverview } from '../../domain/assessment/assessment-overview';
import { displayDate } from '../../domain/display-date';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { errorMessage } from '../components/error-message';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { AssessmentDownloads } from './AssessmentDownloads';
import { assessmentName, WithAssessment, type AssessmentScreenWithEvidence } from './assessment-screen';
import { panelWhen, plural, STATUS_TAG_CLASS, today } from './assessment-words';
import { PrepareAndRecord } from './OutcomeOverview';

function Overview({ project, assessment, standard, evidenceIds }: AssessmentScreenWithEvidence) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const overview = assessmentOverview(
    assessment,
    standard.points.map((p) => ({ id: p.id, title: p.title })),
    today(),
    evidenceIds,
  );
  const name = assessmentName(assessment, standard);
  const inScope = new Set(overview.rows.map((r) => r.pointId));
  const titleOf = (pointId: string): string | null => standard.points.find((p) => p.id === pointId)?.title ?? null;
  /** A point with no page in this assessment, said in words instead of a link that would lead nowhere. */
  const outOfScope = (pointId: string) => {
    const title = titleOf(pointId);
    return title === null
      ? `point ${pointId} (no longer in the standard)`
      : `point ${pointId}, ${title} (not part of this reassessment)`;
  };
  const pointLink = (pointId: string) => paths.assessments.point(project.id, assessment.id, pointId);

  async function remove() {
    setConfirming(false);
    try {
      await deleteAssessment(repositories(), project.id, assessment.id);
      useNotices.getState().show({ kind: 'success', message: `The ${name} is deleted.`, carry: true });
      await navigate(paths.assessments.list(project.id));
    } catch (error) {
      useNotices
        .getState()
        .show({ kind: 'error', message: errorMessage(error, 'The assessment could not be deleted. Try again.') });
    }
  }

  return (
    <Page title={`${name}: ${project.name}`} heading={name} caption={project.name}>
      <p>
        <Link to={paths.assessments.list(project.id)}>Back to the project&rsquo;s assessments</Link>
      </p>
      <SummaryList
        rows={[
          ['Standard', `${standard.title}, version ${assessment.standard.version}`],
          ['Stage', ASSESSMENT_STAGE_LABELS[assessment.stage]],
          [
            'Panel',
            <>
              <span data-testid="panel-when">{panelWhen(assessment.panelDate, overview.daysUntilPanel)}</span>{' '}
              <Link to={paths.assessments.panelDate(project.id, assessment.id)}>
                Change<span className="visually-hidden"> the panel date</span>
              </Link>
            </>,
          ],
        ]}
      />

      {/* Mock assessment, run sheet and the panel's outcome. */}
      <PrepareAndRecord project={project} assessment={assessment} standard={standard} />

      <h2>Readiness</h2>
      <p className="lead" data-testid="ready-count">
        {overview.ready} of {plural(overview.applicableTotal, 'point', 'points')} ready
        {overview.statusCounts['not-applicable'] > 0 && ` (${overview.statusCounts['not-applicable']} not applicable)`}
      </p>
      <h3>Points with no evidence</h3>
      {overview.pointsWithoutEvidence.length === 0 ? (
        <p>Every point that applies has evidence from the library.</p>
      ) : (
        <ul className="list list--bullet" aria-label="Points with no evidence" data-testid="no-evidence">
          {overview.pointsWithoutEvidence.map((id) => (
            <li key={id}>
              <Link to={pointLink(id)}>
                {id}. {titleOf(id)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h3>Overdue actions</h3>
      {overview.overdueActions.length === 0 ? (
        <p>
          No action is overdue.{' '}
          {overview.openActions > 0 && `${plural(overview.openActions, 'action is', 'actions are')} still open.`}
        </p>
      ) : (
        <ul className="list list--bullet" data-testid="overdue-actions">
          {overview.overdueActions.map((action) => (
            <li key={action.id}>
              {action.what} ({action.owner || 'no owner'}), due {displayDate(action.dueDate)}, for{' '}
              {action.pointId === null ? (
                'the service as a whole'
              ) : inScope.has(action.pointId) ? (
                <Link to={pointLink(action.pointId)}>
                  {action.pointId}. {titleOf(action.pointId)}
                </Link>
              ) : (
                outOfScope(action.pointId)
              )}
            </li>
          ))}
        </ul>
      )}
      {overview.pointsNeedingReview.length > 0 && (
        <>
          <h3>Answers to review</h3>
          <p>
            {plural(overview.pointsNeedingReview.length, 'answer was', 'answers were')} carried from an earlier
            assessment and not looked at since.
          </p>
        </>
      )}

      <h2>Points</h2>
      <ol className="task-list" data-testid="point-list">
        {overview.rows.map((row) => (
          <li className="task-list__item" key={row.pointId}>
            <div>
              <Link
                className="task-list__name"
                to={pointLink(row.pointId)}
                aria-describedby={`point-status-${row.pointId}`}
              >
                {row.pointId}. {row.title}
              </Link>
              <p className="hint">
                {row.evidenceCount === 0
                  ? 'No evidence'
                  : plural(row.evidenceCount, 'item of evidence', 'items of evidence')}
                {row.openActions > 0 && `, ${plural(row.openActions, 'open action', 'open actions')}`}
                {row.needsReview && ', carried forward: to review'}
              </p>
            </div>
            <strong className={STATUS_TAG_CLASS[row.status]} id={`point-status-${row.pointId}`}>
              {POINT_STATUS_LABELS[row.status]}
            </strong>
          </li>
        ))}
      </ol>

      {/* Next steps and downloads: starting the next assessment, comparing, other standards, files. */}
      <h2>Next steps</h2>
      <ul className="list list--bullet" data-testid="next-steps">
        <li>
          <Link to={paths.assessments.next(project.id, assessment.id)}>Start the next assessment</Link> from this one
        </li>
        <li>
          <Link to={paths.assessments.compare(project.id, assessment.id)}>Compare with another assessment</Link>
        </li>
        <li>
          <Link to={paths.assessments.crosswalks(project.id, assessment.id)}>
            See what this covers in other standards
          </Link>
        </li>
      </ul>
      <h2>Download</h2>
      <AssessmentDownloads projectId={project.id} assessmentId={assessment.id} />

      <h2>Delete this assessment</h2>
      <p>The answers and actions of this assessment are deleted. The evidence stays in the project&rsquo;s library.</p>
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        Delete assessment
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete the ${name}?`}
        confirmLabel="Yes, delete assessment"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>
          Its statuses, narratives and actions are deleted and cannot be brought back. The evidence stays in the
          project&rsquo;s library.
        </p>
      </ConfirmDialog>
    </Page>
  );
}

export function AssessmentOverviewPage() {
  return <WithAssessment title="Assessment">{(screen) => <Overview {...screen} />}</WithAssessment>;
}
