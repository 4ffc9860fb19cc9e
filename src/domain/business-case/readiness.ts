// Readiness before a gate: a checklist of what still stands between the case and the decision it asks
// for. Each item says what is wrong and what to do, in plain words, and names the sections it is about
// so a screen can link to them. The rules are listed in docs/business-case-rules.md.
import type { BusinessCaseTemplate, STRUCTURED_PARTS } from '../pack';
import { PHASE_LABELS } from '../project';
import { plainText } from '../rich-text';
import { assumptionsBySection, sectionsFlaggedByDisproved } from './assumptions';
import { isFirm, totalsByPhase } from './costs';
import { flattenTemplateSections, gateLabel, gatePhase } from './gates';
import type { CaseRevision } from './model';
import { optionsProblems } from './options';
import { openConditionActions } from './revisions';

export const READINESS_KINDS = [
  'contradicted',
  'empty-section',
  'only-assumed',
  'missing-part',
  'options-incomplete',
  'cost-not-firm',
  'approval-needed',
  'open-condition',
] as const;
export type ReadinessKind = (typeof READINESS_KINDS)[number];

export interface ReadinessItem {
  /** Stable while the problem lasts, so a screen can keep a person's place in the list. */
  key: string;
  kind: ReadinessKind;
  sectionIds: string[];
  /** What is wrong, in one sentence. */
  problem: string;
  /** What to do about it, in one sentence. */
  action: string;
}

type StructuredPart = (typeof STRUCTURED_PARTS)[number];

const PART_NAMES: Record<StructuredPart, string> = {
  assumptions: 'assumptions',
  options: 'options',
  costs: 'costs',
  benefits: 'benefits',
  risks: 'risks',
  decisions: 'decisions',
};

function partIsEmpty(revision: CaseRevision, part: StructuredPart): boolean {
  switch (part) {
    case 'assumptions':
      return revision.assumptions.length === 0;
    case 'options':
      return revision.options.options.length === 0;
    case 'costs':
      return revision.costs.lines.length === 0;
    case 'benefits':
      return revision.benefits.length === 0;
    case 'risks':
      return revision.risks.length === 0;
    case 'decisions':
      return revision.decisions.length === 0;
  }
}

function quote(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return `\u201C${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}\u201D`;
}

function sectionItems(template: BusinessCaseTemplate, revision: CaseRevision): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const flags = new Map(sectionsFlaggedByDisproved(revision).map((f) => [f.sectionId, f.disproved]));
  const bySection = assumptionsBySection(revision.assumptions);
  for (const { section } of flattenTemplateSections(template)) {
    const { id, title } = section;
    const doc = revision.sections[id];
    const empty = doc === undefined || plainText(doc).trim().length === 0;
    const disproved = flags.get(id);
    if (disproved) {
      const names = disproved.map((a) => quote(a.text)).join(', ');
      items.push({
        key: `contradicted:${id}`,
        kind: 'contradicted',
        sectionIds: [id],
        problem: `${title} depends on ${disproved.length === 1 ? 'an assumption' : 'assumptions'} shown to be wrong: ${names}.`,
        action: `Rewrite ${title} in the light of what the test found, then remove the link to the disproved assumption.`,
      });
    }
    if (section.structured && partIsEmpty(revision, section.structured)) {
      const part = PART_NAMES[section.structured];
      items.push({
        key: `missing-part:${id}`,
        kind: 'missing-part',
        sectionIds: [id],
        problem: `${title} asks for a list of ${part}, and there are none yet.`,
        action: `Add the ${part} to ${title}.`,
      });
    }
    if (empty) {
      // A case made only of sub-sections may leave its own text short; only say so when all are empty.
      const subs = 'sections' in section ? (section.sections ?? []) : [];
      const subsWritten = subs.some((sub) => {
        const subDoc = revision.sections[sub.id];
        return subDoc !== undefined && plainText(subDoc).trim().length > 0;
      });
      if (!subsWritten)
        items.push({
          key: `empty-section:${id}`,
          kind: 'empty-section',
          sectionIds: [id],
          problem: `${title} has nothing written yet.`,
          action: `Write ${title}, answering the questions beside it for ${gateLabel(revision.gate).toLowerCase()}.`,
        });
      continue;
    }
    const resting = bySection.get(id) ?? [];
    if (resting.length > 0 && resting.every((a) => a.status === 'untested'))
      items.push({
        key: `only-assumed:${id}`,
        kind: 'only-assumed',
        sectionIds: [id],
        problem: `${title} rests only on assumptions that have not been tested yet.`,
        action: `Test the riskiest assumption behind ${title}, or say plainly in the section what is still assumed.`,
      });
  }
  return items;
}

