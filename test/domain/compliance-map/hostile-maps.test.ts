// Hostile or huge maps: the analysis bounds its work and says when it stopped early. Each test asserts on
// the work done and the results, never on time (timings are in test/bench/map.bench.ts).
import { describe, expect, it } from 'vitest';
import { SUGGESTION_LIMITS, suggestLinksWithLimits } from '../../../src/domain/compliance-map/suggest-links';
import { makeMap, process, step } from './map-fixtures';

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
