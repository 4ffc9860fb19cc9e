// The drawing of the swimlanes: lanes, step boxes and the lines between them. Every relation has its own
// line pattern and a word on the line, and steps in an ordering contradiction have a hatched fill, a
// thick outline and a warning mark with the word "contradiction", so nothing is told by colour alone.
import type { SVGProps } from 'react';
import type { MapRelation } from '../../../domain/compliance-map/map-model';
import { LANE, type LaneBox, type LaneEdge, type SwimlaneLayout } from './swimlane-layout';
import { RELATION_TERMS } from './view-model';

/** Dash pattern per kind of line: solid for sameness and order, dashes for cover, dots for overlap. */
export const LINE_DASH: Record<MapRelation | 'dependency', string | undefined> = {
  'equal-to': undefined,
  'equivalent-to': '12 4',
  'subset-of': '6 4',
  'superset-of': '6 4',
  'intersects-with': '2 4',
  'no-relationship': '1 8',
  'conflicts-with': '10 3 2 3',
  'must-precede': undefined,
  'must-follow': undefined,
  dependency: undefined,
};

function edgePath(edge: LaneEdge): { d: string; mx: number; my: number; anchor: 'start' | 'middle' } {
  const { from, to } = edge;
  // Lines between the same two steps leave at different points along the box, so none hides another.
  const share = (edge.slot + 1) / (edge.slots + 1);
  if (from.column === to.column) {
    const down = to.y > from.y;
    const x = from.x + LANE.boxWidth * share;
    const y1 = down ? from.y + LANE.boxHeight : from.y;
    const y2 = down ? to.y : to.y + LANE.boxHeight;
    const bend = Math.abs(y2 - y1) > LANE.row ? 36 : 0;
    return {
      d: `M ${x} ${y1} C ${x + bend} ${y1 + (y2 - y1) / 3}, ${x + bend} ${y2 - (y2 - y1) / 3}, ${x} ${y2}`,
      mx: x + bend * 0.75 + 4,
      // Labels of lines that share a gap are stacked down it, each at its own height.
      my: Math.min(y1, y2) + (Math.abs(y2 - y1) * (edge.slot + 1)) / (edge.slots + 1) + 4,
      anchor: 'start',
    };
  }
  const forward = to.x > from.x;
  const x1 = forward ? from.x + LANE.boxWidth : from.x;
  const x2 = forward ? to.x : to.x + LANE.boxWidth;
  const y1 = from.y + LANE.boxHeight * share;
  const y2 = to.y + LANE.boxHeight * share;
  const c = Math.max(24, Math.abs(x2 - x1) / 2);
  const sign = forward ? 1 : -1;
  return {
    d: `M ${x1} ${y1} C ${x1 + sign * c} ${y1}, ${x2 - sign * c} ${y2}, ${x2} ${y2}`,
    mx: (x1 + x2) / 2,
    my: (y1 + y2) / 2 - 4,
    anchor: 'middle',
  };
}

/** A lane's title on up to two lines of the label column. */
function titleLines(title: string): string[] {
  const words = title.split(/\s+/);
  const lines = [''];
  for (const word of words) {
    const last = lines.length - 1;
    const line = lines[last] ?? '';
    if (line && `${line} ${word}`.length > 17) lines.push(word);
    else lines[last] = line ? `${line} ${word}` : word;
  }
  return lines.length > 2 ? [lines[0] ?? '', fit(lines.slice(1).join(' '), 17)] : lines.map((l) => fit(l, 17));
}

function edgeWord(edge: LaneEdge): string {
  if (edge.kind === 'dependency') return edge.inCycle ? 'cycle' : '';
  const word = edge.waived ? `${RELATION_TERMS[edge.kind]} (set aside)` : RELATION_TERMS[edge.kind];
  return edge.inCycle ? `cycle: ${word}` : word;
}

/** Cuts a name to fit a box; the full name is in the box's accessible name and the words beside. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function SwimlaneDrawing({
  layout,
  uid,
  columnLabel,
  nameOf,
  boxProps,
  selectedKey,
}: {
  layout: SwimlaneLayout;
  /** Unique per drawing, so its patterns and markers do not clash with another drawing's. */
  uid: string;
  columnLabel: (column: number) => string;
  nameOf: (box: LaneBox) => string;
  boxProps: (box: LaneBox) => SVGProps<SVGGElement>;
  selectedKey: string | null;
}) {
  const columns = [...new Set(layout.boxes.map((b) => b.column))].sort((a, b) => a - b);
  const firstColumn = Math.min(...columns);
  return (
    <>
      <defs>
        <pattern id={`${uid}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#fff4e5" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#b0281a" strokeWidth="2" />
        </pattern>
        <marker
          id={`${uid}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#0b0c0c" />
        </marker>
      </defs>
      {layout.lanes.map((lane, i) => (
        <g key={lane.processId}>
          <rect
            x="0"
            y={lane.y}
            width={layout.width}
            height={lane.height}
            className={i % 2 ? 'lane lane--alt' : 'lane'}
          />
          <text x="8" y={lane.y + 22} className="lane__title">
            {titleLines(lane.title).map((line, n) => (
              <tspan key={line} x="8" dy={n === 0 ? 0 : 18}>
                {line}
              </tspan>
            ))}
          </text>
          {lane.hidden.map((h) => (
            <text
              key={h.column}
              x={LANE.label + (h.column - firstColumn) * LANE.column + 16}
              y={lane.y + lane.height - 10}
              className="lane__more"
            >
              {`and ${h.count} more (listed below)`}
            </text>
          ))}
        </g>
      ))}
      {columns.map((column) => (
        <text key={column} x={LANE.label + (column - firstColumn) * LANE.column + 16} y="20" className="lane__stage">
          {columnLabel(column)}
        </text>
      ))}
      {layout.edges.map((edge) => {
        const { d, mx, my, anchor } = edgePath(edge);
        const word = edgeWord(edge);
        const ordered = edge.kind === 'dependency' || edge.kind === 'must-precede' || edge.kind === 'must-follow';
        return (
          <g key={edge.key} className={`edge edge--${edge.kind}${edge.inCycle ? ' edge--cycle' : ''}`}>
            <path
              d={d}
              fill="none"
              strokeDasharray={LINE_DASH[edge.kind]}
              markerEnd={ordered ? `url(#${uid}-arrow)` : undefined}
            />
            {word && (
              <text x={mx} y={my} className="edge__label" textAnchor={anchor}>
                {word}
              </text>
            )}
          </g>
        );
      })}
      {layout.boxes.map((box) => {
        const selected = box.key === selectedKey;
        return (
          <g
            key={box.key}
            className={`step${box.inCycle ? ' step--cycle' : ''}${selected ? ' step--selected' : ''}`}
            {...boxProps(box)}
          >
            <rect
              x={box.x}
              y={box.y}
              width={LANE.boxWidth}
              height={LANE.boxHeight}
              style={box.inCycle ? { fill: `url(#${uid}-hatch)` } : undefined}
              className="step__box"
            />
            <text x={box.x + 8} y={box.y + 21} className="step__name">
              {fit(nameOf(box), 19)}
            </text>
            {box.inCycle && (
              <text x={box.x + 8} y={box.y + 42} className="step__mark">
                ⚠ contradiction
              </text>
            )}
            {selected && !box.inCycle && (
              <text x={box.x + 8} y={box.y + 42} className="step__mark">
                ✓ selected
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}
