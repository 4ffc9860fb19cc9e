// Pure rules for the costs screens: reading money typed as pounds into whole pence (never through a
// floating point number), and checking what a person typed for a cost line, the optimism bias and the
// discount rate schedule before anything is stored. Each problem is one plain sentence keyed by field.
import { discountScheduleProblems } from '../../domain/business-case/discount-rates';
import { MAX_OPTIMISM_BIAS_PERCENT, MAX_PENCE } from '../../domain/business-case/costs';
import type { CostKind, CostLine, DiscountSchedule } from '../../domain/business-case/model';
import { COST_KINDS } from '../../domain/business-case/model';
import { PHASES, type Phase } from '../../domain/project';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MULTIPLIERS: Record<string, bigint> = {
  '': 1n,
  k: 1_000n,
  thousand: 1_000n,
  m: 1_000_000n,
  million: 1_000_000n,
  bn: 1_000_000_000n,
  billion: 1_000_000_000n,
};

/**
 * Money typed as pounds, as whole pence: "1,250,000", "£1,250,000.50", "1250000", "£1.2m", "250k",
 * "1.5 million". Worked on the digits with whole numbers, so "£0.29" is exactly 29 pence. Refuses
 * anything else (letters, negative amounts, fractions of a penny, more than £10 billion) with a sentence.
 */
export function parsePounds(text: string, what = 'The amount'): Parsed<number> {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return { ok: false, error: `${what} is empty. Enter an amount in pounds, such as 1,250,000.` };
  const match = /^£? ?(\d[\d,]*)(?:\.(\d+))? ?(k|thousand|m|million|bn|billion)?$/i.exec(clean);
  const digits = match?.[1];
  if (!match || digits === undefined)
    return {
      ok: false,
      error: `${what} should be an amount in pounds, such as 1,250,000 or 1,250,000.50 or £1.2m.`,
    };
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})*$/.test(digits))
    return { ok: false, error: `${what} has its commas in the wrong places. Write it like 1,250,000.` };
  const fraction = match[2] ?? '';
  const multiplier = MULTIPLIERS[(match[3] ?? '').toLowerCase()] ?? 1n;
  // pounds = whole.fraction × multiplier; pence = that × 100, which must come out whole.
  const scaled = BigInt(digits.replace(/,/g, '') + fraction) * multiplier * 100n;
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled % divisor !== 0n)
    return { ok: false, error: `${what} has fractions of a penny. Give at most two figures after the point.` };
  const pence = scaled / divisor;
  if (pence > BigInt(MAX_PENCE)) return { ok: false, error: `${what} is more than £10 billion.` };
  return { ok: true, value: Number(pence) };
}

/** Whole pence as pounds to type back into a box: "1250000" or "1250000.50" (no £, no commas). */
export function penceToInput(pence: number): string {
  const digits = String(pence).padStart(3, '0');
  const pounds = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(-2);
  return rest === '00' ? pounds : `${pounds}.${rest}`;
}

/** What a person typed for a cost line, before it is checked. */
export interface CostLineInput {
  description: string;
  phase: string;
  year: string;
  kind: string;
  /** "firm" for one figure, "range" for low, likely and high. */
  shape: string;
  amount: string;
  low: string;
  likely: string;
  high: string;
}

export type CostLineField = 'description' | 'phase' | 'year' | 'kind' | 'shape' | 'amount' | 'low' | 'likely' | 'high';
export type FieldErrors<F extends string> = Partial<Record<F, string>>;
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export const COST_LIMITS = { description: 300 } as const;

/** A cost line as it would be shown in the form. */
export function costLineToInput(line: CostLine): CostLineInput {
  const firm = line.low === line.likely && line.likely === line.high;
  return {
    description: line.description,
    phase: line.phase,
    year: String(line.year),
    kind: line.kind,
    shape: firm ? 'firm' : 'range',
    amount: firm ? penceToInput(line.likely) : '',
    low: firm ? '' : penceToInput(line.low),
    likely: firm ? '' : penceToInput(line.likely),
    high: firm ? '' : penceToInput(line.high),
  };
}

