// Plan and what-if (/compliance-map/what-if): the integrated plan, and a place to try changes (move a
// step, drop an ordering link or a dependency, agree an exception) on a copy of the map. The figures
// before and after sit side by side with the trial's plan and swimlanes; nothing is saved until "Keep these
// changes", which carries each change out through the edit rules and records who and when. "Discard"
// throws the trial away and leaves the map as it was.
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyWhatIf, compareAnalyses, type WhatIfChange } from '../../domain/compliance-map/what-if';
import { keepWhatIf } from '../../domain/compliance-map/what-if-keep';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { DataTable } from '../components/DataTable';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { mapHrefs, MapViewsNav, WorkingOut } from './map-analysis-parts';
import { useMapSave, WithMap } from './map-screen';
import { linkSentence, stepWithProcess, waivedRuleSentence } from './map-words';
import { useMapAnalysis, useTrialAnalysis } from './use-map-analysis';
import { PlanTimeline } from './views/PlanTimeline';
import { Swimlanes } from './views/Swimlanes';
import { count, days } from './views/view-model';
import { WhatIfForm } from './WhatIfForm';

/** A trial change in words, named on the map as stored. */
function changeSentence(map: ComplianceMap, change: WhatIfChange): string {
  switch (change.type) {
    case 'move-step': {
      const waits = change.dependsOn.map((id) =>
        stepWithProcess(map, { processId: change.step.processId, stepId: id }),
      );
      return `Move ${stepWithProcess(map, change.step)} so that it waits for ${waits.length === 0 ? 'nothing' : waits.join(' and ')}`;
    }
    case 'drop-link': {
      const link = map.links.find((l) => l.id === change.linkId);
      return `Drop the ordering link: ${link ? linkSentence(map, link) : 'a link no longer in the map'}`;
    }
    case 'drop-dependency':
      return `Drop the dependency: ${waivedRuleSentence(map, { ...change, type: 'dependency' })}`;
    case 'agree-exception':
      return `Agree an exception setting aside: ${waivedRuleSentence(map, change.waives)}. Why: ${change.reason}`;
  }
}

const figure = (n: number | null, unit: (n: number) => string): string => (n === null ? 'No plan' : unit(n));

