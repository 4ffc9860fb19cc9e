// The shape of every stored record, as zod schemas. Records that come back from outside (a project
// file, a workspace backup) or are read from a database that another version may have written are
// checked against these before the app relies on them. Keep each in step with its TypeScript type:
// the `satisfies` checks below fail the type check when they drift apart.
import { z } from 'zod';
import { EVIDENCE_KINDS, EVIDENCE_LIMITS, type EvidenceItem } from './evidence';
import { PHASES, PROJECT_LIMITS, type Project } from './project';
import type { ProjectTemplate } from './project-template';

const isoTimestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const id = z.string().min(1).max(100);

export const projectRecordSchema = z.strictObject({
  id,
  name: z.string().min(1).max(PROJECT_LIMITS.name),
  department: z.string().max(PROJECT_LIMITS.department),
  phase: z.enum(PHASES),
  owner: z.string().max(PROJECT_LIMITS.owner),
  description: z.string().max(PROJECT_LIMITS.description),
  isExample: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  archivedAt: isoTimestamp.nullable(),
  deletedAt: isoTimestamp.nullable(),
});

export const projectTemplateRecordSchema = z.strictObject({
  id,
  projectId: id,
  packId: id,
  templateId: id,
  version: z.string().min(1).max(50),
  addedAt: isoTimestamp,
});

export const evidenceSourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('link'), url: z.string().min(1).max(EVIDENCE_LIMITS.link) }),
  z.strictObject({ type: z.literal('path'), path: z.string().min(1).max(EVIDENCE_LIMITS.path) }),
  z.strictObject({ type: z.literal('file'), attachmentId: id }),
]);

export const evidenceRecordSchema = z.strictObject({
  id,
  projectId: id,
  title: z.string().min(1).max(EVIDENCE_LIMITS.title),
  kind: z.enum(EVIDENCE_KINDS),
  source: evidenceSourceSchema,
  date: isoDate.nullable(),
  owner: z.string().max(EVIDENCE_LIMITS.owner),
  description: z.string().max(EVIDENCE_LIMITS.description),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

/** An attachment's details without its bytes (the bytes travel beside it in files). */
export const attachmentMetaSchema = z.strictObject({
  id,
  projectId: id,
  evidenceId: id,
  name: z.string().min(1).max(255),
  mediaType: z.string().max(255),
  size: z.number().int().min(0).max(EVIDENCE_LIMITS.attachmentBytes),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: isoTimestamp,
});

// Compile-time checks that each schema describes its stored type exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const RECORD_SCHEMAS_MATCH_TYPES = {
  project: true satisfies Exact<z.infer<typeof projectRecordSchema>, Project>,
  projectTemplate: true satisfies Exact<z.infer<typeof projectTemplateRecordSchema>, ProjectTemplate>,
  evidence: true satisfies Exact<z.infer<typeof evidenceRecordSchema>, EvidenceItem>,
} as const;
