// The conflict register: every ordering contradiction the analysis found and every conflict declared
// between steps, each explained in full, then a table with what the register records about it (owner, proposed resolution,
// status in words, evidence of agreement) and a link to edit its entry. Register entries whose conflict
// has gone (a link removed, a cycle broken) are listed after, so nothing recorded disappears unseen.
import type { ComplianceMap, ConflictRecord, ConflictSubject, StepRef } from '../../../domain/compliance-map/map-model';
import type { MapAnalysis, OrderCycle } from '../../../domain/compliance-map/analysis-types';
import { DataTable } from '../../components/DataTable';
import { ViewSection } from './ViewSection';
import {
  CONFLICT_STATUS_WORDS,
  cycleSubject,
  cycleSubjectKey,
  findConflictRecord,
  MAP_SECTION_IDS,
  stepLabel,
  type MapHrefs,
} from './view-model';

interface Row {
  key: string;
  title: string;
  kind: string;
  steps: StepRef[];
  detail: string;
  subject: ConflictSubject;
  record: ConflictRecord | undefined;
  /** The contradiction, for an ordering contradiction (an exception can settle it). */
  cycle?: OrderCycle;
}

export function conflictRows(map: ComplianceMap, analysis: MapAnalysis): Row[] {
  const cycles = analysis.cycles.map((cycle, i): Row => {
    const subject = cycleSubject(cycle);
    return {
      key: `cycle:${cycleSubjectKey(cycle.steps)}`,
      title: `Ordering contradiction ${i + 1}`,
      kind: 'Ordering contradiction',
      steps: cycle.steps,
      detail: cycle.explanation,
      subject,
      record: findConflictRecord(map.conflicts, subject),
      cycle,
    };
  });
  const declared = analysis.declaredConflicts.map((conflict, i): Row => {
    const subject: ConflictSubject = { type: 'link', linkId: conflict.linkId };
    return {
      key: `link:${conflict.linkId}`,
      title: `Declared conflict ${i + 1}`,
      kind: 'Declared conflict',
      steps: conflict.steps,
      detail: conflict.reason || 'No reason given.',
      subject,
      record: findConflictRecord(map.conflicts, subject),
    };
  });
  return [...cycles, ...declared];
}

function EvidenceList({ ids, titles }: { ids: string[]; titles: Record<string, string> }) {
  if (ids.length === 0) return <>None yet</>;
  return (
    <ul className="list">
      {ids.map((id) => (
        <li key={id}>
          {(Object.hasOwn(titles, id) ? titles[id] : undefined) ?? 'An evidence item that has been deleted'}
        </li>
      ))}
    </ul>
  );
}

export function ConflictRegister({
  map,
  analysis,
  evidenceTitles,
  hrefs,
  exceptionHref,
}: {
  map: ComplianceMap;
  analysis: MapAnalysis;
  evidenceTitles: Record<string, string>;
  hrefs: MapHrefs;
  /** Where to agree an exception that settles an ordering contradiction; no link when not given. */
  exceptionHref?: (cycle: OrderCycle) => string;
}) {
  const rows = conflictRows(map, analysis);
  const matched = new Set(rows.map((r) => r.record?.id).filter((id) => id !== undefined));
  const stale = map.conflicts.filter((r) => !matched.has(r.id));
  return (
    <ViewSection id={MAP_SECTION_IDS.conflicts} title="Conflict register">
      {rows.length === 0 ? (
        <p>No conflicts: no ordering contradictions were found and no conflicts have been declared.</p>
      ) : (
        <>
          {/* The explanations are read in full, not squeezed into a column of an eight-column table. */}
          <h3>What each conflict is</h3>
          <dl className="map-register__explanations">
            {rows.map((row) => (
              <div key={row.key}>
                <dt>{row.title}</dt>
                <dd>{row.detail}</dd>
              </div>
            ))}
          </dl>
          <DataTable
            caption="Conflicts and how each is being settled"
            scrollLabel="Conflict register"
            columns={[
              'Conflict',
              'Steps',
              'Owner',
              'Proposed resolution',
              'Status',
              'Evidence of agreement',
              { label: 'Actions', hidden: true },
            ]}
            className="map-register"
          >
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                <td>
                  <ul className="list">
                    {row.steps.map((s) => (
                      <li key={`${s.processId}:${s.stepId}`}>{stepLabel(map, s)}</li>
                    ))}
                  </ul>
                </td>
                <td>{row.record?.owner || 'No owner yet'}</td>
                <td>{row.record?.proposedResolution || 'None proposed yet'}</td>
                <td>{row.record ? CONFLICT_STATUS_WORDS[row.record.status] : 'Open (not yet in the register)'}</td>
                <td>
                  <EvidenceList ids={row.record?.evidenceIds ?? []} titles={evidenceTitles} />
                </td>
                <td>
                  <ul className="list">
                    <li>
                      <a href={hrefs.conflictHref(row.subject)}>
                        {row.record ? 'Edit' : 'Add to register'}
                        <span className="visually-hidden">{` ${row.title.toLowerCase()}`}</span>
                      </a>
                    </li>
                    {row.cycle && exceptionHref && (
                      <li>
                        <a href={exceptionHref(row.cycle)}>
                          Agree an exception
                          <span className="visually-hidden">{` to settle ${row.title.toLowerCase()}`}</span>
                        </a>
                      </li>
                    )}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {stale.length > 0 && (
        <>
          <h3>Register entries whose conflict is no longer found</h3>
          <p>The steps or links these entries were about have changed. Check each and close it or keep it.</p>
          <ul className="list list--bullet">
            {stale.map((record) => (
              <li key={record.id}>
                {`${record.subject.type === 'cycle' ? record.subject.steps.map((s) => stepLabel(map, s)).join(', ') : 'A conflict link that no longer exists'}: ${CONFLICT_STATUS_WORDS[record.status].toLowerCase()}, owner ${record.owner || 'not set'}. `}
                <a href={hrefs.conflictHref(record.subject)}>Edit this entry</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </ViewSection>
  );
}
