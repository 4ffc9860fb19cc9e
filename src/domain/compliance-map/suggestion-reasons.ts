// The words of a suggestion: the plain-English reasons a pair of steps was matched, and the relation the
// match points to, for a person to confirm or change.
import type { MapRelation, MapStep } from './map-model';
import { STEP_SYNONYMS } from './step-synonyms';
import { conceptGroup } from './step-text';

/** What the reasons need to know about a step. */
export interface ReasonedStep {
  step: MapStep;
  /** Term to TF-IDF weight, normalised to unit length. */
  vector: Map<string, number>;
  /** The first way each term was written, for reasons. */
  surface: Map<string, string>;
  /** Canonical tokens of each evidence item. */
  evidence: Set<string>[];
  /** Lower-cased, trimmed. */
  owner: string;
}

/** At or above this score a suggestion proposes equivalent-to (or subset/superset), below it intersects-with. */
const STRONG_MATCH = 0.5;

const GROUP_PHRASE = new Map(STEP_SYNONYMS.map((g) => [g.id, g.phrases[0] ?? g.id]));

function reasonWord(word: string): string {
  return /^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase();
}

/**
 * Why two steps were matched, in this order: shared evidence (as the first step words it), synonym groups
 * the two word differently, up to three shared words with the most weight, the same phase, the same owner.
 */
export function describeMatch(a: ReasonedStep, b: ReasonedStep, shared: [number, number][]): string[] {
  const reasons = shared.slice(0, 2).map(([i]) => `Both ask for: ${a.step.evidence[i] ?? ''}`);
  const meanings: string[] = [];
  const wording: { word: string; weight: number }[] = [];
  for (const [term, w] of a.vector) {
    const other = b.vector.get(term);
    if (other === undefined) continue;
    const group = conceptGroup(term);
    const wa = a.surface.get(term) ?? GROUP_PHRASE.get(group ?? '') ?? term;
    const wb = b.surface.get(term) ?? wa;
    if (group === undefined) wording.push({ word: reasonWord(wa), weight: w * other });
    else if (wa.toLowerCase() !== wb.toLowerCase()) meanings.push(`Same meaning: ${wa} / ${wb}`);
    else wording.push({ word: wa, weight: w * other });
  }
  reasons.push(...meanings.sort());
  wording.sort((x, y) => y.weight - x.weight || (x.word < y.word ? -1 : 1));
  const top = [...new Set(wording.map((x) => x.word))].slice(0, 3);
  if (top.length > 0) reasons.push(`Similar wording: ${top.join(', ')}`);
  if (a.step.phase !== null && a.step.phase === b.step.phase) reasons.push(`Same phase: ${a.step.phase}`);
  if (a.owner !== '' && a.owner === b.owner) reasons.push(`Same owner: ${a.step.owner.trim()}`);
  return reasons;
}

/** The relation a match points to: one step's evidence all found in the other's, and more, is a subset. */
export function proposeRelation(score: number, a: ReasonedStep, b: ReasonedStep, shared: number): MapRelation {
  if (score < STRONG_MATCH) return 'intersects-with';
  const na = a.evidence.length;
  const nb = b.evidence.length;
  if (shared > 0 && shared === nb && na > nb) return 'superset-of';
  if (shared > 0 && shared === na && nb > na) return 'subset-of';
  return 'equivalent-to';
}