function costItems(revision: CaseRevision, costSectionIds: string[]): ReadinessItem[] {
  const phase = gatePhase(revision.gate);
  const label = PHASE_LABELS[phase];
  const total = totalsByPhase(revision.costs.lines).find((t) => t.phase === phase);
  if (!total)
    return [
      {
        key: `cost-not-firm:${phase}`,
        kind: 'cost-not-firm',
        sectionIds: costSectionIds,
        problem: `There is no cost for ${label}, the phase this case asks to fund.`,
        action: `Add the cost of ${label} as a firm figure.`,
      },
    ];
  if (isFirm(total.range)) return [];
  return [
    {
      key: `cost-not-firm:${phase}`,
      kind: 'cost-not-firm',
      sectionIds: costSectionIds,
      problem: `The cost of ${label} is still a range, but approvers expect a firm figure for the phase they fund.`,
      action: `Settle each ${label} cost line on one figure, with low, likely and high the same.`,
    },
  ];
}

function optionItems(revision: CaseRevision, optionSectionIds: string[]): ReadinessItem[] {
  const { options } = revision;
  if (options.options.length === 0) return [];
  const problems = optionsProblems(options);
  // From alpha on, the case is an outline or full case: it has to say which option it prefers.
  const phase = gatePhase(revision.gate);
  if (options.preferredOptionId === null && (phase === 'beta' || phase === 'live'))
    problems.push('Choose the preferred option and say why the evidence favours it.');
  return problems.map((problem, index) => ({
    key: `options-incomplete:${index}:${problem}`,
    kind: 'options-incomplete',
    sectionIds: optionSectionIds,
    problem: 'The options appraisal is not complete.',
    action: problem,
  }));
}

function approvalItems(revision: CaseRevision): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  if (revision.approvals.length === 0)
    items.push({
      key: 'approval-needed:none',
      kind: 'approval-needed',
      sectionIds: [],
      problem: 'No approvals are recorded for this case.',
      action:
        'Record each approval the case needs, such as the departmental investment committee or central assurance.',
    });
  for (const approval of revision.approvals)
    if (approval.decision === 'pending' || approval.decision === 'deferred')
      items.push({
        key: `approval-needed:${approval.id}`,
        kind: 'approval-needed',
        sectionIds: [],
        problem: `${approval.body} has not yet approved the case.`,
        action: `Book the case in with ${approval.body} and record the decision when it is made.`,
      });
  for (const condition of openConditionActions(revision))
    items.push({
      key: `open-condition:${condition.id}`,
      kind: 'open-condition',
      sectionIds: [],
      problem: `A condition set by ${condition.body} is still open: ${quote(condition.text)}.`,
      action: `${condition.owner.trim() || 'Its owner'} should meet it${condition.due ? ` by ${condition.due}` : ''}, or record why it no longer applies.`,
    });
  return items;
}

/**
 * The checklist before the gate the revision asks for: contradicted sections first (they are wrong,
 * not just unfinished), then empty or only-assumed sections and missing structured parts in template
 * order, then gaps in the options appraisal, then the cost of the phase being funded, then approvals
 * and their open conditions.
 */
export function gateReadiness(template: BusinessCaseTemplate, revision: CaseRevision): ReadinessItem[] {
  const sections = sectionItems(template, revision);
  const idsFor = (part: StructuredPart): string[] =>
    flattenTemplateSections(template)
      .filter(({ section }) => section.structured === part)
      .map(({ section }) => section.id);
  const contradicted = sections.filter((item) => item.kind === 'contradicted');
  const rest = sections.filter((item) => item.kind !== 'contradicted');
  return [
    ...contradicted,
    ...rest,
    ...optionItems(revision, idsFor('options')),
    ...costItems(revision, idsFor('costs')),
    ...approvalItems(revision),
  ];
}
