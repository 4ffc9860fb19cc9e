// Start an assessment (/projects/:projectId/assessments/new): the standard, from those installed; what
// the assessment is for; and the panel date, if one is booked.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { startAssessment } from '../../app/assessments/assessment-actions';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { installedStandards, standardKey } from '../../app/assessments/standards';
import {
  ASSESSMENT_STAGE_LABELS,
  ASSESSMENT_STAGES,
  type AssessmentStage,
} from '../../domain/assessment/assessment-model';
import { PHASE_LABELS } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup } from '../components/fields';
import { Page } from '../components/Page';
import { repositories, useActivePacks } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { useNotices } from '../state/notices';
import { summaryItems } from './assessment-screen';
import { plural } from './assessment-words';

const FIELD_IDS = { standard: 'assessment-standard', stage: 'assessment-stage', panelDate: 'panel-date-day' };

const STAGE_HINTS: Record<AssessmentStage, string> = {
  alpha: 'At the end of alpha, before the service moves into beta.',
  beta: 'At the end of private beta, before the service is opened to the public.',
  live: 'At the end of public beta, before the service is called live.',
  'alpha-reassessment': 'After an alpha assessment, to look again at the points the panel did not pass.',
  'beta-reassessment': 'After a beta assessment, to look again at the points the panel did not pass.',
  'live-reassessment': 'After a live assessment, to look again at the points the panel did not pass.',
  'live-review': 'A check on a service that is already live.',
  'self-check': 'The team\u2019s own check, without a panel.',
};

export function StartAssessmentPage() {
  const project = useLayoutProject();
  const navigate = useNavigate();
  const packs = useActivePacks();
  const [standard, setStandard] = useState('');
  const [stage, setStage] = useState<AssessmentStage | ''>('');
  const [panelDate, setPanelDate] = useState('');
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  if (packs === undefined) return <p className="muted">Loading…</p>;
  const standards = installedStandards(packs);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    setSaveError(null);
    try {
      const chosen = standards.find((s) => standardKey(s.ref) === standard);
      const outcome = await startAssessment(repositories(), {
        projectId: project.id,
        standard: chosen?.ref ?? null,
        stage: stage === '' ? null : stage,
        panelDate,
      });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      useNotices.getState().show({
        kind: 'success',
        message: `The ${ASSESSMENT_STAGE_LABELS[outcome.assessment.stage].toLowerCase()} against ${chosen?.title ?? 'the standard'} is started.`,
        carry: true,
      });
      await navigate(paths.assessments.overview(project.id, outcome.assessment.id));
    } catch (error) {
      setErrors({});
      setSaveError(errorMessage(error, 'The assessment could not be started. Try again.'));
    } finally {
      setStarting(false);
    }
  }

  const selfCheckHint = `${STAGE_HINTS['self-check']} It uses the guidance for the project\u2019s phase (${PHASE_LABELS[project.phase].toLowerCase()}).`;
  return (
    <Page title={`Start an assessment: ${project.name}`} heading="Start an assessment" caption={project.name}>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
        {standards.length === 0 ? (
          <p className="inset">
            No standard is installed. Install a pack with a standard, such as the GOV.UK Service Standard, from the
            Library.
          </p>
        ) : (
          <RadioGroup
            id={FIELD_IDS.standard}
            legend="Which standard is the project assessed against?"
            hint="The assessment keeps the version installed now, so later changes to the standard do not change it."
            value={standard}
            error={errors.standard}
            options={standards.map((s) => ({
              value: standardKey(s.ref),
              label: s.title,
              hint: `${plural(s.pointCount, 'point', 'points')}, version ${s.ref.version}, from ${s.packName}${s.superseded ? '. This standard has been replaced' : ''}`,
            }))}
            onChange={setStandard}
          />
        )}
        <RadioGroup
          id={FIELD_IDS.stage}
          legend="What is the assessment for?"
          value={stage}
          error={errors.stage}
          options={ASSESSMENT_STAGES.map((s) => ({
            value: s,
            label: ASSESSMENT_STAGE_LABELS[s],
            hint: s === 'self-check' ? selfCheckHint : STAGE_HINTS[s],
          }))}
          onChange={setStage}
        />
        <DateField
          id="panel-date"
          legend="Date of the panel (optional)"
          hint="Leave it empty if no panel is booked yet. For example 12 1 2027"
          value={panelDate}
          error={errors.panelDate}
          onChange={setPanelDate}
        />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={starting || undefined}>
            Start the assessment
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigate(paths.assessments.list(project.id))}
          >
            Cancel
          </button>
        </div>
      </form>
    </Page>
  );
}
