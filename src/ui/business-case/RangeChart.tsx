// The chart of cost ranges across revisions: for each phase, one bar per revision from its low to its high
// figure, with the likely figure marked. Plain inline SVG built from React elements (nothing from a file is
// ever put into the page as markup). The chart is an image with a text summary; the same figures are always
// given in a table beside it, so no one has to read the chart to know them.
import type { CostRangePoint } from '../../domain/business-case/compare';
import { formatPence, type CostRange } from '../../domain/business-case/costs';
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { DataTable } from '../components/DataTable';

export const CHART = {
  width: 640,
  labelWidth: 150,
  rightPad: 24,
  rowHeight: 26,
  barHeight: 14,
  groupGap: 22,
  top: 8,
  axisHeight: 30,
} as const;

export interface RangeBar {
  phase: Phase;
  revision: number;
  range: CostRange;
  /** Top of the row the bar sits in. */
  y: number;
  /** Left edge (low), right edge (high) and the likely mark, in chart units. */
  xLow: number;
  xHigh: number;
  xLikely: number;
  label: string;
}

export interface RangeGroup {
  phase: Phase;
  label: string;
  /** Where the phase's name sits. */
  y: number;
}

export interface RangeChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** The largest high figure: the right end of the scale (which starts at £0). */
  max: number;
  groups: RangeGroup[];
  bars: RangeBar[];
}

/** The phases any revision has costs for, in phase order. */
export function chartPhases(series: readonly CostRangePoint[]): Phase[] {
  return PHASES.filter((phase) => series.some((point) => point.byPhase[phase] !== undefined));
}

/** Where everything goes: bars span low to high in proportion to a scale from £0 to the largest high figure. */
export function rangeChartGeometry(series: readonly CostRangePoint[]): RangeChartGeometry {
  const plotLeft = CHART.labelWidth;
  const plotRight = CHART.width - CHART.rightPad;
  const max = Math.max(0, ...series.flatMap((point) => Object.values(point.byPhase).map((range) => range.high)));
  const x = (pence: number) => (max === 0 ? plotLeft : plotLeft + (pence / max) * (plotRight - plotLeft));
  const groups: RangeGroup[] = [];
  const bars: RangeBar[] = [];
  let y = CHART.top;
  for (const phase of chartPhases(series)) {
    groups.push({ phase, label: PHASE_LABELS[phase], y });
    y += CHART.rowHeight;
    for (const point of series) {
      const range = point.byPhase[phase];
      if (!range) continue;
      bars.push({
        phase,
        revision: point.revision,
        range,
        y,
        xLow: x(range.low),
        xHigh: x(range.high),
        xLikely: x(range.likely),
        label: `Revision ${point.revision}`,
      });
      y += CHART.rowHeight;
    }
    y += CHART.groupGap - CHART.rowHeight / 2;
  }
  return { width: CHART.width, height: y + CHART.axisHeight, plotLeft, plotRight, max, groups, bars };
}

function rangeWords(range: CostRange): string {
  return range.low === range.high
    ? `${formatPence(range.likely)} (firm)`
    : `${formatPence(range.low)} to ${formatPence(range.high)}, likely ${formatPence(range.likely)}`;
}

/** The chart in words, for the image's accessible name. */
export function rangeChartSummary(series: readonly CostRangePoint[]): string {
  const phases = chartPhases(series);
  if (phases.length === 0) return 'No revision has any costs yet.';
  const parts = phases.map((phase) => {
    const points = series.flatMap((point) => {
      const range = point.byPhase[phase];
      return range ? [`revision ${point.revision} ${rangeWords(range)}`] : [];
    });
    return `${PHASE_LABELS[phase]}: ${points.join('; ')}.`;
  });
  return `Cost ranges by phase across revisions. ${parts.join(' ')}`;
}

export function RangeChart({ series, id }: { series: readonly CostRangePoint[]; id: string }) {
  const g = rangeChartGeometry(series);
  const summary = rangeChartSummary(series);
  const axisY = g.height - CHART.axisHeight + 6;
  const half = CHART.barHeight / 2;
  return (
    <figure className="range-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${g.width} ${g.height}`}
        width="100%"
        className="range-chart__svg"
        data-testid="range-chart"
      >
        <title id={`${id}-title`}>{summary}</title>
        {g.groups.map((group) => (
          <text
            key={group.phase}
            x={0}
            y={group.y + CHART.rowHeight / 2 + 5}
            className="range-chart__phase"
            data-phase={group.phase}
          >
            {group.label}
          </text>
        ))}
        {g.bars.map((bar) => {
          const mid = bar.y + CHART.rowHeight / 2;
          return (
            <g key={`${bar.phase}-${bar.revision}`} data-testid={`bar-${bar.phase}-${bar.revision}`}>
              <text x={12} y={mid + 5} className="range-chart__label">
                {bar.label}
              </text>
              <rect
                x={bar.xLow}
                y={mid - half}
                width={Math.max(2, bar.xHigh - bar.xLow)}
                height={CHART.barHeight}
                className="range-chart__bar"
              />
              <line
                x1={bar.xLikely}
                x2={bar.xLikely}
                y1={mid - half - 4}
                y2={mid + half + 4}
                className="range-chart__likely"
              />
            </g>
          );
        })}
        <line x1={g.plotLeft} x2={g.plotRight} y1={axisY} y2={axisY} className="range-chart__axis" />
        <text x={g.plotLeft} y={axisY + 18} className="range-chart__tick">
          £0
        </text>
        <text x={g.plotRight} y={axisY + 18} textAnchor="end" className="range-chart__tick">
          {formatPence(g.max)}
        </text>
      </svg>
      <figcaption className="hint">
        Each bar runs from the low to the high figure; the upright line across it marks the likely figure. The same
        figures are in the table.
      </figcaption>
    </figure>
  );
}

/** The figures of the chart: phase, revision, low, likely and high in pounds. */
export function RangeTable({ series, caption }: { series: readonly CostRangePoint[]; caption: string }) {
  const rows = chartPhases(series).flatMap((phase) =>
    series.flatMap((point) => {
      const range = point.byPhase[phase];
      return range ? [{ phase, revision: point.revision, range }] : [];
    }),
  );
  return (
    <DataTable
      caption={caption}
      scrollLabel="Cost ranges by revision"
      columns={['Phase', 'Revision', 'Low (£)', 'Likely (£)', 'High (£)']}
    >
      {rows.map(({ phase, revision, range }) => (
        <tr key={`${phase}-${revision}`}>
          <th scope="row">{PHASE_LABELS[phase]}</th>
          <td>Revision {revision}</td>
          <td className="numeric">{formatPence(range.low)}</td>
          <td className="numeric">{formatPence(range.likely)}</td>
          <td className="numeric">{formatPence(range.high)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
