// The integrated plan on small graphs worked out by hand: stages of parallel work, the critical path by
// duration through a merged step, and the time against following each process on its own.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { planStartDays, sequentialDays } from '../../../src/domain/compliance-map/integrated-plan';
import { keys, link, makeMap, process, step } from './map-fixtures';

function handWorked() {
  // Central: a(3) then b(5) and c(10) in parallel, then d(2). Department: x(4) then y(1).
  // c and x are the same work (merged, 10 days: the longer of the two); y must wait for d.
  const central = process('central', [
    step('a', { durationDays: 3 }),
    step('b', { durationDays: 5, dependsOn: ['a'] }),
    step('c', { durationDays: 10, dependsOn: ['a'] }),
    step('d', { durationDays: 2, dependsOn: ['b', 'c'] }),
  ]);
  const department = process('department', [
    step('x', { durationDays: 4 }),
    step('y', { durationDays: 1, dependsOn: ['x'] }),
  ]);
  return makeMap(
    [central, department],
    [link('m', 'central:c', 'equivalent-to', 'department:x'), link('o', 'department:y', 'must-follow', 'central:d')],
  );
}

describe('the integrated plan', () => {
  it('gives the day each step can start, worked out on the same graph as the plan', () => {
    // a starts at 0; b and the merged c/x after a (3); d after c/x (3 + 10); y after d (13 + 2).
    expect(Object.fromEntries(planStartDays(handWorked()) ?? [])).toEqual({
      'central:a': 0,
      'central:b': 3,
      'central:c': 3,
      'department:x': 3,
      'central:d': 13,
      'department:y': 15,
    });
  });

  it('puts each piece of work in the earliest stage after everything it waits for', () => {
    const plan = analyseMap(handWorked(), { suggestions: false }).plan;
    expect(plan?.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4]);
    expect(plan?.stages.map((s) => s.steps.map((node) => keys(node)))).toEqual([
      [['central:a']],
      [['central:b'], ['central:c', 'department:x']],
      [['central:d']],
      [['department:y']],
    ]);
  });

  it('follows the longest chain by days, counting a merged step once at its longest duration', () => {
    const plan = analyseMap(handWorked(), { suggestions: false }).plan;
    // a 3 + c/x 10 + d 2 + y 1 = 16; the branch through b is 3 + 5 + 2 + 1 = 11.
    expect(keys(plan?.criticalPath ?? [])).toEqual(['central:a', 'central:c', 'central:d', 'department:y']);
    expect(plan?.days).toBe(16);
    // Central alone: a, c, d = 15; department alone: x, y = 5.
    expect(plan?.sequentialDays).toBe(20);
  });

  it('counts a step without a duration as 0 days', () => {
    const map = makeMap([
      process('p', [
        step('a', { durationDays: 4 }),
        step('b', { dependsOn: ['a'] }),
        step('c', { durationDays: 2, dependsOn: ['b'] }),
      ]),
    ]);
    const plan = analyseMap(map, { suggestions: false }).plan;
    expect(plan?.days).toBe(6);
    expect(plan?.stages).toHaveLength(3);
    expect(sequentialDays(map)).toBe(6);
  });

  it('has no plan while a loop stands, and one once the rule behind it is dropped', () => {
    const map = handWorked();
    const looped = { ...map, links: [...map.links, link('back', 'department:y', 'must-precede', 'central:a')] };
    expect(analyseMap(looped, { suggestions: false }).plan).toBeNull();
    const waived = {
      ...looped,
      exceptions: [
        {
          id: 'e',
          waives: { type: 'link' as const, linkId: 'back' },
          reason: 'Agreed',
          agreedBy: 'Board',
          agreedAt: '2026-05-01',
          evidenceIds: [],
        },
      ],
    };
    expect(analyseMap(waived, { suggestions: false }).plan?.days).toBe(16);
  });

  it('leaves the plan empty for an empty map', () => {
    const plan = analyseMap(makeMap([]), { suggestions: false }).plan;
    expect(plan).toEqual({ stages: [], criticalPath: [], days: 0, sequentialDays: 0 });
  });
});