function WhatIf({ project, map }: { project: Project; map: ComplianceMap }) {
  const navigate = useNavigate();
  const [changes, setChanges] = useState<WhatIfChange[]>([]);
  const { saveError, saving, save } = useMapSave(project, map);
  const { analysis: before, working } = useMapAnalysis(map);
  const trial = useMemo(() => applyWhatIf(map, changes), [map, changes]);
  const after = useTrialAnalysis(trial, `${map.updatedAt}#${JSON.stringify(changes)}`, changes.length > 0);
  const comparison = before && after && changes.length > 0 ? compareAnalyses(before, after) : null;
  const hrefs = mapHrefs(project.id);
  // Where focus goes when the control that had it disappears (Undo, Discard).
  const triedHeading = useRef<HTMLHeadingElement>(null);

  const keep = () =>
    void save(
      (m, c) => keepWhatIf(m, changes, c),
      `${count(changes.length, 'change is', 'changes are')} kept in the map.`,
      () => {
        setChanges([]);
        navigate(paths.map.home(project.id));
      },
    );
  const discard = () => {
    setChanges([]);
    triedHeading.current?.focus();
    useNotices.getState().show({ kind: 'success', message: 'The trial changes are discarded. The map is as it was.' });
  };

  return (
    <>
      <MapViewsNav projectId={project.id} analysis={before} current="what-if" />
      <WhatIfForm
        map={map}
        trial={trial}
        trialAnalysis={changes.length === 0 ? before : after}
        changes={changes}
        onTry={(change) => setChanges([...changes, change])}
      />
      <section aria-labelledby="whatif-trial-heading">
        <h2 id="whatif-trial-heading" ref={triedHeading} tabIndex={-1}>
          Changes tried
        </h2>
        {changes.length === 0 ? (
          <p>No changes tried yet. The figures and the plan below are the map as it is.</p>
        ) : (
          <>
            <ol className="list list--number" data-testid="whatif-changes">
              {changes.map((change, i) => (
                <li key={`${i}:${change.type}`}>
                  {changeSentence(map, change)}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setChanges(changes.filter((_, j) => j !== i));
                      triedHeading.current?.focus();
                    }}
                  >
                    Undo<span className="visually-hidden">{` change ${i + 1}`}</span>
                  </button>
                </li>
              ))}
            </ol>
            {saveError && (
              <p className="error-message" role="alert">
                {saveError}
              </p>
            )}
            <div className="button-group">
              <button type="button" className="button" onClick={keep} aria-disabled={saving || undefined}>
                Keep these changes
              </button>
              <button type="button" className="button button--secondary" onClick={discard}>
                Discard
              </button>
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="whatif-figures-heading">
        <h2 id="whatif-figures-heading">What the changes would do</h2>
        {changes.length === 0 && <p>Try a change above to see its figures beside the map as it is.</p>}
        {working || (changes.length > 0 && after === null) ? <WorkingOut /> : null}
        <p role="status">
          {comparison
            ? `With the changes: ${count(comparison.cyclesAfter, 'ordering contradiction', 'ordering contradictions')} (now ${comparison.cyclesBefore}), ${comparison.planDaysAfter === null ? 'no plan' : `a plan of ${days(comparison.planDaysAfter)}`}.`
            : ''}
        </p>
        {comparison && (
          <DataTable
            caption="The map now and with the changes tried"
            scrollLabel="Figures before and after"
            columns={['Figure', 'Now', 'With the changes']}
            className="map-whatif"
          >
            <tr>
              <th scope="row">Ordering contradictions</th>
              <td>{comparison.cyclesBefore}</td>
              <td>{comparison.cyclesAfter}</td>
            </tr>
            <tr>
              <th scope="row">Days following one plan</th>
              <td>{figure(comparison.planDaysBefore, days)}</td>
              <td>{figure(comparison.planDaysAfter, days)}</td>
            </tr>
            <tr>
              <th scope="row">Stages of the plan</th>
              <td>{figure(comparison.stagesBefore, (n) => count(n, 'stage', 'stages'))}</td>
              <td>{figure(comparison.stagesAfter, (n) => count(n, 'stage', 'stages'))}</td>
            </tr>
            <tr>
              <th scope="row">Critical path</th>
              <td>As it is</td>
              <td>{comparison.criticalPathChanged ? 'Changed' : 'The same'}</td>
            </tr>
            <tr>
              <th scope="row">Steps that would lose their counterpart</th>
              <td>None</td>
              <td>
                {comparison.newlyUnmapped.length === 0
                  ? 'None'
                  : comparison.newlyUnmapped.map((s) => stepWithProcess(map, s)).join(', ')}
              </td>
            </tr>
          </DataTable>
        )}
      </section>
      {(changes.length === 0 ? before : after) !== null && (
        <TrialViews
          map={changes.length === 0 ? map : trial}
          analysis={changes.length === 0 ? before : after}
          hrefs={hrefs}
        />
      )}
    </>
  );
}

function TrialViews({
  map,
  analysis,
  hrefs,
}: {
  map: ComplianceMap;
  analysis: ReturnType<typeof useTrialAnalysis>;
  hrefs: ReturnType<typeof mapHrefs>;
}) {
  if (!analysis) return null;
  return (
    <>
      <PlanTimeline map={map} analysis={analysis} hrefs={hrefs} />
      <Swimlanes map={map} analysis={analysis} hrefs={hrefs} />
    </>
  );
}

export function WhatIfPage() {
  return (
    <WithMap title="Plan and what-if">
      {(map, project) => (
        <Page
          title={`Plan and what-if: ${project.name}`}
          heading="Plan and what-if"
          caption={`Compliance map of ${project.name}`}
        >
          <p>
            <Link to={paths.map.home(project.id)}>Back to the compliance map</Link>
          </p>
          <p>
            Try changes on a copy of the map and see how the ordering contradictions and the plan would change. Nothing
            is saved until you keep the changes.
          </p>
          <WhatIf project={project} map={map} />
        </Page>
      )}
    </WithMap>
  );
}
