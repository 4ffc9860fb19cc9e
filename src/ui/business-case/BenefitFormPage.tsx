// Adding or changing one benefit of a business case (/business-case/benefits/new and
// /business-case/benefits/:benefitId). A frozen revision is never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteBenefit, saveBenefit } from '../../app/business-case/benefit-actions';
import {
  BENEFIT_LIMITS,
  benefitInput,
  emptyBenefitInput,
  type BenefitErrors,
  type BenefitField,
  type BenefitInput,
} from '../../app/business-case/benefit-edits';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, RemoveWithConfirm, useDraftTarget } from './part-screen';

const FIELD_IDS: Record<BenefitField, string> = {
  benefit: 'benefit-benefit',
  measure: 'benefit-measure',
  baseline: 'benefit-baseline',
  target: 'benefit-target',
  whenMeasured: 'benefit-when',
  owner: 'benefit-owner',
  cashable: 'benefit-cashable',
};

const TEXT_FIELDS: { field: Exclude<BenefitField, 'benefit' | 'cashable'>; label: string; hint: string }[] = [
  { field: 'measure', label: 'Measure', hint: 'What will be counted, for example: calls to the helpline a month.' },
  { field: 'baseline', label: 'Baseline', hint: 'Where it stands now, for example: 4,000.' },
  { field: 'target', label: 'Target', hint: 'Where the team expects it to be, for example: 1,500.' },
  { field: 'whenMeasured', label: 'When measured', hint: 'For example: six months after beta starts.' },
  { field: 'owner', label: 'Owner', hint: 'The person or role who will measure it and report on it.' },
];

const CASHABLE_OPTIONS = [
  { value: 'yes', label: 'Cashable', hint: 'It frees money that can be spent elsewhere.' },
  { value: 'no', label: 'Not cashable', hint: 'It saves time or improves things without freeing money.' },
] as const;

function BenefitForm({ view, benefitId }: { view: CaseView; benefitId: string | null }) {
  const navigate = useNavigate();
  const { project, current } = view;
  const existing = benefitId ? current.benefits.find((b) => b.id === benefitId) : undefined;
  const { target } = useDraftTarget(view);
  const [input, setInput] = useState<BenefitInput>(() => (existing ? benefitInput(existing) : emptyBenefitInput()));
  const [errors, setErrors] = useState<BenefitErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof BenefitInput>(key: K) =>
    (value: BenefitInput[K]) =>
      setInput((before) => ({ ...before, [key]: value }));
  const back = paths.businessCase.benefits(project.id);

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
      setSaveError(errorMessage(e, 'The benefit could not be saved. Everything saved before is safe. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      async () => {
        const outcome = await saveBenefit(repositories(), { ...target, benefitId, input });
        if (!outcome.ok) setErrors(outcome.errors);
        return outcome.ok;
      },
      existing ? 'The benefit is saved.' : 'The benefit is added.',
    );
  }

  const summary = [
    ...(Object.keys(FIELD_IDS) as BenefitField[]).flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
    }),
    ...(saveError ? [{ message: saveError }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <TextArea
        id={FIELD_IDS.benefit}
        label="Benefit"
        hint="What the team expects to improve, for example: fewer calls to the helpline."
        error={errors.benefit}
        value={input.benefit}
        rows={3}
        maxLength={BENEFIT_LIMITS.benefit}
        onChange={set('benefit')}
      />
      {TEXT_FIELDS.map(({ field, label, hint }) => (
        <TextField
          key={field}
          id={FIELD_IDS[field]}
          label={label}
          hint={hint}
          error={errors[field]}
          value={input[field]}
          maxLength={BENEFIT_LIMITS.short}
          onChange={set(field)}
        />
      ))}
      <RadioGroup
        id={FIELD_IDS.cashable}
        legend="Is it cashable?"
        error={errors.cashable}
        value={input.cashable === null ? '' : input.cashable ? 'yes' : 'no'}
        options={CASHABLE_OPTIONS}
        onChange={(value) => set('cashable')(value === 'yes')}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {existing ? 'Save the benefit' : 'Add the benefit'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
      {existing && benefitId && (
        <div className="button-group">
          <RemoveWithConfirm
            label="Remove this benefit"
            question="Remove this benefit?"
            onConfirm={() =>
              void run(async () => {
                await deleteBenefit(repositories(), { ...target, benefitId });
                return true;
              }, 'The benefit is removed.')
            }
          />
        </div>
      )}
    </form>
  );
}

function BenefitFormBody({ view, benefitId }: { view: CaseView; benefitId: string | null }) {
  const { project, current } = view;
  const heading = benefitId ? 'Change a benefit' : 'Add a benefit';
  const missing = benefitId !== null && !current.benefits.some((b) => b.id === benefitId);
  return (
    <Page title={`${heading}: ${view.businessCase.title}`} heading={heading} caption={partCaption(view)}>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : missing ? (
        <p>This benefit is not in the current revision.</p>
      ) : (
        <BenefitForm key={current.id} view={view} benefitId={benefitId} />
      )}
      <p>
        <Link to={paths.businessCase.benefits(project.id)}>Back to the benefits</Link>
      </p>
    </Page>
  );
}

export function NewBenefitPage() {
  return <WithCase title="Add a benefit">{(view) => <BenefitFormBody view={view} benefitId={null} />}</WithCase>;
}

export function BenefitPage() {
  const { benefitId = '' } = useParams();
  return (
    <WithCase title="Change a benefit">{(view) => <BenefitFormBody view={view} benefitId={benefitId} />}</WithCase>
  );
}
