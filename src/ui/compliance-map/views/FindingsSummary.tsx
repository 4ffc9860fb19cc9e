// The findings of a compliance map in sentences: how many contradictions, conflicts, unmatched steps and
// shared pieces of evidence there are, and what one plan saves. Each sentence links to its section.
import type { ComplianceMap } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';
import { SectionLink, ViewSection } from './ViewSection';
import { count, days, MAP_SECTION_IDS, savedDays } from './view-model';

export function FindingsSummary({ map, analysis }: { map: ComplianceMap; analysis: MapAnalysis }) {
  const { cycles, declaredConflicts, evidenceReuse, plan, linksNeedingReview } = analysis;
  const saved = evidenceReuse.reduce((sum, r) => sum + r.daysSaved, 0);
  const unmapped = map.processes.map((p) => ({ title: p.title, n: analysis.unmapped[p.id]?.length ?? 0 }));
  const ids = MAP_SECTION_IDS;
  return (
    <ViewSection id={ids.summary} title="Summary of findings">
      <ul className="list list--bullet map-findings">
        <li>
          <SectionLink to={ids.conflicts}>
            {cycles.length === 0
              ? 'No ordering contradictions: the processes can be followed in one order.'
              : `${count(cycles.length, 'ordering contradiction', 'ordering contradictions')}: steps that each side wants in an order the other side forbids.`}
          </SectionLink>
        </li>
        <li>
          <SectionLink to={ids.conflicts}>
            {declaredConflicts.length === 0
              ? 'No conflicts declared between steps.'
              : `${count(declaredConflicts.length, 'declared conflict', 'declared conflicts')} between steps.`}
          </SectionLink>
        </li>
        <li>
          <SectionLink to={ids.unmapped}>
            {`Steps with no counterpart in another process: ${unmapped
              .map((u) => `${count(u.n, 'step', 'steps')} in ${u.title}`)
              .join(', ')}.`}
          </SectionLink>
        </li>
        <li>
          <SectionLink to={ids.reuse}>
            {evidenceReuse.length === 0
              ? 'No evidence that both sides ask for has been linked yet.'
              : `${count(evidenceReuse.length, 'piece of evidence', 'pieces of evidence')} both sides ask for: producing each once saves ${savedDays(saved)}.`}
          </SectionLink>
        </li>
        <li>
          <SectionLink to={ids.plan}>
            {plan
              ? `${days(plan.days)} following one plan, against ${plan.sequentialDays.toLocaleString('en-GB')} following each route one after the other.`
              : 'There is no single plan yet: every ordering contradiction needs an agreed exception first.'}
          </SectionLink>
        </li>
        <li>
          <SectionLink to={ids.review}>
            {linksNeedingReview.length === 0
              ? 'No links need review.'
              : `${count(linksNeedingReview.length, 'link needs', 'links need')} review because a process moved to a newer version.`}
          </SectionLink>
        </li>
      </ul>
      {map.processes.length > 0 && (
        <p className="muted">
          {`Processes mapped: ${map.processes.map((p) => `${p.title} (${count(p.steps.length, 'step', 'steps')})`).join(', ')}.`}
        </p>
      )}
    </ViewSection>
  );
}
