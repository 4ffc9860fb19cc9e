// The run sheet of a mock assessment (/assessments/:assessmentId/run-sheet): introductions and the demo
// first, then the points grouped by the panel member who usually leads them (from run-sheet.ts), with the
// suggested minutes of each part, the questions and what the team rehearsed. It prints on its own: the
// print stylesheet leaves out the navigation, the buttons and the links.
import { Link } from 'react-router';
import {
  durationWords,
  PANEL_ROLE_LABELS,
  runSheet,
  sessionMinutes,
  type RunSheetItem,
} from '../../domain/assessment/run-sheet';
import { POINT_STATUS_LABELS } from '../../domain/assessment/assessment-model';
import { Page } from '../components/Page';
import { PlainText } from '../components/PlainText';
import { paths } from '../paths';
import { assessmentName, WithAssessment, type AssessmentScreen } from './assessment-screen';
import { longDate, plural } from './assessment-words';
import './run-sheet.css';

/** "0:45" for 45 minutes into the session. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function ItemBody({ item }: { item: RunSheetItem }) {
  if (item.kind !== 'role') return null;
  return (
    <ol className="run-sheet__points">
      {item.points.map((point) => (
        <li key={point.pointId} className="run-sheet__point">
          <h3>
            {point.pointId}. {point.title}{' '}
            <span className="run-sheet__status">({POINT_STATUS_LABELS[point.status]})</span>
          </h3>
          {point.questions.length > 0 ? (
            <>
              <h4>Questions the panel may ask</h4>
              <ul className="list list--bullet">
                {point.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>The standard gives no likely questions for this point.</p>
          )}
          <h4>The team&rsquo;s notes</h4>
          {point.rehearsalNotes === '' ? (
            <p className="muted">Nothing rehearsed yet.</p>
          ) : (
            <PlainText text={point.rehearsalNotes} />
          )}
        </li>
      ))}
    </ol>
  );
}

function RunSheet({ project, assessment, standard }: AssessmentScreen) {
  const phase = project.phase === 'beta' || project.phase === 'live' ? project.phase : 'alpha';
  const items = runSheet(assessment, standard, phase);
  const name = assessmentName(assessment, standard);
  const pointCount = items.reduce((sum, item) => sum + (item.kind === 'role' ? item.points.length : 0), 0);
  let start = 0;
  const timed = items.map((item) => {
    const from = start;
    start += item.minutes;
    return { item, from };
  });
  return (
    <Page title={`Run sheet: ${name}: ${project.name}`} heading="Run sheet of the session" caption={name}>
      <div className="run-sheet">
        <p className="run-sheet__no-print">
          <Link to={paths.assessments.mock(project.id, assessment.id)}>Back to the mock assessment</Link>
        </p>
        <p className="lead">
          {project.name}:{' '}
          {assessment.scope === null
            ? `a session of about ${durationWords(sessionMinutes(items))}`
            : `a reassessment of ${plural(pointCount, 'point', 'points')}, a session of about ${durationWords(sessionMinutes(items))}`}
          {assessment.panelDate ? `, panel on ${longDate(assessment.panelDate)}` : ''}. The minutes are suggestions.
        </p>
        <p className="run-sheet__no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print the run sheet
          </button>
        </p>
        <ol className="run-sheet__items" data-testid="run-sheet">
          {timed.map(({ item, from }) => (
            <li key={item.kind === 'role' ? item.role : item.kind} className="run-sheet__item">
              <h2>
                <span className="run-sheet__time">
                  {clock(from)} to {clock(from + item.minutes)}
                </span>{' '}
                {item.title}
              </h2>
              <p className="hint">
                {plural(item.minutes, 'minute', 'minutes')}
                {item.kind === 'role' &&
                  `, ${plural(item.points.length, 'point', 'points')}, led by the ${PANEL_ROLE_LABELS[item.role].toLowerCase()}`}
              </p>
              <ItemBody item={item} />
            </li>
          ))}
        </ol>
      </div>
    </Page>
  );
}

export function RunSheetPage() {
  return <WithAssessment title="Run sheet">{(screen) => <RunSheet {...screen} />}</WithAssessment>;
}
