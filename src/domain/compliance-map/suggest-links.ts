// Suggested links between steps of different processes, for a person to accept, change or reject (never
// applied on their own). Each step becomes a TF-IDF vector of its name, evidence and description (stemmed,
// common words dropped, synonym phrases recognised as one idea); an inverted index finds the steps that
// share a term, so only pairs with something in common are ever scored. Shared evidence, the same phase and
// the same owner then raise the score, and every signal that fired becomes a plain-English reason.
import type { Suggestion } from './analysis-types';
import type { ComplianceMap, MapStep, StepRef } from './map-model';
import { stepKey } from './map-model';
import { canonicalTokens, conceptGroup, matchEvidence, textTokens } from './step-text';
import type { ReasonedStep } from './suggestion-reasons';
import { describeMatch, proposeRelation } from './suggestion-reasons';

export interface SuggestOptions {
  /** Most suggestions any one step takes part in (default 5). */
  perStep?: number;
  /** Lowest text similarity (cosine, 0 to 1) worth suggesting (default 0.1). */
  minSimilarity?: number;
  /** Whether to use the synonym list (default true); false shows what words alone find. */
  synonyms?: boolean;
}

/** A step's name says most about it, its evidence next, its description least. */
const FIELD_WEIGHTS = { name: 3, evidence: 2, description: 1 } as const;
const CONCEPT_WEIGHT = 2;
/** Added to the score (as a share of what the text leaves) for each signal beyond the words. */
const BOOSTS = { perSharedEvidence: 0.25, maxSharedEvidence: 0.5, samePhase: 0.05, sameOwner: 0.1 } as const;

/**
 * Bounds on the work, so that a hostile or huge map (thousands of steps sharing hundreds of words) cannot
 * hang the app. A real map never reaches them; the bench map (2 x 2,000 steps) stays well inside.
 */
export const SUGGESTION_LIMITS = {
  /**
   * A term held by more than this share of all steps (and by more than `commonTermFloor` steps) is too
   * common to find pairs by: it still counts in each step's vector, but its postings are not read. Its
   * weight, log(1 + steps / steps with it), is small anyway.
   */
  commonTermShare: 0.25,
  commonTermFloor: 500,
  /** Terms kept in one step's vector, the heaviest: a long description adds many words that weigh little. */
  termsPerStep: 100,
  /** Postings read for one step, its rarest (heaviest) terms first. */
  postingsPerStep: 4_000,
  /** Postings read for the whole map; each step gets an equal share when the map is large. */
  totalPostings: 40_000_000,
  /** Evidence items compared (one item of one step with one of the other) to rerank the closest pairs. */
  evidenceComparisons: 4_000_000,
} as const;

/** Suggestions, and whether a limit stopped the search before every pair sharing a word was scored. */
export interface SuggestionResult {
  suggestions: Suggestion[];
  /** True when a work limit cut the search short: the list is the best found, not necessarily all. */
  limited: boolean;
  /** Postings read and evidence items compared, for tests and the bench. */
  work: { postings: number; evidenceComparisons: number };
}

interface StepDoc {
  ref: StepRef;
  process: number;
  step: MapStep;
  /** The vector as term numbers and weights, for the scoring loop: heaviest first, too-common terms left out. */
  termIds: Int32Array;
  termWeights: Float64Array;
  /** Every term kept in the vector (common ones too), for the reasons. */
  keptIds: Int32Array;
  keptWeights: Float64Array;
  /** Canonical tokens of each evidence item. */
  evidence: Set<string>[];
  /** Lower-cased, trimmed. */
  owner: string;
}

/** Calls `visit` for each token of a step with the weight its field gives it. */
function eachTerm(step: MapStep, synonyms: boolean, visit: (stem: string, word: string, weight: number) => void): void {
  const add = (text: string, weight: number): void => {
    for (const t of textTokens(text, false, synonyms)) {
      // A synonym phrase is one idea said in several words: it counts twice, like a repeated word.
      visit(t.stem, t.word, conceptGroup(t.stem) === undefined ? weight : CONCEPT_WEIGHT * weight);
    }
  };
  add(step.name, FIELD_WEIGHTS.name);
  for (const e of step.evidence) add(e, FIELD_WEIGHTS.evidence);
  add(step.description, FIELD_WEIGHTS.description);
}

