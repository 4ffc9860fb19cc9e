// The project file (format waymark-project/1): one project with the templates it uses, its evidence, the
// files attached to it and its compliance map, as one zip for handover or for a colleague. This module holds the format's
// schema, limits and names; src/packs/project-file-reader.ts reads such files as untrusted input and
// src/packs/project-file-writer.ts writes them. docs/project-format.md describes the format.
import { z } from 'zod';
import type { ComplianceMap } from './compliance-map/map-model';
import { complianceMapRecordSchema } from './compliance-map/map-record-schema';
import type { EvidenceItem } from './evidence';
import { EVIDENCE_LIMITS } from './evidence';
import type { Project } from './project';
import type { ProjectTemplate } from './project-template';
import {
  attachmentMetaSchema,
  evidenceRecordSchema,
  projectRecordSchema,
  projectTemplateRecordSchema,
} from './record-schemas';

export const PROJECT_FILE_FORMAT = 'waymark-project/1';
/** The format number this version of Waymark reads and writes. */
export const PROJECT_FILE_FORMAT_NUMBER = 1;
/** The extension of a project file, with its dot. */
export const PROJECT_FILE_EXTENSION = '.waymark';
/** The manifest's path inside the zip. */
export const PROJECT_MANIFEST_PATH = 'project.json';
/** The folder of attached files inside the zip; each file is named by the SHA-256 of its bytes. */
export const PROJECT_ATTACHMENTS_FOLDER = 'attachments';

export const PROJECT_FILE_LIMITS = {
  /** Bytes of the manifest once uncompressed. */
  maxManifestBytes: 16 * 1024 * 1024,
  /** Bytes of one attached file. */
  maxAttachmentBytes: EVIDENCE_LIMITS.attachmentBytes,
  /** Bytes of all attached files together. */
  maxAttachmentsBytes: EVIDENCE_LIMITS.projectAttachmentBytes,
  /** Entries in the zip: the manifest and one per attached file. */
  maxZipEntries: 5_001,
  /** Evidence items, template uses and attachments, each. */
  maxRecords: 5_000,
  /** Nesting depth of the manifest's JSON (the deepest real value, an evidence source, is at depth 4). */
  maxDepth: 32,
  /** Largest uncompressed-to-compressed ratio allowed for an entry larger than `ratioFloorBytes`. */
  maxCompressionRatio: 100,
  ratioFloorBytes: 4_096,
  /** Problems reported for one file; the rest are counted. */
  maxProblems: 200,
} as const;

/** The manifest, project.json: everything but the bytes of attached files. */
export const projectManifestSchema = z.strictObject({
  format: z.literal(PROJECT_FILE_FORMAT),
  project: projectRecordSchema,
  templates: z.array(projectTemplateRecordSchema).max(PROJECT_FILE_LIMITS.maxRecords),
  evidence: z.array(evidenceRecordSchema).max(PROJECT_FILE_LIMITS.maxRecords),
  attachments: z.array(attachmentMetaSchema).max(PROJECT_FILE_LIMITS.maxRecords),
  /** The project's compliance map, when it has one. Left out by older files and by projects without a map. */
  complianceMaps: z.array(complianceMapRecordSchema).max(1).optional(),
});

export type ProjectManifest = z.infer<typeof projectManifestSchema>;
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

/** An attached file's details and bytes, as they travel in a project file. */
export interface ProjectFileAttachment {
  meta: AttachmentMeta;
  bytes: Uint8Array;
}

/** Everything a project file holds, read and checked. */
export interface ProjectFileContents {
  project: Project;
  templates: ProjectTemplate[];
  evidence: EvidenceItem[];
  attachments: ProjectFileAttachment[];
  /** The project's compliance map (at most one); left out or empty when it has none. */
  complianceMaps?: ComplianceMap[];
}

/** What a project file holds, counted; the work areas that are not built yet count 0. */
export interface ProjectFileParts {
  evidence: number;
  businessCases: number;
  assessments: number;
  complianceMaps: number;
}

export function projectFileParts(
  contents: Pick<ProjectFileContents, 'evidence'> & { complianceMaps?: readonly unknown[] | undefined },
): ProjectFileParts {
  return {
    evidence: contents.evidence.length,
    businessCases: 0,
    assessments: 0,
    complianceMaps: contents.complianceMaps?.length ?? 0,
  };
}

/** The path of an attached file's bytes inside the zip. */
export function attachmentPath(sha256: string): string {
  return `${PROJECT_ATTACHMENTS_FOLDER}/${sha256}`;
}

/** Removes characters that Windows, macOS or Linux refuse in file names, and bounds the length. */
function fileNamePart(text: string): string {
  return [...text]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x20 ? ' ' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
}

/** The suggested name of a project's file: "<project name> - project file.waymark". */
export function projectFileName(project: Pick<Project, 'name'>): string {
  return `${fileNamePart(project.name) || 'Project'} - project file${PROJECT_FILE_EXTENSION}`;
}
