import { describe, expect, it } from 'vitest';
import type { MaturityChartData } from '../../../src/domain/assessment/maturity-self-assessment';
import {
  BOLD_CHAR_EM,
  CHART_FONT,
  chartGeometry,
  estimatedWidth,
  wrapLabel,
} from '../../../src/ui/maturity/maturity-chart-geometry';
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

  it('wraps row names early enough to fit even with a person’s own text spacing', () => {
    const label = 'Building With Loosely Coupled Parts';
    const data = { ...DATA, rows: [{ key: 'parts', label, current: 1, target: 2, earlier: null }] };
    const narrow = chartGeometry(data, 288, false);
    const lines = narrow.rows[0]?.lines ?? [];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    // Bold text with 0.12em more between letters and 0.16em more between words is still inside the chart.
    for (const line of lines) expect(estimatedWidth(line, BOLD_CHAR_EM)).toBeLessThanOrEqual(narrow.width);
    expect(estimatedWidth('Medium')).toBeGreaterThanOrEqual(6 * CHART_FONT * (0.5 + 0.12));
    expect(chartGeometry(data, 1100, false).rows[0]?.lines).toEqual([label]);
  });

  it('puts level names that would touch on lines of their own, and keeps them inside the chart', () => {
    const extent = (t: { x: number; label: string; anchor: 'middle' | 'end' }) => {
      const width = estimatedWidth(t.label);
      const left = t.anchor === 'end' ? t.x - width : t.x - width / 2;
      return { left, right: left + width };
    };
    const wide = chartGeometry(DATA, 1100, false);
    expect(new Set(wide.ticks.map((t) => t.labelY)).size).toBe(1);
    for (const width of [240, 288, 320, 400]) {
      const g = chartGeometry(DATA, width, true);
      for (const t of g.ticks) {
        expect(t.labelY).toBeLessThan(g.axisY);
        expect(t.labelY).toBeGreaterThanOrEqual(CHART_FONT);
        expect(extent(t).right).toBeLessThanOrEqual(g.width);
      }
      g.ticks.forEach((a, i) =>
        g.ticks.slice(i + 1).forEach((b) => {
          if (a.labelY !== b.labelY) return;
          expect(extent(a).right).toBeLessThan(extent(b).left);
        }),
      );
      // Rows start below the axis, whatever number of lines its names take.
      expect(g.rows[0]?.labelY ?? 0).toBeGreaterThan(g.axisY + CHART_FONT);
    }
    expect(new Set(chartGeometry(DATA, 288, false).ticks.map((t) => t.labelY)).size).toBeGreaterThan(1);
  });

  it('draws gridlines around each row’s bars only, clear of the row names', () => {
    const g = chartGeometry(DATA, 640, true);
    g.rows.forEach((row, index) => {
      const lastLineBaseline = row.labelY + (row.lines.length - 1) * 18;
      const first = row.bars[0];
      const last = row.bars.at(-1);
      if (!first || !last) throw new Error('bars');
      // Descenders of the name reach about a quarter of the font size below its baseline.
      expect(row.gridTop).toBeGreaterThan(lastLineBaseline + CHART_FONT / 4);
      expect(row.gridTop).toBeLessThanOrEqual(first.y);
      expect(row.gridBottom).toBeGreaterThanOrEqual(last.y + last.height);
      const next = g.rows[index + 1];
      // The next name's capitals reach about three quarters of the font size above its baseline.
      if (next) expect(row.gridBottom).toBeLessThan(next.labelY - CHART_FONT);
    });
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
