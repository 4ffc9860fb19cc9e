// What the map says about one step, in words: its links to other processes (each with a link to edit
// it), what it waits for in its own process, and the ordering contradictions it is part of. Used by the
// swimlanes' details panel and by their text equivalent, so both say the same.
import type { ComplianceMap, MapLink, StepRef } from '../../../domain/compliance-map/map-model';
import { findStep, stepKey } from '../../../domain/compliance-map/map-model';
import type { OrderCycle } from '../../../domain/compliance-map/analysis-types';
import { cycleSubject, linkSentence, stepName, type MapHrefs } from './view-model';

/** Links by the key of each step they touch. */
export function linksByStep(links: readonly MapLink[]): Map<string, MapLink[]> {
  const index = new Map<string, MapLink[]>();
  for (const link of links) {
    for (const ref of [link.from, link.to]) {
      const key = stepKey(ref);
      const list = index.get(key) ?? [];
      list.push(link);
      index.set(key, list);
    }
  }
  return index;
}

export function StepFacts({
  map,
  stepRef,
  links,
  cycles,
  hrefs,
}: {
  map: ComplianceMap;
  stepRef: StepRef;
  links: readonly MapLink[];
  cycles: readonly OrderCycle[];
  hrefs: MapHrefs;
}) {
  const step = findStep(map, stepRef);
  const waitsFor = (step?.dependsOn ?? []).map((id) => stepName(map, { processId: stepRef.processId, stepId: id }));
  const key = stepKey(stepRef);
  const inCycles = cycles.filter((c) => c.steps.some((s) => stepKey(s) === key));
  return (
    <>
      {inCycles.map((cycle) => (
        <p key={cycle.steps.map(stepKey).join('>')} className="map-contradiction">
          <strong>In an ordering contradiction: </strong>
          {cycle.explanation} <a href={hrefs.conflictHref(cycleSubject(cycle))}>Open its register entry</a>
        </p>
      ))}
      {waitsFor.length > 0 && <p>{`Comes after, in its own process: ${waitsFor.join(', ')}.`}</p>}
      {links.length === 0 ? (
        <p>No links to steps of other processes.</p>
      ) : (
        <ul className="list list--bullet">
          {links.map((link) => (
            <li key={link.id}>
              {linkSentence(map, link, stepRef)}
              {link.status === 'draft' ? ' (draft)' : ' (agreed)'}
              {link.needsReview ? ` Needs review: ${link.needsReview}` : ''}{' '}
              <a href={hrefs.linkHref(link.id)}>
                Edit<span className="visually-hidden"> the link: {linkSentence(map, link, stepRef)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
