// CSV files of a compliance map for spreadsheets: its links (both steps, the relation in words and as the
// OSCAL / IR 8477 term, rationale, confidence, how and by whom each was made, review status) and its
// conflicts (declared conflicts and ordering contradictions found by the analysis, each with its entry in
// the conflict register). Written through render-csv.ts, which quotes fields and defuses formulas.
import type { DeclaredConflict, MapAnalysis, OrderCycle } from '../domain/compliance-map/analysis-types';
import {
  RATIONALE_LABELS,
  RELATION_LABELS,
  findStep,
  stepKey,
  type ComplianceMap,
  type ConflictRecord,
  type ConflictStatus,
  type LinkOrigin,
  type ReviewStatus,
  type StepRef,
} from '../domain/compliance-map/map-model';
import { renderCsv, type CsvTable } from './render-csv';

type MapParts = Pick<ComplianceMap, 'title' | 'processes'>;

const ORIGIN_WORDS: Record<LinkOrigin, string> = {
  person: 'Drawn by a person',
  'accepted-suggestion': 'Suggestion accepted by a person',
};
const STATUS_WORDS: Record<ReviewStatus, string> = { draft: 'Draft', agreed: 'Agreed' };
const CONFLICT_STATUS_WORDS: Record<ConflictStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  escalated: 'Escalated',
};
const MISSING_STEP = '(no longer in the process)';

/** "2026-12-01T09:30:00.000Z" as "2026-12-01 09:30" (UTC), which spreadsheets sort and read as a time. */
function timestamp(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso;
}

function processTitle(map: MapParts, processId: string): string {
  return map.processes.find((process) => process.id === processId)?.title ?? processId;
}

function stepName(map: MapParts, ref: StepRef): string {
  return findStep(map, ref)?.name ?? MISSING_STEP;
}

/** A step as people read it: "Departmental IT governance: Architecture design sign-off". */
function stepWords(map: MapParts, ref: StepRef): string {
  return `${processTitle(map, ref.processId)}: ${stepName(map, ref)}`;
}

const LINK_COLUMNS = [
  'From process',
  'From step id',
  'From step',
  'Relation',
  'Relation term',
  'To process',
  'To step id',
  'To step',
  'Rationale',
  'Confidence',
  'How it was made',
  'Review status',
  'Reason',
  'Note',
  'By',
  'At (UTC)',
  'Needs review',
];

/** The map's links, one row each, in the order the map keeps them. */
export function mapLinksTable(map: MapParts & Pick<ComplianceMap, 'links'>): CsvTable {
  return {
    name: `${map.title} - links`,
    columns: LINK_COLUMNS,
    rows: map.links.map((link) => [
      processTitle(map, link.from.processId),
      link.from.stepId,
      stepName(map, link.from),
      RELATION_LABELS[link.relation],
      link.relation,
      processTitle(map, link.to.processId),
      link.to.stepId,
      stepName(map, link.to),
      RATIONALE_LABELS[link.rationale],
      link.confidence,
      ORIGIN_WORDS[link.origin],
      STATUS_WORDS[link.status],
      link.reason,
      link.note,
      link.by,
      timestamp(link.at),
      link.needsReview ?? '',
    ]),
  };
}

const CONFLICT_COLUMNS = [
  'Kind',
  'Steps',
  'Step ids',
  'What conflicts',
  'Owner',
  'Proposed resolution',
  'Status',
  'Evidence of agreement',
  'Note',
  'Register updated (UTC)',
];

/** The same set of steps, in any order: how a register entry finds its cycle again. */
function sameSteps(a: readonly StepRef[], b: readonly StepRef[]): boolean {
  const keys = (refs: readonly StepRef[]) => [...new Set(refs.map(stepKey))].sort().join('\n');
  return keys(a) === keys(b);
}

function registerColumns(record: ConflictRecord | undefined, evidenceTitles: ReadonlyMap<string, string>): string[] {
  if (!record) return ['', '', CONFLICT_STATUS_WORDS.open, '', '', ''];
  const evidence = record.evidenceIds.map((id) => evidenceTitles.get(id) ?? '(evidence no longer in the library)');
  return [
    record.owner,
    record.proposedResolution,
    CONFLICT_STATUS_WORDS[record.status],
    evidence.join('; '),
    record.note,
    timestamp(record.updatedAt),
  ];
}

function stepColumns(map: MapParts, steps: readonly StepRef[]): string[] {
  return [steps.map((ref) => stepWords(map, ref)).join('; '), steps.map(stepKey).join('; ')];
}

/**
 * The map's conflicts: every declared conflict and every ordering contradiction the analysis found, each
 * joined with its register entry (owner, proposed resolution, status, and the titles of the evidence of
 * agreement, looked up in `evidenceTitles` by evidence id), then register entries whose conflict is no
 * longer found, so that nothing agreed silently disappears from the record.
 */
export function mapConflictsTable(
  map: MapParts & Pick<ComplianceMap, 'conflicts'>,
  analysis: Pick<MapAnalysis, 'declaredConflicts' | 'cycles'>,
  evidenceTitles: ReadonlyMap<string, string>,
): CsvTable {
  const used = new Set<ConflictRecord>();
  const recordFor = (match: (record: ConflictRecord) => boolean): ConflictRecord | undefined => {
    const record = map.conflicts.find(match);
    if (record) used.add(record);
    return record;
  };
  const declared = (conflict: DeclaredConflict) => [
    'Declared conflict',
    ...stepColumns(map, conflict.steps),
    conflict.reason,
    ...registerColumns(
      recordFor((r) => r.subject.type === 'link' && r.subject.linkId === conflict.linkId),
      evidenceTitles,
    ),
  ];
  const cycle = (found: OrderCycle) => [
    'Ordering contradiction',
    ...stepColumns(map, found.steps),
    found.explanation,
    ...registerColumns(
      recordFor((r) => r.subject.type === 'cycle' && sameSteps(r.subject.steps, found.steps)),
      evidenceTitles,
    ),
  ];
  const rows = [...analysis.declaredConflicts.map(declared), ...analysis.cycles.map(cycle)];
  for (const record of map.conflicts) {
    if (used.has(record)) continue;
    const steps = record.subject.type === 'cycle' ? record.subject.steps : [];
    const what =
      record.subject.type === 'link'
        ? 'A declared conflict whose link has since been removed or changed.'
        : 'An ordering contradiction that the map no longer has.';
    rows.push(['No longer found', ...stepColumns(map, steps), what, ...registerColumns(record, evidenceTitles)]);
  }
  return { name: `${map.title} - conflicts`, columns: CONFLICT_COLUMNS, rows };
}

/** The links CSV file's bytes (UTF-8 with a byte order mark, CRLF rows). */
export function renderMapLinksCsv(map: MapParts & Pick<ComplianceMap, 'links'>): Uint8Array {
  return renderCsv(mapLinksTable(map));
}

/** The conflicts CSV file's bytes (UTF-8 with a byte order mark, CRLF rows). */
export function renderMapConflictsCsv(
  map: MapParts & Pick<ComplianceMap, 'conflicts'>,
  analysis: Pick<MapAnalysis, 'declaredConflicts' | 'cycles'>,
  evidenceTitles: ReadonlyMap<string, string>,
): Uint8Array {
  return renderCsv(mapConflictsTable(map, analysis, evidenceTitles));
}
