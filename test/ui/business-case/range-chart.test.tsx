// The chart of cost ranges across revisions: each bar runs from low to high in proportion to a scale from
// £0 to the largest high figure, the likely figure is marked, and the chart is an image named by its words.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CostRangePoint } from '../../../src/domain/business-case/compare';
import {
  CHART,
  RangeChart,
  RangeTable,
  rangeChartGeometry,
  rangeChartSummary,
} from '../../../src/ui/business-case/RangeChart';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

const ZERO = { low: 0, likely: 0, high: 0 };

// Beta was £200,000 to £600,000 (likely £400,000) in revision 1 and narrowed to £300,000 to £500,000 in
// revision 2; alpha was firm at £100,000 in revision 1 only.
const SERIES: CostRangePoint[] = [
  {
    revision: 1,
    frozenAt: '2026-03-01T10:00:00.000Z',
    byPhase: {
      alpha: { low: 10_000_000, likely: 10_000_000, high: 10_000_000 },
      beta: { low: 20_000_000, likely: 40_000_000, high: 60_000_000 },
    },
    wholeLife: ZERO,
  },
  {
    revision: 2,
    frozenAt: null,
    byPhase: { beta: { low: 30_000_000, likely: 45_000_000, high: 50_000_000 } },
    wholeLife: ZERO,
  },
];

describe('the cost range chart', () => {
  it('spans each bar from low to high in proportion, on a scale from £0 to the largest high figure', () => {
    const g = rangeChartGeometry(SERIES);
    const plot = g.plotRight - g.plotLeft;
    expect(g.plotLeft).toBe(CHART.labelWidth);
    expect(g.max).toBe(60_000_000);
    expect(g.groups.map((group) => group.label)).toEqual(['Alpha', 'Beta']);
    expect(g.bars.map((bar) => `${bar.phase} ${bar.label}`)).toEqual([
      'alpha Revision 1',
      'beta Revision 1',
      'beta Revision 2',
    ]);
    const [alpha, beta1, beta2] = [must(g.bars[0]), must(g.bars[1]), must(g.bars[2])];
    // Alpha is firm: a bar of no width at a sixth of the scale, with the likely mark on it.
    expect(alpha.xLow).toBeCloseTo(g.plotLeft + plot / 6);
    expect(alpha.xHigh).toBeCloseTo(alpha.xLow);
    expect(alpha.xLikely).toBeCloseTo(alpha.xLow);
    // Beta in revision 1 spans a third to the whole of the scale, likely at two thirds.
    expect(beta1.xLow).toBeCloseTo(g.plotLeft + plot / 3);
    expect(beta1.xHigh).toBeCloseTo(g.plotRight);
    expect(beta1.xLikely).toBeCloseTo(g.plotLeft + (2 * plot) / 3);
    // Narrowed in revision 2: half to five sixths, likely at three quarters.
    expect(beta2.xLow).toBeCloseTo(g.plotLeft + plot / 2);
    expect(beta2.xHigh).toBeCloseTo(g.plotLeft + (5 * plot) / 6);
    expect(beta2.xLikely).toBeCloseTo(g.plotLeft + (3 * plot) / 4);
    expect(beta2.xHigh - beta2.xLow).toBeLessThan(beta1.xHigh - beta1.xLow);
    // Rows go down the chart, never on top of each other.
    expect(beta1.y).toBeGreaterThan(alpha.y);
    expect(beta2.y).toBeGreaterThan(beta1.y);
    expect(g.height).toBeGreaterThan(beta2.y + CHART.rowHeight);
  });

  it('draws an image named by a summary in words, with labels, bars and likely marks', () => {
    const html = renderToStaticMarkup(<RangeChart series={SERIES} id="test" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="test-title"');
    expect(rangeChartSummary(SERIES)).toBe(
      'Cost ranges by phase across revisions. Alpha: revision 1 £100,000 (firm). Beta: revision 1 £200,000 to £600,000, likely £400,000; revision 2 £300,000 to £500,000, likely £450,000.',
    );
    expect(html).toContain(`<title id="test-title">${rangeChartSummary(SERIES)}</title>`);
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html.match(/class="range-chart__likely"/g)).toHaveLength(3);
    for (const label of ['Alpha', 'Beta', 'Revision 1', 'Revision 2', '£0', '£600,000']) expect(html).toContain(label);
    // A firm figure still shows a bar a person can see.
    expect(html).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="2"/);
  });

  it('gives the same figures in a table, and says so when there are no costs', () => {
    const html = renderToStaticMarkup(<RangeTable series={SERIES} caption="Cost ranges" />);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => must(m[1]).replace(/<[^>]+>/g, '|'));
    expect(rows.slice(1).map((r) => r.split('|').filter(Boolean))).toEqual([
      ['Alpha', 'Revision 1', '£100,000', '£100,000', '£100,000'],
      ['Beta', 'Revision 1', '£200,000', '£400,000', '£600,000'],
      ['Beta', 'Revision 2', '£300,000', '£450,000', '£500,000'],
    ]);
    expect(rangeChartSummary([{ revision: 1, frozenAt: null, byPhase: {}, wholeLife: ZERO }])).toBe(
      'No revision has any costs yet.',
    );
    expect(rangeChartGeometry([]).bars).toEqual([]);
  });
});
