// The costs of a business case (/business-case/costs): each cost line by phase and financial year, the
// totals by phase and year, the capital and resource split, the optimism bias uplift, the whole-life cost
// before and after it, and present values with the discount rates and their source. Also the forms that
// add or change a cost line (/costs/lines/new, /costs/lines/:lineId), state the optimism bias
// (/costs/optimism-bias) and change the discount rates (/costs/discount-rates). A frozen revision is
// shown, never offered for editing. The helpers at the top are shared by the other parts' screens.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  removeCostLine,
  saveCostLine,
  saveDiscountSchedule,
  saveOptimismBias,
  restoreGreenBookRates,
  type DraftTarget,
} from '../../app/business-case/cost-actions';
import { costLineToInput, type CostLineInput } from '../../app/business-case/cost-edits';
import { costSummary, isFirm, totalsByPhaseAndYear, type CostRange } from '../../domain/business-case/costs';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from '../../domain/business-case/discount-rates';
import { gatePhase } from '../../domain/business-case/gates';
import type { CostLine, DiscountBand } from '../../domain/business-case/model';
import { FrozenNotice, RemoveWithConfirm } from './part-screen';
import { PHASE_LABELS, PHASES } from '../../domain/project';
import { dateOrNot, financialYear, KIND_LABELS, money, percentWords } from '../../export/business-case-words';
import { DataTable } from '../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { DateField } from '../evidence/DateField';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { gateOf, WithCase, type CaseView } from './case-screen';
import './business-case.css';

/** The draft a form saves onto, as it was when the form was opened. */
export function useDraftTarget(view: CaseView): DraftTarget {
  const [openedAt] = useState(view.current.updatedAt);
  return { projectId: view.project.id, revisionId: view.current.id, expectedUpdatedAt: openedAt };
}

/** The draft as it is shown now, for one-click changes (remove, mark done). */
export function liveTarget(view: CaseView): DraftTarget {
  return { projectId: view.project.id, revisionId: view.current.id, expectedUpdatedAt: view.current.updatedAt };
}

export function isFrozen(view: CaseView): boolean {
  return view.current.status === 'frozen';
}

/** A form page of the case: the form when the revision is a draft, the frozen notice otherwise. */
export function CaseFormPage({ title, children }: { title: string; children: (view: CaseView) => ReactNode }) {
  return (
    <WithCase title={title}>
      {(view) => (
        <Page title={`${title}: ${view.businessCase.title}`} heading={title} caption={view.businessCase.title}>
          {isFrozen(view) ? <FrozenNotice view={view} /> : children(view)}
        </Page>
      )}
    </WithCase>
  );
}

/** Error summary items from field errors, in the order of `ids`, then a save error. */
export function errorItems(
  errors: Partial<Record<string, string>>,
  ids: Record<string, string>,
  saveError: string | null,
): ErrorItem[] {
  const items: ErrorItem[] = Object.entries(errors).flatMap(([field, message]) =>
    message ? [{ fieldId: ids[field], message }] : [],
  );
  return saveError ? [...items, { message: saveError }] : items;
}

export const SAVE_FAILED = 'The change could not be saved. Everything saved before is safe. Try again.';

/** Low, likely and high as three cells, or one cell for a firm figure. */
function RangeCells({ range }: { range: CostRange }) {
  return (
    <>
      <td className="numeric">{money(range.low)}</td>
      <td className="numeric">{money(range.likely)}</td>
      <td className="numeric">{money(range.high)}</td>
    </>
  );
}

function amountWords(line: CostLine): string {
  return isFirm(line)
    ? `${money(line.likely)} (firm)`
    : `${money(line.low)} to ${money(line.high)}, likely ${money(line.likely)}`;
}

function bandYears(band: DiscountBand): string {
  return band.toYear === null ? `Year ${band.fromYear} onwards` : `Years ${band.fromYear} to ${band.toYear}`;
}

const RANGE_COLUMNS = [
  { label: 'Low', numeric: true },
  { label: 'Likely', numeric: true },
  { label: 'High', numeric: true },
] as const;

