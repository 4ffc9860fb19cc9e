// A page of every compliance-map view with sample data, bundled for the browser by map-views.e2e.test.ts,
// so the views can be looked at and driven by keyboard without the rest of the app. The variant to show
// is set on the page before this script runs: the map with its contradiction (no plan), the map after
// an exception (with a plan), or a big map of 2,000 steps a side.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConflictRegister } from '../../src/ui/compliance-map/views/ConflictRegister';
import { EvidenceReuseTable } from '../../src/ui/compliance-map/views/EvidenceReuseTable';
import { FindingsSummary } from '../../src/ui/compliance-map/views/FindingsSummary';
import { PlanTimeline } from '../../src/ui/compliance-map/views/PlanTimeline';
import { RelationMatrix } from '../../src/ui/compliance-map/views/RelationMatrix';
import { SuggestionList } from '../../src/ui/compliance-map/views/SuggestionList';
import { Swimlanes } from '../../src/ui/compliance-map/views/Swimlanes';
import { LinksNeedingReview, UnmappedSteps } from '../../src/ui/compliance-map/views/UnmappedSteps';
import {
  bigMap,
  evidenceTitles,
  hrefs,
  noPlanAnalysis,
  plannedAnalysis,
  plannedMap,
  sampleMap,
} from '../ui/compliance-map/sample-map';

const variant = document.documentElement.dataset.variant ?? 'no-plan';
const { map, analysis } =
  variant === 'big'
    ? bigMap(2000)
    : variant === 'planned'
      ? { map: plannedMap, analysis: plannedAnalysis }
      : { map: sampleMap, analysis: noPlanAnalysis };

function Gallery() {
  const [suggestions, setSuggestions] = useState(analysis.suggestions);
  const [log, setLog] = useState<string[]>([]);
  const drop = (word: string) => (s: (typeof suggestions)[number]) => {
    setLog([...log, `${word} ${s.from.stepId} ${s.to.stepId}`]);
    setSuggestions(suggestions.filter((x) => x !== s));
  };
  return (
    <main className="main" id="main">
      <h1>Compliance map</h1>
      <FindingsSummary map={map} analysis={analysis} />
      <Swimlanes map={map} analysis={analysis} hrefs={hrefs} />
      <RelationMatrix map={map} hrefs={hrefs} />
      <ConflictRegister map={map} analysis={analysis} evidenceTitles={evidenceTitles} hrefs={hrefs} />
      <PlanTimeline map={map} analysis={analysis} hrefs={hrefs} />
      <EvidenceReuseTable map={map} analysis={analysis} hrefs={hrefs} />
      <UnmappedSteps map={map} analysis={analysis} hrefs={hrefs} />
      <LinksNeedingReview map={map} analysis={analysis} hrefs={hrefs} />
      <SuggestionList map={map} suggestions={suggestions} onAccept={drop('accepted')} onReject={drop('rejected')} />
      <output id="callbacks">{log.join('; ')}</output>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Gallery />);
