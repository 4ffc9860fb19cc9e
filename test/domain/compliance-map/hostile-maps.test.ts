// Hostile or huge maps: the analysis bounds its work and says when it stopped early. Each test asserts on
// the work done and the results, never on time (timings are in test/bench/map.bench.ts).
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../src/domain/compliance-map/analyse-map';
import { EVIDENCE_LIMITS, evidenceReuseWithLimits } from '../../../src/domain/compliance-map/map-findings';
import { stepKey } from '../../../src/domain/compliance-map/map-model';
import { complianceMapRecordSchema } from '../../../src/domain/compliance-map/map-record-schema';
import { PACK_LIMITS } from '../../../src/domain/pack-limits';
import { CYCLE_LIMITS, findOrderCycles } from '../../../src/domain/compliance-map/order-cycles';
import { buildPrecedenceGraph } from '../../../src/domain/compliance-map/precedence-graph';
import { SUGGESTION_LIMITS, suggestLinksWithLimits } from '../../../src/domain/compliance-map/suggest-links';
import { link, makeMap, process, step } from './map-fixtures';

/** `count` made-up words: "wa", "wb", ... "wza", ... */
function vocabulary(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, i) => `w${letters[i % 26] ?? ''}${letters[Math.floor(i / 26) % 26] ?? ''}`);
}

describe('suggestions on a hostile map', () => {
  it('reads no postings for words that every step shares, and still suggests the pairs a rare word joins', () => {
    const shared = vocabulary(200).join(' ');
    const steps = (side: string) =>
      Array.from({ length: 600 }, (_, i) =>
        step(`s${i}`, { name: `Step ${side}${i}`, description: i === 7 ? `${shared} zebracrossing` : shared }),
      );
    const map = makeMap([process('a', steps('a')), process('b', steps('b'))]);
    const result = suggestLinksWithLimits(map);
    // 200 words shared by all 1,200 steps would be 200 x 600 x 600 = 72 million postings read.
    expect(result.work.postings).toBeLessThan(10);
    expect(result.suggestions.map((s) => `${s.from.stepId}-${s.to.stepId}`)).toEqual(['s7-s7']);
  });

  it('stops reading a step at its budget when many mid-frequency words are shared, and says so', () => {
    const words = vocabulary(400);
    const steps = (offset: number) =>
      Array.from({ length: 600 }, (_, i) =>
        step(`s${i}`, {
          name: `Step ${i}`,
          description: Array.from({ length: 100 }, (_, k) => words[(i * 7 + k * 3 + offset) % 400]).join(' '),
        }),
      );
    const map = makeMap([process('a', steps(0)), process('b', steps(1))]);
    const result = suggestLinksWithLimits(map);
    expect(result.limited).toBe(true);
    expect(result.work.postings).toBeLessThanOrEqual(600 * SUGGESTION_LIMITS.postingsPerStep);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s) => s.from.processId === 'a' && s.to.processId === 'b')).toBe(true);
  });

  it('compares evidence of the closest pairs within a budget (500 pairs of 100 x 100 items would be 5 million)', () => {
    const evidence = Array.from({ length: 100 }, (_, k) => `Report ${vocabulary(100)[k] ?? ''} register`);
    const steps = Array.from({ length: 500 }, (_, i) => step(`s${i}`, { name: `Approve plan ${i}`, evidence }));
    const map = makeMap([process('a', steps), process('b', steps)]);
    const result = suggestLinksWithLimits(map);
    expect(result.work.evidenceComparisons).toBeLessThanOrEqual(SUGGESTION_LIMITS.evidenceComparisons);
    expect(result.limited).toBe(true);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('is not limited on an ordinary map', () => {
    const map = makeMap([
      process('a', [step('x', { name: 'Penetration test', evidence: ['Penetration test report'] })]),
      process('b', [step('y', { name: 'IT health check', evidence: ['ITHC report'] })]),
    ]);
    const result = suggestLinksWithLimits(map);
    expect(result.limited).toBe(false);
    expect(result.suggestions).toHaveLength(1);
  });
});

/**
 * `count` processes of `length` steps, each step waiting for the one before; every fifth step merged with
 * the step of the next process, and one ordering link from the very last step back to the very first, so
 * that everything is one tangle whose loops are all about `length` rules long.
 */
