// Costs of a business case: totals by phase and year, ranges, the optimism bias uplift, the capital and
// resource split, whole-life cost and present values. Money is held in whole pence as integers, so
// totals are exact; the only rounding is where a percentage or a discount factor is applied, and each
// such result is rounded to the nearest penny (halves up) before anything is added to it.
// docs/business-case-rules.md states these rules for finance colleagues.
import { PHASES, type Phase } from '../project';
import { discountFactors } from './discount-rates';
import type { CostKind, CostLine, CostPlan, DiscountSchedule } from './model';

export interface CostRange {
  low: number;
  likely: number;
  high: number;
}

export const ZERO_RANGE: CostRange = { low: 0, likely: 0, high: 0 };

/** The most pence a single figure may hold: £10 billion, far above any case and far below 2^53. */
export const MAX_PENCE = 1_000_000_000_000;
/** The largest optimism bias uplift accepted, in percent. */
export const MAX_OPTIMISM_BIAS_PERCENT = 400;

export function isFirm(range: CostRange): boolean {
  return range.low === range.likely && range.likely === range.high;
}

export function addRanges(a: CostRange, b: CostRange): CostRange {
  return { low: a.low + b.low, likely: a.likely + b.likely, high: a.high + b.high };
}

function rangeOf(line: CostLine): CostRange {
  return { low: line.low, likely: line.likely, high: line.high };
}

function sumRanges(lines: readonly CostLine[]): CostRange {
  return lines.reduce((total, line) => addRanges(total, rangeOf(line)), ZERO_RANGE);
}

function isPence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_PENCE;
}

/** What is wrong with a cost line, one plain sentence each; empty when it can be saved. */
export function costLineProblems(line: CostLine): string[] {
  const problems: string[] = [];
  const name = line.description.trim() || 'A cost line';
  if (![line.low, line.likely, line.high].every(isPence))
    problems.push(`${name} has an amount that is not a whole number of pence from £0 to £10 billion.`);
  else if (!(line.low <= line.likely && line.likely <= line.high))
    problems.push(`${name} should have low no more than likely, and likely no more than high.`);
  if (!Number.isInteger(line.year) || line.year < 1900 || line.year > 2300)
    problems.push(`${name} has a year that is not a year from 1900 to 2300.`);
  return problems;
}

export interface PhaseTotal {
  phase: Phase;
  range: CostRange;
  firm: boolean;
}

/** Totals for each phase that has costs, in the order of the phases. */
export function totalsByPhase(lines: readonly CostLine[]): PhaseTotal[] {
  return PHASES.flatMap((phase) => {
    const own = lines.filter((line) => line.phase === phase);
    if (own.length === 0) return [];
    const range = sumRanges(own);
    return [{ phase, range, firm: isFirm(range) }];
  });
}

export interface YearTotal {
  year: number;
  range: CostRange;
}

/** Totals for each year that has costs, earliest first. */
export function totalsByYear(lines: readonly CostLine[]): YearTotal[] {
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, range: sumRanges(lines.filter((line) => line.year === year)) }));
}

export interface PhaseYearTotal {
  phase: Phase;
  year: number;
  range: CostRange;
}

/** Totals for each phase and year pair that has costs: the rows of the costs table. */
export function totalsByPhaseAndYear(lines: readonly CostLine[]): PhaseYearTotal[] {
  return totalsByPhase(lines).flatMap(({ phase }) =>
    totalsByYear(lines.filter((line) => line.phase === phase)).map(({ year, range }) => ({ phase, year, range })),
  );
}

export function totalsByKind(lines: readonly CostLine[]): Record<CostKind, CostRange> {
  return {
    capital: sumRanges(lines.filter((line) => line.kind === 'capital')),
    resource: sumRanges(lines.filter((line) => line.kind === 'resource')),
  };
}

/** Whole-life cost: every cost over the appraisal period, as a range. */
export function wholeLifeCost(lines: readonly CostLine[]): CostRange {
  return sumRanges(lines);
}

/** The uplift in basis points (hundredths of a percent); refuses more than two decimal places. */
function basisPoints(percent: number): number {
  const points = Math.round(percent * 100);
  if (!(percent >= 0 && percent <= MAX_OPTIMISM_BIAS_PERCENT) || Math.abs(percent * 100 - points) > 1e-6)
    throw new Error(
      `The optimism bias must be a percentage from 0 to ${MAX_OPTIMISM_BIAS_PERCENT} with at most two decimal places.`,
    );
  return points;
}

