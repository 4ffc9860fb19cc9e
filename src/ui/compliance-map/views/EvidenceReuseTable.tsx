// Evidence both sides ask for: what it is, which steps ask for it, the days saved by producing it once,
// and the links that make producing it once valid.
import type { ComplianceMap } from '../../../domain/compliance-map/map-model';
import { RELATION_LABELS, stepKey } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../domain/compliance-map/analysis-types';
import { DataTable } from '../../components/DataTable';
import { ViewSection } from './ViewSection';
import { MAP_SECTION_IDS, savedDays, stepLabel, stepName, type MapHrefs } from './view-model';

export function EvidenceReuseTable({
  map,
  analysis,
  hrefs,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  hrefs: MapHrefs;
}) {
  const reuse = analysis.evidenceReuse;
  const saved = reuse.reduce((sum, r) => sum + r.daysSaved, 0);
  const links = new Map(map.links.map((l) => [l.id, l]));
  return (
    <ViewSection id={MAP_SECTION_IDS.reuse} title="Evidence both sides ask for">
      {reuse.length === 0 ? (
        <p>
          No evidence can be produced once for both sides yet. Evidence is shared only across links that say two steps
          are the same, equivalent, or that one covers all of the other.
        </p>
      ) : (
        <>
          <p>{`Producing each of these once saves ${savedDays(saved)} in all.`}</p>
          <DataTable
            caption="Evidence that can be produced once"
            scrollLabel="Evidence reuse"
            columns={['Evidence', 'Steps that ask for it', 'Days saved', 'Through which links']}
            className="map-reuse"
          >
            {reuse.map((r) => (
              <tr key={`${r.evidence}|${r.steps.map(stepKey).join(',')}`}>
                <th scope="row">{r.evidence}</th>
                <td>
                  <ul className="list">
                    {r.steps.map((s) => (
                      <li key={stepKey(s)}>{stepLabel(map, s)}</li>
                    ))}
                  </ul>
                </td>
                <td>{savedDays(r.daysSaved)}</td>
                <td>
                  <ul className="list">
                    {r.linkIds.map((id) => {
                      const link = links.get(id);
                      return (
                        <li key={id}>
                          <a href={hrefs.linkHref(id)}>
                            {link
                              ? `${stepName(map, link.from)} ${RELATION_LABELS[link.relation]} ${stepName(map, link.to)}`
                              : 'A link that has been removed'}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </ViewSection>
  );
}
