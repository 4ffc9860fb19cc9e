// Add a recommendation of the panel (/outcome/recommendations/new) or change one
// (/outcome/recommendations/:recommendationId): what the panel recommends and which point it is about.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { savePanelRecommendation } from '../../app/assessments/outcome-actions';
import type { RecommendationDraft } from '../../app/assessments/outcome-edits';
import { ASSESSMENT_LIMITS, pointsInScope } from '../../domain/assessment/assessment-model';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, FieldFrame, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import {
  assessmentName,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';

const FIELD_IDS = { text: 'recommendation-text', pointId: 'recommendation-point' };

function RecommendationForm({
  project,
  assessment,
  standard,
  recommendationId,
}: AssessmentScreen & { recommendationId: string | null }) {
  const navigate = useNavigate();
  const existing =
    recommendationId === null ? undefined : assessment.outcome?.recommendations.find((r) => r.id === recommendationId);
  const { save, saving } = useAssessmentSave(project, assessment);
  const [draft, setDraft] = useState<RecommendationDraft>({
    pointId: existing?.pointId ?? '',
    text: existing?.text ?? '',
  });
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const back = paths.assessments.outcome(project.id, assessment.id);
  const inScope = new Set(
    pointsInScope(
      assessment,
      standard.points.map((p) => p.id),
    ),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save(
      (target) => savePanelRecommendation(repositories(), target, { recommendationId, draft }),
      existing ? 'The recommendation is saved.' : 'The recommendation is added.',
      true,
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') await navigate(back);
  }

  const heading = existing ? 'Change a recommendation' : 'Add a recommendation';
  const name = assessmentName(assessment, standard);
  const pointError = errors.pointId;
  return (
    <Page title={`${heading}: ${name}: ${project.name}`} heading={heading} caption={name}>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
        <TextArea
          id={FIELD_IDS.text}
          label="What does the panel recommend?"
          hint="In the report's words, or your own summary of them"
          value={draft.text}
          error={errors.text}
          rows={4}
          maxLength={ASSESSMENT_LIMITS.recommendation + 20}
          onChange={(text) => setDraft({ ...draft, text })}
        />
        <FieldFrame id={FIELD_IDS.pointId} label="What is it about?" error={pointError}>
          <select
            id={FIELD_IDS.pointId}
            className={`select${pointError ? ' input--error' : ''}`}
            value={draft.pointId}
            aria-describedby={describedBy(FIELD_IDS.pointId, undefined, pointError)}
            onChange={(e) => setDraft({ ...draft, pointId: e.target.value })}
          >
            <option value="">The service as a whole</option>
            {standard.points
              .filter((p) => inScope.has(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id}. {p.title}
                </option>
              ))}
          </select>
        </FieldFrame>
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {existing ? 'Save the recommendation' : 'Add the recommendation'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void navigate(back)}>
            Cancel
          </button>
        </div>
      </form>
    </Page>
  );
}

export function AddRecommendationPage() {
  return (
    <WithAssessment title="Add a recommendation">
      {(screen) => <RecommendationForm {...screen} recommendationId={null} />}
    </WithAssessment>
  );
}

export function EditRecommendationPage() {
  const { recommendationId = '' } = useParams();
  return (
    <WithAssessment title="Change a recommendation">
      {(screen) => {
        const found = screen.assessment.outcome?.recommendations.find((r) => r.id === recommendationId);
        if (!found) return <NotFoundPage />;
        return <RecommendationForm key={found.id} {...screen} recommendationId={found.id} />;
      }}
    </WithAssessment>
  );
}