function chainedProcesses(count: number, length: number) {
  const processes = Array.from({ length: count }, (_, k) =>
    process(
      `p${k}`,
      Array.from({ length }, (_, i) => step(`s${i}`, { dependsOn: i > 0 ? [`s${i - 1}`] : [] })),
    ),
  );
  const links = [];
  for (let k = 0; k + 1 < count; k += 1)
    for (let i = 0; i + 1 < length; i += 5)
      links.push(link(`m${k}-${i}`, `p${k}:s${i + (k % 2)}`, 'equivalent-to', `p${k + 1}:s${i}`));
  links.push(link('back', `p${count - 1}:s${length - 1}`, 'must-precede', 'p0:s0'));
  return makeMap(processes, links);
}

describe('ordering loops on a hostile map', () => {
  it('stops searching a tangle at its budget and shows one real loop, naming the tangle', () => {
    const map = chainedProcesses(10, 500);
    const graph = buildPrecedenceGraph(map);
    const work = { ruleVisits: 0 };
    const cycles = findOrderCycles(map, graph, work);
    // Searching from each of the ~1,800 merged steps would read ~1,800 x 5,000 rules.
    expect(work.ruleVisits).toBeLessThan(CYCLE_LIMITS.ruleVisitsPerComponent + 10 * graph.edges.length);
    expect(cycles).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle?.limited).toBe(true);
    expect(cycle?.component.length).toBe(4968);
    // The loop is real: each rule starts on the node the one before ends on.
    const rules = cycle?.rules ?? [];
    expect(rules.length).toBeGreaterThan(1);
    rules.forEach((rule, i) => {
      const next = rules[(i + 1) % rules.length];
      expect(next && graph.nodeOf.get(stepKey(rule.to))).toBe(next && graph.nodeOf.get(stepKey(next.from)));
    });
    expect(cycle?.explanation).toMatch(/^These 4,968 steps wait for each other in too many ways to check every loop/);
    expect(cycle?.explanation).toContain('and 4,948 more.');
    expect(cycle?.explanation).toMatch(/\d+ more rules lead from /);
    expect(analyseMap(map, { suggestions: false }).limits).toEqual([
      'Some steps wait for each other in too many ways to check every loop, so a loop shown for them may not be the shortest.',
    ]);
  });

  it('still finds the shortest loop of a small tangle, without a note', () => {
    const map = chainedProcesses(3, 20);
    const cycles = findOrderCycles(map, buildPrecedenceGraph(map));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.limited).toBeUndefined();
    expect(cycles[0]?.explanation).not.toContain('too many ways');
    expect(analyseMap(map, { suggestions: false }).limits).toEqual([]);
  });
});

describe('evidence reuse on a hostile map', () => {
  it('stops comparing at its budget on thousands of links between steps of 100 evidence items', () => {
    const evidence = Array.from({ length: 100 }, (_, k) => `Evidence report number${k} register`);
    const steps = Array.from({ length: 1000 }, (_, i) => step(`s${i}`, { evidence, durationDays: 10 }));
    const links = Array.from({ length: 5000 }, (_, i) =>
      link(`l${i}`, `a:s${i % 1000}`, 'equivalent-to', `b:s${(i * 7 + Math.floor(i / 1000)) % 1000}`),
    );
    const map = makeMap([process('a', steps), process('b', steps)], links);
    const result = evidenceReuseWithLimits(map);
    // 5,000 links of 100 x 100 items would be 50 million comparisons.
    expect(result.comparisons).toBeLessThanOrEqual(EVIDENCE_LIMITS.comparisons);
    expect(result.limited).toBe(true);
    expect(result.reuse.length).toBeGreaterThan(0);
    expect(analyseMap(map, { suggestions: false }).limits).toContain(
      'The map has too many links between steps with long lists of evidence to compare them all, so some evidence that could be reused may not be shown.',
    );
  });
});

describe('a pack step fits a map step', () => {
  it('accepts a step description as long as a pack allows, and refuses one longer', () => {
    const withDescription = (length: number) =>
      complianceMapRecordSchema.safeParse(makeMap([process('a', [step('x', { description: 'd'.repeat(length) })])]))
        .success;
    expect(withDescription(PACK_LIMITS.maxLongText)).toBe(true);
    expect(withDescription(PACK_LIMITS.maxLongText + 1)).toBe(false);
  });
});
