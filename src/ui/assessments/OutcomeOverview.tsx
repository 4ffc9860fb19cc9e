// The overview's "Prepare and record" block: links to the mock assessment, the run sheet and the panel's
// outcome, and the outcome in brief once one is recorded.
import { Link } from 'react-router';
import { displayDate } from '../../domain/display-date';
import { paths } from '../paths';
import type { AssessmentScreen } from './assessment-screen';
import { OutcomeSummary } from './OutcomeSummary';

export function PrepareAndRecord({ project, assessment, standard }: AssessmentScreen) {
  const panelActions = assessment.actions.filter((a) => a.source === 'panel');
  const about = (pointId: string | null) => (pointId === null ? 'The service as a whole' : `Point ${pointId}`);
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  return (
    <section aria-labelledby="prepare-and-record">
      <h2 id="prepare-and-record">Prepare and record</h2>
      <ul className="list" data-testid="prepare-and-record">
        <li>
          <Link to={paths.assessments.mock(project.id, assessment.id)}>Mock assessment: rehearse your answers</Link>
        </li>
        <li>
          <Link to={paths.assessments.runSheet(project.id, assessment.id)}>Run sheet of the session</Link>
        </li>
        <li>
          <Link to={paths.assessments.outcome(project.id, assessment.id)}>
            {assessment.outcome ? 'Panel outcome' : 'Record the panel outcome'}
          </Link>
        </li>
      </ul>
      {assessment.outcome && (
        <>
          <h3>Panel outcome</h3>
          <OutcomeSummary outcome={assessment.outcome} standard={standard} />
          {panelActions.length > 0 && (
            <>
              <h3>Actions from the panel</h3>
              <ul className="list list--bullet" data-testid="panel-actions">
                {panelActions.map((action) => (
                  <li key={action.id}>
                    {about(action.pointId)}: {sentence(action.what)}{' '}
                    {action.done
                      ? 'Done.'
                      : action.dueDate
                        ? `Due ${displayDate(action.dueDate)}.`
                        : 'No due date yet.'}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
