// Change the date of an assessment's panel (/assessments/:assessmentId/panel-date).
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { changePanelDate } from '../../app/assessments/assessment-actions';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import {
  assessmentName,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';
import { movedActionsSentence } from './assessment-words';

function PanelDateForm({ project, assessment, standard }: AssessmentScreen) {
  const navigate = useNavigate();
  const { save, saving } = useAssessmentSave(project, assessment);
  const [value, setValue] = useState(assessment.panelDate ?? '');
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const overview = paths.assessments.overview(project.id, assessment.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let moved = '';
    const result = await save(
      async (target) => {
        const outcome = await changePanelDate(repositories(), target, value);
        if (outcome.ok && outcome.moved) moved = ` ${movedActionsSentence(outcome.moved)}`;
        return outcome;
      },
      () => (value.trim() === '' ? 'The panel date is removed.' : `The panel date is saved.${moved}`),
      true,
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') await navigate(overview);
  }

  const name = assessmentName(assessment, standard);
  return (
    <Page title={`Panel date: ${name}: ${project.name}`} heading="Date of the panel" caption={name}>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, { panelDate: 'panel-date-day' }, saveError)} />
        <DateField
          id="panel-date"
          legend="When is the panel?"
          hint="Leave it empty if no panel is booked. For example 12 1 2027"
          value={value}
          error={errors.panelDate}
          onChange={setValue}
        />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            Save the panel date
          </button>
          <button type="button" className="button button--secondary" onClick={() => void navigate(overview)}>
            Cancel
          </button>
        </div>
      </form>
    </Page>
  );
}

export function PanelDatePage() {
  return <WithAssessment title="Date of the panel">{(screen) => <PanelDateForm {...screen} />}</WithAssessment>;
}
