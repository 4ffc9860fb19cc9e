// The template pack format, version 1: the schema of every file in a pack and the types of a validated pack.
// docs/pack-format.md describes the format for people; docs/pack-schema.json is generated from these schemas.
import { PACK_LIMITS } from './pack-limits';
import { z } from 'zod';
import {
  calendarDate,
  identifier,
  itemReference,
  languageTag,
  list,
  longText,
  otherTitles,
  perPhase,
  phase,
  semanticVersion,
  shortText,
  summaryText,
  webAddress,
} from './pack-fields';
import { SET_RELATIONS } from './compliance-map/map-model';

/** The value of `format` in pack.yaml for this version of the format. */
export const PACK_FORMAT = 'waymark-pack/1';

export const TEMPLATE_KINDS = ['standard', 'maturity-model', 'business-case', 'process', 'guide', 'crosswalk'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The member of an assessment panel who usually leads the questions on a point. */
export const PANEL_ROLES = ['lead-assessor', 'user-researcher', 'designer', 'technical'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

export const PROCESS_SIDES = ['central', 'departmental', 'other'] as const;
export const STRUCTURED_PARTS = ['assumptions', 'options', 'costs', 'benefits', 'risks', 'decisions'] as const;

/** One problem found in a pack: the file, the place in it (`points[3].title`, `line 12`, or empty) and why. */
export interface PackProblem {
  file: string;
  location: string;
  message: string;
}

export const packSourceSchema = z.strictObject({
  title: shortText('The name of the source.'),
  url: webAddress,
  licence: shortText('The licence of the source (an SPDX identifier or a licence name).'),
  note: summaryText('What the pack takes from the source.').optional(),
});

const checkedField = calendarDate.describe(
  'The date the content was last checked against its sources, YYYY-MM-DD. Waymark warns when it is more than a year old.',
);

/** A template that has been replaced: when, by what, and what people using it should do. */
export const supersededSchema = z
  .strictObject({
    date: calendarDate.describe('The date the template stopped being current, YYYY-MM-DD.'),
    by: identifier.describe('The id of the template in the same pack that replaces it.').optional(),
    note: summaryText('What changed and what people using this template should do.'),
  })
  .describe('Set when the template has been replaced; it stays in the pack so that projects using it still open.');

/** One value of a rating scale, such as green, amber or red. */
export const ratingValueSchema = z.strictObject({
  id: identifier,
  label: shortText('The name of the rating as the standard writes it.'),
  meaning: summaryText('What the rating means for the team, in plain words.'),
});

/** The ratings an assessment against the standard gives, best first. */
export const ratingScaleSchema = z
  .strictObject({
    values: z
      .array(ratingValueSchema)
      .min(2, { error: 'has fewer than 2 items' })
      .max(10, { error: 'has more than 10 items' })
      .describe('The ratings, best first, for example green, amber and red, or met and not met.'),
    overall: z.boolean().optional().describe('True when the service as a whole is also given one of the ratings.'),
    note: summaryText('Anything else about how ratings are given, such as time limits.').optional(),
  })
  .describe('The rating scale an assessment against this standard uses.');

export const packManifestSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT).describe('The format version; waymark-pack/1 for this format.'),
    id: identifier,
    name: shortText('The name of the pack.'),
    version: semanticVersion,
    publisher: shortText('Who publishes the pack.'),
    description: summaryText('What the pack holds and who it is for.'),
    licence: shortText("The licence of the pack's own text (an SPDX identifier or a licence name)."),
    language: languageTag,
    checked: checkedField.optional(),
    sources: z
      .array(packSourceSchema)
      .max(100, { error: 'has more than 100 items' })
      .optional()
      .describe('Every public source the pack draws on; at least one when the pack has a standard or maturity model.'),
  })
  .describe('pack.yaml: the manifest of a Waymark template pack.');

const templateBase = {
  id: identifier,
  title: shortText('The title of the template.'),
  version: semanticVersion,
  summary: summaryText('One to three sentences saying what the template is.').optional(),
  titles: otherTitles.optional(),
  checked: checkedField.optional(),
  superseded: supersededSchema.optional(),
};

export const standardPointSchema = z.strictObject({
  id: identifier,
  title: shortText('The title of the point.'),
  titles: otherTitles.optional(),
  summary: summaryText('What the point means, in plain words.'),
  guidance: longText('Longer guidance; separate paragraphs with a blank line.').optional(),
  look_for: perPhase('What assessors look for, per phase.').optional(),
  evidence: list(summaryText('One example.'), 'Examples of evidence a team can show.').optional(),
  questions: perPhase('Questions a panel is likely to ask at each phase, for a mock assessment.').optional(),
  lead: z
    .enum(PANEL_ROLES)
    .optional()
    .describe('Who on the panel usually leads this point: lead-assessor, user-researcher, designer or technical.'),
});