/**
 * The optimism bias uplift on an amount in pence: amount × percent ÷ 100, rounded to the nearest penny
 * with halves rounded up. Worked in whole numbers (BigInt) so that no floating point error creeps in.
 */
export function optimismBiasUplift(pence: number, percent: number): number {
  if (!isPence(pence)) throw new Error('The amount must be a whole number of pence from £0 to £10 billion.');
  const points = BigInt(basisPoints(percent));
  return Number((BigInt(pence) * points + 5000n) / 10000n);
}

export interface UpliftedRange {
  percent: number;
  base: CostRange;
  uplift: CostRange;
  uplifted: CostRange;
}

/** A range with the stated optimism bias applied to each of low, likely and high; both are kept. */
export function applyOptimismBias(base: CostRange, percent: number): UpliftedRange {
  const uplift = {
    low: optimismBiasUplift(base.low, percent),
    likely: optimismBiasUplift(base.likely, percent),
    high: optimismBiasUplift(base.high, percent),
  };
  return { percent, base, uplift, uplifted: addRanges(base, uplift) };
}

export interface PresentValueYear {
  year: number;
  /** Years after the base year: the t of the discount factor. */
  t: number;
  amount: number;
  factor: number;
  presentValue: number;
}

export interface PresentValue {
  years: PresentValueYear[];
  total: number;
  /** Costs dated before the base year: already spent, so left out of the appraisal and shown apart. */
  beforeBaseYear: number;
}

/**
 * Present value of one figure per year (amounts in pence): each year's total times its discount factor,
 * rounded to the nearest penny, then added up.
 */
export function presentValue(
  amounts: readonly { year: number; amount: number }[],
  baseYear: number,
  schedule: DiscountSchedule,
): PresentValue {
  const counted = amounts.filter((a) => a.year >= baseYear).sort((a, b) => a.year - b.year);
  const beforeBaseYear = amounts.filter((a) => a.year < baseYear).reduce((sum, a) => sum + a.amount, 0);
  const lastYear = counted.reduce((last, a) => Math.max(last, a.year - baseYear), 0);
  const factors = discountFactors(schedule, lastYear);
  const years = counted.map(({ year, amount }) => {
    const t = year - baseYear;
    const factor = factors[t] ?? 1;
    return { year, t, amount, factor, presentValue: Math.round(amount * factor) };
  });
  return { years, total: years.reduce((sum, y) => sum + y.presentValue, 0), beforeBaseYear };
}

function pick(range: CostRange, which: keyof CostRange): number {
  return range[which];
}

export interface CostSummary {
  byPhase: PhaseTotal[];
  byYear: YearTotal[];
  byKind: Record<CostKind, CostRange>;
  wholeLife: UpliftedRange;
  /** Present values of low, likely and high, before and after the optimism bias uplift. */
  presentValue: { base: CostRange; uplifted: CostRange };
}

/** Everything the costs table, the chart and the export show, worked out from the plan. */
export function costSummary(plan: CostPlan): CostSummary {
  const byYear = totalsByYear(plan.lines);
  const pv = (which: keyof CostRange, uplifted: boolean): number => {
    const amounts = byYear.map(({ year, range }) => {
      const amount = pick(range, which);
      return { year, amount: uplifted ? amount + optimismBiasUplift(amount, plan.optimismBiasPercent) : amount };
    });
    return presentValue(amounts, plan.baseYear, plan.discount).total;
  };
  return {
    byPhase: totalsByPhase(plan.lines),
    byYear,
    byKind: totalsByKind(plan.lines),
    wholeLife: applyOptimismBias(wholeLifeCost(plan.lines), plan.optimismBiasPercent),
    presentValue: {
      base: { low: pv('low', false), likely: pv('likely', false), high: pv('high', false) },
      uplifted: { low: pv('low', true), likely: pv('likely', true), high: pv('high', true) },
    },
  };
}

/** Pence as pounds for people: "£1,234" for whole pounds, "£1,234.56" otherwise. */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  const rest = abs % 100;
  return rest === 0 ? `${sign}£${pounds}` : `${sign}£${pounds}.${String(rest).padStart(2, '0')}`;
}
