// Steps with no counterpart in another process, per process, and the links that need a person's review
// because a process they touch moved to a newer version.
import type { ComplianceMap } from '../../../domain/compliance-map/map-model';
import { RELATION_LABELS } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';
import { ViewSection } from './ViewSection';
import { count, MAP_SECTION_IDS, stepLabel, stepName, type MapHrefs } from './view-model';

/** Steps listed per process before "Show all"; a long list is still one control away. */
const LIST_LIMIT = 50;

export function UnmappedSteps({
  map,
  analysis,
  hrefs,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
}) {
  return (
    <ViewSection id={MAP_SECTION_IDS.unmapped} title="Steps with no counterpart">
      <p>These steps have no link saying they match, cover or overlap a step of another process.</p>
      {map.processes.map((process) => {
        const ids = analysis.unmapped[process.id] ?? [];
        const items = ids.map((id) => (
          <li key={id}>
            <a href={hrefs.stepHref({ processId: process.id, stepId: id })}>
              {stepName(map, { processId: process.id, stepId: id })}
            </a>
          </li>
        ));
        return (
          <div key={process.id}>
            <h3>{`${process.title}: ${count(ids.length, 'step', 'steps')}`}</h3>
            {ids.length === 0 ? (
              <p>Every step has a counterpart.</p>
            ) : (
              <>
                <ul className="list list--bullet">{items.slice(0, LIST_LIMIT)}</ul>
                {ids.length > LIST_LIMIT && (
                  <details className="details">
                    <summary>{`Show the other ${ids.length - LIST_LIMIT} steps`}</summary>
                    <ul className="list list--bullet">{items.slice(LIST_LIMIT)}</ul>
                  </details>
                )}
              </>
            )}
          </div>
        );
      })}
    </ViewSection>
  );
}

export function LinksNeedingReview({
  map,
  analysis,
  hrefs,
  onMarkReviewed,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
  /** Clears a link's review flag; without it only the link to review it is offered. */
  onMarkReviewed?: (linkId: string) => void;
}) {
  const links = new Map(map.links.map((l) => [l.id, l]));
  return (
    <ViewSection id={MAP_SECTION_IDS.review} title="Links to review">
      {analysis.linksNeedingReview.length === 0 ? (
        <p>No links need review.</p>
      ) : (
        <ul className="list list--bullet">
          {analysis.linksNeedingReview.map((id) => {
            const link = links.get(id);
            if (!link) return null;
            const words = `${stepLabel(map, link.from)} ${RELATION_LABELS[link.relation]} ${stepLabel(map, link.to)}`;
            return (
              <li key={id}>
                {`${words}. ${link.needsReview ?? 'A step it links changed.'} `}
                <a href={hrefs.linkHref(id)}>
                  Review<span className="visually-hidden">{` the link: ${words}`}</span>
                </a>
                {onMarkReviewed && (
                  <>
                    {' '}
                    <button type="button" className="link-button" onClick={() => onMarkReviewed(id)}>
                      Mark as reviewed<span className="visually-hidden">{`: ${words}`}</span>
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </ViewSection>
  );
}