interface Vocabulary {
  /** Term number to term. */
  terms: string[];
  docs: StepDoc[];
}

/**
 * Each step as a TF-IDF vector. Counts are held as typed arrays of term numbers, not maps of words, so that
 * thousands of steps with long descriptions do not fill memory; only a step's heaviest terms are kept.
 */
function buildDocs(map: ComplianceMap, synonyms: boolean): Vocabulary {
  const numberOf = new Map<string, number>();
  const terms: string[] = [];
  let df = new Int32Array(1024);
  const counted: { ref: StepRef; process: number; step: MapStep; ids: Int32Array; counts: Float64Array }[] = [];
  const local = new Map<number, number>();
  map.processes.forEach((p, process) => {
    for (const step of p.steps) {
      local.clear();
      eachTerm(step, synonyms, (stem, _word, weight) => {
        let id = numberOf.get(stem);
        if (id === undefined) {
          id = terms.length;
          numberOf.set(stem, id);
          terms.push(stem);
        }
        local.set(id, (local.get(id) ?? 0) + weight);
      });
      const ids = Int32Array.from(local.keys());
      for (const id of ids) {
        if (id >= df.length) {
          const grown = new Int32Array(Math.max(df.length * 2, id + 1));
          grown.set(df);
          df = grown;
        }
        df[id] = (df[id] ?? 0) + 1;
      }
      counted.push({
        ref: { processId: p.id, stepId: step.id },
        process,
        step,
        ids,
        counts: Float64Array.from(local.values()),
      });
    }
  });
  const n = counted.length;
  const common = Math.max(SUGGESTION_LIMITS.commonTermFloor, n * SUGGESTION_LIMITS.commonTermShare);
  const docs = counted.map((d): StepDoc => {
    const weights = Float64Array.from(
      d.ids,
      (id, k) => Math.log(1 + (d.counts[k] ?? 0)) * Math.log(1 + n / (df[id] || 1)),
    );
    let sumSquares = 0;
    for (const w of weights) sumSquares += w * w;
    const norm = Math.sqrt(sumSquares) || 1;
    // Only the heaviest terms are kept (the length still counts them all), heaviest first, so that a step
    // whose reading is cut short has read what says most about it. Ties go by term number: map order.
    const order = Array.from(d.ids.keys())
      .sort((x, y) => (weights[y] ?? 0) - (weights[x] ?? 0) || (d.ids[x] ?? 0) - (d.ids[y] ?? 0))
      .slice(0, SUGGESTION_LIMITS.termsPerStep);
    const indexed = order.filter((k) => (df[d.ids[k] ?? 0] ?? 0) <= common);
    return {
      ref: d.ref,
      process: d.process,
      step: d.step,
      termIds: Int32Array.from(indexed, (k) => d.ids[k] ?? 0),
      termWeights: Float64Array.from(indexed, (k) => (weights[k] ?? 0) / norm),
      keptIds: Int32Array.from(order, (k) => d.ids[k] ?? 0),
      keptWeights: Float64Array.from(order, (k) => (weights[k] ?? 0) / norm),
      evidence: d.step.evidence.map((e) => canonicalTokens(e, synonyms)),
      owner: d.step.owner.trim().toLowerCase(),
    };
  });
  return { terms, docs };
}

/** What the reasons need about a step, worked out only for the steps of suggestions kept. */
function reasoned(doc: StepDoc, terms: readonly string[], synonyms: boolean): ReasonedStep {
  const vector = new Map<string, number>();
  doc.keptIds.forEach((id, k) => vector.set(terms[id] ?? '', doc.keptWeights[k] ?? 0));
  const surface = new Map<string, string>();
  eachTerm(doc.step, synonyms, (stem, word) => {
    if (vector.has(stem) && !surface.has(stem)) surface.set(stem, word);
  });
  return { step: doc.step, vector, surface, evidence: doc.evidence, owner: doc.owner };
}

interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

