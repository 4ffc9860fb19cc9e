// The workspace backup file, format `waymark-backup/1`: one zip holding every project with all its records
// (template uses, evidence, attachment details and bytes, compliance maps, assessments, maturity
// self-assessments, business cases and their revisions), the packs made in the app, and the settings
// that belong to the person. docs/backup-format.md describes it. This module holds its shape, limits and
// writer; backup-reader.ts reads one back as untrusted input.
import { zipSync, type Zippable } from 'fflate';
import type { z } from 'zod';
import type { attachmentMetaSchema } from '../domain/record-schemas';
import type { Assessment } from '../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import type { EvidenceItem } from '../domain/evidence';
import type { Pack } from '../domain/pack';
import type { Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import { EVIDENCE_LIMITS } from '../domain/evidence';
import { RICH_TEXT_LIMITS } from '../domain/rich-text';
import type { PackEntry } from './pack-entries';
import type { ZipLimits } from './pack-zip';
import { writePackZip } from './pack-zip';

export const BACKUP_FORMAT = 'waymark-backup/1';
export const BACKUP_FORMAT_VERSION = 1;

/** The limits a backup is read within: large enough for a real workspace, bounded against hostile files. */
export const BACKUP_LIMITS = {
  maxZipBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  /** The largest file inside: an attachment, or one of the record lists. */
  maxFileBytes: Math.max(EVIDENCE_LIMITS.attachmentBytes, 64 * 1024 * 1024),
  maxZipEntries: 50_000,
  maxCompressionRatio: 100,
  ratioFloorBytes: 4_096,
  /** Nesting of the JSON files: records are shallow (an evidence source is at depth 3). */
  maxDepth: 8,
  /**
   * Nesting of the files whose records hold rich text (case sections, assessment narratives): up to six JSON
   * levels for each of the 24 levels of blocks the rich-text reader allows (a table in a table cell), so
   * every record the app accepts can be restored.
   */
  maxRichDepth: 16 + 6 * RICH_TEXT_LIMITS.depth,
  /** Records of each kind. */
  maxRecords: 100_000,
  /** Settings, and the length of a setting's text. */
  maxSettings: 200,
  maxSettingText: 10_000,
} as const satisfies ZipLimits & Record<string, number>;

/** A setting carried in a backup: only plain values. */
export interface BackupSetting {
  key: string;
  value: string | number | boolean | null;
}

/** Settings that describe this machine rather than the person's work, never carried in a backup. */
export const MACHINE_SETTINGS: readonly string[] = ['firstStartDone', 'persistentStorageGranted', 'lastBackupAt'];

/** An attachment's details without its bytes. */
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export interface BackupAttachment {
  meta: AttachmentMeta;
  bytes: Uint8Array;
}

/** One stored version of a pack made in the app. */
export interface BackupPack {
  id: string;
  version: string;
  active: boolean;
  installedAt: string;
  pack: Pack;
  files: PackEntry[];
}

export interface BackupManifest {
  format: string;
  createdAt: string;
  /** The Waymark version that made the backup (informational). */
  appVersion: string;
}

/** Everything a backup holds, as records the app can store. */
export interface WorkspaceBackup {
  manifest: BackupManifest;
  projects: Project[];
  projectTemplates: ProjectTemplate[];
  evidence: EvidenceItem[];
  attachments: BackupAttachment[];
  packs: BackupPack[];
  settings: BackupSetting[];
  /** Compliance maps, at most one per project; left out or empty when no project has one. */
  complianceMaps?: ComplianceMap[];
  /** Assessments of every project; left out or empty when there are none (and in older backups). */
  assessments?: Assessment[];
  /** Maturity self-assessments of every project; left out or empty when there are none. */
  maturityAssessments?: MaturitySelfAssessment[];
  /** Business cases, at most one per project; left out or empty when there are none. */
  businessCases?: BusinessCase[];
  /** The revisions of every business case; left out or empty when there are none. */
  caseRevisions?: CaseRevision[];
}

export const BACKUP_FILES = {
  manifest: 'manifest.json',
  projects: 'projects.json',
  projectTemplates: 'project-templates.json',
  evidence: 'evidence.json',
  attachments: 'attachments.json',
  packs: 'packs.json',
  settings: 'settings.json',
} as const;

/**
 * The compliance maps, written only when there are some: a backup of a workspace without maps stays exactly
 * as before, and an older backup without this file reads as one without maps.
 */
export const BACKUP_MAPS_FILE = 'compliance-maps.json';

/**
 * The files of the records that go with a project beside its evidence and map, each written only when there
 * are some, so that an older backup without them reads as a workspace without any.
 */
export const BACKUP_PART_FILES = {
  assessments: 'assessments.json',
  maturityAssessments: 'maturity-assessments.json',
  businessCases: 'business-cases.json',
  caseRevisions: 'case-revisions.json',
} as const;

export function attachmentPath(id: string): string {
  return `attachments/${id}`;
}

export function packZipPath(id: string, version: string): string {
  return `packs/${id}@${version}.zip`;
}

const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function json(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);
}

/**
 * Writes a backup. Record lists are compressed; attachment bytes are stored as they are (files people
 * attach are mostly compressed already, and storing keeps a large backup quick to make).
 */
export function writeBackupZip(backup: WorkspaceBackup): Uint8Array {
  const files: Zippable = {};
  const add = (path: string, bytes: Uint8Array, level: 0 | 6): void => {
    files[path] = [bytes, { level, mtime: FIXED_TIME }];
  };
  add(BACKUP_FILES.manifest, json({ ...backup.manifest, format: BACKUP_FORMAT }), 6);
  add(BACKUP_FILES.projects, json(byId(backup.projects)), 6);
  add(BACKUP_FILES.projectTemplates, json(byId(backup.projectTemplates)), 6);
  add(BACKUP_FILES.evidence, json(byId(backup.evidence)), 6);
  if (backup.complianceMaps && backup.complianceMaps.length > 0)
    add(BACKUP_MAPS_FILE, json(byId(backup.complianceMaps)), 6);
  for (const list of ['assessments', 'maturityAssessments', 'businessCases', 'caseRevisions'] as const) {
    const records = backup[list];
    if (records && records.length > 0) add(BACKUP_PART_FILES[list], json(byId<{ id: string }>(records)), 6);
  }
  const attachments = [...backup.attachments].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  add(BACKUP_FILES.attachments, json(attachments.map((a) => a.meta)), 6);
  for (const a of attachments) add(attachmentPath(a.meta.id), a.bytes, 0);
  const packs = [...backup.packs].sort((a, b) => (`${a.id}@${a.version}` < `${b.id}@${b.version}` ? -1 : 1));
  add(
    BACKUP_FILES.packs,
    json(packs.map(({ id, version, active, installedAt }) => ({ id, version, active, installedAt }))),
    6,
  );
  for (const p of packs) add(packZipPath(p.id, p.version), writePackZip(p.files), 0);
  const settings = [...backup.settings].sort((a, b) => (a.key < b.key ? -1 : 1));
  add(BACKUP_FILES.settings, json(settings), 6);
  return zipSync(files, { mtime: FIXED_TIME });
}

/** The file name a backup is saved under: what it holds and the day it was made. */
export function backupFileName(now: Date): string {
  return `waymark-workspace-backup-${now.toISOString().slice(0, 10)}.zip`;
}

/** The SHA-256 of some bytes, in lowercase hex, to check an attachment after a copy. */
export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
