// Declared conflicts, steps without a counterpart, and evidence reuse: only across links whose relation
// makes it valid, in the right direction, with days saved worked out from the receiving step.
import { describe, expect, it } from 'vitest';
import type { MapRelation } from '../../../src/domain/compliance-map/map-model';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { daysSavedFor, evidenceReuse } from '../../../src/domain/compliance-map/map-findings';
import { keys, link, makeMap, process, step } from './map-fixtures';

function securityMap(relation: MapRelation) {
  const central = process('central', [
    step('security', {
      name: 'Security testing',
      evidence: ['Penetration test report', 'Data protection impact assessment'],
      durationDays: 10,
    }),
  ]);
  const department = process('department', [
    step('ithc', { name: 'IT health check', evidence: ['ITHC report', 'DPIA', 'Risk register'], durationDays: 9 }),
  ]);
  return makeMap([central, department], [link('l', 'central:security', relation, 'department:ithc')]);
}

describe('evidence reuse', () => {
  it('offers evidence across an equivalent link, worded as the providing side words it', () => {
    const reuse = evidenceReuse(securityMap('equivalent-to'));
    expect(reuse.map((r) => r.evidence).sort()).toEqual([
      'Data protection impact assessment',
      'Penetration test report',
    ]);
    for (const r of reuse) {
      expect(keys(r.steps)).toEqual(['central:security', 'department:ithc']);
      expect(r.linkIds).toEqual(['l']);
      // The department's step takes 9 days for 3 items: each item it no longer produces saves 3 days.
      expect(r.daysSaved).toBe(3);
    }
  });

  it('lets the evidence of a superset step serve the subset step', () => {
    const reuse = evidenceReuse(securityMap('superset-of'));
    expect(reuse).toHaveLength(2);
    expect(reuse.every((r) => keys(r.steps)[0] === 'central:security')).toBe(true);
  });

  it('never lets the evidence of a subset step serve the superset step', () => {
    // "central subset-of department": the department step covers everything, so only it can provide.
    const reuse = evidenceReuse(securityMap('subset-of'));
    expect(reuse.map((r) => r.evidence).sort()).toEqual(['DPIA', 'ITHC report']);
    expect(reuse.every((r) => keys(r.steps).join() === 'department:ithc,central:security')).toBe(true);
    // The central step takes 10 days for 2 items.
    expect(reuse.map((r) => r.daysSaved)).toEqual([5, 5]);
  });

  it('offers nothing across an overlap, a conflict, an ordering or no relationship', () => {
    for (const relation of ['intersects-with', 'conflicts-with', 'must-precede', 'no-relationship'] as const) {
      expect(evidenceReuse(securityMap(relation))).toEqual([]);
    }
  });

  it('does not treat different evidence with a shared word as the same', () => {
    const map = makeMap(
      [
        process('p', [step('a', { evidence: ['Test plan'], durationDays: 4 })]),
        process('q', [step('b', { evidence: ['Test report'], durationDays: 4 })]),
      ],
      [link('l', 'p:a', 'equal-to', 'q:b')],
    );
    expect(evidenceReuse(map)).toEqual([]);
  });

  it('credits each receiving item once and collects every step that reuses the same evidence', () => {
    const map = makeMap(
      [
        process('p', [step('a', { evidence: ['Business case'], durationDays: 6 })]),
        process('q', [
          step('b', { evidence: ['Outline business case', 'Investment appraisal'], durationDays: 8 }),
          step('c', { evidence: ['Business case'], durationDays: null }),
        ]),
      ],
      [link('1', 'p:a', 'superset-of', 'q:b'), link('2', 'p:a', 'equivalent-to', 'q:c')],
    );
    const [reuse, ...rest] = evidenceReuse(map);
    expect(rest).toEqual([]);
    expect(keys(reuse?.steps ?? [])).toEqual(['p:a', 'q:b', 'q:c']);
    expect(reuse?.linkIds).toEqual(['1', '2']);
    // b: 8 days for 2 items; its "Investment appraisal" is a business case by the synonym list (its
    // "Outline business case" adds a word and stays its own item), so one item is reused: 4 days. c has no
    // duration, so it saves nothing.
    expect(reuse?.daysSaved).toBe(4);
  });

  it('works out days saved from the step, never from a fixed figure', () => {
    expect(daysSavedFor(step('s', { evidence: ['a', 'b', 'c', 'd'], durationDays: 10 }), 2)).toBe(5);
    expect(daysSavedFor(step('s', { evidence: ['a'], durationDays: null }), 1)).toBe(0);
    expect(daysSavedFor(step('s', { evidence: [], durationDays: 7 }), 1)).toBe(0);
  });
});

describe('declared conflicts and unmapped steps', () => {
  it('lists each conflicts-with link with its reason', () => {
    const map = makeMap(
      [process('p', [step('a'), step('b')]), process('q', [step('x')])],
      [link('c1', 'p:a', 'conflicts-with', 'q:x', { reason: 'Design complete before build, against build to learn' })],
    );
    expect(analyseMap(map, { suggestions: false }).declaredConflicts).toEqual([
      {
        linkId: 'c1',
        steps: [
          { processId: 'p', stepId: 'a' },
          { processId: 'q', stepId: 'x' },
        ],
        reason: 'Design complete before build, against build to learn',
      },
    ]);
  });

  it('counts a step as mapped only through a set relation to another process', () => {
    const map = makeMap(
      [process('p', [step('a'), step('b'), step('c'), step('d')]), process('q', [step('x'), step('y')])],
      [
        link('1', 'p:a', 'intersects-with', 'q:x'),
        link('2', 'p:b', 'no-relationship', 'q:y'),
        link('3', 'p:c', 'must-precede', 'q:y'),
        link('4', 'p:d', 'equal-to', 'p:c'),
      ],
    );
    expect(analyseMap(map, { suggestions: false }).unmapped).toEqual({ p: ['b', 'c', 'd'], q: ['y'] });
  });
});
