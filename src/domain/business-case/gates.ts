// Gates: the decision a case asks for decides which of the template's questions apply and which classic
// Treasury document the case stands in for, so finance colleagues can read it in their own terms.
//
// The rule for prompts: a template keys its prompts by the phase the case asks to fund. The built-in
// agile template shows it: its "beta" prompts ask which option alpha pointed to and what is needed to
// build and run the beta, so they are the questions of a case asking to move from alpha to beta. A case
// therefore shows only the prompts of the phase its gate enters (continue-live uses "live"), never those
// of the phase it leaves. If the template has no prompts for that phase, the section shows none.
//
// The classic documents and the five cases (checked on 1 December 2026 with the search tool): the
// Green Book (https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government,
// reissued 5 February 2026) makes the Five Case Model the framework, with the strategic, economic,
// commercial, financial and management cases. Stored copies of the Treasury's business case guidance
// ("Better Business Cases", as reproduced at https://repmt.com/learning-paths/better-business-cases/)
// say large proposals go through three iterations, the Strategic Outline Case (SOC), the Outline
// Business Case (OBC) and the Full Business Case (FBC), and smaller, less complex proposals through a
// single Business Justification Case (BJC). The Treasury's own page, now "Guidance on developing
// business cases" (https://www.gov.uk/government/publications/business-case-guidance-for-projects-and-programmes),
// could not be read in full here. Which gate stands in for which document is Waymark's reading of the
// 2014 HM Treasury and GDS clarification for agile projects (a discovery can stand in for the strategic
// outline case), set out in docs/business-case-rules.md.
import type { BusinessCaseSection, BusinessCaseTemplate } from '../pack';
import type { Phase } from '../project';
import type { CaseGate } from './model';

export const CLASSIC_DOCUMENTS = [
  'strategic-outline-case',
  'outline-business-case',
  'full-business-case',
  'business-justification-case',
] as const;
export type ClassicDocument = (typeof CLASSIC_DOCUMENTS)[number];

export const CLASSIC_DOCUMENT_LABELS: Record<ClassicDocument, string> = {
  'strategic-outline-case': 'Strategic Outline Case',
  'outline-business-case': 'Outline Business Case',
  'full-business-case': 'Full Business Case',
  'business-justification-case': 'Business Justification Case',
};

/** The five cases of the Five Case Model, with the section ids the built-in template gives them. */
export const FIVE_CASES = [
  { id: 'strategic', title: 'Strategic case' },
  { id: 'economic', title: 'Economic case' },
  { id: 'commercial', title: 'Commercial case' },
  { id: 'financial', title: 'Financial case' },
  { id: 'management', title: 'Management case' },
] as const;

interface GateRule {
  from: Phase | null;
  /** The phase the case asks to fund: its prompts are the ones shown. */
  enters: Phase;
  label: string;
  classic: Exclude<ClassicDocument, 'business-justification-case'>;
}

export const GATE_RULES: Record<CaseGate, GateRule> = {
  'start-discovery': {
    from: null,
    enters: 'discovery',
    label: 'Start discovery',
    classic: 'strategic-outline-case',
  },
  'discovery-to-alpha': {
    from: 'discovery',
    enters: 'alpha',
    label: 'Move from discovery to alpha',
    classic: 'strategic-outline-case',
  },
  'alpha-to-beta': {
    from: 'alpha',
    enters: 'beta',
    label: 'Move from alpha to beta',
    classic: 'outline-business-case',
  },
  'beta-to-live': { from: 'beta', enters: 'live', label: 'Move from beta to live', classic: 'full-business-case' },
  'continue-live': { from: 'live', enters: 'live', label: 'Keep running in live', classic: 'full-business-case' },
};

/** The phase whose prompts a gate uses. */
export function gatePhase(gate: CaseGate): Phase {
  return GATE_RULES[gate].enters;
}

export function gateLabel(gate: CaseGate): string {
  return GATE_RULES[gate].label;
}

/** The classic document the case stands in for at this gate; a small scheme is always a BJC. */
export function classicDocument(gate: CaseGate, smallScheme: boolean): ClassicDocument {
  return smallScheme ? 'business-justification-case' : GATE_RULES[gate].classic;
}

/** A sentence for the case's heading, such as "Stands in for the Outline Business Case". */
export function classicDocumentSentence(gate: CaseGate, smallScheme: boolean): string {
  const name = CLASSIC_DOCUMENT_LABELS[classicDocument(gate, smallScheme)];
  return `${gateLabel(gate)}: this case stands in for the ${name}.`;
}

/** A template section with where it sits: top-level sections have no parent. */
export interface FlatSection {
  section: BusinessCaseSection;
  parentId: string | null;
  depth: 0 | 1;
}

/** Every section of a template, each case followed by its sub-sections, in template order. */
export function flattenTemplateSections(template: BusinessCaseTemplate): FlatSection[] {
  return template.sections.flatMap((section): FlatSection[] => [
    { section, parentId: null, depth: 0 },
    ...(section.sections ?? []).map((sub): FlatSection => ({ section: sub, parentId: section.id, depth: 1 })),
  ]);
}

/** The questions a section asks at a gate: only those of the phase the gate enters. */
export function promptsForGate(section: Pick<BusinessCaseSection, 'prompts'>, gate: CaseGate): string[] {
  return [...(section.prompts?.[gatePhase(gate)] ?? [])];
}

/** True when the template was written for the phase the gate enters. */
export function templateCoversGate(template: BusinessCaseTemplate, gate: CaseGate): boolean {
  return template.phases.includes(gatePhase(gate));
}
