// The findings on the map's home: the summary, the conflict register, the integrated plan, evidence both
// sides ask for, steps with no counterpart and links to review, worked out after the page has painted.
// The bigger views (suggestions, swimlanes, matrix, what-if) have their own pages, listed first.
import { Link } from 'react-router';
import { markLinkReviewed } from '../../domain/compliance-map/map-edit-links';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { paths } from '../paths';
import { exceptionHrefFor, mapHrefs, MapViewsNav, useEvidenceTitles, WorkingOut } from './map-analysis-parts';
import { changeFromList } from './map-screen';
import { useMapAnalysis } from './use-map-analysis';
import { ConflictRegister } from './views/ConflictRegister';
import { EvidenceReuseTable } from './views/EvidenceReuseTable';
import { FindingsSummary } from './views/FindingsSummary';
import { PlanTimeline } from './views/PlanTimeline';
import { LinksNeedingReview, UnmappedSteps } from './views/UnmappedSteps';
import { count } from './views/view-model';

export function MapFindings({ project, map }: { project: Project; map: ComplianceMap }) {
  const { analysis, working } = useMapAnalysis(map);
  const titles = useEvidenceTitles(project.id);
  const hrefs = mapHrefs(project.id);
  const exceptionHref = exceptionHrefFor(project.id, map);
  if (map.processes.length < 2) {
    return (
      <p className="inset">
        Add at least two processes to see the findings: contradictions, conflicts, evidence both sides ask for and the
        one plan that satisfies them.
      </p>
    );
  }
  return (
    <>
      <MapViewsNav projectId={project.id} analysis={analysis} heading="Views of the map" />
      {working && <WorkingOut />}
      {analysis !== null && (
        <>
          <FindingsSummary map={map} analysis={analysis} />
          {analysis.limits && analysis.limits.length > 0 && (
            <div className="inset" data-testid="map-analysis-limits">
              <p>This map is very large, so parts of the analysis stopped at a limit to keep Waymark responsive:</p>
              <ul>
                {analysis.limits.map((limit) => (
                  <li key={limit}>{limit}</li>
                ))}
              </ul>
            </div>
          )}
          <p data-testid="map-suggestions-count">
            {analysis.suggestions.length === 0 ? (
              'No suggested links left to review.'
            ) : (
              <Link to={paths.map.suggestions(project.id)}>
                {`${count(analysis.suggestions.length, 'suggested link', 'suggested links')} to accept or reject`}
              </Link>
            )}
          </p>
          <ConflictRegister
            map={map}
            analysis={analysis}
            evidenceTitles={titles}
            hrefs={hrefs}
            exceptionHref={exceptionHref}
          />
          <PlanTimeline map={map} analysis={analysis} hrefs={hrefs} exceptionHref={exceptionHref} cyclesInRegister />
          <p>
            <Link to={paths.map.whatIf(project.id)}>Try a change to the plan before keeping it</Link>
          </p>
          <EvidenceReuseTable map={map} analysis={analysis} hrefs={hrefs} />
          <UnmappedSteps map={map} analysis={analysis} hrefs={hrefs} />
          <LinksNeedingReview
            map={map}
            analysis={analysis}
            hrefs={hrefs}
            onMarkReviewed={(linkId) =>
              void changeFromList(
                project,
                map,
                (m, c) => markLinkReviewed(m, linkId, c),
                'The link is marked as reviewed.',
              )
            }
          />
        </>
      )}
    </>
  );
}
