// Evidence for one point of an assessment: choosing items already in the project's library
// (/points/:pointId/evidence), or adding a new item to the library and using it at once
// (/points/:pointId/evidence/new, with the library's own evidence form).
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { addNewPointEvidence, choosePointEvidence } from '../../app/assessments/assessment-actions';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { answerFor } from '../../domain/assessment/assessment-model';
import { emptyEvidenceDraft } from '../../domain/evidence-rules';
import type { StandardPoint } from '../../domain/pack';
import { EvidenceChoices } from '../compliance-map/EvidenceChoices';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { repositories, useEvidenceList } from '../data';
import { EvidenceForm } from '../evidence/EvidenceForm';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';
import {
  assessmentName,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';
import { plural } from './assessment-words';

type PointScreen = AssessmentScreen & { point: StandardPoint };

function ChooseEvidence({ project, assessment, standard, point }: PointScreen) {
  const navigate = useNavigate();
  const items = useEvidenceList(project.id);
  const { save, saving } = useAssessmentSave(project, assessment);
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const back = paths.assessments.point(project.id, assessment.id, point.id);
  if (items === undefined) return <p className="muted">Loading…</p>;
  const used = new Set(answerFor(assessment, point.id).evidenceIds);
  const available = items.filter((item) => !used.has(item.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save(
      (target) => choosePointEvidence(repositories(), target, point.id, chosen),
      `${plural(chosen.length, 'item of evidence is', 'items of evidence are')} now used for point ${point.id}.`,
      true,
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') await navigate(back);
  }

  const name = assessmentName(assessment, standard);
  return (
    <Page
      title={`Choose evidence for point ${point.id}: ${name}: ${project.name}`}
      heading={`Choose evidence for ${point.id}. ${point.title}`}
      caption={name}
    >
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, { evidence: 'point-evidence' }, saveError)} />
        {items.length > 0 && available.length === 0 ? (
          <p className="inset">Every item in the library is already used for this point.</p>
        ) : (
          <EvidenceChoices
            id="point-evidence"
            legend="Which evidence supports this point?"
            hint="Items already used for this point are not listed. An item can support several points."
            projectId={project.id}
            value={chosen}
            error={errors.evidence}
            exclude={used}
            onChange={setChosen}
          />
        )}
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            Use the chosen evidence
          </button>
          <button type="button" className="button button--secondary" onClick={() => void navigate(back)}>
            Cancel
          </button>
        </div>
      </form>
    </Page>
  );
}

function AddEvidence({ project, assessment, standard, point }: PointScreen) {
  const navigate = useNavigate();
  const { target } = useAssessmentSave(project, assessment);
  // The copy of the assessment this page was opened on, kept while the person fills in the form.
  const [opened] = useState(target);
  const back = paths.assessments.point(project.id, assessment.id, point.id);
  const name = assessmentName(assessment, standard);
  return (
    <Page
      title={`Add evidence for point ${point.id}: ${name}: ${project.name}`}
      heading={`Add evidence for ${point.id}. ${point.title}`}
      caption={name}
    >
      <p>
        The evidence is added to the project&rsquo;s library and used for this point. You can use it for other points
        too.
      </p>
      <EvidenceForm
        initial={emptyEvidenceDraft()}
        attached={null}
        submitLabel="Add and use for this point"
        onCancel={() => void navigate(back)}
        onSubmit={async (draft, file) => {
          const outcome = await addNewPointEvidence(repositories(), opened, point.id, { draft, file });
          if (!outcome.ok) return outcome.errors;
          useNotices.getState().show({
            kind: 'success',
            message: `\u201c${outcome.item.title}\u201d is added to the evidence and used for point ${point.id}.`,
            carry: true,
          });
          await navigate(back);
          return null;
        }}
      />
    </Page>
  );
}

function WithPoint({ title, children }: { title: string; children: (screen: PointScreen) => ReactNode }) {
  const { pointId = '' } = useParams();
  return (
    <WithAssessment title={title}>
      {(screen) => {
        const point = screen.standard.points.find((p) => p.id === pointId);
        const inScope = screen.assessment.scope === null || screen.assessment.scope.includes(pointId);
        if (!point || !inScope) return <NotFoundPage />;
        return children({ ...screen, point });
      }}
    </WithAssessment>
  );
}

export function ChoosePointEvidencePage() {
  return <WithPoint title="Choose evidence">{(screen) => <ChooseEvidence {...screen} />}</WithPoint>;
}

export function AddPointEvidencePage() {
  return <WithPoint title="Add evidence">{(screen) => <AddEvidence {...screen} />}</WithPoint>;
}

export { WithPoint };
