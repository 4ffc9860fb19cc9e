// Costs of a business case (src/domain/business-case/costs.ts), checked against figures worked by hand.
import { describe, expect, it } from 'vitest';
import {
  applyOptimismBias,
  costLineProblems,
  costSummary,
  formatPence,
  isFirm,
  optimismBiasUplift,
  presentValue,
  totalsByKind,
  totalsByPhase,
  totalsByPhaseAndYear,
  totalsByYear,
  wholeLifeCost,
} from '../../../src/domain/business-case/costs';
import {
  GREEN_BOOK_DISCOUNT_SCHEDULE,
  discountFactors,
  discountScheduleProblems,
} from '../../../src/domain/business-case/discount-rates';
import type { CostPlan, DiscountSchedule } from '../../../src/domain/business-case/model';
import { cost } from './fixtures';

// The worked example, in pence:
//   a1  alpha 2026 resource  £150,000 firm          15,000,000 / 15,000,000 / 15,000,000
//   b1  beta  2027 resource  £400k / £550k / £800k  40,000,000 / 55,000,000 / 80,000,000
//   b2  beta  2027 capital   £100k / £120k / £200k  10,000,000 / 12,000,000 / 20,000,000
//   l1  live  2028 resource  £200k / £250k / £350k  20,000,000 / 25,000,000 / 35,000,000
// By phase: alpha 15m firm; beta 40m+10m = 50m, 55m+12m = 67m, 80m+20m = 100m; live 20m / 25m / 35m.
// Whole life: 15m+50m+20m = 85m, 15m+67m+25m = 107m, 15m+100m+35m = 150m (£850,000 / £1,070,000 / £1,500,000).
// Capital: 10m / 12m / 20m. Resource: 15m+40m+20m = 75m, 15m+55m+25m = 95m, 15m+80m+35m = 130m.
const LINES = [
  cost('a1', { phase: 'alpha', year: 2026, low: 15_000_000, likely: 15_000_000, high: 15_000_000 }),
  cost('b1', { phase: 'beta', year: 2027, low: 40_000_000, likely: 55_000_000, high: 80_000_000 }),
  cost('b2', { phase: 'beta', year: 2027, kind: 'capital', low: 10_000_000, likely: 12_000_000, high: 20_000_000 }),
  cost('l1', { phase: 'live', year: 2028, low: 20_000_000, likely: 25_000_000, high: 35_000_000 }),
];

describe('totals', () => {
  it('adds costs by phase, marking a phase firm when low, likely and high are equal', () => {
    expect(totalsByPhase(LINES)).toEqual([
      { phase: 'alpha', range: { low: 15_000_000, likely: 15_000_000, high: 15_000_000 }, firm: true },
      { phase: 'beta', range: { low: 50_000_000, likely: 67_000_000, high: 100_000_000 }, firm: false },
      { phase: 'live', range: { low: 20_000_000, likely: 25_000_000, high: 35_000_000 }, firm: false },
    ]);
  });

  it('adds costs by year and by phase and year', () => {
    expect(totalsByYear([...LINES].reverse()).map((t) => [t.year, t.range.likely])).toEqual([
      [2026, 15_000_000],
      [2027, 67_000_000],
      [2028, 25_000_000],
    ]);
    const split = [...LINES, cost('l2', { phase: 'live', year: 2029, low: 1, likely: 2, high: 3 })];
    expect(totalsByPhaseAndYear(split).map((t) => `${t.phase} ${t.year} ${t.range.high}`)).toEqual([
      'alpha 2026 15000000',
      'beta 2027 100000000',
      'live 2028 35000000',
      'live 2029 3',
    ]);
  });

  it('splits capital from resource and gives the whole-life cost', () => {
    expect(totalsByKind(LINES)).toEqual({
      capital: { low: 10_000_000, likely: 12_000_000, high: 20_000_000 },
      resource: { low: 75_000_000, likely: 95_000_000, high: 130_000_000 },
    });
    expect(wholeLifeCost(LINES)).toEqual({ low: 85_000_000, likely: 107_000_000, high: 150_000_000 });
    expect(isFirm({ low: 1, likely: 1, high: 2 })).toBe(false);
  });

  it('refuses amounts that are not whole pence and ranges out of order', () => {
    expect(costLineProblems(cost('x', { low: 10.5, likely: 11, high: 12 }))).toEqual([
      'Cost x has an amount that is not a whole number of pence from £0 to £10 billion.',
    ]);
    expect(costLineProblems(cost('x', { low: 20, likely: 10, high: 30 }))).toEqual([
      'Cost x should have low no more than likely, and likely no more than high.',
    ]);
    expect(costLineProblems(cost('x', { low: 1, likely: 2, high: 3 }))).toEqual([]);
  });
});

