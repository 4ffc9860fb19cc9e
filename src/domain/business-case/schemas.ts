// The stored shape of a business case and its revisions, as zod schemas, for records that come back from
// a project file, a backup or a database another version wrote. The `satisfies` checks at the end fail
// the type check when a schema and its type in model.ts drift apart.
import { z } from 'zod';
import { PHASES } from '../project';
import { parseRichText, type RichTextDoc } from '../rich-text';
import { costSummary, MAX_OPTIMISM_BIAS_PERCENT, MAX_PENCE } from './costs';
import {
  APPROVAL_DECISIONS,
  APPROVAL_ROUTES,
  ASSUMPTION_STATUSES,
  CASE_GATES,
  CONFIDENCE_LEVELS,
  COST_KINDS,
  OPTION_BASELINES,
  REVISION_STATUSES,
  type BusinessCase,
  type CaseRevision,
} from './model';
import { REVISION_LIMITS } from './revisions';

const isoTimestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const id = z.string().min(1).max(100);
const shortText = z.string().max(300);
const longText = z.string().max(4000);
const pence = z.int().min(0).max(MAX_PENCE);

/** Rich text is checked by the same reader the editor and the export use. */
const richText = z.custom<RichTextDoc>((value) => parseRichText(value).ok, {
  error: 'The section text is not in the expected structured format.',
});

export const caseTemplateRefSchema = z.strictObject({
  packId: id,
  templateId: id,
  version: z.string().min(1).max(50),
});

export const businessCaseRecordSchema = z.strictObject({
  id,
  projectId: id,
  title: z.string().min(1).max(200),
  template: caseTemplateRefSchema,
  gate: z.enum(CASE_GATES),
  smallScheme: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const assumptionSchema = z.strictObject({
  id,
  text: longText,
  sectionIds: z.array(id).max(200),
  confidence: z.enum(CONFIDENCE_LEVELS),
  test: longText,
  testBy: isoDate.nullable(),
  status: z.enum(ASSUMPTION_STATUSES),
  evidenceIds: z.array(id).max(200),
});

export const optionsAppraisalSchema = z.strictObject({
  options: z
    .array(
      z.strictObject({
        id,
        title: shortText,
        description: longText,
        baseline: z.enum(OPTION_BASELINES).nullable(),
        shortListed: z.boolean(),
        open: z.boolean(),
        closedReason: longText,
      }),
    )
    .max(100),
  factors: z.array(z.strictObject({ id, title: shortText })).max(50),
  scores: z.array(z.strictObject({ optionId: id, factorId: id, score: z.int().min(0).max(5) })).max(5000),
  preferredOptionId: id.nullable(),
  preferredReason: longText,
});

export const costLineSchema = z
  .strictObject({
    id,
    phase: z.enum(PHASES),
    year: z.int().min(1900).max(2300),
    description: shortText,
    kind: z.enum(COST_KINDS),
    low: pence,
    likely: pence,
    high: pence,
  })
  .refine((line) => line.low <= line.likely && line.likely <= line.high, {
    error: 'A cost has low above likely or likely above high.',
  });

export const discountScheduleSchema = z.strictObject({
  name: shortText,
  source: longText,
  checked: isoDate,
  bands: z
    .array(
      z.strictObject({
        fromYear: z.int().min(0).max(10_000),
        toYear: z.int().min(0).max(10_000).nullable(),
        ratePercent: z.number().min(0).max(100),
      }),
    )
    .min(1)
    .max(50),
});

export const costPlanSchema = z
  .strictObject({
    lines: z.array(costLineSchema).max(2000),
    optimismBiasPercent: z
      .number()
      .min(0)
      .max(MAX_OPTIMISM_BIAS_PERCENT)
      .refine((percent) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-6, {
        error: 'The optimism bias has more than two decimal places.',
      }),
    optimismBiasBasis: longText,
    baseYear: z.int().min(1900).max(2300),
    discount: discountScheduleSchema,
  })
  // Every figure the case shows must be one it can work out (totals within £10 billion, say), so a plan
  // that passes here never makes the costs page or the Word export fail.
  .superRefine((plan, ctx) => {
    try {
      costSummary(plan);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `The costs cannot be worked out. ${error instanceof Error ? error.message : ''}`.trim(),
      });
    }
  });

const nullableDate = isoDate.nullable();

export const approvalSchema = z.strictObject({
  id,
  body: shortText,
  route: z.enum(APPROVAL_ROUTES),
  date: nullableDate,
  decision: z.enum(APPROVAL_DECISIONS),
  conditions: z
    .array(z.strictObject({ id, text: longText, owner: shortText, due: nullableDate, done: z.boolean() }))
    .max(200),
});

export const caseRevisionRecordSchema = z.strictObject({
  id,
  caseId: id,
  number: z.int().min(1).max(10_000),
  status: z.enum(REVISION_STATUSES),
  frozenAt: isoTimestamp.nullable(),
  author: z.string().max(REVISION_LIMITS.author),
  summary: z.string().max(REVISION_LIMITS.summary),
  gate: z.enum(CASE_GATES),
  sections: z.record(id, richText),
  assumptions: z.array(assumptionSchema).max(1000),
  options: optionsAppraisalSchema,
  costs: costPlanSchema,
  benefits: z
    .array(
      z.strictObject({
        id,
        benefit: longText,
        measure: shortText,
        baseline: shortText,
        target: shortText,
        whenMeasured: shortText,
        owner: shortText,
        cashable: z.boolean(),
      }),
    )
    .max(500),
  risks: z
    .array(z.strictObject({ id, risk: longText, owner: shortText, response: longText, reviewBy: nullableDate }))
    .max(1000),
  decisions: z
    .array(z.strictObject({ id, decision: longText, madeBy: shortText, date: nullableDate, evidence: longText }))
    .max(1000),
  dependencies: z
    .array(z.strictObject({ id, dependency: longText, owner: shortText, neededBy: nullableDate }))
    .max(1000),
  approvals: z.array(approvalSchema).max(200),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

// Compile-time checks that each schema describes its stored type exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const BUSINESS_CASE_SCHEMAS_MATCH_TYPES = {
  businessCase: true satisfies Exact<z.infer<typeof businessCaseRecordSchema>, BusinessCase>,
  caseRevision: true satisfies Exact<z.infer<typeof caseRevisionRecordSchema>, CaseRevision>,
} as const;
