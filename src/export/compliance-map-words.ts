// The words a compliance map document uses for steps, processes and links: one place, so the findings,
// the register and the processes in full name a step the same way ("Design authority review (Department
// governance)") and a link reads correctly from either of its ends.
import {
  RATIONALE_LABELS,
  RELATION_LABELS,
  findStep,
  stepKey,
  type ComplianceMap,
  type MapLink,
  type MapProcess,
  type MapRelation,
  type StepRef,
} from '../domain/compliance-map/map-model';
import { daysInWords } from '../domain/days-in-words';

export const SIDE_LABELS: Record<MapProcess['side'], string> = {
  central: 'central',
  departmental: 'departmental',
  other: 'other',
};

/** How a link reads from its far end: "A is covered by B" is "B covers all of A" seen from B. */
const REVERSED: Record<MapRelation, MapRelation> = {
  'equal-to': 'equal-to',
  'equivalent-to': 'equivalent-to',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
  'conflicts-with': 'conflicts-with',
  'must-precede': 'must-follow',
  'must-follow': 'must-precede',
};

export function processTitle(map: Pick<ComplianceMap, 'processes'>, processId: string): string {
  return map.processes.find((p) => p.id === processId)?.title ?? processId;
}

/** The step's name, or its key when the map no longer holds it (a link to a step that vanished). */
export function stepName(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): string {
  return findStep(map, ref)?.name ?? stepKey(ref);
}

/** "Design authority review (Department governance)". */
export function stepWithProcess(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): string {
  return `${stepName(map, ref)} (${processTitle(map, ref.processId)})`;
}

/** "Design authority review, departmental side (Department governance)", for the register's sides. */
export function stepWithSide(map: Pick<ComplianceMap, 'processes'>, ref: StepRef): string {
  const process = map.processes.find((p) => p.id === ref.processId);
  const side = process ? `, ${SIDE_LABELS[process.side]} side` : '';
  return `${stepName(map, ref)} (${processTitle(map, ref.processId)}${side})`;
}

/** The relation in words as read from `from`'s side of the link. */
export function relationFrom(link: MapLink, processId: string): string {
  const relation = link.from.processId === processId ? link.relation : REVERSED[link.relation];
  return RELATION_LABELS[relation];
}

export function originWords(link: MapLink): string {
  const who = link.by.trim() || 'a person';
  const how = link.origin === 'person' ? `Drawn by ${who}` : `Suggested; accepted by ${who}`;
  return `${how}. ${RATIONALE_LABELS[link.rationale]}, ${link.confidence} confidence.`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count === 0 ? 'No' : count === 1 ? 'One' : String(count)} ${count === 1 ? one : many}`;
}

/** Days saved, in whole and half days: "about 8 days" for 8.3 (see src/domain/days-in-words.ts). */
export function savedDays(count: number): string {
  return daysInWords(count);
}

/** Days in words: "1 day", "12 days". */
export function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}
