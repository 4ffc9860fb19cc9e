import { describe, expect, it } from 'vitest';
import { startRevision } from '../../../src/app/business-case/case-actions';
import {
  removeCostLine,
  saveCostLine,
  saveDiscountSchedule,
  saveOptimismBias,
  restoreGreenBookRates,
} from '../../../src/app/business-case/cost-actions';
import {
  checkCostLine,
  costLineToInput,
  parsePounds,
  penceToInput,
  type CostLineInput,
} from '../../../src/app/business-case/cost-edits';
import { CaseChangedError, FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import { costSummary } from '../../../src/domain/business-case/costs';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from '../../../src/domain/business-case/discount-rates';
import { money } from '../../../src/export/business-case-words';
import { caseSetup } from './parts-b-setup';

const FIRM: CostLineInput = {
  description: 'Beta team',
  phase: 'beta',
  year: '2026',
  kind: 'capital',
  shape: 'firm',
  amount: '£600,000',
  low: '',
  likely: '',
  high: '',
};

const RANGE: CostLineInput = {
  description: 'Running the live service',
  phase: 'live',
  year: '2027',
  kind: 'resource',
  shape: 'range',
  amount: '',
  low: '400,000',
  likely: '£0.5m',
  high: '700k',
};

describe('money typed as pounds', () => {
  it('reads plain numbers, commas, pence and shorthand into whole pence', () => {
    expect(parsePounds('1,250,000')).toEqual({ ok: true, value: 125_000_000 });
    expect(parsePounds(' £1,250,000.50 ')).toEqual({ ok: true, value: 125_000_050 });
    expect(parsePounds('1250000.5')).toEqual({ ok: true, value: 125_000_050 });
    expect(parsePounds('0.29')).toEqual({ ok: true, value: 29 });
    expect(parsePounds('£1.2m')).toEqual({ ok: true, value: 120_000_000 });
    expect(parsePounds('1.5 million')).toEqual({ ok: true, value: 150_000_000 });
    expect(parsePounds('250k')).toEqual({ ok: true, value: 25_000_000 });
    expect(parsePounds('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses nonsense with a sentence that says what to type', () => {
    expect(parsePounds('lots')).toEqual({
      ok: false,
      error: 'The amount should be an amount in pounds, such as 1,250,000 or 1,250,000.50 or £1.2m.',
    });
    expect(parsePounds('-5').ok).toBe(false);
    expect(parsePounds('1e6').ok).toBe(false);
    expect(parsePounds('').ok).toBe(false);
    expect(parsePounds('12,34,567')).toEqual({
      ok: false,
      error: 'The amount has its commas in the wrong places. Write it like 1,250,000.',
    });
    expect(parsePounds('10.005')).toEqual({
      ok: false,
      error: 'The amount has fractions of a penny. Give at most two figures after the point.',
    });
    expect(parsePounds('10,000,000,001')).toEqual({ ok: false, error: 'The amount is more than £10 billion.' });
  });

  it('writes pence back for the form without losing a penny', () => {
    expect(penceToInput(125_000_050)).toBe('1250000.50');
    expect(penceToInput(7)).toBe('0.07');
    expect(penceToInput(100)).toBe('1');
  });

  it('checks a cost line, field by field', () => {
    const bad = checkCostLine({ ...RANGE, description: ' ', year: '27', low: '800,000' }, 'x');
    expect(bad).toEqual({
      ok: false,
      errors: {
        description: 'Say what the cost is for.',
        year: 'Enter the year the financial year starts in, as four figures, such as 2026 for 2026 to 2027.',
        low: 'The low figure should be no more than the likely figure.',
      },
    });
    const good = checkCostLine(RANGE, 'x');
    expect(good).toEqual({
      ok: true,
      value: {
        id: 'x',
        description: 'Running the live service',
        phase: 'live',
        year: 2027,
        kind: 'resource',
        low: 40_000_000,
        likely: 50_000_000,
        high: 70_000_000,
      },
    });
    if (good.ok) expect(costLineToInput(good.value)).toMatchObject({ shape: 'range', likely: '500000' });
  });
});

describe('cost use cases', () => {
  it('adds firm and range lines and an uplift, giving the figures worked by hand', async () => {
    const s = await caseSetup();
    const one = await saveCostLine(s.repos, s.target(s.first), null, FIRM, s.clock);
    if (!one.ok) throw new Error('not saved');
    const two = await saveCostLine(s.repos, s.target(one.revision), null, RANGE, s.clock);
    if (!two.ok) throw new Error('not saved');
    const bias = await saveOptimismBias(
      s.repos,
      s.target(two.revision),
      { percent: '10%', basis: 'Similar digital services overran by about a tenth.' },
      s.clock,
    );
    if (!bias.ok) throw new Error('not saved');
    const [stored] = await s.stored();
    expect(stored?.costs.optimismBiasPercent).toBe(10);
    expect(stored?.costs.lines.map((l) => [l.low, l.likely, l.high])).toEqual([
      [60_000_000, 60_000_000, 60_000_000],
      [40_000_000, 50_000_000, 70_000_000],
    ]);
    if (!stored) throw new Error('not stored');
    const summary = costSummary(stored.costs);
    // Whole-life: £1,000,000 / £1,100,000 / £1,300,000; 10% uplift: £1,100,000 / £1,210,000 / £1,430,000.
    expect(summary.wholeLife.base).toEqual({ low: 100_000_000, likely: 110_000_000, high: 130_000_000 });
    expect(summary.wholeLife.uplifted).toEqual({ low: 110_000_000, likely: 121_000_000, high: 143_000_000 });
    // Base year 2026 (the financial year of 1 June 2026). Year 1 at 3.5%: 50,000,000p ÷ 1.035 =
    // 48,309,178.74p, so 48,309,179p; likely PV = 60,000,000 + 48,309,179 = £1,083,091.79.
    expect(stored?.costs.baseYear).toBe(2026);
    expect(money(summary.presentValue.base.likely)).toBe('£1,083,091.79');
    expect(money(summary.presentValue.base.low)).toBe('£986,473.43');
    expect(money(summary.presentValue.base.high)).toBe('£1,276,328.50');
    // Uplifted: 66,000,000 + 55,000,000 ÷ 1.035 (53,140,096.62 → 53,140,097) = £1,191,400.97.
    expect(money(summary.presentValue.uplifted.likely)).toBe('£1,191,400.97');
  });

  it('changes and removes a line, and refuses nonsense without storing anything', async () => {
    const s = await caseSetup();
    const added = await saveCostLine(s.repos, s.target(s.first), null, FIRM, s.clock);
    if (!added.ok) throw new Error('not saved');
    const lineId = added.id;
    const refused = await saveCostLine(s.repos, s.target(added.revision), lineId, { ...FIRM, amount: 'abc' }, s.clock);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.amount).toContain('should be an amount in pounds');
    expect((await s.stored())[0]?.updatedAt).toBe(added.revision.updatedAt);
    const changed = await saveCostLine(
      s.repos,
      s.target(added.revision),
      lineId,
      { ...FIRM, amount: '650000' },
      s.clock,
    );
    if (!changed.ok) throw new Error('not saved');
    expect(changed.revision.costs.lines).toHaveLength(1);
    expect(changed.revision.costs.lines[0]?.likely).toBe(65_000_000);
    const removed = await removeCostLine(s.repos, s.target(changed.revision), lineId, s.clock);
    expect(removed.costs.lines).toEqual([]);
  });

  it('refuses an uplift with more than two decimal places or without a reason', async () => {
    const s = await caseSetup();
    const outcome = await saveOptimismBias(s.repos, s.target(s.first), { percent: '12.345', basis: '' }, s.clock);
    expect(outcome.ok).toBe(false);
    const noReason = await saveOptimismBias(s.repos, s.target(s.first), { percent: '12', basis: ' ' }, s.clock);
    expect(noReason).toEqual({
      ok: false,
      errors: { basis: 'Say why this uplift was chosen, for example which past or similar projects it is based on.' },
    });
  });

  it('changes the discount rate with its source, and puts the Green Book rates back', async () => {
    const s = await caseSetup();
    const rates = GREEN_BOOK_DISCOUNT_SCHEDULE.bands.map((b) => String(b.ratePercent));
    const input = {
      name: 'Departmental test rate',
      source: 'Finance team note of 1 May 2026',
      checked: '2026-05-01',
      baseYear: '2026',
      rates: ['3', ...rates.slice(1)],
    };
    const bad = await saveDiscountSchedule(s.repos, s.target(s.first), { ...input, rates: ['x', ...rates.slice(1)] });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors['rate-0']).toBe('Enter the rate for years 0 to 30 as a percentage from 0 to 100, such as 3.5.');
    const saved = await saveDiscountSchedule(s.repos, s.target(s.first), input, s.clock);
    if (!saved.ok) throw new Error('not saved');
    expect(saved.revision.costs.discount.bands[0]?.ratePercent).toBe(3);
    expect(saved.revision.costs.discount.source).toBe('Finance team note of 1 May 2026');
    const back = await restoreGreenBookRates(s.repos, s.target(saved.revision), s.clock);
    expect(back.costs.discount).toEqual(GREEN_BOOK_DISCOUNT_SCHEDULE);
  });

  it('refuses to change a frozen revision, or a copy changed meanwhile', async () => {
    const s = await caseSetup();
    const added = await saveCostLine(s.repos, s.target(s.first), null, FIRM, s.clock);
    if (!added.ok) throw new Error('not saved');
    await expect(saveCostLine(s.repos, s.target(s.first), null, RANGE, s.clock)).rejects.toBeInstanceOf(
      CaseChangedError,
    );
    const started = await startRevision(
      s.repos,
      {
        projectId: s.project.id,
        expectedUpdatedAt: added.revision.updatedAt,
        summary: 'Alpha done.',
        author: '',
        gate: null,
      },
      s.clock,
    );
    if (!started.ok) throw new Error('not started');
    await expect(saveCostLine(s.repos, s.target(started.value.frozen), null, RANGE, s.clock)).rejects.toThrow(
      /Revision 1 was frozen on 2026-06-01 and cannot be changed\. Start a new revision to make changes\./,
    );
    await expect(removeCostLine(s.repos, s.target(started.value.frozen), added.id, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
    const [frozen, draft] = await s.stored();
    expect(frozen?.costs.lines).toHaveLength(1);
    // The new draft can still be changed.
    const onDraft = await saveCostLine(s.repos, s.target(draft ?? s.first), null, RANGE, s.clock);
    expect(onDraft.ok).toBe(true);
  });
});