describe('optimism bias', () => {
  it('applies a stated uplift to low, likely and high and keeps the base', () => {
    // 12.5% of 85,000,000 = 10,625,000; of 107,000,000 = 13,375,000; of 150,000,000 = 18,750,000.
    expect(applyOptimismBias(wholeLifeCost(LINES), 12.5)).toEqual({
      percent: 12.5,
      base: { low: 85_000_000, likely: 107_000_000, high: 150_000_000 },
      uplift: { low: 10_625_000, likely: 13_375_000, high: 18_750_000 },
      uplifted: { low: 95_625_000, likely: 120_375_000, high: 168_750_000 },
    });
  });

  it('rounds each uplift to the nearest penny, halves up, without floating point error', () => {
    expect(optimismBiasUplift(333, 12.5)).toBe(42); // 41.625 -> 42
    expect(optimismBiasUplift(3, 10)).toBe(0); // 0.3 -> 0
    expect(optimismBiasUplift(15, 10)).toBe(2); // 1.5 -> 2
    // 1,500 x 2.3% is exactly 34.5, which rounds up to 35; in floating point it is 34.4999... and would give 34.
    expect(optimismBiasUplift(1500, 2.3)).toBe(35);
    expect(optimismBiasUplift(100_000_000_000, 66)).toBe(66_000_000_000);
  });

  it('refuses an uplift with more than two decimal places or out of range', () => {
    expect(() => optimismBiasUplift(100, 1.234)).toThrow(/at most two decimal places/);
    expect(() => optimismBiasUplift(100, -1)).toThrow(/from 0 to 400/);
    expect(() => optimismBiasUplift(1.5, 10)).toThrow(/whole number of pence/);
  });
});

describe('present values', () => {
  it('discounts each year at 3.5% from the base year', () => {
    // Base year 2026 (t = 0). Likely amounts: 2026 15,000,000; 2027 67,000,000; 2028 25,000,000.
    // t=0: 15,000,000 x 1 = 15,000,000
    // t=1: 67,000,000 / 1.035 = 64,734,299.52 -> 64,734,300
    // t=2: 25,000,000 / 1.035^2 = 25,000,000 / 1.071225 = 23,337,767.51 -> 23,337,768
    // Total 15,000,000 + 64,734,300 + 23,337,768 = 103,072,068
    const amounts = totalsByYear(LINES).map(({ year, range }) => ({ year, amount: range.likely }));
    const pv = presentValue(amounts, 2026, GREEN_BOOK_DISCOUNT_SCHEDULE);
    expect(pv.years.map((y) => [y.t, y.presentValue])).toEqual([
      [0, 15_000_000],
      [1, 64_734_300],
      [2, 23_337_768],
    ]);
    expect(pv.total).toBe(103_072_068);
    expect(pv.beforeBaseYear).toBe(0);
  });

  it('uses the lower long-term rates after year 30, compounding on the years before', () => {
    // Factor at t=30: 1 / 1.035^30 = 0.356278; at t=31 the year is discounted at 3.0%: 0.356278 / 1.03 = 0.345901.
    // £1,000,000 in year 31: 100,000,000 x 0.3459014 = 34,590,137 (a flat 3.5% would give 34,423,035).
    const pv = presentValue([{ year: 2057, amount: 100_000_000 }], 2026, GREEN_BOOK_DISCOUNT_SCHEDULE);
    expect(pv.total).toBe(34_590_137);
    // Year 76 is the first at 2.5%: 1 / (1.035^30 x 1.03^45 x 1.025) = 0.0919159 -> 9,191,588.
    const factors = discountFactors(GREEN_BOOK_DISCOUNT_SCHEDULE, 76);
    expect(Math.round(100_000_000 * (factors[76] ?? 0))).toBe(9_191_588);
  });

  it('takes an edited schedule and leaves costs before the base year out', () => {
    const flatTen: DiscountSchedule = {
      ...GREEN_BOOK_DISCOUNT_SCHEDULE,
      bands: [{ fromYear: 0, toYear: null, ratePercent: 10 }],
    };
    const pv = presentValue(
      [
        { year: 2025, amount: 500 },
        { year: 2027, amount: 110 },
      ],
      2026,
      flatTen,
    );
    expect(pv.total).toBe(100); // 110 / 1.1
    expect(pv.beforeBaseYear).toBe(500);
  });

  it('refuses a schedule with gaps', () => {
    const broken: DiscountSchedule = {
      ...GREEN_BOOK_DISCOUNT_SCHEDULE,
      bands: [
        { fromYear: 0, toYear: 30, ratePercent: 3.5 },
        { fromYear: 40, toYear: null, ratePercent: 3 },
      ],
    };
    expect(discountScheduleProblems(broken)).toEqual(['Band 2 should start at year 31.']);
    expect(discountScheduleProblems(GREEN_BOOK_DISCOUNT_SCHEDULE)).toEqual([]);
    expect(() => presentValue([{ year: 2027, amount: 1 }], 2026, broken)).toThrow(/Band 2/);
  });
});

describe('costSummary', () => {
  it('gives present values before and after the optimism bias uplift', () => {
    const plan: CostPlan = {
      lines: LINES,
      optimismBiasPercent: 10,
      optimismBiasBasis: 'Our estimate from two similar services',
      baseYear: 2026,
      discount: GREEN_BOOK_DISCOUNT_SCHEDULE,
    };
    const summary = costSummary(plan);
    expect(summary.wholeLife.uplifted.likely).toBe(117_700_000); // 107,000,000 + 10,700,000
    expect(summary.presentValue.base.likely).toBe(103_072_068);
    // Uplifted likely: 16,500,000 + 73,700,000 / 1.035 + 27,500,000 / 1.071225
    //   = 16,500,000 + 71,207,729.47 -> 71,207,729 + 25,671,544.26 -> 25,671,544 = 113,379,273
    expect(summary.presentValue.uplifted.likely).toBe(113_379_273);
    expect(summary.presentValue.base.low).toBeLessThan(summary.presentValue.base.high);
  });
});

describe('formatPence', () => {
  it('writes pounds with pence only when there are any', () => {
    expect(formatPence(107_000_000)).toBe('£1,070,000');
    expect(formatPence(123_456)).toBe('£1,234.56');
    expect(formatPence(5)).toBe('£0.05');
  });
});
