// Properties of the analysis on random maps: the plan respects every ordering rule that is not waived,
// holds every step once, and exists exactly when there is no loop; what-if never touches the map given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import type { ComplianceMap, MapException, MapLink, MapRelation } from '../../../src/domain/compliance-map/map-model';
import { stepKey } from '../../../src/domain/compliance-map/map-model';
import { sequentialDays } from '../../../src/domain/compliance-map/integrated-plan';
import { applyWhatIf } from '../../../src/domain/compliance-map/what-if';
import type { WhatIfChange } from '../../../src/domain/compliance-map/what-if';
import { link, makeMap, process, step } from './map-fixtures';

const RELATIONS: MapRelation[] = [
  'equal-to',
  'equivalent-to',
  'must-precede',
  'must-follow',
  'intersects-with',
  'subset-of',
];

/** Two or three processes of up to seven steps; dependencies may point anywhere (loops included). */
const arbitraryMap: fc.Arbitrary<ComplianceMap> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 3 }),
    deps: fc.array(fc.tuple(fc.nat(20), fc.nat(6), fc.nat(6), fc.boolean()), { maxLength: 12 }),
    links: fc.array(fc.tuple(fc.nat(20), fc.nat(6), fc.nat(20), fc.nat(6), fc.constantFrom(...RELATIONS)), {
      maxLength: 8,
    }),
    waive: fc.array(fc.nat(20), { maxLength: 3 }),
    durations: fc.array(fc.option(fc.integer({ min: 0, max: 30 })), { minLength: 7, maxLength: 7 }),
  })
  .map(({ sizes, deps, links, waive, durations }) => {
    const processes = sizes.map((size, p) =>
      process(
        `p${p}`,
        Array.from({ length: size }, (_, s) => step(`s${s}`, { durationDays: durations[s] ?? null })),
      ),
    );
    for (const [pi, si, di, backwards] of deps) {
      const proc = processes[pi % processes.length];
      if (!proc) continue;
      const n = proc.steps.length;
      const target = proc.steps[si % n];
      const dep = proc.steps[di % n];
      // Mostly forward dependencies (a normal process), sometimes backwards (a loop in one process's file).
      if (!target || !dep || target === dep || (!backwards && di % n >= si % n)) continue;
      if (!target.dependsOn.includes(dep.id)) target.dependsOn.push(dep.id);
    }
    const mapLinks: MapLink[] = [];
    links.forEach(([pa, sa, pb, sb, relation], i) => {
      const a = processes[pa % processes.length];
      const b = processes[pb % processes.length];
      if (!a || !b || a === b) return;
      mapLinks.push(link(`l${i}`, `${a.id}:s${sa % a.steps.length}`, relation, `${b.id}:s${sb % b.steps.length}`));
    });
    const exceptions: MapException[] = waive.flatMap((w, i) => {
      const l = mapLinks[w % Math.max(1, mapLinks.length)];
      return l
        ? [
            {
              id: `e${i}`,
              waives: { type: 'link', linkId: l.id },
              reason: '',
              agreedBy: '',
              agreedAt: '',
              evidenceIds: [],
            },
          ]
        : [];
    });
    return makeMap(processes, mapLinks, { exceptions });
  });

/** Every ordering rule still in force, as [earlier step, later step]. */
function rulesInForce(map: ComplianceMap): [string, string][] {
  const waived = new Set(map.exceptions.flatMap((e) => (e.waives.type === 'link' ? [e.waives.linkId] : [])));
  const rules: [string, string][] = [];
  for (const p of map.processes) {
    for (const s of p.steps) for (const d of s.dependsOn) rules.push([`${p.id}:${d}`, `${p.id}:${s.id}`]);
  }
  for (const l of map.links) {
    if (waived.has(l.id)) continue;
    if (l.relation === 'must-precede') rules.push([stepKey(l.from), stepKey(l.to)]);
    if (l.relation === 'must-follow') rules.push([stepKey(l.to), stepKey(l.from)]);
  }
  return rules;
}

describe('analysis properties', () => {
  it('a plan exists exactly when there is no loop, and then follows every rule in force', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const analysis = analyseMap(map, { suggestions: false });
        expect(analysis.plan === null).toBe(analysis.cycles.length > 0);
        if (!analysis.plan) return;
        const stageOf = new Map<string, number>();
        const nodeOf = new Map<string, number>();
        let node = 0;
        for (const stage of analysis.plan.stages) {
          for (const members of stage.steps) {
            node += 1;
            for (const m of members) {
              expect(stageOf.has(stepKey(m))).toBe(false);
              stageOf.set(stepKey(m), stage.stage);
              nodeOf.set(stepKey(m), node);
            }
          }
        }
        expect(stageOf.size).toBe(map.processes.reduce((n, p) => n + p.steps.length, 0));
        for (const [earlier, later] of rulesInForce(map)) {
          expect(nodeOf.get(earlier)).not.toBe(nodeOf.get(later));
          expect(stageOf.get(earlier) ?? 0).toBeLessThan(stageOf.get(later) ?? 0);
        }
        // No process can be done faster inside the plan than on its own.
        for (const p of map.processes) {
          expect(analysis.plan.days).toBeGreaterThanOrEqual(sequentialDays(makeMap([p])));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every loop shown is closed: each rule starts in the merged step where the last one ended', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const same = new Map<string, string>();
        const root = (k: string): string => {
          const up = same.get(k);
          return up === undefined || up === k ? k : root(up);
        };
        for (const l of map.links) {
          if (l.relation === 'equal-to' || l.relation === 'equivalent-to')
            same.set(root(stepKey(l.from)), root(stepKey(l.to)));
        }
        for (const cycle of analyseMap(map, { suggestions: false }).cycles) {
          cycle.rules.forEach((rule, i) => {
            const next = cycle.rules[(i + 1) % cycle.rules.length];
            expect(next && root(stepKey(rule.to)) === root(stepKey(next.from))).toBe(true);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a what-if trial never changes the map it was given', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.nat(10), (map, n) => {
        const copy = structuredClone(map);
        const first = map.links[n % Math.max(1, map.links.length)];
        const changes: WhatIfChange[] = [
          { type: 'move-step', step: { processId: 'p0', stepId: 's0' }, dependsOn: ['s1'] },
          { type: 'drop-dependency', processId: 'p1', stepId: 's1', dependsOn: 's0' },
          ...(first ? [{ type: 'drop-link' as const, linkId: first.id }] : []),
        ];
        applyWhatIf(map, changes);
        expect(map).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
