// The swimlanes in words: for each process, its steps in the shown window in order, with the stage (or
// place) of each, whether it is in an ordering contradiction (explained once, in the conflict register,
// rather than once per step), and its links written out.
import type { ComplianceMap, MapLink, StepRef } from '../../../domain/compliance-map/map-model';
import { stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';
import { StepFacts } from './step-facts';
import { stepsInCycles, type MapHrefs } from './view-model';

export function SwimlaneText({
  map,
  analysis,
  hrefs,
  columns,
  first,
  count,
  unit,
  index,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
  columns: Map<string, number>;
  first: number;
  count: number;
  unit: string;
  index: Map<string, MapLink[]>;
}) {
  const inCycle = stepsInCycles(analysis);
  return (
    <div className="map-text">
      <h3>The swimlanes in words</h3>
      {map.processes.map((process) => {
        const steps = process.steps
          .map((step, order) => {
            const ref: StepRef = { processId: process.id, stepId: step.id };
            return { step, ref, order, column: columns.get(stepKey(ref)) ?? 0 };
          })
          .filter((s) => s.column >= first && s.column < first + count)
          .sort((a, b) => a.column - b.column || a.order - b.order);
        return (
          <div key={process.id} className="map-text__process">
            <h4>{process.title}</h4>
            {steps.length === 0 ? (
              <p>No steps of this process fall in the stages shown.</p>
            ) : (
              <ol className="list map-text__steps">
                {steps.map(({ step, ref, column }) => (
                  <li key={step.id}>
                    <p className="map-text__step">
                      <strong>{`${unit} ${column + 1}: ${step.name}`}</strong>
                      {inCycle.has(stepKey(ref)) ? ' (in an ordering contradiction: see the conflict register)' : ''}
                    </p>
                    <StepFacts
                      map={map}
                      stepRef={ref}
                      links={index.get(stepKey(ref)) ?? []}
                      cycles={[]}
                      hrefs={hrefs}
                    />
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