function CostsBody({ view }: { view: CaseView }) {
  const { project, current } = view;
  const plan = current.costs;
  const frozen = isFrozen(view);
  const summary = costSummary(plan);
  const fundedPhase = gatePhase(gateOf(view));
  const funded = summary.byPhase.find((p) => p.phase === fundedPhase);
  const beforeBase = plan.lines.filter((l) => l.year < plan.baseYear);
  return (
    <>
      {frozen && <FrozenNotice view={view} />}
      <p>
        Give the phase this case asks to fund ({PHASE_LABELS[fundedPhase].toLowerCase()}) as firm figures, and later
        phases as ranges: low, likely and high.
      </p>
      {funded && !funded.firm && (
        <p className="inset">
          The {PHASE_LABELS[fundedPhase].toLowerCase()} phase is still a range. Approvers will expect a firm figure for
          the phase they are asked to fund.
        </p>
      )}
      <h2 id="cost-lines">Cost lines</h2>
      {plan.lines.length === 0 ? (
        <p>No costs yet.</p>
      ) : (
        <DataTable
          caption="Cost lines"
          scrollLabel="Cost lines, scrollable"
          columns={[
            'What',
            'Phase',
            'Financial year',
            'Capital or resource',
            'Amount',
            ...(frozen ? [] : [{ label: 'Change', hidden: true as const }]),
          ]}
        >
          {plan.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.description}</th>
              <td>{PHASE_LABELS[line.phase]}</td>
              <td>{financialYear(line.year)}</td>
              <td>{KIND_LABELS[line.kind]}</td>
              <td>{amountWords(line)}</td>
              {!frozen && (
                <td>
                  <Link to={paths.businessCase.costLine(project.id, line.id)}>
                    Change<span className="visually-hidden"> {line.description}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {!frozen && (
        <div className="button-group">
          <Link to={paths.businessCase.costLine(project.id)} className="button button--secondary">
            Add a cost line
          </Link>
        </div>
      )}
      {plan.lines.length > 0 && (
        <>
          <h2>Totals by phase and year</h2>
          <DataTable
            caption="Totals by phase and financial year"
            scrollLabel="Totals by phase and year, scrollable"
            columns={['Phase and year', ...RANGE_COLUMNS]}
          >
            {totalsByPhaseAndYear(plan.lines).map((row) => (
              <tr key={`${row.phase}-${row.year}`}>
                <th scope="row">
                  {PHASE_LABELS[row.phase]}, {financialYear(row.year)}
                </th>
                <RangeCells range={row.range} />
              </tr>
            ))}
            {summary.byPhase.map((row) => (
              <tr key={row.phase}>
                <th scope="row">
                  {PHASE_LABELS[row.phase]} in total ({row.firm ? 'firm' : 'range'})
                </th>
                <RangeCells range={row.range} />
              </tr>
            ))}
          </DataTable>
          <DataTable
            caption="Totals by financial year"
            scrollLabel="Totals by year, scrollable"
            columns={['Financial year', ...RANGE_COLUMNS]}
          >
            {summary.byYear.map((row) => (
              <tr key={row.year}>
                <th scope="row">{financialYear(row.year)}</th>
                <RangeCells range={row.range} />
              </tr>
            ))}
          </DataTable>
          <h2>Capital and resource</h2>
          <DataTable
            caption="Capital and resource"
            scrollLabel="Capital and resource, scrollable"
            columns={['Kind', ...RANGE_COLUMNS]}
          >
            <tr>
              <th scope="row">Capital</th>
              <RangeCells range={summary.byKind.capital} />
            </tr>
            <tr>
              <th scope="row">Resource</th>
              <RangeCells range={summary.byKind.resource} />
            </tr>
          </DataTable>
        </>
      )}
      <h2>Optimism bias</h2>
      <SummaryList
        rows={[
          ['Uplift', percentWords(plan.optimismBiasPercent)],
          ['Why this figure', plan.optimismBiasBasis || 'Not stated yet'],
        ]}
      />
      {!frozen && (
        <p>
          <Link to={paths.businessCase.optimismBias(project.id)}>Change the optimism bias</Link>
        </p>
      )}
      <h2>Whole-life cost</h2>
      <DataTable
        caption="Whole-life cost, before and after optimism bias"
        scrollLabel="Whole-life cost, scrollable"
        columns={['Whole-life cost', ...RANGE_COLUMNS]}
      >
        <tr>
          <th scope="row">Before optimism bias</th>
          <RangeCells range={summary.wholeLife.base} />
        </tr>
        <tr>
          <th scope="row">Optimism bias uplift of {percentWords(plan.optimismBiasPercent)}</th>
          <RangeCells range={summary.wholeLife.uplift} />
        </tr>
        <tr>
          <th scope="row">After optimism bias</th>
          <RangeCells range={summary.wholeLife.uplifted} />
        </tr>
      </DataTable>
      <h2>Present value</h2>
      <p>
        Discounted to the financial year {financialYear(plan.baseYear)} (year 0), at the rates below.
        {beforeBase.length > 0 &&
          ` Costs dated before then are already spent and are left out: ${money(
            beforeBase.reduce((sum, l) => sum + l.likely, 0),
          )} likely.`}
      </p>
      <DataTable
        caption="Present value, before and after optimism bias"
        scrollLabel="Present value, scrollable"
        columns={['Present value', ...RANGE_COLUMNS]}
      >
        <tr>
          <th scope="row">Before optimism bias</th>
          <RangeCells range={summary.presentValue.base} />
        </tr>
        <tr>
          <th scope="row">After optimism bias</th>
          <RangeCells range={summary.presentValue.uplifted} />
        </tr>
      </DataTable>
      <h3>Discount rates</h3>
      <DataTable
        caption={`Discount rates: ${plan.discount.name}`}
        scrollLabel="Discount rates, scrollable"
        columns={['Years after the base year', { label: 'Rate a year', numeric: true }]}
      >
        {plan.discount.bands.map((band) => (
          <tr key={band.fromYear}>
            <th scope="row">{bandYears(band)}</th>
            <td className="numeric">{percentWords(band.ratePercent)}</td>
          </tr>
        ))}
      </DataTable>
      <SummaryList
        rows={[
          ['Schedule', plan.discount.name],
          ['Source', plan.discount.source],
          ['Checked on', dateOrNot(plan.discount.checked)],
        ]}
      />
      {!frozen && (
        <p>
          <Link to={paths.businessCase.discountRates(project.id)}>Change the discount rates or base year</Link>
        </p>
      )}
      <p>
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </p>
    </>
  );
}

export function CostsPage() {
  return (
    <WithCase title="Costs">
      {(view) => (
        <Page title={`Costs: ${view.businessCase.title}`} heading="Costs" caption={view.businessCase.title}>
          <CostsBody view={view} />
        </Page>
      )}
    </WithCase>
  );
}

const LINE_IDS: Record<string, string> = {
  description: 'cost-description',
  phase: 'cost-phase',
  year: 'cost-year',
  kind: 'cost-kind',
  shape: 'cost-shape',
  amount: 'cost-amount',
  low: 'cost-low',
  likely: 'cost-likely',
  high: 'cost-high',
};

function CostLineForm({ view, line }: { view: CaseView; line: CostLine | null }) {
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const fundedPhase = gatePhase(gateOf(view));
  const [input, setInput] = useState<CostLineInput>(() =>
    line
      ? costLineToInput(line)
      : {
          description: '',
          phase: fundedPhase,
          year: String(view.current.costs.baseYear),
          kind: 'resource',
          shape: 'firm',
          amount: '',
          low: '',
          likely: '',
          high: '',
        },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof CostLineInput) => (value: string) => setInput((old) => ({ ...old, [field]: value }));
  const back = paths.businessCase.costs(view.project.id);

  async function run(
    action: () => Promise<{ ok: boolean; errors?: Partial<Record<string, string>> }>,
    message: string,
  ) {
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const outcome = await action();
      if (!outcome.ok) return setErrors(outcome.errors ?? {});
      useNotices.getState().show({ kind: 'success', message, carry: true });
      await navigate(back);
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () => saveCostLine(repositories(), target, line?.id ?? null, input),
      line ? 'The cost line is changed.' : 'The cost line is added.',
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errorItems(errors, LINE_IDS, saveError)} />
      <TextField
        id={LINE_IDS.description ?? ''}
        label="What is the cost for?"
        hint="For example: the beta team, hosting, licences."
        error={errors.description}
        value={input.description}
        maxLength={301}
        onChange={set('description')}
      />
      <RadioGroup
        id={LINE_IDS.phase ?? ''}
        legend="Which phase is it in?"
        error={errors.phase}
        value={input.phase}
        options={PHASES.map((phase) => ({
          value: phase,
          label:
            phase === fundedPhase ? `${PHASE_LABELS[phase]} (the phase this case asks to fund)` : PHASE_LABELS[phase],
        }))}
        onChange={set('phase')}
      />
      <TextField
        id={LINE_IDS.year ?? ''}
        label="Financial year it starts in"
        hint="The year the financial year begins, such as 2026 for April 2026 to March 2027."
        error={errors.year}
        value={input.year}
        maxLength={4}
        onChange={set('year')}
      />
      <RadioGroup
        id={LINE_IDS.kind ?? ''}
        legend="Capital or resource?"
        hint="Capital buys or builds something that lasts, such as equipment. Resource pays for running costs, such as staff and hosting."
        error={errors.kind}
        value={input.kind}
        options={[
          { value: 'capital', label: 'Capital' },
          { value: 'resource', label: 'Resource' },
        ]}
        onChange={set('kind')}
      />
      <RadioGroup
        id={LINE_IDS.shape ?? ''}
        legend="Is the figure firm, or a range?"
        hint="Amounts are in pounds, such as 1,250,000 or 1,250,000.50. You can also write £1.2m or 250k."
        error={errors.shape}
        value={input.shape}
        options={[
          { value: 'firm', label: 'A firm figure' },
          { value: 'range', label: 'A range: low, likely and high' },
        ]}
        onChange={set('shape')}
      />
      {input.shape === 'firm' ? (
        <TextField
          id={LINE_IDS.amount ?? ''}
          label="Amount in pounds"
          error={errors.amount}
          value={input.amount}
          maxLength={40}
          onChange={set('amount')}
        />
      ) : (
        <>
          <TextField
            id={LINE_IDS.low ?? ''}
            label="Low, in pounds"
            error={errors.low}
            value={input.low}
            maxLength={40}
            onChange={set('low')}
          />
          <TextField
            id={LINE_IDS.likely ?? ''}
            label="Likely, in pounds"
            error={errors.likely}
            value={input.likely}
            maxLength={40}
            onChange={set('likely')}
          />
          <TextField
            id={LINE_IDS.high ?? ''}
            label="High, in pounds"
            error={errors.high}
            value={input.high}
            maxLength={40}
            onChange={set('high')}
          />
        </>
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {line ? 'Save the cost line' : 'Add the cost line'}
        </button>
        {line && (
          <RemoveWithConfirm
            label="Remove the cost line"
            question="Remove this cost line?"
            onConfirm={() =>
              void run(async () => {
                await removeCostLine(repositories(), target, line.id);
                return { ok: true };
              }, 'The cost line is removed.')
            }
          />
        )}
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function CostLinePage() {
  const { lineId } = useParams();
  return (
    <CaseFormPage title={lineId ? 'Change a cost line' : 'Add a cost line'}>
      {(view) => {
        const line = lineId ? view.current.costs.lines.find((l) => l.id === lineId) : null;
        if (line === undefined)
          return (
            <p>
              That cost line is not in the case.{' '}
              <Link to={paths.businessCase.costs(view.project.id)}>Go to the costs</Link>
            </p>
          );
        return <CostLineForm view={view} line={line} />;
      }}
    </CaseFormPage>
  );
}

function OptimismBiasForm({ view }: { view: CaseView }) {
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const [percent, setPercent] = useState(String(view.current.costs.optimismBiasPercent));
  const [basis, setBasis] = useState(view.current.costs.optimismBiasBasis);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const ids = { percent: 'bias-percent', basis: 'bias-basis' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaveError(null);
    try {
      const outcome = await saveOptimismBias(repositories(), target, { percent, basis });
      if (!outcome.ok) return setErrors(outcome.errors);
      useNotices.getState().show({ kind: 'success', message: 'The optimism bias is saved.', carry: true });
      await navigate(paths.businessCase.costs(view.project.id));
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={errorItems(errors, ids, saveError)} />
      <p>
        The Green Book asks for an explicit uplift to cost estimates, because projects tend to cost more than first
        thought. It is added to low, likely and high alike, and both figures are shown.
      </p>
      <TextField
        id={ids.percent}
        label="Uplift, as a percentage"
        hint="For example 24 or 12.5. Use 0 for no uplift."
        error={errors.percent}
        value={percent}
        maxLength={10}
        onChange={setPercent}
      />
      <TextArea
        id={ids.basis}
        label="Why this figure?"
        hint="Say which past or similar projects it is based on, and why it applies here."
        error={errors.basis}
        value={basis}
        rows={5}
        maxLength={4001}
        onChange={setBasis}
      />
      <div className="button-group">
        <button type="submit" className="button">
          Save the optimism bias
        </button>
        <Link to={paths.businessCase.costs(view.project.id)}>Cancel</Link>
      </div>
    </form>
  );
}

export function OptimismBiasPage() {
  return <CaseFormPage title="Optimism bias">{(view) => <OptimismBiasForm view={view} />}</CaseFormPage>;
}

function DiscountRatesForm({ view }: { view: CaseView }) {
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const schedule = view.current.costs.discount;
  const [name, setName] = useState(schedule.name);
  const [source, setSource] = useState(schedule.source);
  const [checked, setChecked] = useState(schedule.checked);
  const [baseYear, setBaseYear] = useState(String(view.current.costs.baseYear));
  const [rates, setRates] = useState(schedule.bands.map((b) => String(b.ratePercent)));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const ids: Record<string, string> = {
    baseYear: 'discount-base-year',
    name: 'discount-name',
    source: 'discount-source',
    checked: 'discount-checked',
    schedule: 'discount-rate-0',
    ...Object.fromEntries(schedule.bands.map((_, i) => [`rate-${i}`, `discount-rate-${i}`])),
  };
  const back = paths.businessCase.costs(view.project.id);

  async function save(
    action: () => Promise<{ ok: boolean; errors?: Partial<Record<string, string>> }>,
    message: string,
  ) {
    setSaveError(null);
    try {
      const outcome = await action();
      if (!outcome.ok) return setErrors(outcome.errors ?? {});
      useNotices.getState().show({ kind: 'success', message, carry: true });
      await navigate(back);
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => saveDiscountSchedule(repositories(), target, { name, source, checked, baseYear, rates }),
          'The discount rates are saved.',
        );
      }}
      noValidate
      className="form"
    >
      <ErrorSummary errors={errorItems(errors, ids, saveError)} />
      <p>
        Present values use these rates. They start as the Green Book&apos;s rates, as Waymark holds them with their
        source. Change them only when HM Treasury or your finance team gives other rates, and say where they come from.
      </p>
      <TextField
        id={ids.baseYear ?? ''}
        label="Base year (year 0)"
        hint="The financial year costs are discounted to, such as 2026 for 2026 to 2027."
        error={errors.baseYear}
        value={baseYear}
        maxLength={4}
        onChange={setBaseYear}
      />
      {schedule.bands.map((band, index) => (
        <TextField
          key={band.fromYear}
          id={ids[`rate-${index}`] ?? ''}
          label={`Rate for ${bandYears(band).toLowerCase()}, percent a year`}
          error={errors[`rate-${index}`] ?? (index === 0 ? errors.schedule : undefined)}
          value={rates[index] ?? ''}
          maxLength={8}
          onChange={(value) => setRates((old) => old.map((r, i) => (i === index ? value : r)))}
        />
      ))}
      <TextField
        id={ids.name ?? ''}
        label="Name of the schedule"
        error={errors.name}
        value={name}
        maxLength={301}
        onChange={setName}
      />
      <TextArea
        id={ids.source ?? ''}
        label="Where the rates come from"
        hint="A publication and its web address, so that a finance colleague can check them."
        error={errors.source}
        value={source}
        rows={3}
        maxLength={4001}
        onChange={setSource}
      />
      <DateField
        id={ids.checked ?? ''}
        legend="When were the rates checked against their source?"
        error={errors.checked}
        value={checked}
        onChange={setChecked}
      />
      <div className="button-group">
        <button type="submit" className="button">
          Save the discount rates
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void save(async () => {
              await restoreGreenBookRates(repositories(), target);
              return { ok: true };
            }, `The discount rates are the Green Book's again (${GREEN_BOOK_DISCOUNT_SCHEDULE.name}).`)
          }
        >
          Use the Green Book rates
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function DiscountRatesPage() {
  return <CaseFormPage title="Discount rates">{(view) => <DiscountRatesForm view={view} />}</CaseFormPage>;
}
