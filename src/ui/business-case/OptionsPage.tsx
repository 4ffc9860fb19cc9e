// The options appraisal of a business case (/business-case/options): what is missing (business as usual and
// do minimum on the long list, and the other checks of the appraisal), the long list with the short list
// and which options are still open, the critical success factors, the scores of each short-listed option
// against each factor, and the preferred option and why. A frozen revision is shown read-only.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { savePreferredOption, saveScores } from '../../app/business-case/option-actions';
import type { ScoreCell } from '../../app/business-case/option-edits';
import type { CaseOption, OptionsAppraisal } from '../../domain/business-case/model';
import { MAX_SCORE, optionScoreTotals, optionsProblems } from '../../domain/business-case/options';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextArea } from '../components/fields';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { Page } from '../components/Page';
import { TableScroll } from '../components/TableScroll';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { FrozenNotice, partCaption, useDraftTarget, type DraftTargetState } from './part-screen';
import './business-case.css';

export const BASELINE_LABELS = {
  'business-as-usual': 'Business as usual',
  'do-minimum': 'Do minimum',
  none: 'Neither',
} as const;

export function optionStatus(option: CaseOption): string {
  return option.open ? 'Open: not decided yet' : `Closed: ${option.closedReason}`;
}

function LongList({ view }: { view: CaseView }) {
  const { project, current } = view;
  const draft = current.status === 'draft';
  const { options, preferredOptionId } = current.options;
  if (options.length === 0) return <p className="muted">No options are on the long list yet.</p>;
  return (
    <TableScroll label="Long list table">
      <table className="table case-parts-table">
        <caption className="visually-hidden">The long list of options</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Baseline</th>
            <th scope="col">On the short list</th>
            <th scope="col">Open or closed</th>
            {draft && (
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {options.map((option) => (
            <tr key={option.id}>
              <th scope="row" className="case-parts-table__main">
                {option.title}
                {option.id === preferredOptionId && <span className="tag case-parts-table__tag">Preferred</span>}
                {option.description && <span className="case-parts-table__note">{option.description}</span>}
              </th>
              <td>{BASELINE_LABELS[option.baseline ?? 'none']}</td>
              <td>{option.shortListed ? 'Yes' : 'No'}</td>
              <td>{optionStatus(option)}</td>
              {draft && (
                <td>
                  <Link to={paths.businessCase.option(project.id, option.id)}>
                    Change<span className="visually-hidden"> {option.title}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Factors({ view }: { view: CaseView }) {
  const { project, current } = view;
  const { factors } = current.options;
  if (factors.length === 0) return <p className="muted">No critical success factors yet.</p>;
  return (
    <ol className="case-factors">
      {factors.map((factor) => (
        <li key={factor.id}>
          {factor.title}
          {current.status === 'draft' && (
            <>
              {' '}
              <Link to={paths.businessCase.factor(project.id, factor.id)}>
                Change<span className="visually-hidden"> the factor: {factor.title}</span>
              </Link>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

const cellKey = (optionId: string, factorId: string) => `${optionId}\u0000${factorId}`;

function scoreMap(appraisal: OptionsAppraisal): Map<string, string> {
  return new Map(appraisal.scores.map((s) => [cellKey(s.optionId, s.factorId), String(s.score)]));
}

/** The scores table: a select in each cell, labelled with its option and factor. */
function Scores({ view, draftTarget }: { view: CaseView; draftTarget: DraftTargetState }) {
  const { current } = view;
  const appraisal = current.options;
  const draft = current.status === 'draft';
  const shortList = appraisal.options.filter((o) => o.shortListed);
  const { target, followOn } = draftTarget;
  const [cells, setCells] = useState(() => scoreMap(appraisal));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (shortList.length === 0 || appraisal.factors.length === 0)
    return (
      <p className="muted">
        Scores appear here once there are options on the short list and critical success factors to score them against.
      </p>
    );
  const shown = draft ? cells : scoreMap(appraisal);
  const totals = new Map(optionScoreTotals(appraisal).map((t) => [t.optionId, t]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const request: ScoreCell[] = shortList.flatMap((option) =>
        appraisal.factors.map((factor) => {
          const value = cells.get(cellKey(option.id, factor.id)) ?? '';
          return { optionId: option.id, factorId: factor.id, score: value === '' ? null : Number(value) };
        }),
      );
      const result = await saveScores(repositories(), { ...target, cells: request });
      followOn(result.updatedAt);
      const message = 'The scores are saved.';
      setSaved(message);
      useNotices.getState().show({ kind: 'success', message });
    } catch (e) {
      setError(errorMessage(e, 'The scores could not be saved. Everything saved before is safe. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  const table = (
    <TableScroll label="Scores table">
      <table className="table case-scores">
        <caption className="visually-hidden">
          Scores of the short-listed options against the critical success factors, from 0 to {MAX_SCORE}
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {appraisal.factors.map((factor) => (
              <th scope="col" key={factor.id}>
                {factor.title}
              </th>
            ))}
            <th scope="col">Total (saved)</th>
          </tr>
        </thead>
        <tbody>
          {shortList.map((option) => {
            const total = totals.get(option.id);
            return (
              <tr key={option.id}>
                <th scope="row">{option.title}</th>
                {appraisal.factors.map((factor) => {
                  const key = cellKey(option.id, factor.id);
                  const value = shown.get(key) ?? '';
                  return (
                    <td key={factor.id}>
                      {draft ? (
                        <select
                          className="select"
                          aria-label={`Score of ${option.title} against ${factor.title}`}
                          value={value}
                          onChange={(e) => setCells(new Map(cells).set(key, e.target.value))}
                        >
                          <option value="">Not scored</option>
                          {Array.from({ length: MAX_SCORE + 1 }, (_, n) => (
                            <option key={n} value={String(n)}>
                              {n}
                            </option>
                          ))}
                        </select>
                      ) : value === '' ? (
                        'Not scored'
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
                <td>
                  {total ? total.total : 0}
                  {total && total.unscored > 0 && (
                    <span className="case-parts-table__note">{total.unscored} not scored</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
  if (!draft) return table;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p className="hint" id="scores-hint">
        Score each option from 0 (does not meet the factor) to {MAX_SCORE} (meets it fully).
      </p>
      {table}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Save the scores
        </button>
      </div>
      <InlineConfirmation message={saved} />
    </form>
  );
}

const NOT_DECIDED = '';

function Preferred({ view, draftTarget }: { view: CaseView; draftTarget: DraftTargetState }) {
  const { current } = view;
  const appraisal = current.options;
  const preferred = appraisal.options.find((o) => o.id === appraisal.preferredOptionId);
  const { target, followOn } = draftTarget;
  const [choice, setChoice] = useState(appraisal.preferredOptionId ?? NOT_DECIDED);
  const [reason, setReason] = useState(appraisal.preferredReason);
  const [errors, setErrors] = useState<{ preferred?: string; reason?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (current.status === 'frozen')
    return preferred ? (
      <p>
        <strong>{preferred.title}</strong>: {appraisal.preferredReason}
      </p>
    ) : (
      <p>Not decided yet.</p>
    );
  const open = appraisal.options.filter((o) => o.open);
  if (open.length === 0) return <p className="muted">Add options to the long list to choose a preferred one.</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    try {
      const outcome = await savePreferredOption(repositories(), {
        ...target,
        optionId: choice === NOT_DECIDED ? null : choice,
        reason,
      });
      if (!outcome.ok) return setErrors(outcome.errors);
      setErrors({});
      followOn(outcome.value.updatedAt);
      if (choice === NOT_DECIDED) setReason('');
      const message =
        choice === NOT_DECIDED ? 'The preferred option is marked not decided yet.' : 'The preferred option is saved.';
      setSaved(message);
      useNotices.getState().show({ kind: 'success', message });
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, 'The preferred option could not be saved. Everything saved before is safe.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary
        errors={[
          ...(errors.preferred ? [{ fieldId: 'preferred-option', message: errors.preferred }] : []),
          ...(errors.reason ? [{ fieldId: 'preferred-reason', message: errors.reason }] : []),
          ...(saveError ? [{ message: saveError }] : []),
        ]}
      />
      <RadioGroup
        id="preferred-option"
        legend="Which option is preferred?"
        hint="Only open options can be preferred. Leave it not decided until the evidence settles it."
        error={errors.preferred}
        value={choice}
        options={[
          ...open.map((o) => ({ value: o.id, label: o.title })),
          { value: NOT_DECIDED, label: 'Not decided yet' },
        ]}
        onChange={setChoice}
      />
      {choice !== NOT_DECIDED && (
        <TextArea
          id="preferred-reason"
          label="Why is it preferred?"
          hint="For example, what alpha showed and how it scored against the success factors."
          error={errors.reason}
          value={reason}
          rows={3}
          maxLength={4000}
          onChange={setReason}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Save the preferred option
        </button>
      </div>
      <InlineConfirmation message={saved} />
    </form>
  );
}

function OptionsBody({ view }: { view: CaseView }) {
  const { project, current } = view;
  const draft = current.status === 'draft';
  const problems = optionsProblems(current.options);
  // Both forms save onto the same draft, so each follows on from the other's last save.
  const draftTarget = useDraftTarget(view);
  return (
    <Page
      title={`Options appraisal: ${view.businessCase.title}`}
      heading="Options appraisal"
      caption={partCaption(view)}
    >
      <p>
        The long list of ways to meet the need, including business as usual and do minimum to compare against; the short
        list that is appraised in detail; the critical success factors each short-listed option is scored against; and
        the preferred option. Options stay open until the evidence settles them.
      </p>
      {!draft && <FrozenNotice view={view} />}
      {problems.length > 0 && (
        <div className="inset editor-warning" data-testid="options-problems">
          <p>
            <strong>Before the appraisal can be relied on:</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <h2>Long list</h2>
      {draft && (
        <p>
          <Link to={paths.businessCase.newOption(project.id)} className="button button--secondary">
            Add an option
          </Link>
        </p>
      )}
      <LongList view={view} />
      <h2>Critical success factors</h2>
      {draft && (
        <p>
          <Link to={paths.businessCase.newFactor(project.id)} className="button button--secondary">
            Add a success factor
          </Link>
        </p>
      )}
      <Factors view={view} />
      <h2>Scores of the short-listed options</h2>
      <Scores key={`scores-${current.id}`} view={view} draftTarget={draftTarget} />
      <h2>Preferred option</h2>
      <Preferred key={`preferred-${current.id}`} view={view} draftTarget={draftTarget} />
      <p>
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </p>
    </Page>
  );
}

export function OptionsPage() {
  return <WithCase title="Options appraisal">{(view) => <OptionsBody view={view} />}</WithCase>;
}
