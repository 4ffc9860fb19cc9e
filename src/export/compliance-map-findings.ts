// The findings chapters of the compliance map document: the summary in sentences, the conflict register,
// the ordering contradictions with their explanations and the evidence both sides ask for (the plan and what
// follows it are in compliance-map-plan.ts). Each reads the map and its analysis only; nothing is worked out
// again here.
import type { DocBlock, DocSection, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { MapAnalysis, OrderRule } from '../domain/compliance-map/analysis-types';
import {
  findStep,
  type ComplianceMap,
  type ConflictRecord,
  type ConflictStatus,
  type StepRef,
} from '../domain/compliance-map/map-model';
import { days, plural, processTitle, savedDays, stepName, stepWithProcess, stepWithSide } from './compliance-map-words';

export interface MapFindingsInput {
  map: ComplianceMap;
  analysis: MapAnalysis;
  /** Titles of the project's evidence items by id, for the evidence of agreement. */
  evidenceTitles: Readonly<Record<string, string>>;
}

const STATUS_WORDS: Record<ConflictStatus, TableCellValue> = {
  open: { text: 'Open', tone: 'bad' },
  agreed: { text: 'Agreed', tone: 'good' },
  escalated: { text: 'Escalated', tone: 'warning' },
};

export function evidenceList(ids: readonly string[], titles: Readonly<Record<string, string>>): TableCellValue {
  if (ids.length === 0) return 'None yet';
  // Own keys only: an id such as "__proto__" from a file must not reach Object.prototype.
  const lines = ids.map(
    (id) => (Object.hasOwn(titles, id) ? titles[id] : undefined) ?? 'An item no longer in the evidence library',
  );
  return { text: lines.join('\n'), bulleted: lines.length > 1 };
}

export function stepLines(map: ComplianceMap, refs: readonly StepRef[]): TableCellValue {
  const lines = refs.map((ref) => stepWithSide(map, ref));
  return { text: lines.join('\n'), bulleted: lines.length > 1 };
}

export function stepDays(map: ComplianceMap, ref: StepRef): number {
  return findStep(map, ref)?.durationDays ?? 0;
}

export function summarySection({ map, analysis }: MapFindingsInput): DocSection {
  const agreed = map.links.filter((l) => l.status === 'agreed').length;
  const open = map.conflicts.filter((c) => c.status === 'open').length;
  const escalated = map.conflicts.filter((c) => c.status === 'escalated').length;
  const saved = analysis.evidenceReuse.reduce((sum, r) => sum + r.daysSaved, 0);
  const unmapped = Object.values(analysis.unmapped).reduce((sum, ids) => sum + ids.length, 0);
  const processes = map.processes.map((p) => p.title).join(', ');
  const sentences = [
    `This map sets ${plural(map.processes.length, 'process', 'processes').toLowerCase()} side by side: ${processes || 'none yet'}.`,
    `The team has drawn ${plural(map.links.length, 'link', 'links').toLowerCase()} between their steps; ${agreed} agreed and ${map.links.length - agreed} still in draft.`,
    analysis.cycles.length === 0
      ? 'There is no ordering contradiction: one order of work can satisfy every process.'
      : `${plural(analysis.cycles.length, 'ordering contradiction stands', 'ordering contradictions stand')}: the processes ask for steps in orders that cannot all be followed, so there is no single plan until each is settled by an exception both sides agree.`,
    analysis.declaredConflicts.length === 0
      ? 'No step has been declared to conflict with another.'
      : `${plural(analysis.declaredConflicts.length, 'declared conflict names', 'declared conflicts name')} steps that cannot both be done as written.`,
    `The conflict register holds ${plural(map.conflicts.length, 'entry', 'entries').toLowerCase()}: ${open} open, ${escalated} escalated and ${map.conflicts.length - open - escalated} agreed.`,
    analysis.evidenceReuse.length === 0
      ? 'No evidence is asked for by both sides through an agreed match.'
      : `${plural(analysis.evidenceReuse.length, 'piece of evidence is', 'pieces of evidence are')} asked for by both sides; producing each once saves ${savedDays(saved)} of work.`,
    analysis.plan
      ? `The integrated plan takes ${days(analysis.plan.days)} along its critical path, against ${days(analysis.plan.sequentialDays)} following the processes one after the other.`
      : 'The integrated plan cannot be drawn yet; the chapter on it lists the points that need a negotiated exception.',
    `${plural(unmapped, 'step has', 'steps have')} no counterpart in another process: work only one side asks for, to be planned as it stands.`,
  ];
  if (analysis.linksNeedingReview.length > 0)
    sentences.push(
      `${plural(analysis.linksNeedingReview.length, 'link needs', 'links need')} review because a process moved to a newer version.`,
    );
  return { title: 'Summary of findings', blocks: sentences.map(paragraphBlock) };
}

function conflictWords(map: ComplianceMap, record: ConflictRecord): { what: string; steps: StepRef[] } {
  if (record.subject.type === 'cycle') return { what: 'Ordering contradiction', steps: record.subject.steps };
  const linkId = record.subject.linkId;
  const link = map.links.find((l) => l.id === linkId);
  if (!link) return { what: 'Declared conflict (its link has been removed)', steps: [] };
  return { what: `Declared conflict: ${link.reason}`, steps: [link.from, link.to] };
}

export function registerSection({ map, analysis, evidenceTitles }: MapFindingsInput): DocSection {
  const registered = new Set(map.conflicts.flatMap((c) => (c.subject.type === 'link' ? [c.subject.linkId] : [])));
  const rows: TableCellValue[][] = map.conflicts.map((record) => {
    const { what, steps } = conflictWords(map, record);
    return [
      record.note.trim() ? `${what}\n${record.note}` : what,
      stepLines(map, steps),
      record.owner.trim() || 'Not given',
      record.proposedResolution.trim() || 'Not given',
      STATUS_WORDS[record.status],
      evidenceList(record.evidenceIds, evidenceTitles),
    ];
  });
  for (const conflict of analysis.declaredConflicts)
    if (!registered.has(conflict.linkId))
      rows.push([
        `Declared conflict: ${conflict.reason}`,
        stepLines(map, conflict.steps),
        'Not given',
        'Not given',
        { text: 'Not yet in the register', tone: 'bad' },
        'None yet',
      ]);
  if (rows.length === 0)
    return { title: 'Conflict register', blocks: [paragraphBlock('No conflicts have been declared or registered.')] };
  return {
    title: 'Conflict register',
    blocks: [
      paragraphBlock(
        'Each conflict, who owns it, how it is to be settled, where it stands and the proof it was agreed.',
      ),
      {
        kind: 'table',
        caption: 'Conflict register',
        description:
          'Each conflict with its steps and sides, owner, proposed resolution, status and evidence of agreement.',
        columns: [
          { heading: 'Conflict', weight: 5 },
          { heading: 'Steps and sides', weight: 4 },
          { heading: 'Owner', weight: 2 },
          { heading: 'Proposed resolution', weight: 5 },
          { heading: 'Status', weight: 2 },
          { heading: 'Evidence of agreement', weight: 3 },
        ],
        rows,
      },
    ],
  };
}

function ruleWords(map: ComplianceMap, rule: OrderRule): string {
  const where =
    rule.type === 'dependency'
      ? `a dependency in ${processTitle(map, rule.processId)}`
      : `a link the team drew between the processes`;
  return `${stepWithProcess(map, rule.from)} must come before ${stepWithProcess(map, rule.to)}: ${where}.`;
}

export function contradictionsSection({ map, analysis }: MapFindingsInput): DocSection {
  if (analysis.cycles.length === 0)
    return {
      title: 'Ordering contradictions',
      blocks: [paragraphBlock('None: the processes can be followed together in one order.')],
    };
  const blocks: DocBlock[] = analysis.cycles.flatMap((cycle, index): DocBlock[] => [
    {
      kind: 'paragraph',
      keepWithNext: true,
      content: [
        { kind: 'text', text: `Contradiction ${index + 1}: `, bold: true },
        { kind: 'text', text: cycle.steps.map((ref) => stepName(map, ref)).join(', then ') },
      ],
    },
    paragraphBlock(cycle.explanation),
    {
      kind: 'list',
      ordered: true,
      items: cycle.rules.map((rule) => ({ content: [{ kind: 'text', text: ruleWords(map, rule) }] })),
    },
  ]);
  return {
    title: 'Ordering contradictions',
    blocks: [
      {
        kind: 'paragraph',
        keepWithNext: true,
        content: [
          {
            kind: 'text',
            text: 'Each contradiction is a loop of rules: following every rule as written would mean a step has to finish before itself. The rules that close each loop are listed in order.',
          },
        ],
      },
      ...blocks,
    ],
  };
}

export function evidenceReuseSection({ map, analysis }: MapFindingsInput): DocSection {
  if (analysis.evidenceReuse.length === 0)
    return {
      title: 'Evidence both sides ask for',
      blocks: [paragraphBlock('No evidence is asked for by both sides through an agreed match.')],
    };
  const total = analysis.evidenceReuse.reduce((sum, r) => sum + r.daysSaved, 0);
  return {
    title: 'Evidence both sides ask for',
    blocks: [
      paragraphBlock(
        'Evidence that steps linked as the same, equivalent, or covering one another both ask for. Producing it once, in a form both sides accept, saves the days shown.',
      ),
      {
        kind: 'table',
        caption: 'Evidence both sides ask for',
        columns: [
          { heading: 'Evidence', weight: 4 },
          { heading: 'Steps that ask for it', weight: 4 },
          { heading: 'Days saved', weight: 2 },
        ],
        rows: [
          ...analysis.evidenceReuse.map((r): TableCellValue[] => [
            r.evidence,
            stepLines(map, r.steps),
            savedDays(r.daysSaved),
          ]),
          ['Total', '', savedDays(total)],
        ],
      },
    ],
  };
}
