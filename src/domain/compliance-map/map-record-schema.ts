// The stored shape of a compliance map as a zod schema, with the limits that keep one map workable. A map
// read back from the database, a project file or a backup is checked against this before the app uses it.
// The exact-type check at the end fails the type check if the schema and `ComplianceMap` drift apart.
import { PACK_LIMITS } from '../pack-limits';
import { z } from 'zod';
import { PHASES } from '../project';
import {
  CONFLICT_STATUSES,
  LINK_CONFIDENCES,
  LINK_ORIGINS,
  LINK_RATIONALES,
  MAP_PROCESS_SIDES,
  MAP_RELATIONS,
  REVIEW_STATUSES,
  type ComplianceMap,
} from './map-model';

/** How big one map may grow. Generous for real processes; small enough that a hostile file cannot stall the app. */
export const MAP_LIMITS = {
  processes: 10,
  stepsPerProcess: 5_000,
  links: 50_000,
  conflicts: 5_000,
  exceptions: 5_000,
  rejectedSuggestions: 50_000,
  /** The same as a pack step's (PACK_LIMITS), so every valid pack step fits. */
  evidencePerStep: PACK_LIMITS.maxStepEvidence,
  dependenciesPerStep: PACK_LIMITS.maxStepDependencies,
  evidenceIdsPerRecord: 200,
  idLength: 64,
  shortText: 300,
  longText: 5_000,
  /** A step's description: as long as a pack's step description (PACK_LIMITS.maxLongText), so any pack step fits. */
  stepDescription: 20_000,
  maxDurationDays: 3_650,
} as const;

/** Step and process ids: letters, digits, dots, hyphens and underscores, never the `:` that joins a step key. */
const mapId = z
  .string()
  .min(1)
  .max(MAP_LIMITS.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const recordId = z.string().min(1).max(100);
const isoTimestamp = z.iso.datetime({ offset: true });
const shortText = z.string().max(MAP_LIMITS.shortText);
const longText = z.string().max(MAP_LIMITS.longText);

const stepRefSchema = z.strictObject({ processId: mapId, stepId: mapId });

const stepSchema = z.strictObject({
  id: mapId,
  name: z.string().min(1).max(MAP_LIMITS.shortText),
  owner: shortText,
  phase: z.enum(PHASES).nullable(),
  evidence: z.array(z.string().min(1).max(MAP_LIMITS.longText)).max(MAP_LIMITS.evidencePerStep),
  dependsOn: z.array(mapId).max(MAP_LIMITS.dependenciesPerStep),
  durationDays: z.number().int().min(0).max(MAP_LIMITS.maxDurationDays).nullable(),
  description: z.string().max(MAP_LIMITS.stepDescription),
});

const sourceSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('template'),
    packId: mapId,
    templateId: mapId,
    version: z.string().min(1).max(64),
  }),
  z.strictObject({ type: z.literal('file'), fileName: z.string().min(1).max(255), importedAt: isoTimestamp }),
  z.strictObject({ type: z.literal('manual') }),
]);

const processSchema = z.strictObject({
  id: mapId,
  title: z.string().min(1).max(MAP_LIMITS.shortText),
  side: z.enum(MAP_PROCESS_SIDES),
  organisation: shortText,
  source: sourceSchema,
  steps: z.array(stepSchema).max(MAP_LIMITS.stepsPerProcess),
});

const linkSchema = z.strictObject({
  id: recordId,
  from: stepRefSchema,
  to: stepRefSchema,
  relation: z.enum(MAP_RELATIONS),
  rationale: z.enum(LINK_RATIONALES),
  confidence: z.enum(LINK_CONFIDENCES),
  origin: z.enum(LINK_ORIGINS),
  status: z.enum(REVIEW_STATUSES),
  reason: longText,
  note: longText,
  by: shortText,
  at: isoTimestamp,
  needsReview: longText.nullable(),
});

const evidenceIds = z.array(recordId).max(MAP_LIMITS.evidenceIdsPerRecord);

const conflictSchema = z.strictObject({
  id: recordId,
  subject: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('link'), linkId: recordId }),
    z.strictObject({ type: z.literal('cycle'), steps: z.array(stepRefSchema).min(2).max(MAP_LIMITS.stepsPerProcess) }),
  ]),
  owner: shortText,
  proposedResolution: longText,
  status: z.enum(CONFLICT_STATUSES),
  evidenceIds,
  note: longText,
  updatedAt: isoTimestamp,
});

