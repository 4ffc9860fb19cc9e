// The project file (format waymark-project/1): one project with the templates it uses, its evidence, the
// files attached to it, its compliance map, its assessments and maturity self-assessments, and its business
// case with the case's revisions, as one zip for handover or for a colleague. This module holds the format's
// schema, limits and names; src/packs/project-file-reader.ts reads such files as untrusted input and
// src/packs/project-file-writer.ts writes them. docs/project-format.md describes the format.
import { z } from 'zod';
import type { Assessment } from './assessment/assessment-model';
import { assessmentRecordSchema, maturitySelfAssessmentRecordSchema } from './assessment/assessment-schemas';
import type { MaturitySelfAssessment } from './assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from './business-case/model';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from './business-case/schemas';
import type { ComplianceMap } from './compliance-map/map-model';
import { complianceMapRecordSchema } from './compliance-map/map-record-schema';
import type { EvidenceItem } from './evidence';
import { EVIDENCE_LIMITS } from './evidence';
import type { Project } from './project';
import type { ProjectTemplate } from './project-template';
import { RICH_TEXT_LIMITS } from './rich-text';
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
  /** Assessments, and maturity self-assessments, each. */
  maxAssessments: 200,
  /** Revisions of the project's business case. */
  maxCaseRevisions: 1_000,
  /**
   * Nesting depth of the manifest's JSON. Plain records are shallow (an evidence source is at depth 4); rich
   * text (a case section, an assessment narrative) nests up to six levels for each level of its blocks (a
   * table in a table cell: table, content, row, content, cell, content), and the rich-text reader allows
   * blocks nested 24 deep, so every section the app accepts fits.
   */
  maxDepth: 32 + 6 * RICH_TEXT_LIMITS.depth,
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
  /** The project's assessments against a service standard. Left out by older files and when there are none. */
  assessments: z.array(assessmentRecordSchema).max(PROJECT_FILE_LIMITS.maxAssessments).optional(),
  /** The project's maturity self-assessments. Left out by older files and when there are none. */
  maturityAssessments: z.array(maturitySelfAssessmentRecordSchema).max(PROJECT_FILE_LIMITS.maxAssessments).optional(),
  /** The project's business case, when it has one (a list of at most one). Left out otherwise. */
  businessCases: z.array(businessCaseRecordSchema).max(1).optional(),
  /** The revisions of the project's business case. Left out when there is no case. */
  caseRevisions: z.array(caseRevisionRecordSchema).max(PROJECT_FILE_LIMITS.maxCaseRevisions).optional(),
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
  /** The project's assessments; left out or empty when it has none. */
  assessments?: Assessment[];
  /** The project's maturity self-assessments; left out or empty when it has none. */
  maturityAssessments?: MaturitySelfAssessment[];
  /** The project's business case (at most one); left out or empty when it has none. */
  businessCases?: BusinessCase[];
  /** The revisions of the project's business case; left out or empty when it has none. */
  caseRevisions?: CaseRevision[];
}

/** What a project file holds, counted. */
export interface ProjectFileParts {
  evidence: number;
  businessCases: number;
  caseRevisions: number;
  assessments: number;
  maturityAssessments: number;
  complianceMaps: number;
}

type Counted = readonly unknown[] | undefined;

export function projectFileParts(contents: {
  evidence: readonly unknown[];
  complianceMaps?: Counted;
  assessments?: Counted;
  maturityAssessments?: Counted;
  businessCases?: Counted;
  caseRevisions?: Counted;
}): ProjectFileParts {
  return {
    evidence: contents.evidence.length,
    businessCases: contents.businessCases?.length ?? 0,
    caseRevisions: contents.caseRevisions?.length ?? 0,
    assessments: contents.assessments?.length ?? 0,
    maturityAssessments: contents.maturityAssessments?.length ?? 0,
    complianceMaps: contents.complianceMaps?.length ?? 0,
  };
}

/** The lists of a project file that go with the project beside its evidence, in the order the format names them. */
export const PROJECT_PART_LISTS = ['assessments', 'maturityAssessments', 'businessCases', 'caseRevisions'] as const;

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
