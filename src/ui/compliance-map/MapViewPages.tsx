// The map's bigger views, each on its own page under the map's address: suggested links to accept or
// reject (/compliance-map/suggestions), the swimlanes (/swimlanes) and the matrix (/matrix). Accepting or
// rejecting a suggestion goes through the edit rules like any other change; nothing is linked on its own.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MapAnalysis, Suggestion } from '../../domain/compliance-map/analysis-types';
import { acceptSuggestion, rejectSuggestion } from '../../domain/compliance-map/map-edit-links';
import type { ComplianceMap, MapRelation } from '../../domain/compliance-map/map-model';
import { RELATION_LABELS } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { mapHrefs, MapViewsNav, WorkingOut } from './map-analysis-parts';
import { changeFromList, WithMap } from './map-screen';
import { useMapAnalysis } from './use-map-analysis';
import { RelationMatrix } from './views/RelationMatrix';
import { SuggestionList } from './views/SuggestionList';
import { Swimlanes } from './views/Swimlanes';
import { stepName } from './views/view-model';

type ViewId = 'swimlanes' | 'matrix' | 'suggestions';

function ViewPage({
  view,
  title,
  intro,
  children,
}: {
  view: ViewId;
  title: string;
  intro: string;
  children: (map: ComplianceMap, project: Project, analysis: MapAnalysis) => ReactNode;
}) {
  return (
    <WithMap title={title}>
      {(map, project) => (
        <Page title={`${title}: ${project.name}`} heading={title} caption={`Compliance map of ${project.name}`}>
          <p>
            <Link to={paths.map.home(project.id)}>Back to the compliance map</Link>
          </p>
          <p>{intro}</p>
          <Analysed map={map} project={project} view={view}>
            {children}
          </Analysed>
        </Page>
      )}
    </WithMap>
  );
}

function Analysed({
  map,
  project,
  view,
  children,
}: {
  map: ComplianceMap;
  project: Project;
  view: ViewId;
  children: (map: ComplianceMap, project: Project, analysis: MapAnalysis) => ReactNode;
}) {
  const { analysis, working } = useMapAnalysis(map);
  return (
    <>
      <MapViewsNav projectId={project.id} analysis={analysis} current={view} />
      {working && <WorkingOut />}
      {analysis !== null && children(map, project, analysis)}
    </>
  );
}

export function SuggestionsPage() {
  return (
    <ViewPage
      view="suggestions"
      title="Suggestions"
      intro="Steps of different processes that may ask for the same thing, found from their names, descriptions, evidence, phase and owner. Accept a suggestion with the relation you choose, or reject it so it is not suggested again."
    >
      {(map, project, analysis) => (
        <SuggestionList
          map={map}
          suggestions={analysis.suggestions}
          onAccept={(s: Suggestion, relation: MapRelation) =>
            void changeFromList(
              project,
              map,
              (m, c) => acceptSuggestion(m, s, { relation, reason: '' }, c),
              `Link made, as a draft: ${stepName(map, s.from)} ${RELATION_LABELS[relation]} ${stepName(map, s.to)}.`,
            )
          }
          onReject={(s: Suggestion) =>
            void changeFromList(
              project,
              map,
              (m, c) => rejectSuggestion(m, s, c),
              `Suggestion rejected: ${stepName(map, s.from)} and ${stepName(map, s.to)} will not be suggested again.`,
            )
          }
        />
      )}
    </ViewPage>
  );
}

export function SwimlanesPage() {
  return (
    <ViewPage
      view="swimlanes"
      title="Swimlanes"
      intro="Each process in its own lane, steps from left to right in the order of the plan (or of their own process while there is no plan), with the links between them. Steps in an ordering contradiction are highlighted."
    >
      {(map, project, analysis) => <Swimlanes map={map} analysis={analysis} hrefs={mapHrefs(project.id)} />}
    </ViewPage>
  );
}

export function MatrixPage() {
  return (
    <ViewPage
      view="matrix"
      title="Matrix"
      intro="The steps of one process against the steps of another, with how they relate in each cell."
    >
      {(map, project) => <RelationMatrix map={map} hrefs={mapHrefs(project.id)} />}
    </ViewPage>
  );
}
