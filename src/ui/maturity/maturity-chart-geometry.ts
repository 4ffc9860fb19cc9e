// Where everything of the maturity chart goes, worked out from the chart's numbers and the width it has,
// as plain data (no drawing): one group per row of the model, its label wrapped to the width, then a bar
// for each series (earlier, now, target) whose length is proportional to its level on the model's scale.
// The chart component only draws what is here, so the geometry is tested on its own.
//
// Text widths are estimated from character counts with room to spare for a person's own text spacing
// (WCAG 1.4.12: letter spacing 0.12em, word spacing 0.16em), so labels still fit and never collide then.
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
  /** Where the row's gridlines start and stop: around its bars only, clear of its label. */
  gridTop: number;
  gridBottom: number;
}

export interface ChartTick {
  /** Where a bar at this level ends. */
  x: number;
  label: string;
  /** How the label sits on x (the last one ends there, so it stays inside the chart). */
  anchor: 'middle' | 'end';
  /** The baseline of the label: labels too close to the one before go on a line above the axis of their own. */
  labelY: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Where bars start and where the highest level ends. */
  plotLeft: number;
  plotRight: number;
  /** One tick per level: its x (where a bar at that level ends), its name and where the name goes. */
  ticks: ChartTick[];
  /** The y of the axis line under the level names. */
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
/** Space between the axis and the last line of level names, and between two level names side by side. */
const TICK_GAP = 8;
const LABEL_GAP = 8;
/**
 * Estimated width of a character, in ems, with the extra letter spacing a person may set (0.12em) included:
 * regular text, and the bold row labels.
 */
const CHAR_EM = 0.72;
export const BOLD_CHAR_EM = 0.78;
/** Extra word spacing a person may set, in ems. */
const WORD_EM = 0.16;

/** A generous estimate of how wide `text` is drawn at the chart's font size, even with extra text spacing. */
export function estimatedWidth(text: string, charEm = CHAR_EM): number {
  const spaces = text.split(' ').length - 1;
  return CHART_FONT * (text.length * charEm + spaces * WORD_EM);
}

/**
 * Puts each level's name over its tick, on as many lines as it takes for no two names to touch: a name that
 * would run into the one before it on a line goes onto the next line up.
 */
function placeTicks(levels: readonly string[], xOf: (value: number) => number): { ticks: ChartTick[]; axisY: number } {
  const placed = levels.map((label, index) => {
    const x = xOf(index + 1);
    const width = estimatedWidth(label);
    const anchor: 'middle' | 'end' = index === levels.length - 1 ? 'end' : 'middle';
    const left = anchor === 'end' ? x - width : x - width / 2;
    return { x, label, anchor, left, right: left + width };
  });
  const lineEnds: number[] = [];
  const lineOf = placed.map((tick) => {
    let line = lineEnds.findIndex((end) => tick.left >= end + LABEL_GAP);
    if (line === -1) line = lineEnds.length;
    lineEnds[line] = tick.right;
    return line;
  });
  const lines = Math.max(1, lineEnds.length);
  const axisY = lines * LINE + TICK_GAP + 2;
  const ticks = placed.map(({ x, label, anchor }, index) => ({
    x,
    label,
    anchor,
    labelY: axisY - TICK_GAP - (lineOf[index] ?? 0) * LINE,
  }));
  return { ticks, axisY };
}

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
  const { ticks, axisY } = placeTicks(data.levels, xOf);
  const series: ChartSeries[] = withEarlier ? ['earlier', 'current', 'target'] : ['current', 'target'];
  const maxChars = Math.max(12, Math.floor(w / (CHART_FONT * BOLD_CHAR_EM) - 1));
  let y = axisY + 8;
  const rows = data.rows.map((row): ChartRowGeometry => {
    const lines = wrapLabel(row.label, maxChars);
    const labelY = y + CHART_FONT;
    y += lines.length * LINE + 4;
    const gridTop = y - 2;
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
    const gridBottom = y - BAR_GAP + 2;
    y += ROW_GAP;
    return { key: row.key, lines, labelY, bars, gridTop, gridBottom };
  });
  return { width: w, height: y, plotLeft, plotRight, ticks, axisY, rows };
}