const exceptionSchema = z.strictObject({
  id: recordId,
  waives: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('link'), linkId: recordId }),
    z.strictObject({ type: z.literal('dependency'), processId: mapId, stepId: mapId, dependsOn: mapId }),
  ]),
  reason: longText,
  agreedBy: shortText,
  agreedAt: isoTimestamp,
  evidenceIds,
});

const rejectedSchema = z.strictObject({ from: stepRefSchema, to: stepRefSchema, by: shortText, at: isoTimestamp });

export const complianceMapRecordSchema = z.strictObject({
  id: recordId,
  projectId: recordId,
  title: z.string().min(1).max(MAP_LIMITS.shortText),
  processes: z.array(processSchema).max(MAP_LIMITS.processes),
  links: z.array(linkSchema).max(MAP_LIMITS.links),
  conflicts: z.array(conflictSchema).max(MAP_LIMITS.conflicts),
  exceptions: z.array(exceptionSchema).max(MAP_LIMITS.exceptions),
  rejectedSuggestions: z.array(rejectedSchema).max(MAP_LIMITS.rejectedSuggestions),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const MAP_RECORD_SCHEMA_MATCHES_TYPE = true satisfies Exact<
  z.infer<typeof complianceMapRecordSchema>,
  ComplianceMap
>;

/**
 * What the schema cannot see: ids that must be unique and references that must point at something. Returns
 * one plain-English sentence per problem; an empty list means the map hangs together.
 */
export function mapIntegrityProblems(map: ComplianceMap): string[] {
  const problems: string[] = [];
  const steps = new Map<string, Set<string>>();
  for (const process of map.processes) {
    if (steps.has(process.id)) problems.push(`The process id "${process.id}" is used twice.`);
    const ids = new Set<string>();
    for (const step of process.steps) {
      if (ids.has(step.id)) problems.push(`The step id "${step.id}" is used twice in "${process.title}".`);
      ids.add(step.id);
    }
    steps.set(process.id, ids);
  }
  for (const process of map.processes)
    for (const step of process.steps)
      for (const dependency of step.dependsOn)
        if (!steps.get(process.id)?.has(dependency))
          problems.push(
            `The step "${step.name}" in "${process.title}" depends on "${dependency}", which is not a step of it.`,
          );
  const hasStep = (ref: { processId: string; stepId: string }): boolean =>
    steps.get(ref.processId)?.has(ref.stepId) ?? false;
  const linkIds = new Set<string>();
  for (const link of map.links) {
    if (linkIds.has(link.id)) problems.push(`The link id "${link.id}" is used twice.`);
    linkIds.add(link.id);
    if (!hasStep(link.from) || !hasStep(link.to))
      problems.push(
        `A link refers to a step that is not in the map (${link.from.processId}:${link.from.stepId} to ${link.to.processId}:${link.to.stepId}).`,
      );
    else if (link.from.processId === link.to.processId)
      problems.push(
        `A link joins two steps of the same process (${link.from.processId}); links join steps of different processes.`,
      );
    if (link.relation === 'conflicts-with' && link.reason.trim() === '')
      problems.push(
        `A conflict between ${link.from.processId}:${link.from.stepId} and ${link.to.processId}:${link.to.stepId} has no reason.`,
      );
  }
  for (const conflict of map.conflicts) {
    if (conflict.subject.type === 'link' && !linkIds.has(conflict.subject.linkId))
      problems.push(`A conflict register entry refers to a link that is not in the map.`);
    if (conflict.subject.type === 'cycle' && !conflict.subject.steps.every(hasStep))
      problems.push(`A conflict register entry refers to a step that is not in the map.`);
  }
  for (const exception of map.exceptions) {
    const waived = exception.waives;
    if (waived.type === 'link' && !linkIds.has(waived.linkId))
      problems.push(`An exception sets aside a link that is not in the map.`);
    if (waived.type === 'dependency') {
      const step = map.processes.find((p) => p.id === waived.processId)?.steps.find((s) => s.id === waived.stepId);
      if (!step || !step.dependsOn.includes(waived.dependsOn))
        problems.push(`An exception sets aside a dependency that is not in the map.`);
    }
  }
  return problems;
}
