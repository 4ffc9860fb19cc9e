// Adding or changing one option of the appraisal (/business-case/options/new and
// /business-case/options/:optionId): its name and description, whether it is business as usual, do minimum
// or neither, whether it is on the short list, and whether it is still open or closed (with why). A frozen
// revision is never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteOption, saveOption } from '../../app/business-case/option-actions';
import {
  emptyOptionInput,
  OPTION_LIMITS,
  optionInput,
  type BaselineChoice,
  type OptionErrors,
  type OptionField,
  type OptionInput,
} from '../../app/business-case/option-edits';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { CheckboxField, RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, RemoveWithConfirm, useDraftTarget } from './part-screen';
import './business-case.css';

const FIELD_IDS: Record<OptionField, string> = {
  title: 'option-title',
  description: 'option-description',
  baseline: 'option-baseline',
  open: 'option-open',
  closedReason: 'option-closed-reason',
};

const BASELINE_OPTIONS: { value: BaselineChoice; label: string; hint: string }[] = [
  {
    value: 'business-as-usual',
    label: 'Business as usual',
    hint: 'Carry on as now. Every appraisal compares the other options with it.',
  },
  {
    value: 'do-minimum',
    label: 'Do minimum',
    hint: 'The least that must be done, for example to stay lawful or safe.',
  },
  { value: 'none', label: 'Neither', hint: 'Another way of meeting the need.' },
];

const OPEN_OPTIONS = [
  { value: 'open', label: 'Open: not decided yet', hint: 'Keep it open until the evidence settles it.' },
  { value: 'closed', label: 'Closed', hint: 'The evidence has ruled it out. Say why.' },
] as const;

function OptionForm({ view, optionId }: { view: CaseView; optionId: string | null }) {
  const navigate = useNavigate();
  const { project, current } = view;
  const existing = optionId ? current.options.options.find((o) => o.id === optionId) : undefined;
  const { target } = useDraftTarget(view);
  const [input, setInput] = useState<OptionInput>(() => (existing ? optionInput(existing) : emptyOptionInput()));
  const [errors, setErrors] = useState<OptionErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof OptionInput>(key: K) =>
    (value: OptionInput[K]) =>
      setInput((before) => ({ ...before, [key]: value }));
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
      setErrors({});
      setSaveError(errorMessage(e, 'The option could not be saved. Everything saved before is safe. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      async () => {
        const outcome = await saveOption(repositories(), { ...target, optionId, input });
        if (!outcome.ok) setErrors(outcome.errors);
        return outcome.ok;
      },
      existing ? 'The option is saved.' : 'The option is added to the long list.',
    );
  }

  const summary = [
    ...(Object.keys(FIELD_IDS) as OptionField[]).flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
    }),
    ...(saveError ? [{ message: saveError }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <TextField
        id={FIELD_IDS.title}
        label="Name of the option"
        error={errors.title}
        value={input.title}
        maxLength={OPTION_LIMITS.title}
        onChange={set('title')}
      />
      <TextArea
        id={FIELD_IDS.description}
        label="Description"
        hint="What the option would do, in a few sentences."
        error={errors.description}
        value={input.description}
        rows={3}
        maxLength={OPTION_LIMITS.text}
        onChange={set('description')}
      />
      <RadioGroup
        id={FIELD_IDS.baseline}
        legend="Is it business as usual or do minimum?"
        error={errors.baseline}
        value={input.baseline ?? ''}
        options={BASELINE_OPTIONS}
        onChange={(value) => set('baseline')(value as BaselineChoice)}
      />
      <CheckboxField
        id="option-short-listed"
        label="On the short list: appraise it in detail and score it"
        checked={input.shortListed}
        onChange={set('shortListed')}
      />
      <RadioGroup
        id={FIELD_IDS.open}
        legend="Is the option still open?"
        error={errors.open}
        value={input.open ? 'open' : 'closed'}
        options={OPEN_OPTIONS}
        onChange={(value) => set('open')(value === 'open')}
      />
      {!input.open && (
        <TextArea
          id={FIELD_IDS.closedReason}
          label="Why is it closed?"
          hint="For example, what the evidence showed."
          error={errors.closedReason}
          value={input.closedReason}
          rows={3}
          maxLength={OPTION_LIMITS.text}
          onChange={set('closedReason')}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {existing ? 'Save the option' : 'Add the option'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
      {existing && optionId && (
        <div className="button-group">
          <RemoveWithConfirm
            label="Remove this option"
            question={`Remove ${existing.title} from the long list?`}
            onConfirm={() =>
              void run(async () => {
                await deleteOption(repositories(), { ...target, optionId });
                return true;
              }, 'The option is removed.')
            }
          />
        </div>
      )}
    </form>
  );
}

function OptionFormBody({ view, optionId }: { view: CaseView; optionId: string | null }) {
  const { project, current } = view;
  const heading = optionId ? 'Change an option' : 'Add an option';
  const missing = optionId !== null && !current.options.options.some((o) => o.id === optionId);
  return (
    <Page title={`${heading}: ${view.businessCase.title}`} heading={heading} caption={partCaption(view)}>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : missing ? (
        <p>This option is not in the current revision.</p>
      ) : (
        <OptionForm key={current.id} view={view} optionId={optionId} />
      )}
      <p>
        <Link to={paths.businessCase.options(project.id)}>Back to the options appraisal</Link>
      </p>
    </Page>
  );
}

export function NewOptionPage() {
  return <WithCase title="Add an option">{(view) => <OptionFormBody view={view} optionId={null} />}</WithCase>;
}

export function OptionPage() {
  const { optionId = '' } = useParams();
  return <WithCase title="Change an option">{(view) => <OptionFormBody view={view} optionId={optionId} />}</WithCase>;
}
