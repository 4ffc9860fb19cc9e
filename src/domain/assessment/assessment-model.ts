// Assessments of a project against a service standard: the stored shape of one assessment (its answers per
// point, its actions and the panel's outcome) and the words screens and documents use for its parts.
// Everything here is plain data so that a screen, the Word export and the CLI read the same record.
import type { RichTextDoc } from '../rich-text';

/** The occasions an assessment is for: a phase, a reassessment of one, a review of a live service, or a team's own check. */
export const ASSESSMENT_STAGES = [
  'alpha',
  'beta',
  'live',
  'alpha-reassessment',
  'beta-reassessment',
  'live-reassessment',
  'live-review',
  'self-check',
] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

export const ASSESSMENT_STAGE_LABELS: Record<AssessmentStage, string> = {
  alpha: 'Alpha assessment',
  beta: 'Beta assessment',
  live: 'Live assessment',
  'alpha-reassessment': 'Alpha reassessment',
  'beta-reassessment': 'Beta reassessment',
  'live-reassessment': 'Live reassessment',
  'live-review': 'Live review',
  'self-check': 'Self check',
};

/** The phase whose guidance and questions apply at each stage; a self check uses the project's own phase. */
export const STAGE_PHASE: Record<AssessmentStage, 'alpha' | 'beta' | 'live' | null> = {
  alpha: 'alpha',
  beta: 'beta',
  live: 'live',
  'alpha-reassessment': 'alpha',
  'beta-reassessment': 'beta',
  'live-reassessment': 'live',
  'live-review': 'live',
  'self-check': null,
};

export const POINT_STATUSES = ['not-started', 'in-progress', 'ready', 'not-applicable'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

export const POINT_STATUS_LABELS: Record<PointStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  ready: 'Ready',
  'not-applicable': 'Not applicable',
};

/** A narrative written as plain text (the CLI, a quick note) or in the project's rich-text format (the editor). */
export type Narrative = { type: 'plain'; text: string } | { type: 'rich'; doc: RichTextDoc };

/** The team's answer for one point of the standard. */
export interface PointAnswer {
  pointId: string;
  status: PointStatus;
  /** Why the point does not apply; required when the status is not-applicable, empty otherwise. */
  notApplicableReason: string;
  narrative: Narrative;
  /** Ids of items in the project's evidence library; one item can support several points. */
  evidenceIds: string[];
  /** True when the answer was carried from an earlier assessment and nobody has looked at it since. */
  needsReview: boolean;
  /** What the team rehearsed for the mock assessment of this point. */
  rehearsalNotes: string;
}

export const ACTION_SOURCES = ['team', 'panel'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = {
  team: 'Team',
  panel: 'Panel recommendation',
};

export interface AssessmentAction {
  /** Kept when the action is carried to a later assessment, so the two can be compared. */
  id: string;
  what: string;
  owner: string;
  /** `YYYY-MM-DD`, or null when not set. */
  dueDate: string | null;
  done: boolean;
  source: ActionSource;
  /** The point the action is about, or null for the service as a whole. */
  pointId: string | null;
  /** The panel's recommendation the action was made from, when it was made from one. */
  recommendationId?: string;
}

export interface PanelRecommendation {
  id: string;
  /** The point the recommendation is about, or null for the service as a whole. */
  pointId: string | null;
  text: string;
}

export const PANEL_RESPONSES = ['none', 'accepted', 'challenged'] as const;
export type PanelResponse = (typeof PANEL_RESPONSES)[number];

export const PANEL_RESPONSE_LABELS: Record<PanelResponse, string> = {
  none: 'Not yet answered',
  accepted: 'Report accepted',
  challenged: 'Report challenged',
};

/** What the panel decided, in the ids of the standard's own rating scale. */
export interface PanelOutcome {
  /** Rating id per point id; a point the panel did not rate is absent. */
  pointRatings: Record<string, string>;
  overallRating: string | null;
  recommendations: PanelRecommendation[];
  /** The date the report arrived, `YYYY-MM-DD`. */
  reportReceived: string | null;
  /** The last day to accept or challenge the report, `YYYY-MM-DD` (worked out from the report date). */
  responseDeadline: string | null;
  response: PanelResponse;
}

export interface StandardRef {
  packId: string;
  templateId: string;
  version: string;
}

export const CARRY_KINDS = ['reassessment', 'next-stage'] as const;
export type CarryKind = (typeof CARRY_KINDS)[number];

export interface Assessment {
  id: string;
  projectId: string;
  standard: StandardRef;
  stage: AssessmentStage;
  /** The points in scope, in the standard's order, or null for every point (a reassessment covers only some). */
  scope: string[] | null;
  /** `YYYY-MM-DD`, or null when no panel is booked. */
  panelDate: string | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  carriedFrom: { assessmentId: string; kind: CarryKind } | null;
  answers: PointAnswer[];
  actions: AssessmentAction[];
  outcome: PanelOutcome | null;
}

export const ASSESSMENT_LIMITS = {
  narrative: 20_000,
  reason: 1000,
  rehearsal: 10_000,
  /** As long as a recommendation, since an action made from one takes its words. */
  actionText: 4000,
  owner: 120,
  recommendation: 4000,
  answers: 200,
  actions: 2000,
  evidencePerPoint: 500,
} as const;

/** An answer for a point nobody has touched yet. */
export function emptyAnswer(pointId: string): PointAnswer {
  return {
    pointId,
    status: 'not-started',
    notApplicableReason: '',
    narrative: { type: 'plain', text: '' },
    evidenceIds: [],
    needsReview: false,
    rehearsalNotes: '',
  };
}

/** The answer for a point, or an empty one when the team has not answered it. */
export function answerFor(assessment: Assessment, pointId: string): PointAnswer {
  return assessment.answers.find((answer) => answer.pointId === pointId) ?? emptyAnswer(pointId);
}

/** The point ids the assessment covers, in the standard's order. */
export function pointsInScope(assessment: Assessment, standardPointIds: readonly string[]): string[] {
  if (assessment.scope === null) return [...standardPointIds];
  const scope = new Set(assessment.scope);
  return standardPointIds.filter((id) => scope.has(id));
}

/** A new, empty assessment. */
export function createAssessment(input: {
  id: string;
  projectId: string;
  standard: StandardRef;
  stage: AssessmentStage;
  panelDate: string | null;
  now: Date;
}): Assessment {
  const at = input.now.toISOString();
  return {
    id: input.id,
    projectId: input.projectId,
    standard: { ...input.standard },
    stage: input.stage,
    scope: null,
    panelDate: input.panelDate,
    createdAt: at,
    updatedAt: at,
    carriedFrom: null,
    answers: [],
    actions: [],
    outcome: null,
  };
}
