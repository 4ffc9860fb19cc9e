// The findings that need no graph: conflicts a person declared, steps with no counterpart in another
// process, and evidence both sides ask for that can be produced once. Evidence reuse follows the direction
// a link allows: between equal or equivalent steps either way, and from a step that covers all of another
// (superset) to the step it covers, never the reverse (the smaller step's evidence does not answer
// everything the larger one asks) and never across a mere overlap.
import type { DeclaredConflict, EvidenceReuse } from './analysis-types';
import type { ComplianceMap, MapLink, MapStep, StepRef } from './map-model';
import { SET_RELATIONS, stepKey } from './map-model';
import { canonicalTokens, EVIDENCE_MATCH } from './step-text';

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
  provider: StepEvidence;
  providerItem: number;
  receiver: StepEvidence;
  receiverItem: number;
  similarity: number;
  link: number;
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
 * Bounds on the evidence comparisons, so that a hostile map (50,000 links between steps of 100 evidence
 * items each) cannot hang the app. Each link compares every item of one step with every item of the other;
 * once `comparisons` are spent, the remaining links are not compared and the analysis says so.
 */
export const EVIDENCE_LIMITS = { comparisons: 5_000_000 } as const;

/** Evidence reuse, whether the comparison budget ran out, and the comparisons made (for tests and the bench). */
export interface EvidenceReuseResult {
  reuse: EvidenceReuse[];
  limited: boolean;
  comparisons: number;
}

/** One step's evidence as the matching reads it: each item's canonical tokens as sorted token numbers. */
interface StepEvidence {
  ref: StepRef;
  /** The step's key and a number for it, worked out once. */
  key: string;
  index: number;
  step: MapStep;
  items: Int32Array[];
  /** For each item, its closest providing item so far (index into `matches`), or -1. */
  best: Int32Array;
}

/** The Dice coefficient of two sorted lists of token numbers (as `tokenSetSimilarity`, on numbers). */
function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Evidence both sides ask for, one entry per evidence item produced: the providing step first, then every
 * step that can reuse it. Each receiving item is credited once, to its closest match.
 */
export function evidenceReuse(map: ComplianceMap): EvidenceReuse[] {
  return evidenceReuseWithLimits(map).reuse;
}

/** As `evidenceReuse`, saying also whether the comparison budget (EVIDENCE_LIMITS) cut it short. */
export function evidenceReuseWithLimits(map: ComplianceMap): EvidenceReuseResult {
  const processOrder = new Map(map.processes.map((p, i) => [p.id, i]));
  const stepsByKey = new Map<string, MapStep>();
  for (const p of map.processes)
    for (const step of p.steps) {
      const key = stepKey({ processId: p.id, stepId: step.id });
      if (!stepsByKey.has(key)) stepsByKey.set(key, step);
    }
  // Each step's evidence is read once, however many links it has: token sets become sorted token numbers.
  const tokenNumbers = new Map<string, number>();
  const itemNumbers = new Map<string, Int32Array>();
  const evidenceOf = new Map<string, StepEvidence>();
  const read = (ref: StepRef): StepEvidence | undefined => {
    const key = stepKey(ref);
    const found = evidenceOf.get(key);
    if (found) return found;
    const step = stepsByKey.get(key);
    if (!step) return undefined;
    const items = step.evidence.map((e) => {
      // The same wording (common across steps: "Business case") is read once.
      let numbers = itemNumbers.get(e);
      if (!numbers) {
        const list: number[] = [];
        for (const token of canonicalTokens(e)) {
          let n = tokenNumbers.get(token);
          if (n === undefined) {
            n = tokenNumbers.size;
            tokenNumbers.set(token, n);
          }
          list.push(n);
        }
        numbers = Int32Array.from(list).sort();
        itemNumbers.set(e, numbers);
      }
      return numbers;
    });
    const entry: StepEvidence = {
      ref,
      key,
      index: evidenceOf.size,
      step,
      items,
      best: new Int32Array(items.length).fill(-1),
    };
    evidenceOf.set(key, entry);
    return entry;
  };
  const matches: Match[] = [];
  let comparisons = 0;
  let limited = false;
  map.links.forEach((link, linkIndex) => {
    if (limited) return;
    for (const [provider, receiver] of reuseDirections(link, processOrder)) {
      if (provider.processId === receiver.processId) continue;
      const ps = read(provider);
      const rs = read(receiver);
      if (!ps || !rs) continue;
      const cost = ps.items.length * rs.items.length;
      if (comparisons + cost > EVIDENCE_LIMITS.comparisons) {
        limited = true;
        break;
      }
      comparisons += cost;
      rs.items.forEach((rt, receiverItem) => {
        ps.items.forEach((item, providerItem) => {
          const similarity = dice(item, rt);
          if (similarity < EVIDENCE_MATCH) return;
          const at = rs.best[receiverItem] ?? -1;
          const current = at >= 0 ? matches[at] : undefined;
          if (!current || similarity > current.similarity) {
            const match = { provider: ps, providerItem, receiver: rs, receiverItem, similarity, link: linkIndex };
            if (current) matches[at] = match;
            else {
              rs.best[receiverItem] = matches.length;
              matches.push(match);
            }
          }
        });
      });
    }
  });
  interface Entry {
    reuse: EvidenceReuse;
    sortKey: string;
    id: number;
  }
  // Entries by providing step and item; which steps and links an entry already lists, as numbers.
  const entries: Entry[] = [];
  const entryOf = new Map<number, Entry[]>();
  const listed = new Set<number>();
  const steps = evidenceOf.size;
  const links = map.links.length;
  for (const m of matches) {
    let byItem = entryOf.get(m.provider.index);
    if (!byItem) {
      byItem = [];
      entryOf.set(m.provider.index, byItem);
    }
    let entry = byItem[m.providerItem];
    if (!entry) {
      const order = String(processOrder.get(m.provider.ref.processId) ?? 0).padStart(4, '0');
      entry = {
        reuse: {
          evidence: m.provider.step.evidence[m.providerItem] ?? '',
          steps: [m.provider.ref],
          linkIds: [],
          daysSaved: 0,
        },
        sortKey: `${order}\n${m.provider.key}\n${String(m.providerItem).padStart(4, '0')}`,
        id: entries.length,
      };
      entries.push(entry);
      byItem[m.providerItem] = entry;
    }
    const { reuse } = entry;
    const stepSeen = entry.id * (steps + links) + m.receiver.index;
    if (!listed.has(stepSeen)) {
      listed.add(stepSeen);
      reuse.steps.push(m.receiver.ref);
    }
    const linkSeen = entry.id * (steps + links) + steps + m.link;
    if (!listed.has(linkSeen)) {
      listed.add(linkSeen);
      reuse.linkIds.push(map.links[m.link]?.id ?? '');
    }
    // Each reused item earns its share of the receiving step's duration.
    reuse.daysSaved += daysSavedFor(m.receiver.step, 1);
  }
  const reuse = entries
    .sort((a, b) => b.reuse.daysSaved - a.reuse.daysSaved || (a.sortKey < b.sortKey ? -1 : 1))
    .map(({ reuse }) => ({ ...reuse, daysSaved: Math.round(reuse.daysSaved * 10) / 10 }));
  return { reuse, limited, comparisons };
}
