// The words the compliance map screens use for its parts: a step with its process, a link as a sentence,
// where a process came from, and the labels of each choice.
import type {
  ComplianceMap,
  ConflictStatus,
  LinkConfidence,
  MapLink,
  MapProcess,
  MapProcessSide,
  MapRelation,
  ReviewStatus,
  StepRef,
  WaivedRule,
} from '../../domain/compliance-map/map-model';
import { RELATION_LABELS } from '../../domain/compliance-map/map-model';

export const SIDE_LABELS: Record<MapProcessSide, string> = {
  central: 'Central',
  departmental: 'Departmental',
  other: 'Other',
};

export const SIDE_HINTS: Record<MapProcessSide, string> = {
  central: 'The centre\u2019s route: service assessments, spend approval, functional assurance',
  departmental: 'Your department\u2019s own governance: boards, gates, accreditation',
  other: 'Anyone else whose approval the project needs',
};

export const CONFIDENCE_LABELS: Record<LinkConfidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const STATUS_LABELS: Record<ReviewStatus, string> = { draft: 'Draft', agreed: 'Agreed' };

export const CONFLICT_STATUS_LABELS: Record<ConflictStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  escalated: 'Escalated',
};

/** What each relation means, for the hint under its choice. */
export const RELATION_HINTS: Record<MapRelation, string> = {
  'equal-to': 'Both ask for exactly the same thing',
  'equivalent-to': 'Worded differently, but doing one satisfies the other',
  'subset-of': 'Everything the first asks is also asked by the second',
  'superset-of': 'The first asks everything the second does, and more',
  'intersects-with': 'They share some of what they ask, not all',
  'no-relationship': 'Checked, and they have nothing in common',
  'conflicts-with': 'Both cannot be done as written',
  'must-precede': 'The first has to finish before the second starts',
  'must-follow': 'The first can start only after the second has finished',
};

export function processOf(map: ComplianceMap, processId: string): MapProcess | undefined {
  return map.processes.find((p) => p.id === processId);
}

/** "Design sign-off (Department gates)". */
export function stepWithProcess(map: ComplianceMap, ref: StepRef): string {
  const process = processOf(map, ref.processId);
  const step = process?.steps.find((s) => s.id === ref.stepId);
  return `${step?.name ?? ref.stepId} (${process?.title ?? ref.processId})`;
}

/** "Design sign-off (Department gates) conflicts with Build and test prototypes (Central route)". */
export function linkSentence(map: ComplianceMap, link: Pick<MapLink, 'from' | 'to' | 'relation'>): string {
  return `${stepWithProcess(map, link.from)} ${RELATION_LABELS[link.relation]} ${stepWithProcess(map, link.to)}`;
}

/** "From template Departmental IT governance, version 1.0.1", "Written here" or "From the file x.csv". */
export function processSource(process: MapProcess, templateTitle?: string): string {
  const source = process.source;
  if (source.type === 'template')
    return `From template ${templateTitle ?? source.templateId}, version ${source.version}`;
  if (source.type === 'file') return `From the file ${source.fileName}`;
  return 'Written here';
}

/** The ordering rule an exception sets aside, as a sentence. */
export function waivedRuleSentence(map: ComplianceMap, rule: WaivedRule): string {
  if (rule.type === 'link') {
    const link = map.links.find((l) => l.id === rule.linkId);
    return link ? linkSentence(map, link) : 'A link no longer in the map';
  }
  const step = { processId: rule.processId, stepId: rule.stepId };
  const before = { processId: rule.processId, stepId: rule.dependsOn };
  return `${stepWithProcess(map, step)} waits for ${stepWithProcess(map, before)}`;
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