/** For each term number, the documents that hold it and its weight in each. */
function invertedIndex(docs: StepDoc[]): Postings[] {
  const lists: { docs: number[]; weights: number[] }[] = [];
  docs.forEach((d, i) => {
    d.termIds.forEach((term, k) => {
      let list = lists[term];
      if (!list) {
        list = { docs: [], weights: [] };
        lists[term] = list;
      }
      list.docs.push(i);
      list.weights.push(d.termWeights[k] ?? 0);
    });
  });
  return Array.from(lists, (list) => ({
    docs: Int32Array.from(list?.docs ?? []),
    weights: Float64Array.from(list?.weights ?? []),
  }));
}

/** Pairs already linked or rejected, as `lower index * count + higher index` of their documents. */
function excludedPairs(map: ComplianceMap, docs: StepDoc[]): Set<number> {
  const indexOf = new Map(docs.map((d, i) => [stepKey(d.ref), i]));
  const out = new Set<number>();
  const add = (a: StepRef, b: StepRef): void => {
    const i = indexOf.get(stepKey(a));
    const j = indexOf.get(stepKey(b));
    if (i !== undefined && j !== undefined) out.add(Math.min(i, j) * docs.length + Math.max(i, j));
  };
  for (const l of map.links) add(l.from, l.to);
  for (const r of map.rejectedSuggestions) add(r.from, r.to);
  return out;
}

/**
 * Adds document `d`'s dot product with every document from `bound` on into `scores`, noting in `touched`
 * each document it reaches. Documents are grouped by process and postings are in document order, so with
 * `bound` the first document of the next process, reading each list from its end and stopping below `bound`
 * visits only steps of later processes: each pair of steps is scored once. Reads at most `budget` postings
 * (heaviest terms first) and returns how many it read, or -1 when the budget ran out before the end. Kept
 * apart as the hot loop.
 */
function accumulate(
  d: StepDoc,
  bound: number,
  index: Postings[],
  scores: Float64Array,
  touched: number[],
  budget: number,
): number {
  let read = 0;
  for (let t = 0; t < d.termIds.length; t += 1) {
    const postings = index[d.termIds[t] ?? 0];
    if (!postings) continue;
    const w = d.termWeights[t] ?? 0;
    const ids = postings.docs;
    const weights = postings.weights;
    for (let k = ids.length - 1; k >= 0; k -= 1) {
      const j = ids[k] ?? 0;
      if (j < bound) break;
      if (read === budget) return -1;
      read += 1;
      const before = scores[j] ?? 0;
      if (before === 0) touched.push(j);
      scores[j] = before + w * (weights[k] ?? 0);
    }
  }
  return read;
}

/** Each document's `k` closest other documents so far, kept in flat typed arrays, best first. */
function makeTopLists(n: number, k: number) {
  const ids = new Int32Array(n * k);
  const values = new Float64Array(n * k);
  const counts = new Int32Array(n);
  const offer = (doc: number, other: number, value: number): void => {
    const base = doc * k;
    let size = counts[doc] ?? 0;
    if (size === k && value <= (values[base + k - 1] ?? 0)) return;
    if (size < k) size += 1;
    let at = size - 1;
    while (at > 0 && (values[base + at - 1] ?? 0) < value) {
      ids[base + at] = ids[base + at - 1] ?? 0;
      values[base + at] = values[base + at - 1] ?? 0;
      at -= 1;
    }
    ids[base + at] = other;
    values[base + at] = value;
    counts[doc] = size;
  };
  return { ids, values, counts, offer };
}

/**
 * Candidate links between steps of different processes, best first, at most `perStep` for any one step.
 * Never offers a pair already linked (by any relation) or one a person rejected. The same map always gives
 * the same suggestions in the same order.
 */
export function suggestLinks(map: ComplianceMap, options: SuggestOptions = {}): Suggestion[] {
  return suggestLinksWithLimits(map, options).suggestions;
}

