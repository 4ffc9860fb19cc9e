// Adding or changing one assumption of a business case (/business-case/assumptions/new and
// /business-case/assumptions/:assumptionId): the assumption, the sections that depend on it (grouped by
// the template's cases), confidence, how and when it will be tested, its status and the evidence from the
// project's evidence library. A frozen revision is shown, never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteAssumption, saveAssumption } from '../../app/business-case/assumption-actions';
import {
  ASSUMPTION_LIMITS,
  assumptionInput,
  emptyAssumptionInput,
  type AssumptionErrors,
  type AssumptionField,
  type AssumptionInput,
} from '../../app/business-case/assumption-edits';
import type { AssumptionStatus, Confidence } from '../../domain/business-case/model';
import type { BusinessCaseTemplate } from '../../domain/pack';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { FieldsetFrame, RadioGroup, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { EvidenceChoices } from '../compliance-map/EvidenceChoices';
import { repositories } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, RemoveWithConfirm, useDraftTarget } from './part-screen';
import './business-case.css';

const FIELD_IDS: Record<AssumptionField, string> = {
  text: 'assumption-text',
  sections: 'assumption-sections',
  confidence: 'assumption-confidence',
  test: 'assumption-test',
  testBy: 'assumption-test-by-day',
  status: 'assumption-status',
  evidence: 'assumption-evidence',
};

const CONFIDENCE_OPTIONS: { value: Confidence; label: string; hint: string }[] = [
  { value: 'low', label: 'Low', hint: 'A guess: little or nothing supports it yet.' },
  { value: 'medium', label: 'Medium', hint: 'Some research or data points this way.' },
  { value: 'high', label: 'High', hint: 'Good evidence supports it, though it has not been tested in full.' },
];

const STATUS_OPTIONS: { value: AssumptionStatus; label: string; hint: string }[] = [
  { value: 'untested', label: 'Untested', hint: 'The team has not tested it yet.' },
  { value: 'holding', label: 'Holding', hint: 'It has been tested and has held so far.' },
  {
    value: 'disproved',
    label: 'Disproved',
    hint: 'The evidence shows it is wrong. Every section that depends on it is flagged until it is rewritten.',
  },
];

