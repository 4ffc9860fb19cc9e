// Start the next assessment from this one (/assessments/:assessmentId/next): a reassessment of only the points
// the panel rated red (offered only when there are some), or the next phase's assessment (alpha, then beta,
// then live). Answers, narratives and evidence are carried forward and marked for review; open actions are
// carried too and listed here before anything is started.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import {
  carriedFromWords,
  markAnswerReviewed,
  nextChoices,
  startNextAssessment,
} from '../../app/assessments/next-assessment';
import { ASSESSMENT_STAGE_LABELS, type Assessment, type CarryKind } from '../../domain/assessment/assessment-model';
import { displayDate } from '../../domain/display-date';
import { DataTable } from '../components/DataTable';
import { errorMessage } from '../components/error-message';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup } from '../components/fields';
import { Page } from '../components/Page';
import { repositories, useAssessment } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import {
  assessmentName,
  reportListChange,
  summaryItems,
  WithAssessment,
  type AssessmentScreen,
  type useAssessmentSave,
} from './assessment-screen';
import { movedActionsSentence } from './assessment-words';

const FIELD_IDS = { kind: 'next-kind', panelDate: 'next-panel-date-day' };

function NextForm({ project, assessment, standard }: AssessmentScreen) {
  const navigate = useNavigate();
  const choices = nextChoices(assessment, standard);
  const [kind, setKind] = useState<CarryKind | ''>(
    choices.reassessment && !choices.nextStage
      ? 'reassessment'
      : choices.nextStage && !choices.reassessment
        ? 'next-stage'
        : '',
  );
  const [panelDate, setPanelDate] = useState('');
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const name = assessmentName(assessment, standard);
  const overview = paths.assessments.overview(project.id, assessment.id);
  const titles = new Map(standard.points.map((p) => [p.id, p.title]));
  const openActions = assessment.actions.filter((a) => !a.done);

  const options: { value: CarryKind; label: string; hint: string }[] = [];
  if (choices.nextStage)
    options.push({
      value: 'next-stage',
      label: ASSESSMENT_STAGE_LABELS[choices.nextStage],
      hint: 'Every point, with this assessment\u2019s answers and evidence to review for the next phase.',
    });
  if (choices.reassessment)
    options.push({
      value: 'reassessment',
      label: `${ASSESSMENT_STAGE_LABELS[choices.reassessment.stage]} of the red points`,
      hint: `Only ${choices.reassessment.pointIds.length === 1 ? 'point' : 'points'} ${choices.reassessment.pointIds.join(', ')}, which the panel rated red.`,
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      const outcome = await startNextAssessment(repositories(), {
        projectId: project.id,
        fromAssessmentId: assessment.id,
        kind: kind === '' ? null : kind,
        panelDate,
      });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        setSaveError(null);
        return;
      }
      const started = ASSESSMENT_STAGE_LABELS[outcome.assessment.stage].toLowerCase();
      useNotices.getState().show({
        kind: 'success',
        message: `The ${started} is started. Its answers are carried forward from the ${ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase()}: review each one before the panel.${outcome.moved ? ` ${movedActionsSentence(outcome.moved)}` : ''}`,
        carry: true,
      });
      await navigate(paths.assessments.overview(project.id, outcome.assessment.id));
    } catch (error) {
      setErrors({});
      setSaveError(errorMessage(error, 'The next assessment could not be started. Nothing was changed. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page
      title={`Start the next assessment: ${name}: ${project.name}`}
      heading="Start the next assessment"
      caption={name}
    >
      <p>
        <Link to={overview}>Back to the assessment overview</Link>
      </p>
      {options.length === 0 ? (
        <p className="inset">
          There is no later phase after a {ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase()}, and the panel rated
          no point red, so there is no assessment to start from this one.
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
          <p>
            The new assessment starts with this one&rsquo;s answers, narratives and evidence. Each carried answer is
            marked for review, and a point that was ready goes back to in progress until the team looks at it again.
            This assessment is not changed.
          </p>
          {!choices.reassessment && (
            <p className="hint">
              A reassessment of the red points is offered once the panel&rsquo;s ratings are recorded with at least one
              point rated red.
            </p>
          )}
          <RadioGroup
            id={FIELD_IDS.kind}
            legend="Which assessment do you want to start?"
            value={kind}
            error={errors.kind}
            options={options}
            onChange={(value) => setKind(value)}
          />
          <DateField
            id="next-panel-date"
            legend="When is its panel? (optional)"
            hint="Leave it empty if no panel is booked. For example 12 1 2027"
            value={panelDate}
            error={errors.panelDate}
            onChange={setPanelDate}
          />
          <h2>Open actions carried forward</h2>
          {openActions.length === 0 ? (
            <p>This assessment has no open actions.</p>
          ) : (
            <DataTable
              caption="Open actions carried forward"
              scrollLabel="Open actions"
              columns={['What', 'Owner', 'Due', 'Point']}
            >
              {openActions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.what}</th>
                  <td>{action.owner || 'Not given'}</td>
                  <td>{action.dueDate ? displayDate(action.dueDate) : 'Not set'}</td>
                  <td>
                    {action.pointId === null
                      ? 'The service as a whole'
                      : `${action.pointId}. ${titles.get(action.pointId) ?? ''}`}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={saving || undefined}>
              Start the assessment
            </button>
            <Link to={overview} className="button button--secondary">
              Cancel
            </Link>
          </div>
        </form>
      )}
    </Page>
  );
}

export function NextAssessmentPage() {
  return <WithAssessment title="Start the next assessment">{(screen) => <NextForm {...screen} />}</WithAssessment>;
}

/**
 * On a point whose answer was carried forward and not looked at since: where it came from, and a button to
 * mark it as reviewed (changing its status does the same).
 */
export function CarriedForwardNotice({
  assessment,
  pointId,
  saver,
  afterReviewed,
}: {
  assessment: Assessment;
  pointId: string;
  /** The point page's own saving, so that its copy of the assessment moves on with this change. */
  saver: ReturnType<typeof useAssessmentSave>;
  /** Moves focus on once the point is marked as reviewed: the button goes away with this notice. */
  afterReviewed: () => void;
}) {
  const from = useAssessment(assessment.carriedFrom?.assessmentId);
  const { save, saving } = saver;
  const answer = assessment.answers.find((a) => a.pointId === pointId);
  if (!answer?.needsReview) return null;
  const earlier = from?.state === 'ready' ? from.assessment : undefined;
  return (
    <div className="inset" data-testid="carried-forward">
      <p>
        Carried forward from {carriedFromWords(earlier)}: review before the panel. Changing the status, or pressing
        Reviewed, marks it as looked at.
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={saving || undefined}
        onClick={() => {
          if (!saving)
            void save(
              (target) => markAnswerReviewed(repositories(), target, pointId),
              `Point ${pointId} is marked as reviewed.`,
            ).then((result) => {
              if (result.kind === 'saved') afterReviewed();
              reportListChange(result);
            });
        }}
      >
        Reviewed<span className="visually-hidden"> point {pointId}</span>
      </button>
    </div>
  );
}