export const standardSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('standard'),
    edition: shortText('The version of the public standard itself.').optional(),
    rating_scale: ratingScaleSchema.optional(),
    points: list(standardPointSchema, 'The points of the checklist.').min(1, { error: 'is empty' }),
  })
  .describe('standards/<id>.yaml with kind: standard, a checklist of points.');

const levelDescriptions = z
  .record(z.string(), longText('What this level looks like.'))
  .describe('A description of each level, keyed by level id.');

export const maturityLevelSchema = z.strictObject({
  id: identifier,
  label: shortText('The name of the level.'),
  summary: summaryText('What the level means.').optional(),
});

export const maturityDimensionSchema = z.strictObject({
  id: identifier,
  title: shortText('The title of the dimension.'),
  titles: otherTitles.optional(),
  summary: summaryText('What the dimension is about.').optional(),
  levels: levelDescriptions,
});

export const maturityCategorySchema = z.strictObject({
  id: identifier,
  title: shortText('The title of the category.'),
  titles: otherTitles.optional(),
  summary: summaryText('What the category is about.'),
  levels: levelDescriptions.optional(),
  dimensions: list(maturityDimensionSchema, 'Sub-dimensions, each with its own level descriptions.').optional(),
});

export const maturityModelSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('maturity-model'),
    levels: z
      .array(maturityLevelSchema)
      .min(1, { error: 'is empty' })
      .max(10, { error: 'has more than 10 items' })
      .describe('The levels, lowest first.'),
    categories: list(maturityCategorySchema, 'The categories scored on the levels.').min(1, { error: 'is empty' }),
  })
  .describe('standards/<id>.yaml with kind: maturity-model, categories scored on levels.');

const sectionBase = {
  id: identifier,
  title: shortText('The title of the section.'),
  titles: otherTitles.optional(),
  purpose: longText('What this part of the case must show.'),
  prompts: perPhase('Questions to answer, per phase.').optional(),
  structured: z.enum(STRUCTURED_PARTS).optional().describe("A hint for the app's structured parts."),
};

export const businessCaseSubSectionSchema = z.strictObject(sectionBase);

export const businessCaseSectionSchema = z.strictObject({
  ...sectionBase,
  sections: list(businessCaseSubSectionSchema, 'Sub-sections, one level deep.').optional(),
});

export const businessCaseSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('business-case'),
    phases: z.array(phase).min(1, { error: 'is empty' }).max(4, { error: 'has more than 4 items' }),
    sections: list(businessCaseSectionSchema, 'The sections of the case.').min(1, { error: 'is empty' }),
  })
  .describe('business-cases/<id>.yaml with kind: business-case.');

export const processStepSchema = z.strictObject({
  id: identifier,
  name: shortText('The name of the step.'),
  owner: shortText('Who owns the step.').optional(),
  phase: phase.optional(),
  evidence: list(
    summaryText('One document or artefact.'),
    'Documents or artefacts this step asks for.',
    PACK_LIMITS.maxStepEvidence,
  ).optional(),
  depends_on: list(
    identifier,
    'Ids of steps in the same process that must finish first.',
    PACK_LIMITS.maxStepDependencies,
  ).optional(),
  duration_days: z
    .int({ error: 'is not a whole number' })
    .min(0, { error: 'is less than 0' })
    .max(3650, { error: 'is more than 3650 days' })
    .optional()
    .describe('Typical elapsed days, a whole number from 0 to 3650.'),
  description: longText('What happens in the step.').optional(),
});

const processFields = {
  side: z.enum(PROCESS_SIDES).describe('Whose process this is: central, departmental or other.'),
  organisation: shortText('The organisation that runs the process.').optional(),
};

export const processSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('process'),
    ...processFields,
    steps: list(processStepSchema, 'The steps of the process.').min(1, { error: 'is empty' }),
  })
  .describe('processes/<id>.yaml with kind: process.');

export const processCsvMetaSchema = z
  .strictObject({
    title: templateBase.title.optional(),
    version: semanticVersion.optional(),
    side: processFields.side.optional(),
    organisation: processFields.organisation,
    summary: templateBase.summary,
    titles: templateBase.titles,
    checked: templateBase.checked,
    superseded: templateBase.superseded,
  })
  .describe('processes/<id>.meta.yaml: optional details for a process given as processes/<id>.csv.');