/** The template's sections as checkboxes, each case followed by its own sub-sections. */
function SectionChoices({
  template,
  value,
  error,
  onChange,
}: {
  template: BusinessCaseTemplate;
  value: readonly string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  let index = 0;
  const box = (id: string, title: string) => {
    const inputId = index === 0 ? FIELD_IDS.sections : `${FIELD_IDS.sections}-${index}`;
    index += 1;
    return (
      <div className="radio" key={id}>
        <input
          id={inputId}
          type="checkbox"
          checked={value.includes(id)}
          onChange={(e) => onChange(e.target.checked ? [...value, id] : value.filter((v) => v !== id))}
        />
        <label htmlFor={inputId}>{title}</label>
      </div>
    );
  };
  return (
    <FieldsetFrame
      id={FIELD_IDS.sections}
      legend="Which sections depend on it?"
      hint="If the assumption is disproved, these sections are flagged as needing to be rewritten."
      error={error}
    >
      {template.sections.map((section) => {
        const subs = section.sections ?? [];
        return (
          <div className="section-choices" key={section.id}>
            {box(section.id, section.title)}
            {subs.length > 0 && (
              <div className="section-choices__subs" role="group" aria-label={`Parts of the ${section.title}`}>
                {subs.map((sub) => box(sub.id, sub.title))}
              </div>
            )}
          </div>
        );
      })}
    </FieldsetFrame>
  );
}

function AssumptionForm({ view, assumptionId }: { view: CaseView; assumptionId: string | null }) {
  const navigate = useNavigate();
  const { project, current, template } = view;
  const existing = assumptionId ? current.assumptions.find((a) => a.id === assumptionId) : undefined;
  const { target } = useDraftTarget(view);
  const [input, setInput] = useState<AssumptionInput>(() =>
    existing ? assumptionInput(existing) : emptyAssumptionInput(),
  );
  const [errors, setErrors] = useState<AssumptionErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof AssumptionInput>(key: K) =>
    (value: AssumptionInput[K]) =>
      setInput((before) => ({ ...before, [key]: value }));
  const back = paths.businessCase.assumptions(project.id);

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
      setSaveError(errorMessage(e, 'The assumption could not be saved. Everything saved before is safe. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      async () => {
        const outcome = await saveAssumption(repositories(), { ...target, assumptionId, input });
        if (!outcome.ok) setErrors(outcome.errors);
        return outcome.ok;
      },
      existing ? 'The assumption is saved.' : 'The assumption is added.',
    );
  }

  const summary = [
    ...(Object.keys(FIELD_IDS) as AssumptionField[]).flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
    }),
    ...(saveError ? [{ message: saveError }] : []),
  ];

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={summary} />
      <TextArea
        id={FIELD_IDS.text}
        label="Assumption"
        hint="What the case takes as true, in one or two sentences. For example: most boat owners will register online."
        error={errors.text}
        value={input.text}
        rows={3}
        maxLength={ASSUMPTION_LIMITS.text}
        onChange={set('text')}
      />
      {template ? (
        <SectionChoices
          template={template}
          value={input.sectionIds}
          error={errors.sections}
          onChange={set('sectionIds')}
        />
      ) : (
        <p className="inset">
          The case&rsquo;s template is not installed, so its sections cannot be chosen. The sections already chosen are
          kept.
        </p>
      )}
      <RadioGroup
        id={FIELD_IDS.confidence}
        legend="How confident is the team that it is true?"
        error={errors.confidence}
        value={input.confidence ?? ''}
        options={CONFIDENCE_OPTIONS}
        onChange={(value) => set('confidence')(value as Confidence)}
      />
      <TextArea
        id={FIELD_IDS.test}
        label="How will it be tested?"
        hint="For example: a private beta with 500 users, or an analysis of last year's calls."
        error={errors.test}
        value={input.test}
        rows={3}
        maxLength={ASSUMPTION_LIMITS.test}
        onChange={set('test')}
      />
      <DateField
        id="assumption-test-by"
        legend="When will it be tested?"
        hint="Leave it empty if no date is planned yet. For example, 30 9 2026."
        error={errors.testBy}
        value={input.testBy}
        onChange={set('testBy')}
      />
      <RadioGroup
        id={FIELD_IDS.status}
        legend="What is its status?"
        error={errors.status}
        value={input.status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(value) => set('status')(value as AssumptionStatus)}
      />
      <EvidenceChoices
        id={FIELD_IDS.evidence}
        legend="Which evidence tests or supports it?"
        hint="Items from this project's evidence library."
        projectId={project.id}
        value={input.evidenceIds}
        error={errors.evidence}
        onChange={set('evidenceIds')}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {existing ? 'Save the assumption' : 'Add the assumption'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
      {existing && assumptionId && (
        <div className="button-group">
          <RemoveWithConfirm
            label="Remove this assumption"
            question="Remove this assumption?"
            onConfirm={() =>
              void run(async () => {
                await deleteAssumption(repositories(), { ...target, assumptionId });
                return true;
              }, 'The assumption is removed.')
            }
          />
        </div>
      )}
    </form>
  );
}

function AssumptionFormBody({ view, assumptionId }: { view: CaseView; assumptionId: string | null }) {
  const { project, current } = view;
  const heading = assumptionId ? 'Change an assumption' : 'Add an assumption';
  const missing = assumptionId !== null && !current.assumptions.some((a) => a.id === assumptionId);
  return (
    <Page title={`${heading}: ${view.businessCase.title}`} heading={heading} caption={partCaption(view)}>
      {current.status === 'frozen' ? (
        <FrozenNotice view={view} />
      ) : missing ? (
        <p>This assumption is not in the current revision.</p>
      ) : (
        <AssumptionForm key={current.id} view={view} assumptionId={assumptionId} />
      )}
      <p>
        <Link to={paths.businessCase.assumptions(project.id)}>Back to the assumptions</Link>
      </p>
    </Page>
  );
}

export function NewAssumptionPage() {
  return (
    <WithCase title="Add an assumption">{(view) => <AssumptionFormBody view={view} assumptionId={null} />}</WithCase>
  );
}

export function AssumptionPage() {
  const { assumptionId = '' } = useParams();
  return (
    <WithCase title="Change an assumption">
      {(view) => <AssumptionFormBody view={view} assumptionId={assumptionId} />}
    </WithCase>
  );
}
