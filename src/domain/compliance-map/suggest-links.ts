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

interface StepDoc extends ReasonedStep {
  ref: StepRef;
  process: number;
  /** The same vector as term numbers and weights, for the scoring loop. */
  termIds: Int32Array;
  termWeights: Float64Array;
}

function rawTerms(step: MapStep, synonyms: boolean): { counts: Map<string, number>; surface: Map<string, string> } {
  const counts = new Map<string, number>();
  const surface = new Map<string, string>();
  const add = (text: string, weight: number): void => {
    for (const t of textTokens(text, false, synonyms)) {
      // A synonym phrase is one idea said in several words: it counts twice, like a repeated word.
      const w = conceptGroup(t.stem) === undefined ? weight : CONCEPT_WEIGHT * weight;
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + w);
      if (!surface.has(t.stem)) surface.set(t.stem, t.word);
    }
  };
  add(step.name, FIELD_WEIGHTS.name);
  for (const e of step.evidence) add(e, FIELD_WEIGHTS.evidence);
  add(step.description, FIELD_WEIGHTS.description);
  return { counts, surface };
}

function buildDocs(map: ComplianceMap, synonyms: boolean): StepDoc[] {
  const raw: {
    ref: StepRef;
    process: number;
    step: MapStep;
    counts: Map<string, number>;
    surface: Map<string, string>;
  }[] = [];
  map.processes.forEach((p, process) => {
    for (const step of p.steps)
      raw.push({ ref: { processId: p.id, stepId: step.id }, process, step, ...rawTerms(step, synonyms) });
  });
  const df = new Map<string, number>();
  for (const d of raw) for (const term of d.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = raw.length;
  const termIds = new Map<string, number>();
  for (const term of df.keys()) termIds.set(term, termIds.size);
  return raw.map((d) => {
    const vector = new Map<string, number>();
    let sumSquares = 0;
    for (const [term, count] of d.counts) {
      const w = Math.log(1 + count) * Math.log(1 + n / (df.get(term) ?? 1));
      vector.set(term, w);
      sumSquares += w * w;
    }
    const norm = Math.sqrt(sumSquares) || 1;
    for (const [term, w] of vector) vector.set(term, w / norm);
    return {
      ref: d.ref,
      process: d.process,
      step: d.step,
      vector,
      termIds: Int32Array.from(vector.keys(), (term) => termIds.get(term) ?? 0),
      termWeights: Float64Array.from(vector.values()),
      surface: d.surface,
      evidence: d.step.evidence.map((e) => canonicalTokens(e, synonyms)),
      owner: d.step.owner.trim().toLowerCase(),
    };
  });
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
 * visits only steps of later processes: each pair of steps is scored once. Kept apart as the hot loop.
 */
function accumulate(d: StepDoc, bound: number, index: Postings[], scores: Float64Array, touched: number[]): void {
  for (let t = 0; t < d.termIds.length; t += 1) {
    const postings = index[d.termIds[t] ?? 0];
    if (!postings) continue;
    const w = d.termWeights[t] ?? 0;
    const ids = postings.docs;
    const weights = postings.weights;
    for (let k = ids.length - 1; k >= 0; k -= 1) {
      const j = ids[k] ?? 0;
      if (j < bound) break;
      const before = scores[j] ?? 0;
      if (before === 0) touched.push(j);
      scores[j] = before + w * (weights[k] ?? 0);
    }
  }
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
  const perStep = options.perStep ?? 5;
  const minSimilarity = options.minSimilarity ?? 0.1;
  const docs = buildDocs(map, options.synonyms ?? true);
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

  for (let i = 0; i < n; i += 1) {
    const d = docs[i];
    if (!d) continue;
    accumulate(d, nextStart[d.process] ?? n, index, scores, touched);
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
      const shared = matchEvidence(first.evidence, second.evidence);
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
  const out: Suggestion[] = [];
  for (const c of candidates) {
    if ((used[c.a] ?? 0) >= perStep || (used[c.b] ?? 0) >= perStep) continue;
    used[c.a] = (used[c.a] ?? 0) + 1;
    used[c.b] = (used[c.b] ?? 0) + 1;
    const a = docs[c.a];
    const b = docs[c.b];
    if (!a || !b) continue;
    // Reasons are worded only for the suggestions kept: most candidates are not.
    out.push({
      from: a.ref,
      to: b.ref,
      score: c.score,
      relation: proposeRelation(c.score, a, b, c.shared.length),
      reasons: describeMatch(a, b, c.shared),
    });
  }
  return out;
}
