import { describe, expect, it } from 'vitest';
import type { MaturityChartData } from '../../../src/domain/assessment/maturity-self-assessment';
import { chartGeometry, wrapLabel } from '../../../src/ui/maturity/maturity-chart-geometry';
import { chartSummary, gapWords, movementWords } from '../../../src/ui/maturity/maturity-words';

const DATA: MaturityChartData = {
  levels: ['Low', 'Medium', 'High'],
  rows: [
    { key: 'team-culture', label: 'Team Culture', current: 1, target: 3, earlier: 2 },
    { key: 'devsecops', label: 'DevSecOps', current: 2, target: 2, earlier: 1 },
    { key: 'modular', label: 'Modular Contracting', current: null, target: null, earlier: null },
  ],
};

describe('maturity chart geometry', () => {
  it('draws each bar as long as its level on the scale, from the same start', () => {
    const g = chartGeometry(DATA, 640, true);
    const plot = g.plotRight - g.plotLeft;
    expect(g.ticks.map((t) => t.label)).toEqual(['Low', 'Medium', 'High']);
    expect(g.ticks.map((t) => t.x - g.plotLeft)).toEqual([plot / 3, (2 * plot) / 3, plot]);
    const culture = g.rows[0]?.bars ?? [];
    expect(culture.map((b) => [b.series, b.width, b.valueText])).toEqual([
      ['earlier', (2 * plot) / 3, 'Medium'],
      ['current', plot / 3, 'Low'],
      ['target', plot, 'High'],
    ]);
    // Proportional: a bar at High is three times one at Low, and each ends on its level's tick.
    expect((culture[2]?.width ?? 0) / (culture[1]?.width ?? 1)).toBeCloseTo(3);
    for (const bar of culture) expect(bar.x).toBe(g.plotLeft);
    expect(culture[1] && culture[1].x + culture[1].width).toBe(g.ticks[0]?.x);
  });

  it('writes what is missing in words instead of drawing a bar, and stacks rows without overlap', () => {
    const g = chartGeometry(DATA, 640, false);
    const modular = g.rows[2]?.bars ?? [];
    expect(modular.map((b) => [b.series, b.width, b.valueText])).toEqual([
      ['current', 0, 'Not scored'],
      ['target', 0, 'No target'],
    ]);
    const bars = g.rows.flatMap((r) => r.bars);
    for (let i = 1; i < bars.length; i += 1) {
      const before = bars[i - 1];
      const bar = bars[i];
      if (before && bar) expect(bar.y).toBeGreaterThanOrEqual(before.y + before.height);
    }
    expect(g.height).toBeGreaterThan((bars.at(-1)?.y ?? 0) + (bars.at(-1)?.height ?? 0));
  });

  it('fits a narrow screen: the labels wrap and the chart is never wider than its box', () => {
    const long = {
      ...DATA,
      rows: [
        {
          key: 'a/b',
          label:
            'In-house skills and capabilities: Technical skills or experience in implementing open source software',
          current: 2,
          target: 3,
          earlier: null,
        },
      ],
    };
    const narrow = chartGeometry(long, 288, false);
    const wide = chartGeometry(long, 1100, false);
    expect(narrow.width).toBe(288);
    expect(narrow.plotRight).toBeLessThanOrEqual(288);
    expect(narrow.rows[0]?.lines.length).toBeGreaterThan(wide.rows[0]?.lines.length ?? 0);
    expect(narrow.rows[0]?.lines.join(' ')).toBe(long.rows[0]?.label);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('puts the movement, the gap and a summary of the chart into words', () => {
    const [culture, devsecops, modular] = DATA.rows;
    if (!culture || !devsecops || !modular) throw new Error('rows');
    expect(movementWords(DATA, culture)).toBe('Down from Medium to Low');
    expect(movementWords(DATA, devsecops)).toBe('Up from Low to Medium');
    expect(movementWords(DATA, { ...devsecops, earlier: 2 })).toBe('No change (Medium)');
    expect(movementWords(DATA, { ...devsecops, earlier: null })).toBe('Not scored before');
    expect(movementWords(DATA, modular)).toBe('Not scored either time');
    expect(gapWords(culture)).toBe('2 levels below target');
    expect(gapWords(devsecops)).toBe('At target');
    expect(gapWords({ ...devsecops, target: 1 })).toBe('Above target');
    expect(gapWords(modular)).toBe('No target');
    expect(chartSummary('Modern Software Delivery Maturity Index', DATA, [], '1 June 2026')).toBe(
      'Bar chart of Modern Software Delivery Maturity Index: where the project is now against its target and against the self-assessment of 1 June 2026, for each of 3 rows on a scale of Low, Medium, High. 2 of 3 scored; 0 rows are below target. Since then 1 moved up and 1 moved down. The table after the chart gives every value.',
    );
  });
});
