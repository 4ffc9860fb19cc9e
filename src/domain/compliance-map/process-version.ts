// Moving a pinned process to a newer version. The steps are replaced; every link that touches a step whose
// name, description, evidence, dependencies or duration changed, or that is gone, is flagged for a person to
// review with a plain-English reason. Links are never dropped: a link to a vanished step stays until a
// person decides what to do with it.
import type { ComplianceMap, MapLink, MapProcess, MapStep } from './map-model';
import { displayDate } from '../display-date';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What changed in a step, as words for a sentence ("its name and evidence"), or [] when nothing did. */
export function stepChanges(before: MapStep, after: MapStep): string[] {
  const changes: string[] = [];
  if (before.name !== after.name) changes.push('name');
  if (before.description !== after.description) changes.push('description');
  if (!sameList(before.evidence, after.evidence)) changes.push('evidence');
  if (!sameList(before.dependsOn, after.dependsOn)) changes.push('dependencies');
  if (before.durationDays !== after.durationDays) changes.push('duration');
  return changes;
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function versionName(process: MapProcess): string {
  return process.source.type === 'template' ? `version ${process.source.version}` : 'a newer version';
}

export interface VersionUpdate {
  map: ComplianceMap;
  /** Ids of the links now flagged for review, in map order. */
  flaggedLinkIds: string[];
}

/**
 * Replaces a process with a newer version of itself (keeping its id in the map) and flags the links to
 * steps that changed or vanished. `now` is an ISO timestamp; `by` is the person making the change.
 */
export function updateProcessVersion(
  map: ComplianceMap,
  processId: string,
  newProcess: MapProcess,
  now: string,
  by: string,
): VersionUpdate {
  const old = map.processes.find((p) => p.id === processId);
  if (!old) return { map, flaggedLinkIds: [] };
  const next: MapProcess = { ...newProcess, id: processId };
  const newSteps = new Map(next.steps.map((s) => [s.id, s]));
  const when = `${versionName(next)} of ${next.title} (updated by ${by} on ${displayDate(now)})`;
  const reasons = new Map<string, string>();
  for (const step of old.steps) {
    const after = newSteps.get(step.id);
    if (!after) reasons.set(step.id, `“${step.name}” is not in ${when}.`);
    else {
      const changes = stepChanges(step, after);
      if (changes.length > 0) reasons.set(step.id, `“${step.name}” changed in ${when}: its ${listWords(changes)}.`);
    }
  }
  const flaggedLinkIds: string[] = [];
  const links = map.links.map((link): MapLink => {
    const found = [link.from, link.to]
      .filter((ref) => ref.processId === processId)
      .flatMap((ref) => {
        const reason = reasons.get(ref.stepId);
        return reason ? [reason] : [];
      });
    if (found.length === 0) return link;
    flaggedLinkIds.push(link.id);
    return { ...link, needsReview: [...new Set(found)].join(' ') };
  });
  return {
    map: {
      ...map,
      processes: map.processes.map((p) => (p.id === processId ? next : p)),
      links,
      updatedAt: now,
    },
    flaggedLinkIds,
  };
}

/** A person has looked at a flagged link and kept it as it is (or after changing it): clear the flag. */
export function markLinkReviewed(map: ComplianceMap, linkId: string, now: string, by: string): ComplianceMap {
  if (!map.links.some((l) => l.id === linkId)) return map;
  return {
    ...map,
    links: map.links.map((l) => (l.id === linkId ? { ...l, needsReview: null, by, at: now } : l)),
    updatedAt: now,
  };
}
