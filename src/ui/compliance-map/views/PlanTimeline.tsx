// The integrated plan as a timeline: stages as rows of bars along the working days (steps on the critical
// path hatched and marked "critical"), a table of the same stages in words, and the days the one plan
// takes against following each route one after the other. With no plan, it says why and lists the
// contradictions that need an agreed exception, each linked to its register entry.
import { useId, useMemo, useState } from 'react';
import type { ComplianceMap } from '../../../domain/compliance-map/map-model';
import { stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis, OrderCycle } from '../../../domain/compliance-map/analysis-types';
import { DataTable } from '../../components/DataTable';
import { schedulePlan, type ScheduledNode } from './plan-schedule';
import { SectionLink, ViewSection } from './ViewSection';
import { count, cycleSubject, days, MAP_SECTION_IDS, stepLabel, stepName, type MapHrefs } from './view-model';

export const STAGES_PER_PAGE = 12;
/** Bars drawn per stage; the rest are counted on the drawing and listed in the table. */
const BARS_PER_STAGE = 6;
const G = { label: 80, chart: 560, bar: 22, gap: 8, top: 34, right: 300 } as const;

function niceStep(total: number): number {
  const rough = Math.max(1, total / 6);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
}

export function PlanTimeline({
  map,
  analysis,
  hrefs,
  exceptionHref,
  cyclesInRegister = false,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
  /** Where to agree an exception that settles a contradiction; no link when not given. */
  exceptionHref?: (cycle: OrderCycle) => string;
  /** True when the conflict register on the same page already explains each contradiction: say it once. */
  cyclesInRegister?: boolean;
}) {
  const uid = `plan${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const plan = analysis.plan;
  const schedule = useMemo(() => (plan ? schedulePlan(map, plan) : null), [map, plan]);
  const [at, setAt] = useState(0);

  if (!plan || !schedule) {
    return (
      <ViewSection id={MAP_SECTION_IDS.plan} title="Integrated plan">
        {analysis.cycles.length === 0 ? (
          <p>There is no plan yet because the map has no steps to put in order.</p>
        ) : cyclesInRegister ? (
          <p>
            {`There is no single plan yet: ${count(analysis.cycles.length, 'ordering contradiction', 'ordering contradictions')} mean${analysis.cycles.length === 1 ? 's' : ''} no order of work satisfies every process as written. `}
            <SectionLink to={MAP_SECTION_IDS.conflicts}>
              {analysis.cycles.length === 1
                ? 'The conflict register explains it'
                : 'The conflict register explains each one'}
            </SectionLink>
            {`; a plan can be made once both sides agree an exception for ${analysis.cycles.length === 1 ? 'it' : 'each'}.`}
          </p>
        ) : (
          <>
            <p>
              {`There is no single plan yet: ${count(analysis.cycles.length, 'ordering contradiction', 'ordering contradictions')} mean${analysis.cycles.length === 1 ? 's' : ''} no order of work satisfies every process as written. Each needs an exception that both sides agree before a plan can be made:`}
            </p>
            <ul className="list list--bullet">
              {analysis.cycles.map((cycle) => (
                <li key={cycle.steps.map(stepKey).join('>')}>
                  {cycle.explanation}{' '}
                  <a href={hrefs.conflictHref(cycleSubject(cycle))}>
                    Open its register entry
                    <span className="visually-hidden">{`: ${cycle.steps.map((s) => stepName(map, s)).join(', ')}`}</span>
                  </a>
                  {exceptionHref && (
                    <>
                      {' or '}
                      <a href={exceptionHref(cycle)}>
                        agree an exception
                        <span className="visually-hidden">{` for ${cycle.steps.map((s) => stepName(map, s)).join(', ')}`}</span>
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </ViewSection>
    );
  }

  const stages = plan.stages.slice(at, at + STAGES_PER_PAGE);
  const shownStages = new Set(stages.map((s) => s.stage));
  const byStage = new Map<number, ScheduledNode[]>();
  for (const node of schedule.nodes)
    if (shownStages.has(node.stage)) byStage.set(node.stage, [...(byStage.get(node.stage) ?? []), node]);
  const total = Math.max(1, schedule.finish, plan.days);
  const scale = G.chart / total;
  const tick = niceStep(total);
  const rows: { node: ScheduledNode | null; stage: number; more: number; y: number; first: boolean }[] = [];
  let y = G.top;
  for (const stage of stages) {
    const nodes = byStage.get(stage.stage) ?? [];
    nodes.slice(0, BARS_PER_STAGE).forEach((node, i) => {
      rows.push({ node, stage: stage.stage, more: 0, y, first: i === 0 });
      y += G.bar + G.gap;
    });
    if (nodes.length > BARS_PER_STAGE) {
      rows.push({ node: null, stage: stage.stage, more: nodes.length - BARS_PER_STAGE, y, first: false });
      y += G.bar + G.gap;
    }
    y += G.gap;
  }
  const width = G.label + G.chart + G.right;
  const nameOf = (node: ScheduledNode) => node.steps.map((s) => stepName(map, s)).join(' and ');
  const range = `stages ${at + 1} to ${at + stages.length} of ${plan.stages.length}`;

  return (
    <ViewSection id={MAP_SECTION_IDS.plan} title="Integrated plan">
      <p className="map-plan__total">
        {`${days(plan.days)} following one plan, against ${plan.sequentialDays.toLocaleString('en-GB')} following each route one after the other.`}
      </p>
      <p>
        {`The plan has ${count(plan.stages.length, 'stage', 'stages')}; steps in the same stage can run at the same time. The critical path, the longest chain of steps by days, runs through ${count(plan.criticalPath.length, 'step', 'steps')}: ${plan.criticalPath.map((s) => stepLabel(map, s)).join(', then ')}.`}
      </p>
      {plan.stages.length > STAGES_PER_PAGE && (
        <div className="button-group map-window" role="group" aria-label="Which stages of the plan to show">
          <button
            type="button"
            className="button button--secondary"
            disabled={at === 0}
            onClick={() => setAt(Math.max(0, at - STAGES_PER_PAGE))}
          >
            Previous stages
          </button>
          <p aria-live="polite">{`Showing ${range}.`}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={at + STAGES_PER_PAGE >= plan.stages.length}
            onClick={() => setAt(at + STAGES_PER_PAGE)}
          >
            Next stages
          </button>
        </div>
      )}
      <p className="hint">
        The timeline below is also given as a table after it. Bars with hatching and the word “critical” are on the
        critical path.
      </p>
      {/* Focusable so the keyboard can scroll a timeline wider than the screen. */}
      <div className="map-drawing" role="region" aria-label="Timeline (scroll sideways to see more)" tabIndex={0}>
        <svg
          width={width}
          height={y + 4}
          viewBox={`0 0 ${width} ${y + 4}`}
          role="img"
          aria-label={`Timeline of the plan, ${range}: the same as the table below`}
          className="timeline"
        >
          <defs>
            <pattern
              id={`${uid}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#12366b" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
            </pattern>
          </defs>
          {Array.from({ length: Math.floor(total / tick) + 1 }, (_, i) => i * tick).map((d) => (
            <g key={d} className="timeline__tick">
              <line x1={G.label + d * scale} x2={G.label + d * scale} y1={G.top - 8} y2={y} />
              <text x={G.label + d * scale} y={G.top - 14} textAnchor="middle">{`day ${d}`}</text>
            </g>
          ))}
          {rows.map((row) => (
            <g key={row.node ? row.node.steps.map(stepKey).join('=') : `more${row.stage}`}>
              {row.first && <text x="4" y={row.y + 16} className="timeline__stage">{`Stage ${row.stage}`}</text>}
              {row.node ? (
                <>
                  <rect
                    x={G.label + row.node.start * scale}
                    y={row.y}
                    width={Math.max(3, row.node.duration * scale)}
                    height={G.bar}
                    className={row.node.critical ? 'timeline__bar timeline__bar--critical' : 'timeline__bar'}
                    style={row.node.critical ? { fill: `url(#${uid}-hatch)` } : undefined}
                  />
                  <text
                    x={G.label + (row.node.start + row.node.duration) * scale + 6}
                    y={row.y + 16}
                    className="timeline__label"
                  >
                    {`${row.node.critical ? 'critical: ' : ''}${nameOf(row.node).slice(0, 40)}${nameOf(row.node).length > 40 ? '…' : ''}`}
                  </text>
                </>
              ) : (
                <text
                  x={G.label + 4}
                  y={row.y + 16}
                  className="timeline__label"
                >{`and ${row.more} more in this stage (see the table)`}</text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <DataTable
        caption={`The plan stage by stage, ${range}`}
        showCaption
        scrollLabel="Plan stages"
        columns={['Stage', 'Steps', 'Days', 'On the critical path']}
        className="map-plan"
      >
        {stages.map((stage) => {
          const nodes = byStage.get(stage.stage) ?? [];
          const criticalNodes = nodes.filter((n) => n.critical);
          return (
            <tr key={stage.stage}>
              <th scope="row">{`Stage ${stage.stage}`}</th>
              <td>
                <ul className="list">
                  {nodes.map((node) => (
                    <li key={node.steps.map(stepKey).join('=')}>
                      {node.steps.map((s) => stepLabel(map, s)).join(' and ')}
                      {node.steps.length > 1 ? ', done once for both' : ''}
                      {` (${days(node.duration)}, from day ${node.start})`}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{Math.max(0, ...nodes.map((n) => n.duration)).toLocaleString('en-GB')}</td>
              <td>{criticalNodes.length === 0 ? 'No' : `Yes: ${criticalNodes.map(nameOf).join(', ')}`}</td>
            </tr>
          );
        })}
      </DataTable>
    </ViewSection>
  );
}
