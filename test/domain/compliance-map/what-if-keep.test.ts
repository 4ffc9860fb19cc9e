// Keeping a what-if trial goes through the edit rules, and the rules of a contradiction can be named for
// an exception.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { rulesOfCycle, waivedRuleKey } from '../../../src/domain/compliance-map/cycle-rules';
import type { EditContext } from '../../../src/domain/compliance-map/map-edits';
import { applyWhatIf, type WhatIfChange } from '../../../src/domain/compliance-map/what-if';
import { keepWhatIf } from '../../../src/domain/compliance-map/what-if-keep';
import { link, makeMap, process, step } from './map-fixtures';

const context: EditContext = { by: 'Priya Shah', at: '2026-06-02T10:00:00.000Z', newId: () => 'new-id' };

function looped() {
  return makeMap(
    [
      process('central', [step('a', { durationDays: 2 }), step('b', { durationDays: 3, dependsOn: ['a'] })]),
      process('department', [step('x', { durationDays: 4 }), step('y', { durationDays: 1, dependsOn: ['x'] })]),
    ],
    [link('o1', 'central:b', 'must-precede', 'department:x'), link('o2', 'department:y', 'must-precede', 'central:a')],
  );
}

describe('keeping a what-if trial', () => {
  it('keeps the same map the trial showed, with the exception recorded by the person keeping it', () => {
    const map = looped();
    const changes: WhatIfChange[] = [
      { type: 'drop-dependency', processId: 'central', stepId: 'b', dependsOn: 'a' },
      {
        type: 'agree-exception',
        waives: { type: 'link', linkId: 'o2' },
        reason: 'Agreed at the board',
        agreedBy: '',
        agreedAt: '',
      },
    ];
    const kept = keepWhatIf(map, changes, context);
    if (!kept.ok) throw new Error('expected the trial to be kept');
    const trial = applyWhatIf(map, changes);
    expect(kept.map.processes).toEqual(trial.processes);
    expect(kept.map.exceptions).toEqual([
      {
        id: 'new-id',
        waives: { type: 'link', linkId: 'o2' },
        reason: 'Agreed at the board',
        agreedBy: 'Priya Shah',
        agreedAt: '2026-06-02T10:00:00.000Z',
        evidenceIds: [],
      },
    ]);
    expect(analyseMap(kept.map, { suggestions: false }).cycles).toEqual([]);
  });

  it('keeps nothing when one change is refused by the edit rules', () => {
    const map = looped();
    // Making "a" wait for "b" would make the two steps of one process wait for each other.
    const outcome = keepWhatIf(
      map,
      [
        { type: 'drop-link', linkId: 'o1' },
        { type: 'move-step', step: { processId: 'central', stepId: 'a' }, dependsOn: ['b'] },
      ],
      context,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.dependsOn).toMatch(/wait for each other in a circle/);
  });

  it('refuses to drop a dependency that is no longer there', () => {
    const outcome = keepWhatIf(
      looped(),
      [{ type: 'drop-dependency', processId: 'central', stepId: 'a', dependsOn: 'b' }],
      context,
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { general: 'A dependency this trial drops is no longer in the map.' },
    });
  });
});

describe('the rules of an ordering contradiction', () => {
  it('names each link and dependency of the loop once, as an exception names it', () => {
    const map = looped();
    const [cycle] = analyseMap(map, { suggestions: false }).cycles;
    if (!cycle) throw new Error('expected a loop');
    expect(rulesOfCycle(map, cycle).map(waivedRuleKey).sort()).toEqual([
      'dependency:central:b:a',
      'dependency:department:y:x',
      'link:o1',
      'link:o2',
    ]);
  });
});