export const guideFrontMatterSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('guide'),
    tags: list(shortText('One tag.'), 'Words to group and find guides by.').optional(),
    helps_with: list(itemReference, 'Points, categories or sections this guide helps with.').optional(),
  })
  .describe('The front matter of guides/<id>.md.');

/** The standard at one end of a crosswalk: a standard template in an installed pack (this one or another). */
export const crosswalkEndSchema = z.strictObject({
  pack: identifier.describe('The id of the pack that holds the standard.'),
  template: identifier.describe('The id of the standard template in that pack.'),
});

/** One link of a crosswalk, read as "<from> <relation> <to>": "1 equal-to 1", "9 subset-of 6". */
export const crosswalkLinkSchema = z.strictObject({
  from: identifier.describe('The id of a point of the standard named in `from`.'),
  to: identifier.describe('The id of a point of the standard named in `to`.'),
  relation: z
    .enum(SET_RELATIONS)
    .describe(
      'How the two points relate, in the set relations of NIST OSCAL and NIST IR 8477 that the compliance map uses: ' +
        '"from subset-of to" means everything the first point asks is also asked by the second.',
    ),
  rationale: summaryText('Why the link holds, in one or two sentences.'),
});

export const crosswalkSchema = z
  .strictObject({
    ...templateBase,
    kind: z.literal('crosswalk'),
    from: crosswalkEndSchema.describe('The standard whose points the links start from.'),
    to: crosswalkEndSchema.describe('The standard whose points the links lead to.'),
    links: list(crosswalkLinkSchema, 'The links between points of the two standards.').min(1, { error: 'is empty' }),
  })
  .describe('crosswalks/<id>.yaml with kind: crosswalk, how the points of two standards correspond.');

export type PackSource = z.output<typeof packSourceSchema>;
export type PackManifest = z.output<typeof packManifestSchema>;
export type StandardPoint = z.output<typeof standardPointSchema>;
export type RatingScale = z.output<typeof ratingScaleSchema>;
export type Superseded = z.output<typeof supersededSchema>;
export type StandardTemplate = z.output<typeof standardSchema>;
export type MaturityLevel = z.output<typeof maturityLevelSchema>;
export type MaturityCategory = z.output<typeof maturityCategorySchema>;
export type MaturityModelTemplate = z.output<typeof maturityModelSchema>;
export type BusinessCaseSection = z.output<typeof businessCaseSectionSchema>;
export type BusinessCaseTemplate = z.output<typeof businessCaseSchema>;
export type ProcessStep = z.output<typeof processStepSchema>;
export type ProcessTemplate = z.output<typeof processSchema>;
export type ProcessCsvMeta = z.output<typeof processCsvMetaSchema>;
export type GuideFrontMatter = z.output<typeof guideFrontMatterSchema>;
export type CrosswalkLink = z.output<typeof crosswalkLinkSchema>;
export type CrosswalkTemplate = z.output<typeof crosswalkSchema>;
/** A guide: its front matter and its Markdown body, kept as text (rendered later without raw HTML). */
export type GuideTemplate = GuideFrontMatter & { body: string };

export type PackTemplate =
  StandardTemplate | MaturityModelTemplate | BusinessCaseTemplate | ProcessTemplate | GuideTemplate | CrosswalkTemplate;

/** A validated pack: its manifest and its templates, in file order. */
export interface Pack {
  manifest: PackManifest;
  templates: PackTemplate[];
}

/** The schema for a template file of each YAML kind (guides are read from Markdown front matter). */
export const TEMPLATE_SCHEMAS = {
  standard: standardSchema,
  'maturity-model': maturityModelSchema,
  'business-case': businessCaseSchema,
  process: processSchema,
  guide: guideFrontMatterSchema,
  crosswalk: crosswalkSchema,
} as const;

/**
 * The number of items a template holds, as the CLI and the app report it: points, categories, steps,
 * top-level sections of a business case, links of a crosswalk, or 1 for a guide.
 */
export function templateItemCount(template: PackTemplate): number {
  switch (template.kind) {
    case 'standard':
      return template.points.length;
    case 'maturity-model':
      return template.categories.length;
    case 'business-case':
      return template.sections.length;
    case 'process':
      return template.steps.length;
    case 'guide':
      return 1;
    case 'crosswalk':
      return template.links.length;
  }
}

/**
 * Writes a problem as one line: "standards/x.yaml, points[3]: the point has no title". A problem with the
 * pack as a whole (no file) is written as a sentence on its own.
 */
export function formatPackProblem(problem: PackProblem): string {
  const place = [problem.file, problem.location].filter((part) => part.length > 0).join(', ');
  const sentence = `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}`;
  return place ? `${place}: ${problem.message}` : sentence;
}
