// Start a maturity self-assessment (/projects/:projectId/assessments/maturity/new): the maturity model,
// from those installed, and the day the team scores itself (today unless changed).
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { startMaturitySelfAssessment } from '../../app/maturity/maturity-actions';
import type { MaturityErrors } from '../../app/maturity/maturity-edits';
import { installedMaturityModels, maturityModelKey } from '../../app/maturity/maturity-models';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup } from '../components/fields';
import { Page } from '../components/Page';
import { repositories, useActivePacks } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { useNotices } from '../state/notices';
import { summaryItems } from '../assessments/assessment-screen';
import { plural, today } from '../assessments/assessment-words';

const FIELD_IDS = { model: 'maturity-model', date: 'maturity-date-day' };

export function StartMaturityPage() {
  const project = useLayoutProject();
  const navigate = useNavigate();
  const packs = useActivePacks();
  const [model, setModel] = useState('');
  const [date, setDate] = useState(() => today());
  const [errors, setErrors] = useState<MaturityErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  if (packs === undefined) return <p className="muted">Loading…</p>;
  const models = installedMaturityModels(packs);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    setSaveError(null);
    try {
      const chosen = models.find((m) => maturityModelKey(m.ref) === model);
      const outcome = await startMaturitySelfAssessment(repositories(), {
        projectId: project.id,
        model: chosen?.ref ?? null,
        date,
      });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      useNotices.getState().show({
        kind: 'success',
        message: `The self-assessment on ${chosen?.title ?? 'the maturity model'} is started.`,
        carry: true,
      });
      await navigate(paths.maturity.overview(project.id, outcome.selfAssessment.id));
    } catch (error) {
      setErrors({});
      setSaveError(errorMessage(error, 'The self-assessment could not be started. Try again.'));
    } finally {
      setStarting(false);
    }
  }

  return (
    <Page
      title={`Start a maturity self-assessment: ${project.name}`}
      heading="Start a maturity self-assessment"
      caption={project.name}
    >
      <p>
        Score the project on a maturity model, category by category, to see where it stands, where it wants to be and
        which lever to pull next.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
        {models.length === 0 ? (
          <p className="inset">
            No maturity model is installed. Install a pack with a maturity model, such as the Modern Software Delivery
            Maturity Index, from the Library.
          </p>
        ) : (
          <RadioGroup
            id={FIELD_IDS.model}
            legend="Which maturity model is the project scored on?"
            hint="The self-assessment keeps the version installed now, so later changes to the model do not change it."
            value={model}
            error={errors.model}
            options={models.map((m) => ({
              value: maturityModelKey(m.ref),
              label: m.title,
              hint: `${plural(m.rowCount, 'thing', 'things')} to score on the levels ${m.levels.join(', ')}; version ${m.ref.version}, from ${m.packName}`,
            }))}
            onChange={setModel}
          />
        )}
        <DateField
          id="maturity-date"
          legend="Date of the self-assessment"
          hint="The day the team scores itself. For example 12 1 2027"
          value={date}
          error={errors.date}
          onChange={setDate}
        />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={starting || undefined}>
            Start the self-assessment
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
