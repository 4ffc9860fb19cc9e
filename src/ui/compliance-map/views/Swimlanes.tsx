// The swimlanes view: one lane per process, steps left to right by plan stage (or by depth in their own
// process when there is no plan), links drawn between them. The drawing is one tab stop; the arrow keys
// move between steps and Enter or Space shows a step's links and contradictions in words. Beside it the
// same steps and links are listed in words. Only a window of stages is drawn and listed at a time, so a
// map of thousands of steps stays quick.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type SVGProps } from 'react';
import type { ComplianceMap } from '../../../domain/compliance-map/map-model';
import { findStep, stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';
import { DrawingScroll } from './DrawingScroll';
import { SwimlaneDrawing } from './swimlane-drawing';
import { columnCount, layoutSwimlanes, type LaneBox } from './swimlane-layout';
import { SwimlaneText } from './SwimlaneText';
import { linksByStep, StepFacts } from './step-facts';
import { ViewSection } from './ViewSection';
import { MAP_SECTION_IDS, processTitle, stepColumns, stepsInCycles, type MapHrefs } from './view-model';

/** Eight stages fit a laptop screen at a readable size; more would need sideways scrolling. */
export const DEFAULT_STAGES_PER_WINDOW = 8;

/** The box the arrow key leads to from `from`, or null when there is none that way. */
export function nextBox(order: LaneBox[][], from: LaneBox, key: string): LaneBox | null {
  const lane = order.findIndex((boxes) => boxes.some((b) => b.key === from.key));
  if (lane < 0) return null;
  const boxes = order[lane] ?? [];
  const at = boxes.findIndex((b) => b.key === from.key);
  const nearestIn = (other: LaneBox[]): LaneBox | null =>
    other.reduce<LaneBox | null>(
      (best, b) => (best === null || Math.abs(b.column - from.column) < Math.abs(best.column - from.column) ? b : best),
      null,
    );
  const laneAfter = (step: number): LaneBox | null => {
    for (let i = lane + step; i >= 0 && i < order.length; i += step) {
      const found = nearestIn(order[i] ?? []);
      if (found) return found;
    }
    return null;
  };
  switch (key) {
    case 'ArrowRight':
      return boxes.slice(at + 1).find((b) => b.column > from.column) ?? null;
    case 'ArrowLeft': {
      const before = boxes.slice(0, at).filter((b) => b.column < from.column);
      const column = before.at(-1)?.column;
      return before.find((b) => b.column === column) ?? null;
    }
    case 'ArrowDown': {
      const below = boxes[at + 1];
      return below && below.column === from.column ? below : laneAfter(1);
    }
    case 'ArrowUp': {
      const above = boxes[at - 1];
      return above && above.column === from.column ? above : laneAfter(-1);
    }
    case 'Home':
      return boxes[0] ?? null;
    case 'End':
      return boxes.at(-1) ?? null;
    default:
      return null;
  }
}

export function Swimlanes({
  map,
  analysis,
  hrefs,
  stagesPerWindow = DEFAULT_STAGES_PER_WINDOW,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
  stagesPerWindow?: number;
}) {
  const uid = `lanes${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const columns = useMemo(() => stepColumns(map, analysis), [map, analysis]);
  const total = columnCount(columns);
  const cycleSteps = useMemo(() => stepsInCycles(analysis), [analysis]);
  const index = useMemo(() => linksByStep(map.links), [map.links]);
  const [first, setFirst] = useState(0);
  const start = Math.min(first, Math.max(0, total - 1));
  const shown = Math.min(stagesPerWindow, Math.max(0, total - start));
  const layout = useMemo(
    () => layoutSwimlanes(map, analysis, columns, cycleSteps, start, shown),
    [map, analysis, columns, cycleSteps, start, shown],
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const roving = layout.boxes.some((b) => b.key === focusKey) ? focusKey : (layout.order.flat()[0]?.key ?? null);
  const unit = analysis.plan ? 'Stage' : 'Position';
  const columnLabel = (column: number) => `${unit} ${column + 1}`;
  const nameOf = (box: LaneBox) => findStep(map, box.ref)?.name ?? box.ref.stepId;
  const selected = layout.boxes.find((b) => b.key === selectedKey) ?? null;
  const ids = { hint: `${uid}-hint`, details: `${uid}-details` };

  const move = (event: KeyboardEvent<SVGGElement>, box: LaneBox) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelectedKey(box.key);
      return;
    }
    const target = nextBox(layout.order, box, event.key);
    if (!target && !event.key.startsWith('Arrow') && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (!target) return;
    setFocusKey(target.key);
    elements.current.get(target.key)?.focus();
  };

  const boxProps = (box: LaneBox): SVGProps<SVGGElement> => ({
    role: 'button',
    tabIndex: box.key === roving ? 0 : -1,
    'aria-pressed': box.key === selectedKey,
    'aria-label': `${nameOf(box)}, ${processTitle(map, box.ref.processId)}, ${columnLabel(box.column).toLowerCase()}${box.inCycle ? ', in an ordering contradiction' : ''}`,
    'aria-describedby': ids.hint,
    onKeyDown: (event) => move(event, box),
    onClick: () => {
      setFocusKey(box.key);
      setSelectedKey(box.key);
    },
    onFocus: () => setFocusKey(box.key),
    ref: (element: SVGGElement | null) => {
      if (element) elements.current.set(box.key, element);
      else elements.current.delete(box.key);
    },
  });

  const moveWindow = (to: number) => {
    setFirst(Math.max(0, Math.min(to, total - 1)));
    setFocusKey(null);
  };
  const range =
    shown > 0
      ? `${unit.toLowerCase()}s ${start + 1} to ${start + shown} of ${total.toLocaleString('en-GB')}`
      : 'no steps';

  return (
    <ViewSection id={MAP_SECTION_IDS.swimlanes} title="Swimlanes">
      <p id={ids.hint} className="hint">
        {analysis.plan
          ? 'Steps run left to right by the stage of the plan they fall in. '
          : 'There is no single plan yet, so steps run left to right by their place in their own process. '}
        Use the arrow keys to move between steps, and Enter or Space to show a step&apos;s links below the drawing.
        Steps marked with a warning sign and hatching are in an ordering contradiction.
      </p>
      {total > stagesPerWindow && (
        <div className="button-group map-window" role="group" aria-label="Which stages to show">
          <button
            type="button"
            className="button button--secondary"
            disabled={start === 0}
            onClick={() => moveWindow(start - stagesPerWindow)}
          >
            Previous {unit.toLowerCase()}s
          </button>
          <p aria-live="polite">{`Showing ${range}.`}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={start + shown >= total}
            onClick={() => moveWindow(start + stagesPerWindow)}
          >
            Next {unit.toLowerCase()}s
          </button>
        </div>
      )}
      <DrawingScroll label="Swimlanes drawing">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={`Swimlanes, ${range}`}
          className="swimlanes"
        >
          <SwimlaneDrawing
            layout={layout}
            uid={uid}
            columnLabel={columnLabel}
            nameOf={nameOf}
            boxProps={boxProps}
            selectedKey={selectedKey}
          />
        </svg>
      </DrawingScroll>
      <div id={ids.details} className="map-details" aria-live="polite">
        {selected ? (
          <>
            <h3>{nameOf(selected)}</h3>
            <p>{`${processTitle(map, selected.ref.processId)}, ${columnLabel(selected.column).toLowerCase()}.`}</p>
            <StepFacts
              map={map}
              stepRef={selected.ref}
              links={index.get(stepKey(selected.ref)) ?? []}
              cycles={analysis.cycles}
              hrefs={hrefs}
            />
            <p>
              <a href={hrefs.stepHref(selected.ref)}>Edit this step</a>
            </p>
          </>
        ) : (
          <p className="muted">Select a step in the drawing to see its links here.</p>
        )}
      </div>
      <SwimlaneText
        map={map}
        analysis={analysis}
        hrefs={hrefs}
        columns={columns}
        first={start}
        count={shown}
        unit={unit}
        index={index}
      />
    </ViewSection>
  );
}
