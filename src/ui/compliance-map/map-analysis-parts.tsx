// What the map's analysis pages share: the addresses the views link to (built by `paths`, as full
// "#/…" addresses since the views use plain links), the line shown while the findings are worked out,
// the list of the map's pages of findings, and the titles of the project's evidence for the register.
import { Link } from 'react-router';
import type { MapAnalysis, OrderCycle } from '../../domain/compliance-map/analysis-types';
import { rulesOfCycle, waivedRuleKey } from '../../domain/compliance-map/cycle-rules';
import { stepKey, type ComplianceMap } from '../../domain/compliance-map/map-model';
import { useEvidenceList } from '../data';
import { paths } from '../paths';
import type { MapHrefs } from './views/view-model';
import { count } from './views/view-model';

const hashed = (path: string): string => `#${path}`;

export function mapHrefs(projectId: string): MapHrefs {
  return {
    linkHref: (linkId) => hashed(paths.map.editLink(projectId, linkId)),
    conflictHref: (subject) =>
      hashed(
        subject.type === 'link'
          ? paths.map.conflictOfLink(projectId, subject.linkId)
          : paths.map.conflictOfCycle(projectId, subject.steps.map(stepKey)),
      ),
    stepHref: (ref) => hashed(paths.map.editStep(projectId, ref.processId, ref.stepId)),
  };
}

/** The exception form, offering the rules that close this contradiction. */
export function exceptionHrefFor(projectId: string, map: ComplianceMap): (cycle: OrderCycle) => string {
  return (cycle) => hashed(paths.map.addException(projectId, rulesOfCycle(map, cycle).map(waivedRuleKey)));
}

export function WorkingOut() {
  return (
    <p className="muted" role="status" data-testid="map-working">
      Working out the findings…
    </p>
  );
}

/** The evidence titles by id, for the register's "evidence of agreement". */
export function useEvidenceTitles(projectId: string): Record<string, string> {
  const evidence = useEvidenceList(projectId);
  return Object.fromEntries((evidence ?? []).map((e) => [e.id, e.title]));
}

/** Links to the map's pages of findings, with what each shows. */
export function MapViewsNav({
  projectId,
  analysis,
  current,
  heading,
}: {
  projectId: string;
  analysis: MapAnalysis | null;
  current?: 'swimlanes' | 'matrix' | 'suggestions' | 'what-if';
  /** A heading over the list, where it starts a part of the page (the map's home). */
  heading?: string;
}) {
  const pages = [
    {
      id: 'suggestions',
      to: paths.map.suggestions(projectId),
      label: 'Suggested links',
      hint: analysis
        ? `${count(analysis.suggestions.length, 'suggestion', 'suggestions')} to accept or reject`
        : 'Steps that may match, to accept or reject',
    },
    {
      id: 'swimlanes',
      to: paths.map.swimlanes(projectId),
      label: 'Swimlanes',
      hint: 'One lane per process, with the links between steps',
    },
    {
      id: 'matrix',
      to: paths.map.matrix(projectId),
      label: 'Matrix',
      hint: 'Steps by steps, with the relation in each cell',
    },
    {
      id: 'what-if',
      to: paths.map.whatIf(projectId),
      label: 'Plan and what-if',
      hint: 'Try a change and see the contradictions and the plan before keeping it',
    },
  ] as const;
  return (
    <nav aria-label="Pages of the compliance map">
      {heading && <h2>{heading}</h2>}
      <ul className="list list--bullet">
        {pages.map((page) => (
          <li key={page.id}>
            <Link to={page.to} aria-current={current === page.id ? 'page' : undefined}>
              {page.label}
            </Link>
            {`: ${page.hint}`}
          </li>
        ))}
      </ul>
    </nav>
  );
}
