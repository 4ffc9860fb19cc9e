// Properties of the cost rules (src/domain/business-case/costs.ts) over many generated cost plans:
// totals are exact whatever the order, the uplift is the exact percentage rounded to the nearest penny,
// and discounting never adds money.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  optimismBiasUplift,
  presentValue,
  totalsByKind,
  totalsByPhase,
  totalsByYear,
  wholeLifeCost,
} from '../../../src/domain/business-case/costs';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from '../../../src/domain/business-case/discount-rates';
import type { CostLine } from '../../../src/domain/business-case/model';
import { PHASES } from '../../../src/domain/project';

const line = fc
  .record({
    phase: fc.constantFrom(...PHASES),
    year: fc.integer({ min: 2026, max: 2040 }),
    kind: fc.constantFrom('capital' as const, 'resource' as const),
    amounts: fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ phase, year, kind, amounts }): CostLine => {
    const [low = 0, likely = 0, high = 0] = [...amounts].sort((a, b) => a - b);
    return { id: `${phase}-${year}-${low}`, phase, year, kind, description: 'Generated', low, likely, high };
  });

describe('cost properties', () => {
  it('adds up to the same whole-life cost by phase, by year and by kind, in any order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const whole = wholeLifeCost(lines);
        const reversed = wholeLifeCost([...lines].reverse());
        expect(reversed).toEqual(whole);
        const sum = (ranges: { likely: number; high: number }[]) => ranges.reduce((s, r) => s + r.likely + r.high, 0);
        expect(sum(totalsByPhase(lines).map((t) => t.range))).toBe(whole.likely + whole.high);
        expect(sum(totalsByYear(lines).map((t) => t.range))).toBe(whole.likely + whole.high);
        const { capital, resource } = totalsByKind(lines);
        expect(capital.low + resource.low).toBe(whole.low);
        expect(Number.isSafeInteger(whole.high)).toBe(true);
      }),
    );
  });

  it('rounds the uplift to the nearest penny, halves up, exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        (pence, points) => {
          const uplift = BigInt(optimismBiasUplift(pence, points / 100));
          // uplift is the exact value pence x points / 10,000 rounded half up: 2 x |10,000 x uplift - exact| <= 10,000.
          const exact = BigInt(pence) * BigInt(points);
          const diff = uplift * 10_000n - exact;
          expect(diff * 2n <= 10_000n && diff * 2n > -10_000n).toBe(true);
        },
      ),
    );
  });

  it('never gives a present value above the money spent from the base year on', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const amounts = totalsByYear(lines).map(({ year, range }) => ({ year, amount: range.likely }));
        const pv = presentValue(amounts, 2026, GREEN_BOOK_DISCOUNT_SCHEDULE);
        expect(pv.total).toBeLessThanOrEqual(wholeLifeCost(lines).likely);
        expect(Number.isInteger(pv.total)).toBe(true);
      }),
    );
  });
});