/** Checks a cost line typed by a person; gives the line (with the id given) or a sentence per field. */
export function checkCostLine(input: CostLineInput, id: string): Checked<CostLine, CostLineField> {
  const errors: FieldErrors<CostLineField> = {};
  const description = input.description.trim();
  if (description === '') errors.description = 'Say what the cost is for.';
  else if (description.length > COST_LIMITS.description)
    errors.description = `What the cost is for must be ${COST_LIMITS.description} characters or fewer.`;
  if (!(PHASES as readonly string[]).includes(input.phase)) errors.phase = 'Choose the phase the cost falls in.';
  const year = input.year.trim();
  if (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2300)
    errors.year = 'Enter the year the financial year starts in, as four figures, such as 2026 for 2026 to 2027.';
  if (!(COST_KINDS as readonly string[]).includes(input.kind)) errors.kind = 'Choose capital or resource.';
  let low = 0;
  let likely = 0;
  let high = 0;
  if (input.shape === 'firm') {
    const amount = parsePounds(input.amount, 'The amount');
    if (amount.ok) low = likely = high = amount.value;
    else errors.amount = amount.error;
  } else if (input.shape === 'range') {
    const parsed = {
      low: parsePounds(input.low, 'The low figure'),
      likely: parsePounds(input.likely, 'The likely figure'),
      high: parsePounds(input.high, 'The high figure'),
    };
    if (parsed.low.ok) low = parsed.low.value;
    else errors.low = parsed.low.error;
    if (parsed.likely.ok) likely = parsed.likely.value;
    else errors.likely = parsed.likely.error;
    if (parsed.high.ok) high = parsed.high.value;
    else errors.high = parsed.high.error;
    if (parsed.low.ok && parsed.likely.ok && low > likely)
      errors.low = 'The low figure should be no more than the likely figure.';
    if (parsed.likely.ok && parsed.high.ok && likely > high)
      errors.high = 'The high figure should be no less than the likely figure.';
  } else errors.shape = 'Choose a firm figure or a range.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      description,
      phase: input.phase as Phase,
      year: Number(year),
      kind: input.kind as CostKind,
      low,
      likely,
      high,
    },
  };
}

export type OptimismBiasField = 'percent' | 'basis';

/** Checks the stated optimism bias uplift: a percentage with at most two decimal places, and why. */
export function checkOptimismBias(
  input: { percent: string; basis: string },
  limit = 4000,
): Checked<{ percent: number; basis: string }, OptimismBiasField> {
  const errors: FieldErrors<OptimismBiasField> = {};
  const text = input.percent.trim().replace(/%$/, '').trim();
  let percent = 0;
  if (!/^\d+(\.\d{1,2})?$/.test(text))
    errors.percent = 'Enter the uplift as a percentage, such as 24 or 12.5, with at most two figures after the point.';
  else {
    percent = Number(text);
    if (percent > MAX_OPTIMISM_BIAS_PERCENT)
      errors.percent = `The uplift must be from 0 to ${MAX_OPTIMISM_BIAS_PERCENT} percent.`;
  }
  const basis = input.basis.trim();
  if (basis === '' && percent > 0)
    errors.basis = 'Say why this uplift was chosen, for example which past or similar projects it is based on.';
  else if (basis.length > limit) errors.basis = `The reason must be ${limit} characters or fewer.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { percent, basis } };
}

/** What a person typed for the discount rate schedule: each band's rate, the source and the base year. */
export interface DiscountInput {
  name: string;
  source: string;
  checked: string;
  baseYear: string;
  rates: string[];
}

export type DiscountField = 'name' | 'source' | 'checked' | 'baseYear' | `rate-${number}` | 'schedule';

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Checks an edited schedule, keeping the bands' years from `schedule` and changing their rates. */
export function checkDiscountSchedule(
  schedule: DiscountSchedule,
  input: DiscountInput,
): Checked<{ schedule: DiscountSchedule; baseYear: number }, DiscountField> {
  const errors: FieldErrors<DiscountField> = {};
  const name = input.name.trim();
  if (name === '') errors.name = 'Give the schedule a name, such as Green Book social time preference rate.';
  else if (name.length > 300) errors.name = 'The name must be 300 characters or fewer.';
  const source = input.source.trim();
  if (source === '') errors.source = 'Say where the rates come from, so that a finance colleague can check them.';
  else if (source.length > 4000) errors.source = 'The source must be 4000 characters or fewer.';
  if (!isRealDate(input.checked)) errors.checked = 'Enter the date the rates were checked as a real date.';
  const baseYear = input.baseYear.trim();
  if (!/^\d{4}$/.test(baseYear) || Number(baseYear) < 1900 || Number(baseYear) > 2300)
    errors.baseYear = 'Enter the base year as four figures, such as 2026.';
  const bands = schedule.bands.map((band, index) => {
    const text = (input.rates[index] ?? '').trim().replace(/%$/, '').trim();
    if (!/^\d+(\.\d{1,3})?$/.test(text) || Number(text) > 100) {
      errors[`rate-${index}`] = `Enter the rate for years ${band.fromYear}${
        band.toYear === null ? ' onwards' : ` to ${band.toYear}`
      } as a percentage from 0 to 100, such as 3.5.`;
      return band;
    }
    return { ...band, ratePercent: Number(text) };
  });
  const next: DiscountSchedule = { name, source, checked: input.checked, bands };
  const problems = discountScheduleProblems(next);
  if (problems.length > 0) errors.schedule = problems.join(' ');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { schedule: next, baseYear: Number(baseYear) } };
}

export { isRealDate };
