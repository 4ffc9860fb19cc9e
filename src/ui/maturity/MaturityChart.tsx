// The maturity chart as plain inline SVG drawn with React elements: for each row of the model, a bar for
// where the project is now, one for its target and (when compared) one for the earlier self-assessment,
// each as long as its level on the model's scale. Every bar is named in words beside it and drawn in its
// own pattern (solid, dashed outline, hatched), so it reads without colour. The whole is one image with a
// text alternative; the data table after it carries every value.
import { useEffect, useId, useRef, useState } from 'react';
import type { MaturityChartData } from '../../domain/assessment/maturity-self-assessment';
import './maturity.css';
import { CHART_FONT, chartGeometry, SERIES_LABELS, type ChartSeries } from './maturity-chart-geometry';

const INK = '#0b0c0c';
const BLUE = '#1d70b8';
const GREY = '#505a5f';

function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => {
      if (box.clientWidth > 0) setWidth(box.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** The fill and outline of a series' bar; `hatch` is the id of the earlier series' pattern. */
function barStyle(series: ChartSeries, hatch: string) {
  if (series === 'current') return { fill: BLUE, stroke: BLUE, strokeDasharray: undefined };
  if (series === 'target') return { fill: '#ffffff', stroke: INK, strokeDasharray: '5 3' };
  return { fill: `url(#${hatch})`, stroke: GREY, strokeDasharray: undefined };
}

function Swatch({ series, hatch }: { series: ChartSeries; hatch: string }) {
  const style = barStyle(series, hatch);
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false" className="maturity-chart__swatch">
      <rect x="1" y="1" width="26" height="14" strokeWidth="2" {...style} />
    </svg>
  );
}

export function MaturityChart({
  data,
  summary,
  withEarlier,
  earlierLabel,
}: {
  data: MaturityChartData;
  /** The text alternative: what the chart shows, in a sentence or two. */
  summary: string;
  withEarlier: boolean;
  /** How the earlier series is named in the key ("Earlier (1 June 2026)"). */
  earlierLabel?: string;
}) {
  const { ref, width } = useWidth(640);
  const id = useId().replace(/:/g, '');
  const hatch = `hatch-${id}`;
  const g = chartGeometry(data, width, withEarlier);
  const series: ChartSeries[] = withEarlier ? ['earlier', 'current', 'target'] : ['current', 'target'];
  const keyLabel = (s: ChartSeries) =>
    s === 'earlier' ? (earlierLabel ?? 'Earlier self-assessment') : s === 'current' ? 'Now' : 'Target';
  return (
    <figure className="maturity-chart" data-testid="maturity-chart">
      <ul className="maturity-chart__key" aria-label="Key to the chart">
        {series.map((s) => (
          <li key={s}>
            <Swatch series={s} hatch={hatch} /> {keyLabel(s)}
          </li>
        ))}
      </ul>
      <div ref={ref} className="maturity-chart__box">
        <svg
          role="img"
          aria-label={summary}
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
          fontSize={CHART_FONT}
          fontFamily="inherit"
        >
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={GREY} strokeWidth="3" />
            </pattern>
          </defs>
          {g.ticks.map((tick) => (
            <g key={tick.label}>
              <line x1={tick.x} x2={tick.x} y1={g.axisY} y2={g.axisY + 5} stroke={INK} strokeWidth="1" />
              <text x={tick.x} y={tick.labelY} textAnchor={tick.anchor} fill={INK} data-testid="chart-level">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={g.plotLeft} x2={g.plotRight} y1={g.axisY} y2={g.axisY} stroke={INK} strokeWidth="1" />
          {g.rows.map((row) => (
            <g key={row.key} data-testid="chart-row">
              {g.ticks.map((tick) => (
                <line
                  key={tick.label}
                  x1={tick.x}
                  x2={tick.x}
                  y1={row.gridTop}
                  y2={row.gridBottom}
                  stroke="#b1b4b6"
                  strokeWidth="1"
                  data-testid="chart-gridline"
                />
              ))}
              <line
                x1={g.plotLeft}
                x2={g.plotLeft}
                y1={row.gridTop}
                y2={row.gridBottom}
                stroke={INK}
                strokeWidth="1"
                data-testid="chart-gridline"
              />
              <text x={0} y={row.labelY} fill={INK} fontWeight="bold">
                {row.lines.map((line, index) => (
                  <tspan key={index} x={0} dy={index === 0 ? 0 : 18}>
                    {line}
                  </tspan>
                ))}
              </text>
              {row.bars.map((bar) => (
                <g key={bar.series}>
                  <text x={0} y={bar.labelY} fill={INK}>
                    {SERIES_LABELS[bar.series]}
                  </text>
                  {bar.width > 0 ? (
                    <rect
                      x={bar.x + 1}
                      y={bar.y + 1}
                      width={bar.width - 2}
                      height={bar.height - 2}
                      strokeWidth="2"
                      data-series={bar.series}
                      {...barStyle(bar.series, hatch)}
                    />
                  ) : (
                    <text x={bar.x + 6} y={bar.labelY} fill={INK} fontStyle="italic">
                      {bar.valueText}
                    </text>
                  )}
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
