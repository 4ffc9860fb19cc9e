// Adding, renaming or removing a critical success factor of the options appraisal
// (/business-case/options/factors/new and /business-case/options/factors/:factorId). Removing a factor
// removes the scores against it. A frozen revision is never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteFactor, saveFactor } from '../../app/business-case/option-actions';
import { OPTION_LIMITS } from '../../app/business-case/option-edits';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { TextField } from '../components/fields';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, RemoveWithConfirm, useDraftTarget } from './part-screen';

function FactorForm({ view, factorId }: { view: CaseView; factorId: string | null }) {
  const navigate = useNavigate();
  const { project, current } = view;
  const existing = factorId ? current.options.factors.find((f) => f.id === factorId) : undefined;
  const { target } = useDraftTarget(view);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const back = paths.businessCase.options(project.id);

  async function run(action: () => Promise<boolean>, done: string) {
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      if (!(await action())) return;
      useNotices.getState().show({ kind: 'success', message: done, carry: true });
      await navigate(back);
    } catch (e) {
      setError(undefined);
      setSaveError(errorMessage(e, 'The success factor could not be saved. Everything saved before is safe.'));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      async () => {
        const outcome = await saveFactor(repositories(), { ...target, factorId, title });
        if (!outcome.ok) setError(outcome.errors.title);
        return outcome.ok;
      },
      existing ? 'The success factor is saved.' : 'The success factor is added.',
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary
        errors={[
          ...(error ? [{ fieldId: 'factor-title', message: error }] : []),
          ...(saveError ? [{ message: saveError }] : []),
        ]}
      />
      <TextField
        id="factor-title"
        label="Critical success factor"
        hint="Something every short-listed option is judged on, for example: meets the needs of boat owners."
        error={error}
        value={title}
        maxLength={OPTION_LIMITS.title}
        onChange={setTitle}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {existing ? 'Save the success factor' : 'Add the success factor'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
      {existing && factorId && (
        <div className="button-group">
          <RemoveWithConfirm
            label="Remove this success factor"
            question={`Remove the success factor ${existing.title} and its scores?`}
            onConfirm={() =>
              void run(async () => {
                await deleteFactor(repositories(), { ...target, factorId });
                return true;
              }, 'The success factor and its scores are removed.')
            }
          />
        </div>
      )}
    </form>
  );
}

function FactorBody({ view, factorId }: { view: CaseView; factorId: string | null }) {
  const { project, current } = view;
  const heading = factorId ? 'Change a success factor' : 'Add a success factor';
  const missing = factorId !== null && !current.options.factors.some((f) => f.id === factorId);
  return (
    <Page title={`${heading}: ${view.businessCase.title}`} heading={heading} caption={partCaption(view)}>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : missing ? (
        <p>This success factor is not in the current revision.</p>
      ) : (
        <FactorForm key={current.id} view={view} factorId={factorId} />
      )}
      <p>
        <Link to={paths.businessCase.options(project.id)}>Back to the options appraisal</Link>
      </p>
    </Page>
  );
}

export function NewOptionFactorPage() {
  return <WithCase title="Add a success factor">{(view) => <FactorBody view={view} factorId={null} />}</WithCase>;
}

export function OptionFactorPage() {
  const { factorId = '' } = useParams();
  return (
    <WithCase title="Change a success factor">{(view) => <FactorBody view={view} factorId={factorId} />}</WithCase>
  );
}