/** As `suggestLinks`, saying also whether a work limit (SUGGESTION_LIMITS) cut the search short. */
export function suggestLinksWithLimits(map: ComplianceMap, options: SuggestOptions = {}): SuggestionResult {
  const perStep = options.perStep ?? 5;
  const minSimilarity = options.minSimilarity ?? 0.1;
  const synonyms = options.synonyms ?? true;
  const { terms, docs } = buildDocs(map, synonyms);
  const index = invertedIndex(docs);
  const excluded = excludedPairs(map, docs);
  const n = docs.length;
  // The index of the first document of the process after each one.
  const nextStart = map.processes.map((_, p) => docs.findIndex((d) => d.process > p)).map((x) => (x < 0 ? n : x));
  const scores = new Float64Array(n);
  const touched: number[] = [];
  // Only each step's closest matches by wording are scored in full: boosts rerank them, and a pair is kept
  // if it is among the closest of either step. Twice the cap leaves room for that reranking.
  const closest = perStep * 2;
  const top = makeTopLists(n, closest);
  const budget = Math.min(SUGGESTION_LIMITS.postingsPerStep, Math.floor(SUGGESTION_LIMITS.totalPostings / (n || 1)));
  let limited = false;
  let postingsRead = 0;

  for (let i = 0; i < n; i += 1) {
    const d = docs[i];
    if (!d) continue;
    const read = accumulate(d, nextStart[d.process] ?? n, index, scores, touched, budget);
    if (read < 0) limited = true;
    postingsRead += read < 0 ? budget : read;
    for (const j of touched) {
      const cosine = Math.min(1, scores[j] ?? 0);
      scores[j] = 0;
      if (cosine < minSimilarity || excluded.has(i * n + j)) continue;
      top.offer(i, j, cosine);
      top.offer(j, i, cosine);
    }
    touched.length = 0;
  }

  const seen = new Set<number>();
  let comparisonsLeft: number = SUGGESTION_LIMITS.evidenceComparisons;
  const candidates: { a: number; b: number; score: number; shared: [number, number][] }[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let slot = 0; slot < (top.counts[i] ?? 0); slot += 1) {
      const j = top.ids[i * closest + slot] ?? 0;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      if (seen.has(a * n + b)) continue;
      seen.add(a * n + b);
      const first = docs[a];
      const second = docs[b];
      if (!first || !second) continue;
      const cosine = top.values[i * closest + slot] ?? 0;
      // Each pair compares every item of one step with every item of the other; past the budget, the
      // remaining pairs are ranked by their wording, phase and owner alone.
      const cost = first.evidence.length * second.evidence.length;
      const shared = cost <= comparisonsLeft ? matchEvidence(first.evidence, second.evidence) : [];
      if (cost <= comparisonsLeft) comparisonsLeft -= cost;
      else limited = true;
      const boost =
        Math.min(BOOSTS.maxSharedEvidence, BOOSTS.perSharedEvidence * shared.length) +
        (first.step.phase !== null && first.step.phase === second.step.phase ? BOOSTS.samePhase : 0) +
        (first.owner !== '' && first.owner === second.owner ? BOOSTS.sameOwner : 0);
      const score = Math.round((1 - (1 - cosine) * (1 - boost)) * 1000) / 1000;
      candidates.push({ a, b, score, shared });
    }
  }

  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const used = new Uint16Array(docs.length);
  const reasonedDocs = new Map<number, ReasonedStep>();
  const reasonedOf = (i: number, doc: StepDoc): ReasonedStep => {
    let found = reasonedDocs.get(i);
    if (!found) {
      found = reasoned(doc, terms, synonyms);
      reasonedDocs.set(i, found);
    }
    return found;
  };
  const out: Suggestion[] = [];
  for (const c of candidates) {
    if ((used[c.a] ?? 0) >= perStep || (used[c.b] ?? 0) >= perStep) continue;
    used[c.a] = (used[c.a] ?? 0) + 1;
    used[c.b] = (used[c.b] ?? 0) + 1;
    const first = docs[c.a];
    const second = docs[c.b];
    if (!first || !second) continue;
    const a = reasonedOf(c.a, first);
    const b = reasonedOf(c.b, second);
    // Reasons are worded only for the suggestions kept: most candidates are not.
    out.push({
      from: first.ref,
      to: second.ref,
      score: c.score,
      relation: proposeRelation(c.score, a, b, c.shared.length),
      reasons: describeMatch(a, b, c.shared),
    });
  }
  return {
    suggestions: out,
    limited,
    work: { postings: postingsRead, evidenceComparisons: SUGGESTION_LIMITS.evidenceComparisons - comparisonsLeft },
  };
}
