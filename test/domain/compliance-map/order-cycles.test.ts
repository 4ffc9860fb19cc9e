// Ordering contradictions: loops through merged steps, the shortest loop shown, explanations in plain
// English, exceptions that break a loop, and graphs too deep for a recursive search.
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { findOrderCycles } from '../../../src/domain/compliance-map/order-cycles';
import { buildPrecedenceGraph } from '../../../src/domain/compliance-map/precedence-graph';
import { keys, link, makeMap, process, step } from './map-fixtures';

/** The design-before-build contradiction: the centre builds prototypes to learn the design; the department wants the design signed off before any build. */
function designBeforeBuild() {
  const central = process(
    'central',
    [
      step('prototype', { name: 'Build and test prototypes with users' }),
      step('design', { name: 'Agree the service design', dependsOn: ['prototype'] }),
    ],
    'Central route',
  );
  const department = process(
    'department',
    [step('signoff', { name: 'Design sign-off' }), step('build', { name: 'Build', dependsOn: ['signoff'] })],
    'Department governance',
  );
  return makeMap(
    [central, department],
    [
      link('l1', 'central:design', 'equivalent-to', 'department:signoff'),
      link('l2', 'central:prototype', 'equal-to', 'department:build'),
    ],
  );
}

describe('ordering contradictions', () => {
  it('finds a loop that runs through merged steps and explains it as the same step in both processes', () => {
    const map = designBeforeBuild();
    const analysis = analyseMap(map, { suggestions: false });
    expect(analysis.cycles).toHaveLength(1);
    const [cycle] = analysis.cycles;
    expect(cycle?.rules.map((r) => r.type)).toEqual(['dependency', 'dependency']);
    expect(new Set(keys(cycle?.steps ?? []))).toEqual(
      new Set(['central:prototype', 'central:design', 'department:signoff', 'department:build']),
    );
    expect(keys(cycle?.component ?? [])).toHaveLength(4);
    const text = cycle?.explanation ?? '';
    expect(text).toContain(
      '“Build and test prototypes with users” (Central route) must finish before “Agree the service design” (Central route) starts (a dependency in Central route)',
    );
    expect(text).toContain('(a dependency in Department governance)');
    expect(text).toMatch(/are the same step in both processes/);
    expect(text).toMatch(/would have to finish before it could start, so no order of work satisfies both rules\./);
    expect(analysis.plan).toBeNull();
  });

  it('names the ordering link a rule comes from and when it was agreed', () => {
    const map = makeMap(
      [
        process(
          'central',
          [step('a', { name: 'Alpha assessment' }), step('b', { name: 'Beta', dependsOn: ['a'] })],
          'Central route',
        ),
        process('department', [step('x', { name: 'Gate 2' })], 'Department governance'),
      ],
      [
        link('order-1', 'central:b', 'must-precede', 'department:x'),
        link('order-2', 'central:a', 'must-follow', 'department:x', { status: 'draft', at: '2026-04-09T08:00:00Z' }),
      ],
    );
    const [cycle] = findOrderCycles(map, buildPrecedenceGraph(map));
    expect(cycle?.rules).toHaveLength(3);
    expect(cycle?.explanation).toContain('(an ordering link agreed on 3 March 2026)');
    expect(cycle?.explanation).toContain(
      '“Gate 2” (Department governance) must finish before “Alpha assessment” (Central route) starts (an ordering link drawn on 9 April 2026, still a draft)',
    );
  });

  it('shows the shortest loop of a component, not the first one a search meets', () => {
    // A ring of five steps, with a shortcut making a loop of two between d and e.
    const ring = ['a', 'b', 'c', 'd', 'e'];
    const steps = ring.map((id, i) => step(id, { dependsOn: [ring[(i + 4) % 5] ?? ''] }));
    const map = makeMap(
      [process('p', steps), process('q', [step('z')])],
      [link('short', 'p:e', 'must-precede', 'p:d')],
    );
    const cycles = analyseMap(map, { suggestions: false }).cycles;
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.rules).toHaveLength(2);
    expect(new Set(keys(cycles[0]?.steps ?? []))).toEqual(new Set(['p:d', 'p:e']));
    expect(keys(cycles[0]?.component ?? [])).toEqual(['p:a', 'p:b', 'p:c', 'p:d', 'p:e']);
  });

  it('finds the shortest loop even when it uses only one process’s own dependencies', () => {
    // A long loop through an ordering link, and a short loop of dependencies that touches no link.
    const steps = [
      step('a'),
      step('b', { dependsOn: ['a', 'c'] }),
      step('c', { dependsOn: ['b'] }),
      step('d', { dependsOn: ['c'] }),
    ];
    const map = makeMap(
      [process('p', steps), process('q', [step('x')])],
      [link('l1', 'p:d', 'must-precede', 'q:x'), link('l2', 'q:x', 'must-precede', 'p:a')],
    );
    const [cycle] = analyseMap(map, { suggestions: false }).cycles;
    expect(new Set(keys(cycle?.steps ?? []))).toEqual(new Set(['p:b', 'p:c']));
  });

  it('reports one loop per separate contradiction', () => {
    const map = makeMap(
      [process('p', [step('a'), step('b'), step('c'), step('d')]), process('q', [step('x'), step('y')])],
      [
        link('1', 'p:a', 'must-precede', 'q:x'),
        link('2', 'q:x', 'must-precede', 'p:a'),
        link('3', 'p:c', 'must-precede', 'q:y'),
        link('4', 'p:d', 'must-follow', 'q:y'),
        link('5', 'p:d', 'must-precede', 'p:c'),
      ],
    );
    expect(analyseMap(map, { suggestions: false }).cycles.map((c) => keys(c.component))).toEqual([
      ['p:a', 'q:x'],
      ['p:c', 'p:d', 'q:y'],
    ]);
  });

  it('treats an ordering rule between two merged steps as a step that must finish before it starts', () => {
    const map = makeMap(
      [process('p', [step('a')], 'Central route'), process('q', [step('x')], 'Department governance')],
      [link('same', 'p:a', 'equal-to', 'q:x'), link('order', 'p:a', 'must-precede', 'q:x')],
    );
    const [cycle] = analyseMap(map, { suggestions: false }).cycles;
    expect(cycle?.rules).toHaveLength(1);
    expect(cycle?.explanation).toContain('this rule cannot be followed');
  });

  it('lets an agreed exception break the loop, and the plan appears', () => {
    const map = designBeforeBuild();
    const waived = {
      ...map,
      exceptions: [
        {
          id: 'e1',
          waives: { type: 'dependency' as const, processId: 'department', stepId: 'build', dependsOn: 'signoff' },
          reason: 'Prototypes are not the build the board signs off',
          agreedBy: 'Design authority chair',
          agreedAt: '2026-05-01',
          evidenceIds: [],
        },
      ],
    };
    const analysis = analyseMap(waived, { suggestions: false });
    expect(analysis.cycles).toEqual([]);
    expect(analysis.plan?.stages.map((s) => s.steps.map((n) => keys(n)))).toEqual([
      [['central:prototype', 'department:build']],
      [['central:design', 'department:signoff']],
    ]);
  });

  it('handles a loop thousands of steps long without running out of stack', () => {
    const n = 30_000;
    const steps = Array.from({ length: n }, (_, i) => step(`s${i}`, { dependsOn: i > 0 ? [`s${i - 1}`] : [] }));
    const map = makeMap(
      [process('p', steps), process('q', [step('x')])],
      [link('close-1', `p:s${n - 1}`, 'must-precede', 'q:x'), link('close-2', 'q:x', 'must-precede', 'p:s0')],
    );
    const cycles = analyseMap(map, { suggestions: false }).cycles;
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.rules).toHaveLength(n + 1);
  });
});
