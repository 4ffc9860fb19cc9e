// The stored shape of assessments and maturity self-assessments as zod schemas, for records that come back
// from a project file or a backup, or from a database another version wrote. Like record-schemas.ts, each
// schema is checked at compile time against its TypeScript type so that the two cannot drift apart.
import { z } from 'zod';
import { parseRichText, type RichTextDoc } from '../rich-text';
import {
  ACTION_SOURCES,
  ASSESSMENT_LIMITS,
  ASSESSMENT_STAGES,
  CARRY_KINDS,
  PANEL_RESPONSES,
  POINT_STATUSES,
  type Assessment,
} from './assessment-model';
import { MATURITY_LIMITS, type MaturitySelfAssessment } from './maturity-self-assessment';

const isoTimestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const id = z.string().min(1).max(100);

const richTextDoc = z.custom<RichTextDoc>((value) => parseRichText(value).ok, {
  error: 'is not valid rich text',
});

export const narrativeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('plain'), text: z.string().max(ASSESSMENT_LIMITS.narrative) }),
  z.strictObject({ type: z.literal('rich'), doc: richTextDoc }),
]);

export const pointAnswerSchema = z
  .strictObject({
    pointId: id,
    status: z.enum(POINT_STATUSES),
    notApplicableReason: z.string().max(ASSESSMENT_LIMITS.reason),
    narrative: narrativeSchema,
    evidenceIds: z.array(id).max(ASSESSMENT_LIMITS.evidencePerPoint),
    needsReview: z.boolean(),
    rehearsalNotes: z.string().max(ASSESSMENT_LIMITS.rehearsal),
  })
  .refine((answer) => answer.status !== 'not-applicable' || answer.notApplicableReason.trim().length > 0, {
    error: 'a point marked not applicable needs a reason',
    path: ['notApplicableReason'],
  });

export const assessmentActionSchema = z.strictObject({
  id,
  what: z.string().min(1).max(ASSESSMENT_LIMITS.actionText),
  owner: z.string().max(ASSESSMENT_LIMITS.owner),
  dueDate: isoDate.nullable(),
  done: z.boolean(),
  source: z.enum(ACTION_SOURCES),
  pointId: id.nullable(),
  recommendationId: id.optional(),
});

export const panelOutcomeSchema = z.strictObject({
  pointRatings: z.record(id, id),
  overallRating: id.nullable(),
  recommendations: z.array(
    z.strictObject({ id, pointId: id.nullable(), text: z.string().min(1).max(ASSESSMENT_LIMITS.recommendation) }),
  ),
  reportReceived: isoDate.nullable(),
  responseDeadline: isoDate.nullable(),
  response: z.enum(PANEL_RESPONSES),
});

const standardRefSchema = z.strictObject({ packId: id, templateId: id, version: z.string().min(1).max(50) });

export const assessmentRecordSchema = z.strictObject({
  id,
  projectId: id,
  standard: standardRefSchema,
  stage: z.enum(ASSESSMENT_STAGES),
  scope: z.array(id).max(ASSESSMENT_LIMITS.answers).nullable(),
  panelDate: isoDate.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  carriedFrom: z.strictObject({ assessmentId: id, kind: z.enum(CARRY_KINDS) }).nullable(),
  answers: z.array(pointAnswerSchema).max(ASSESSMENT_LIMITS.answers),
  actions: z.array(assessmentActionSchema).max(ASSESSMENT_LIMITS.actions),
  outcome: panelOutcomeSchema.nullable(),
});

export const maturityScoreSchema = z.strictObject({
  categoryId: id,
  dimensionId: id.nullable(),
  current: id.nullable(),
  target: id.nullable(),
  notes: z.string().max(MATURITY_LIMITS.notes),
  lever: z.string().max(MATURITY_LIMITS.lever),
});

export const maturitySelfAssessmentRecordSchema = z.strictObject({
  id,
  projectId: id,
  model: standardRefSchema,
  date: isoDate,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  scores: z.array(maturityScoreSchema).max(MATURITY_LIMITS.scores),
});

// Compile-time checks that each schema describes its stored type exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ASSESSMENT_SCHEMAS_MATCH_TYPES = {
  assessment: true satisfies Exact<z.infer<typeof assessmentRecordSchema>, Assessment>,
  maturity: true satisfies Exact<z.infer<typeof maturitySelfAssessmentRecordSchema>, MaturitySelfAssessment>,
} as const;
