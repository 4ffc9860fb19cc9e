// Where everything of the maturity chart goes, worked out from the chart's numbers and the width it has,
// as plain data (no drawing): one group per row of the model, its label wrapped to the width, then a bar
// for each series (earlier, now, target) whose length is proportional to its level on the model's scale.
// The chart component only draws what is here, so the geometry is tested on its own.
import type { MaturityChartData } from '../../domain/assessment/maturity-self-assessment';

export type ChartSeries = 'earlier' | 'current' | 'target';

export const SERIES_LABELS: Record<ChartSeries, string> = { earlier: 'Earlier', current: 'Now', target: 'Target' };

export interface ChartBar {
  series: ChartSeries;
  /** The series name written before the bar ("Now"). */
  labelY: number;
  x: number;
  y: number;
  /** 0 when the row has no value for this series. */
  width: number;
  height: number;
  /** The level number, or null when not scored. */
  value: number | null;
  /** The level name, or "Not scored" / "No target". */
  valueText: string;
}

export interface ChartRowGeometry {
  key: string;
  /** The row's label in lines that fit the width, and the y of the first line's baseline. */
  lines: string[];
  labelY: number;
  bars: ChartBar[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Where bars start and where the highest level ends. */
  plotLeft: number;
  plotRight: number;
  /** One tick per level: its x (where a bar at that level ends) and its name. */
  ticks: { x: number; label: string }[];
  axisY: number;
  rows: ChartRowGeometry[];
}

export const CHART_FONT = 14;
const LINE = 18;
const BAR = 16;
const BAR_GAP = 4;
const ROW_GAP = 14;
const SERIES_COLUMN = 64;
const RIGHT_PAD = 12;
const AXIS_HEIGHT = 28;

/** Splits a label into lines of at most `max` characters, breaking between words (a long word is cut). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
      line = '';
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The chart laid out at `width` pixels; `withEarlier` adds the earlier self-assessment's bar to each row. */
export function chartGeometry(data: MaturityChartData, width: number, withEarlier: boolean): ChartGeometry {
  const w = Math.max(240, Math.round(width));
  const plotLeft = SERIES_COLUMN;
  const plotRight = w - RIGHT_PAD;
  const levels = Math.max(1, data.levels.length);
  const xOf = (value: number) => plotLeft + ((plotRight - plotLeft) * value) / levels;
  const ticks = data.levels.map((label, index) => ({ x: xOf(index + 1), label }));
  const series: ChartSeries[] = withEarlier ? ['earlier', 'current', 'target'] : ['current', 'target'];
  const maxChars = Math.max(12, Math.floor(w / (CHART_FONT * 0.56)));
  let y = AXIS_HEIGHT + 8;
  const rows = data.rows.map((row): ChartRowGeometry => {
    const lines = wrapLabel(row.label, maxChars);
    const labelY = y + CHART_FONT;
    y += lines.length * LINE + 4;
    const bars = series.map((s): ChartBar => {
      const value = row[s];
      const bar: ChartBar = {
        series: s,
        labelY: y + BAR - 3,
        x: plotLeft,
        y,
        width: value === null ? 0 : xOf(value) - plotLeft,
        height: BAR,
        value,
        valueText:
          value === null ? (s === 'target' ? 'No target' : 'Not scored') : (data.levels[value - 1] ?? String(value)),
      };
      y += BAR + BAR_GAP;
      return bar;
    });
    y += ROW_GAP;
    return { key: row.key, lines, labelY, bars };
  });
  return { width: w, height: y, plotLeft, plotRight, ticks, axisY: AXIS_HEIGHT, rows };
}
