// The agile business case: the case a project keeps (which template, which decision it asks for) and
// its revisions (the text of each section and the structured parts). Plain data, shared by the editor
// screens, the Word export and the CLI; the rules that read and change it live beside this file.
import type { Phase } from '../project';
import type { RichTextDoc } from '../rich-text';

/** The decisions a case can ask for, in the order a project meets them. See gates.ts for their rules. */
export const CASE_GATES = [
  'start-discovery',
  'discovery-to-alpha',
  'alpha-to-beta',
  'beta-to-live',
  'continue-live',
] as const;
export type CaseGate = (typeof CASE_GATES)[number];

/** The template a case was created from, kept so that later versions of the template do not change it. */
export interface CaseTemplateRef {
  packId: string;
  templateId: string;
  version: string;
}

export interface BusinessCase {
  id: string;
  projectId: string;
  title: string;
  template: CaseTemplateRef;
  /** The decision the case asks for now; each revision also keeps the gate it asked for. */
  gate: CaseGate;
  /**
   * True for a small scheme, which is argued in one document (a business justification case) instead
   * of three; the person sets it, usually when the cost is within the department's own delegated limit.
   */
  smallScheme: boolean;
  createdAt: string;
  updatedAt: string;
}

export const REVISION_STATUSES = ['draft', 'frozen'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ASSUMPTION_STATUSES = ['untested', 'holding', 'disproved'] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

export interface Assumption {
  id: string;
  text: string;
  /** Ids of the template sections (cases or sub-sections) whose argument depends on the assumption. */
  sectionIds: string[];
  confidence: Confidence;
  /** How the team will test it, in its own words. */
  test: string;
  /** When it will be tested, `YYYY-MM-DD`, or null when not yet planned. */
  testBy: string | null;
  status: AssumptionStatus;
  /** Ids of items in the project's evidence library that test or support it. */
  evidenceIds: string[];
}

/** Business as usual and do minimum are the baselines every appraisal compares against. */
export const OPTION_BASELINES = ['business-as-usual', 'do-minimum'] as const;
export type OptionBaseline = (typeof OPTION_BASELINES)[number];

export interface CaseOption {
  id: string;
  title: string;
  description: string;
  baseline: OptionBaseline | null;
  /** On the short list; every option is on the long list. */
  shortListed: boolean;
  /** Options stay open until the evidence settles them. */
  open: boolean;
  /** Why it was closed: empty while open. */
  closedReason: string;
}

export interface SuccessFactor {
  id: string;
  title: string;
}

/** One score of one option against one critical success factor, a whole number from 0 to 5. */
export interface OptionScore {
  optionId: string;
  factorId: string;
  score: number;
}

export interface OptionsAppraisal {
  options: CaseOption[];
  factors: SuccessFactor[];
  scores: OptionScore[];
  preferredOptionId: string | null;
  preferredReason: string;
}

export const COST_KINDS = ['capital', 'resource'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/**
 * One line of cost, in whole pence. A firm figure has low, likely and high equal; a later phase gives a
 * range. `year` is the calendar year the financial year starts in (2026 for 2026 to 2027).
 */
export interface CostLine {
  id: string;
  phase: Phase;
  year: number;
  description: string;
  kind: CostKind;
  low: number;
  likely: number;
  high: number;
}

/** One band of a discount rate schedule: the rate for years `fromYear` to `toYear` (null: no end). */
export interface DiscountBand {
  fromYear: number;
  toYear: number | null;
  ratePercent: number;
}

export interface DiscountSchedule {
  name: string;
  source: string;
  /** The date the schedule was last checked against its source, `YYYY-MM-DD`. */
  checked: string;
  bands: DiscountBand[];
}

export interface CostPlan {
  lines: CostLine[];
  /** The stated uplift for optimism bias, in percent (up to two decimal places), and why that figure. */
  optimismBiasPercent: number;
  optimismBiasBasis: string;
  /** The year that counts as year 0 when discounting. */
  baseYear: number;
  discount: DiscountSchedule;
}

export interface Benefit {
  id: string;
  benefit: string;
  measure: string;
  baseline: string;
  target: string;
  whenMeasured: string;
  owner: string;
  cashable: boolean;
}

export interface RiskRow {
  id: string;
  risk: string;
  owner: string;
  response: string;
  reviewBy: string | null;
}

export interface DecisionRow {
  id: string;
  decision: string;
  madeBy: string;
  date: string | null;
  evidence: string;
}

export interface DependencyRow {
  id: string;
  dependency: string;
  owner: string;
  neededBy: string | null;
}

export const APPROVAL_ROUTES = [
  'departmental-investment-committee',
  'central-assurance',
  'treasury',
  'spend-pipeline',
  'other',
] as const;
export type ApprovalRoute = (typeof APPROVAL_ROUTES)[number];

export const APPROVAL_DECISIONS = ['pending', 'approved', 'approved-with-conditions', 'deferred', 'rejected'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** A condition attached to an approval; each one is an action with an owner and a due date. */
export interface ApprovalCondition {
  id: string;
  text: string;
  owner: string;
  due: string | null;
  done: boolean;
}

export interface Approval {
  id: string;
  body: string;
  route: ApprovalRoute;
  /** The date of the decision, `YYYY-MM-DD`, or null while pending. */
  date: string | null;
  decision: ApprovalDecision;
  conditions: ApprovalCondition[];
}

export interface CaseRevision {
  id: string;
  caseId: string;
  number: number;
  status: RevisionStatus;
  frozenAt: string | null;
  author: string;
  /** What changed since the previous revision and why; empty only for revision 1. */
  summary: string;
  gate: CaseGate;
  /** Section contents keyed by template section id. */
  sections: Record<string, RichTextDoc>;
  assumptions: Assumption[];
  options: OptionsAppraisal;
  costs: CostPlan;
  benefits: Benefit[];
  risks: RiskRow[];
  decisions: DecisionRow[];
  dependencies: DependencyRow[];
  approvals: Approval[];
  createdAt: string;
  updatedAt: string;
}

export const APPROVAL_ROUTE_LABELS: Record<ApprovalRoute, string> = {
  'departmental-investment-committee': 'Departmental investment committee',
  'central-assurance': 'Central assurance',
  treasury: 'HM Treasury',
  'spend-pipeline': 'Spend pipeline entry',
  other: 'Other',
};

export const APPROVAL_DECISION_LABELS: Record<ApprovalDecision, string> = {
  pending: 'Waiting for a decision',
  approved: 'Approved',
  'approved-with-conditions': 'Approved with conditions',
  deferred: 'Deferred',
  rejected: 'Not approved',
};

export const ASSUMPTION_STATUS_LABELS: Record<AssumptionStatus, string> = {
  untested: 'Untested',
  holding: 'Holding',
  disproved: 'Disproved',
};
