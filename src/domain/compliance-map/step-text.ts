// How the map's analysis reads the words of a step: lower case, split into words, stemmed (Porter, so
// "tests", "testing" and "tested" agree), common words dropped, and phrases from the synonym list
// recognised as the idea they stand for. Both the suggestions and the evidence matching use it, so that
// "Penetration test report" and "ITHC report" are the same evidence.
import { stemmer } from 'stemmer';
import { STEP_SYNONYMS } from './step-synonyms';

/** Words too common in governance text to say anything about which steps match. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or that the their then this to was ' +
    'were will with all any each so we our they who which when before after must should can may not no do ' +
    'does if than these those also team step project'
  )
    .split(' ')
    .map((w) => stemmer(w)),
);

/**
 * Stems already worked out. Governance text repeats a small vocabulary, and the Porter stemmer is the
 * slowest part of reading thousands of steps; the cache is emptied when it grows past a bound.
 */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function stem(word: string): string {
  const lower = word.toLowerCase();
  let found = STEM_CACHE.get(lower);
  if (found === undefined) {
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    found = stemmer(lower);
    STEM_CACHE.set(lower, found);
  }
  return found;
}

/** Prefix of the index token that stands for a synonym group, never a stem of a real word. */
export const CONCEPT_PREFIX = '~';

interface PhraseEntry {
  stems: string[];
  groupId: string;
}

/** Phrases by their first stem, longest first, so "it health check" wins over a shorter phrase. */
const PHRASES_BY_FIRST = buildPhraseIndex();

function buildPhraseIndex(): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  for (const group of STEP_SYNONYMS) {
    for (const phrase of group.phrases) {
      const stems = words(phrase).map((w) => stemmer(w.toLowerCase()));
      const first = stems[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ stems, groupId: group.id });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

/** Words and numbers as written; punctuation and hyphens split words ("pen-test" is "pen test"). */
export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9]+/g) ?? [];
}

/** One word (or synonym phrase) of a text as the analysis sees it: its stem, and as written (for reasons). */
export interface TextToken {
  stem: string;
  word: string;
}

/**
 * The tokens of a text: stems of the words that carry meaning, plus one concept token (CONCEPT_PREFIX and
 * the group id) for each synonym phrase found (unless `synonyms` is false, which measures what the
 * vocabulary adds). With `replacePhrases`, a phrase's own words are dropped in
 * favour of its concept, so two wordings of the same idea give identical tokens.
 */
export function textTokens(text: string, replacePhrases = false, synonyms = true): TextToken[] {
  const raw = words(text);
  const stems = raw.map((w) => stem(w));
  const out: TextToken[] = [];
  let i = 0;
  while (i < stems.length) {
    const stem = stems[i] ?? '';
    const match =
      synonyms && (PHRASES_BY_FIRST.get(stem) ?? []).find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (match) {
      out.push({ stem: CONCEPT_PREFIX + match.groupId, word: raw.slice(i, i + match.stems.length).join(' ') });
      if (replacePhrases) {
        i += match.stems.length;
        continue;
      }
    }
    if (!STOP_WORDS.has(stem) && stem.length > 1) out.push({ stem, word: raw[i] ?? stem });
    i += 1;
  }
  return out;
}

/** The set of canonical tokens of a short text, such as one evidence item, for comparing with another. */
export function canonicalTokens(text: string, synonyms = true): Set<string> {
  return new Set(textTokens(text, true, synonyms).map((t) => t.stem));
}

/**
 * How alike two short texts are, 0 to 1: the Dice coefficient of their canonical token sets. Evidence items
 * count as the same when this reaches EVIDENCE_MATCH.
 */
export function tokenSetSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** "Penetration test report" and "ITHC report" (1.0) match; "Test plan" and "Test report" (0.5) do not. */
export const EVIDENCE_MATCH = 0.75;

/** The group a concept token stands for, or undefined for an ordinary stem. */
export function conceptGroup(stem: string): string | undefined {
  return stem.startsWith(CONCEPT_PREFIX) ? stem.slice(CONCEPT_PREFIX.length) : undefined;
}

/** Pairs of evidence items (index in a, index in b) that are the same evidence, each item used once. */
export function matchEvidence(a: readonly Set<string>[], b: readonly Set<string>[]): [number, number][] {
  const pairs: [number, number][] = [];
  const used = new Set<number>();
  a.forEach((ta, i) => {
    let best = -1;
    let bestScore = EVIDENCE_MATCH;
    b.forEach((tb, j) => {
      if (used.has(j)) return;
      const s = tokenSetSimilarity(ta, tb);
      if (s >= bestScore) {
        if (s > bestScore || best < 0) best = j;
        bestScore = s;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([i, best]);
    }
  });
  return pairs;
}
