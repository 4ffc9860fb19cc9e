// The findings that need no graph: conflicts a person declared, steps with no counterpart in another
// process, and evidence both sides ask for that can be produced once. Evidence reuse follows the direction
// a link allows: between equal or equivalent steps either way, and from a step that covers all of another
// (superset) to the step it covers, never the reverse (the smaller step's evidence does not answer
// everything the larger one asks) and never across a mere overlap.
import type { DeclaredConflict, EvidenceReuse } from './analysis-types';
import type { ComplianceMap, MapLink, MapStep, StepRef } from './map-model';
import { findStep, SET_RELATIONS, stepKey } from './map-model';
import { canonicalTokens, EVIDENCE_MATCH, tokenSetSimilarity } from './step-text';

export function declaredConflicts(map: ComplianceMap): DeclaredConflict[] {
  return map.links
    .filter((l) => l.relation === 'conflicts-with')
    .map((l) => ({ linkId: l.id, steps: [l.from, l.to], reason: l.reason }));
}

const COUNTERPART_RELATIONS: ReadonlySet<string> = new Set(SET_RELATIONS.filter((r) => r !== 'no-relationship'));

/**
 * Steps with no counterpart, by process id (every process listed, in map order): no link of a set relation
 * other than no-relationship joins them to a step of another process.
 */
export function unmappedSteps(map: ComplianceMap): Record<string, string[]> {
  const mapped = new Set<string>();
  for (const l of map.links) {
    if (!COUNTERPART_RELATIONS.has(l.relation) || l.from.processId === l.to.processId) continue;
    mapped.add(stepKey(l.from));
    mapped.add(stepKey(l.to));
  }
  const out: Record<string, string[]> = {};
  for (const p of map.processes) {
    out[p.id] = p.steps.filter((s) => !mapped.has(stepKey({ processId: p.id, stepId: s.id }))).map((s) => s.id);
  }
  return out;
}

/** Who may reuse whose evidence across one link: [provider, receiver] pairs. */
function reuseDirections(link: MapLink, processOrder: Map<string, number>): [StepRef, StepRef][] {
  switch (link.relation) {
    case 'equal-to':
    case 'equivalent-to': {
      // Either side could produce it; the process listed first in the map does, the other reuses it.
      const fromFirst = (processOrder.get(link.from.processId) ?? 0) <= (processOrder.get(link.to.processId) ?? 0);
      return [fromFirst ? [link.from, link.to] : [link.to, link.from]];
    }
    case 'superset-of':
      return [[link.from, link.to]];
    case 'subset-of':
      return [[link.to, link.from]];
    default:
      return [];
  }
}

interface Match {
  provider: StepRef;
  providerItem: number;
  receiver: StepRef;
  receiverItem: number;
  similarity: number;
  linkId: string;
}

/**
 * Days saved when a step reuses evidence instead of producing it: the step's duration shared equally among
 * the evidence items it asks for, times the items another step already produces. A step of 10 days asking
 * for 4 items, 2 of them reused, saves 5 days. Steps without a duration save 0 (nothing to base it on).
 */
export function daysSavedFor(step: MapStep, itemsReused: number): number {
  if (step.evidence.length === 0 || step.durationDays === null) return 0;
  return (Math.max(0, step.durationDays) * Math.min(itemsReused, step.evidence.length)) / step.evidence.length;
}

/**
 * Evidence both sides ask for, one entry per evidence item produced: the providing step first, then every
 * step that can reuse it. Each receiving item is credited once, to its closest match.
 */
export function evidenceReuse(map: ComplianceMap): EvidenceReuse[] {
  const processOrder = new Map(map.processes.map((p, i) => [p.id, i]));
  const tokens = new Map<string, Set<string>[]>();
  const tokensOf = (ref: StepRef, step: MapStep): Set<string>[] => {
    const key = stepKey(ref);
    let list = tokens.get(key);
    if (!list) {
      list = step.evidence.map((e) => canonicalTokens(e));
      tokens.set(key, list);
    }
    return list;
  };
  // For each receiving evidence item, its closest providing item across every valid link.
  const best = new Map<string, Match>();
  for (const link of map.links) {
    for (const [provider, receiver] of reuseDirections(link, processOrder)) {
      const ps = findStep(map, provider);
      const rs = findStep(map, receiver);
      if (!ps || !rs || provider.processId === receiver.processId) continue;
      const pt = tokensOf(provider, ps);
      tokensOf(receiver, rs).forEach((rt, receiverItem) => {
        pt.forEach((item, providerItem) => {
          const similarity = tokenSetSimilarity(item, rt);
          if (similarity < EVIDENCE_MATCH) return;
          const key = `${stepKey(receiver)}\n${receiverItem}`;
          const current = best.get(key);
          if (!current || similarity > current.similarity) {
            best.set(key, { provider, providerItem, receiver, receiverItem, similarity, linkId: link.id });
          }
        });
      });
    }
  }
  const entries = new Map<string, { reuse: EvidenceReuse; sortKey: string }>();
  for (const m of best.values()) {
    const ps = findStep(map, m.provider);
    const rs = findStep(map, m.receiver);
    if (!ps || !rs) continue;
    const key = `${stepKey(m.provider)}\n${m.providerItem}`;
    let entry = entries.get(key);
    if (!entry) {
      const order = String(processOrder.get(m.provider.processId) ?? 0).padStart(4, '0');
      entry = {
        reuse: { evidence: ps.evidence[m.providerItem] ?? '', steps: [m.provider], linkIds: [], daysSaved: 0 },
        sortKey: `${order}\n${stepKey(m.provider)}\n${String(m.providerItem).padStart(4, '0')}`,
      };
      entries.set(key, entry);
    }
    const { reuse } = entry;
    if (!reuse.steps.some((s) => stepKey(s) === stepKey(m.receiver))) reuse.steps.push(m.receiver);
    if (!reuse.linkIds.includes(m.linkId)) reuse.linkIds.push(m.linkId);
    // Each reused item earns its share of the receiving step's duration.
    reuse.daysSaved += daysSavedFor(rs, 1);
  }
  return [...entries.values()]
    .sort((a, b) => b.reuse.daysSaved - a.reuse.daysSaved || (a.sortKey < b.sortKey ? -1 : 1))
    .map(({ reuse }) => ({ ...reuse, daysSaved: Math.round(reuse.daysSaved * 10) / 10 }));
}
