// Add an action to a point of an assessment (/points/:pointId/actions/new) or change one
// (/actions/:actionId): what needs doing, who owns it, when it is due and whether it is done.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { deleteAssessmentAction, saveAssessmentAction } from '../../app/assessments/assessment-actions';
import {
  actionDraftOf,
  emptyActionDraft,
  type ActionDraft,
  type AssessmentErrors,
} from '../../app/assessments/assessment-edits';
import { ASSESSMENT_LIMITS } from '../../domain/assessment/assessment-model';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CheckboxField, TextArea, TextField } from '../components/fields';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import {
  assessmentName,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';

const FIELD_IDS = { what: 'action-what', owner: 'action-owner', dueDate: 'action-due-day' };

function ActionForm({
  project,
  assessment,
  standard,
  actionId,
  pointId,
}: AssessmentScreen & { actionId: string | null; pointId: string | null }) {
  const navigate = useNavigate();
  const existing = actionId === null ? undefined : assessment.actions.find((a) => a.id === actionId);
  const { save, saving } = useAssessmentSave(project, assessment);
  const [draft, setDraft] = useState<ActionDraft>(existing ? actionDraftOf(existing) : emptyActionDraft());
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const point = standard.points.find((p) => p.id === pointId);
  const back =
    pointId === null
      ? paths.assessments.overview(project.id, assessment.id)
      : paths.assessments.point(project.id, assessment.id, pointId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save(
      (target) => saveAssessmentAction(repositories(), target, { actionId, pointId, draft }),
      existing ? 'The action is saved.' : `\u201c${draft.what.trim()}\u201d is added to the actions.`,
      true,
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') await navigate(back);
  }

  async function remove() {
    setConfirming(false);
    if (actionId === null) return;
    const result = await save(
      (target) => deleteAssessmentAction(repositories(), target, actionId),
      `\u201c${existing?.what ?? 'The action'}\u201d is deleted.`,
      true,
    );
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') await navigate(back);
  }

  const name = assessmentName(assessment, standard);
  const about = point ? `${point.id}. ${point.title}` : 'the service as a whole';
  return (
    <Page
      title={`${existing ? 'Change an action' : 'Add an action'}: ${name}: ${project.name}`}
      heading={existing ? 'Change an action' : 'Add an action'}
      caption={`${name}: ${about}`}
    >
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
        <TextArea
          id={FIELD_IDS.what}
          label="What needs to be done?"
          value={draft.what}
          error={errors.what}
          rows={3}
          maxLength={ASSESSMENT_LIMITS.actionText + 20}
          onChange={(what) => setDraft({ ...draft, what })}
        />
        <TextField
          id={FIELD_IDS.owner}
          label="Owner (optional)"
          hint="The person who will make sure it is done"
          value={draft.owner}
          error={errors.owner}
          autoComplete="name"
          maxLength={ASSESSMENT_LIMITS.owner + 20}
          onChange={(owner) => setDraft({ ...draft, owner })}
        />
        <DateField
          id="action-due"
          legend="Due date (optional)"
          hint="For example 12 1 2027"
          value={draft.dueDate}
          error={errors.dueDate}
          onChange={(dueDate) => setDraft({ ...draft, dueDate })}
        />
        <CheckboxField
          id="action-done"
          label="This action is done"
          checked={draft.done}
          onChange={(done) => setDraft({ ...draft, done })}
        />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {existing ? 'Save the action' : 'Add the action'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void navigate(back)}>
            Cancel
          </button>
          {existing && (
            <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
              Delete the action
            </button>
          )}
        </div>
      </form>
      {existing && (
        <ConfirmDialog
          open={confirming}
          title="Delete this action?"
          confirmLabel="Yes, delete the action"
          destructive
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          <p>&ldquo;{existing.what}&rdquo;</p>
          <p>It is deleted from this assessment and cannot be brought back.</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}

export function AddActionPage() {
  const { pointId = '' } = useParams();
  return (
    <WithAssessment title="Add an action">
      {(screen) => {
        const inScope = screen.assessment.scope === null || screen.assessment.scope.includes(pointId);
        if (!screen.standard.points.some((p) => p.id === pointId) || !inScope) return <NotFoundPage />;
        return <ActionForm {...screen} actionId={null} pointId={pointId} />;
      }}
    </WithAssessment>
  );
}

export function EditActionPage() {
  const { actionId = '' } = useParams();
  return (
    <WithAssessment title="Change an action">
      {(screen) => {
        const action = screen.assessment.actions.find((a) => a.id === actionId);
        if (!action) return <NotFoundPage />;
        return <ActionForm key={action.id} {...screen} actionId={action.id} pointId={action.pointId} />;
      }}
    </WithAssessment>
  );
}
