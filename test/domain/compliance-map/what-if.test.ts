// What-if trials: each kind of change, applied to a copy, and the figures a screen compares.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { applyWhatIf, compareAnalyses } from '../../../src/domain/compliance-map/what-if';
import { link, makeMap, process, ref, step } from './map-fixtures';

function looped() {
  return makeMap(
    [
      process('central', [step('a', { durationDays: 2 }), step('b', { durationDays: 3, dependsOn: ['a'] })]),
      process('department', [step('x', { durationDays: 4 }), step('y', { durationDays: 1, dependsOn: ['x'] })]),
    ],
    [
      link('same', 'central:a', 'intersects-with', 'department:x'),
      link('o1', 'central:b', 'must-precede', 'department:x'),
      link('o2', 'department:y', 'must-precede', 'central:a'),
    ],
  );
}

describe('what-if trials', () => {
  it('agreeing an exception removes the loop and shows the plan, leaving the map as it was', () => {
    const map = looped();
    const copy = structuredClone(map);
    const trial = applyWhatIf(map, [
      {
        type: 'agree-exception',
        waives: { type: 'link', linkId: 'o2' },
        reason: 'Agreed at the board',
        agreedBy: 'Chair',
        agreedAt: '2026-06-01',
      },
    ]);
    expect(map).toEqual(copy);
    expect(trial.exceptions).toHaveLength(1);
    const comparison = compareAnalyses(
      analyseMap(map, { suggestions: false }),
      analyseMap(trial, { suggestions: false }),
    );
    expect(comparison).toEqual({
      cyclesBefore: 1,
      cyclesAfter: 0,
      planDaysBefore: null,
      planDaysAfter: 10,
      stagesBefore: null,
      stagesAfter: 4,
      criticalPathChanged: true,
      newlyUnmapped: [],
    });
  });

  it('dropping an ordering link, or a dependency, or moving a step changes the plan', () => {
    const map = looped();
    const dropped = applyWhatIf(map, [{ type: 'drop-link', linkId: 'o2' }]);
    expect(analyseMap(dropped, { suggestions: false }).plan?.days).toBe(10);
    const both = applyWhatIf(map, [
      { type: 'drop-link', linkId: 'o2' },
      { type: 'drop-dependency', processId: 'department', stepId: 'y', dependsOn: 'x' },
    ]);
    expect(both.processes[1]?.steps[1]?.dependsOn).toEqual([]);
    // a, b, x in a row (9 days); y is free to run alongside.
    expect(analyseMap(both, { suggestions: false }).plan?.days).toBe(9);
    const moved = applyWhatIf(dropped, [{ type: 'move-step', step: ref('central:a'), dependsOn: ['b'] }]);
    expect(analyseMap(moved, { suggestions: false }).cycles).toHaveLength(1);
    expect(map.processes[0]?.steps[0]?.dependsOn).toEqual([]);
  });

  it('reports steps that lose their counterpart', () => {
    const map = looped();
    const trial = applyWhatIf(map, [{ type: 'drop-link', linkId: 'same' }]);
    const comparison = compareAnalyses(
      analyseMap(map, { suggestions: false }),
      analyseMap(trial, { suggestions: false }),
    );
    expect(comparison.newlyUnmapped).toEqual([ref('central:a'), ref('department:x')]);
    expect(comparison.criticalPathChanged).toBe(false);
    expect(comparison.cyclesAfter).toBe(1);
  });
});
