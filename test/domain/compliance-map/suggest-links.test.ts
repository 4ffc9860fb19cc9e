// Suggested links: the synonym list finds steps that word the same thing differently, reasons say why,
// linked and rejected pairs are never offered again, and the output is capped and deterministic.
import { describe, expect, it } from 'vitest';
import { suggestLinks } from '../../../src/domain/compliance-map/suggest-links';
import { STEP_SYNONYMS } from '../../../src/domain/compliance-map/step-synonyms';
import { canonicalTokens } from '../../../src/domain/compliance-map/step-text';
import { keys, link, makeMap, process, ref, step } from './map-fixtures';

function twoRoutes() {
  const central = process('central', [
    step('pentest', {
      name: 'Commission a penetration test',
      evidence: ['Penetration test report'],
      phase: 'beta',
      owner: 'Technical architect',
      description: 'An independent tester tries to break into the service before it goes public.',
    }),
    step('research', { name: 'User research with people who use the service', phase: 'discovery' }),
    step('alpha', { name: 'Alpha assessment', evidence: ['Assessment report'], phase: 'alpha', owner: 'PMO' }),
    step('pipeline', { name: 'Add the work to the spend pipeline', phase: 'discovery' }),
  ]);
  const department = process('department', [
    step('budget', { name: 'Budget forecast', description: 'Finance review of running costs.' }),
    step('ithc', {
      name: 'IT health check',
      evidence: ['ITHC report'],
      phase: 'beta',
      owner: 'Technical architect',
      description: 'Security testing by a CHECK company.',
    }),
    step('requirements', { name: 'Requirements gathering workshops', phase: 'discovery' }),
    step('gate2', {
      name: 'Gate 2 review',
      evidence: ['Assessment report', 'Delivery plan'],
      phase: 'alpha',
      owner: 'PMO',
    }),
    step('training', { name: 'Staff training on the new test environment' }),
  ]);
  return makeMap([central, department]);
}

function topFor(suggestions: ReturnType<typeof suggestLinks>, key: string) {
  return suggestions.find((s) => keys([s.from, s.to]).includes(key));
}

describe('suggested links', () => {
  it('finds the IT health check for a penetration test, with the reasons seen', () => {
    const suggestions = suggestLinks(twoRoutes());
    const best = topFor(suggestions, 'central:pentest');
    expect(keys([best?.from ?? ref(''), best?.to ?? ref('')])).toEqual(['central:pentest', 'department:ithc']);
    expect(best?.reasons).toEqual([
      'Both ask for: Penetration test report',
      'Same meaning: penetration test / IT health check',
      expect.stringMatching(/^Similar wording: /),
      'Same phase: beta',
      'Same owner: Technical architect',
    ]);
    expect(best?.relation).toBe('equivalent-to');
    expect(best?.score).toBeGreaterThan(0.5);
  });

  it('matches user research with requirements gathering, and an alpha assessment with a Gate 2 review', () => {
    const suggestions = suggestLinks(twoRoutes());
    expect(keys([topFor(suggestions, 'central:research')?.to ?? ref('')])).toEqual(['department:requirements']);
    const gate = topFor(suggestions, 'central:alpha');
    expect(keys([gate?.to ?? ref('')])).toEqual(['department:gate2']);
    // Gate 2 asks for everything the alpha assessment asks, and more.
    expect(gate?.relation).toBe('subset-of');
    expect(gate?.reasons).toContain('Same owner: PMO');
  });

  it('scores between 0 and 1, best first, and proposes intersects-with for weaker matches', () => {
    const suggestions = suggestLinks(twoRoutes(), { minSimilarity: 0.01 });
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      if (s.score < 0.5) expect(s.relation).toBe('intersects-with');
    }
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('never offers a pair already linked, in either direction, or one a person rejected', () => {
    const base = twoRoutes();
    const map = {
      ...base,
      links: [link('l', 'department:ithc', 'intersects-with', 'central:pentest')],
      rejectedSuggestions: [
        { from: ref('central:research'), to: ref('department:requirements'), by: 'Sam', at: '2026-03-03' },
      ],
    };
    const pairs = suggestLinks(map).map((s) => keys([s.from, s.to]).join(' '));
    expect(pairs).not.toContain('central:pentest department:ithc');
    expect(pairs).not.toContain('central:research department:requirements');
    expect(suggestLinks(base).map((s) => keys([s.from, s.to]).join(' '))).toContain(
      'central:research department:requirements',
    );
  });

  it('never suggests steps of the same process, and gives each step at most the number asked for', () => {
    const steps = (p: string) =>
      Array.from({ length: 8 }, (_, i) => step(`${p}${i}`, { name: `Security review of the hosting platform ${i}` }));
    const map = makeMap([process('p', steps('a')), process('q', steps('b')), process('r', steps('c'))]);
    const suggestions = suggestLinks(map, { perStep: 3 });
    expect(suggestions.length).toBeGreaterThan(0);
    const count = new Map<string, number>();
    for (const s of suggestions) {
      expect(s.from.processId).not.toBe(s.to.processId);
      for (const k of keys([s.from, s.to])) count.set(k, (count.get(k) ?? 0) + 1);
    }
    expect(Math.max(...count.values())).toBeLessThanOrEqual(3);
    expect(suggestLinks(map).length).toBeGreaterThan(suggestions.length);
  });

  it('gives the same suggestions every time', () => {
    expect(suggestLinks(twoRoutes())).toEqual(suggestLinks(twoRoutes()));
  });
});

describe('the synonym list', () => {
  it('gives every group an id of its own and phrases that read the same once stemmed only within one group', () => {
    const ids = STEP_SYNONYMS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of STEP_SYNONYMS) expect(g.phrases.length).toBeGreaterThan(1);
  });

  it('makes two wordings of one idea the same evidence', () => {
    expect(canonicalTokens('Penetration testing report')).toEqual(canonicalTokens('IT Health Check report'));
    expect(canonicalTokens('DPIA')).toEqual(canonicalTokens('Data protection impact assessment'));
    expect(canonicalTokens('Architecture board minutes')).toEqual(canonicalTokens('Design authority minutes'));
  });
});
