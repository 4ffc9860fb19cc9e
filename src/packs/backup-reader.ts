// Reads a workspace backup (`waymark-backup/1`) as untrusted input. Everything is checked before any of
// it can reach the database: the zip's sizes, entry count, compression ratio and paths (the pack zip
// reader's checks, with a backup's limits), strict UTF-8 and bounded nesting in every JSON file, no
// prototype keys, every record against its stored schema, duplicate ids, references between records,
// each attachment's size and SHA-256, each compliance map's references and project, each assessment's, business
// case's and case revision's project or case (one case per project, revision numbers used once per case), each
// pack as a pack import would check it, and the format version.
import { z } from 'zod';
import { assessmentRecordSchema, maturitySelfAssessmentRecordSchema } from '../domain/assessment/assessment-schemas';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../domain/business-case/schemas';
import { complianceMapRecordSchema } from '../domain/compliance-map/map-record-schema';
import type { PackProblem } from '../domain/pack';
import {
  attachmentMetaSchema,
  evidenceRecordSchema,
  projectRecordSchema,
  projectTemplateRecordSchema,
} from '../domain/record-schemas';
import {
  attachmentPath,
  BACKUP_FILES,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_MAPS_FILE,
  BACKUP_PART_FILES,
  MACHINE_SETTINGS,
  packZipPath,
  sha256OfBytes,
  type BackupAttachment,
  type BackupManifest,
  type BackupPack,
  type WorkspaceBackup,
} from './backup-file';
import { parseUntrustedJson } from './backup-json';
import { checkComplianceMaps } from './compliance-map-checks';
import { checkProjectParts, type ProjectPartList } from './project-parts-checks';
import { locationOf, PackProblems } from './pack-problems';
import { readPackZipBytes } from './pack-reader';
import { packPathProblem } from './pack-entries';
import { readPackZip } from './pack-zip';

export type BackupReadResult = { ok: true; backup: WorkspaceBackup } | { ok: false; problems: PackProblem[] };

const isoTimestamp = z.iso.datetime({ offset: true });

const manifestSchema = z.object({
  format: z.string().regex(/^waymark-backup\/\d+$/),
  createdAt: isoTimestamp,
  appVersion: z.string().max(50),
});

const packRecordSchema = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  active: z.boolean(),
  installedAt: isoTimestamp,
});

const settingSchema = z.strictObject({
  key: z.string().min(1).max(100),
  value: z.union([z.string().max(BACKUP_LIMITS.maxSettingText), z.number(), z.boolean(), z.null()]),
});

function listOf<T extends z.ZodType>(schema: T, max: number) {
  return z.array(schema).max(max);
}

/** Reads the manifest first, so that a backup from a newer Waymark is refused with the version it needs. */
function readManifest(value: unknown, problems: PackProblems): BackupManifest | null {
  const format = typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  const match = typeof format === 'string' ? /^waymark-backup\/(\d+)$/.exec(format) : null;
  if (!match) {
    problems.add(BACKUP_FILES.manifest, 'format', 'this is not a Waymark workspace backup');
    return null;
  }
  const version = Number(match[1]);
  if (version > BACKUP_FORMAT_VERSION) {
    problems.add(
      BACKUP_FILES.manifest,
      'format',
      `this backup was made by a newer version of Waymark (format ${format}); this version reads waymark-backup/${BACKUP_FORMAT_VERSION}, so update Waymark to restore it`,
    );
    return null;
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    problems.add(BACKUP_FILES.manifest, '', 'the backup description is damaged');
    return null;
  }
  return parsed.data;
}

function parseList<T extends z.ZodType>(
  files: Map<string, Uint8Array>,
  path: string,
  schema: T,
  problems: PackProblems,
  maxDepth: number = BACKUP_LIMITS.maxDepth,
): z.infer<T>[] | null {
  const bytes = files.get(path);
  if (!bytes) {
    problems.add(path, '', 'the file is missing from the backup');
    return null;
  }
  const json = parseUntrustedJson(bytes, maxDepth);
  if (!json.ok) {
    problems.add(path, '', `the file ${json.reason}`);
    return null;
  }
  const parsed = listOf(schema, BACKUP_LIMITS.maxRecords).safeParse(json.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20))
      problems.add(path, locationOf(issue.path), `a record is not as Waymark stores it: ${issue.message}`);
    return null;
  }
  return parsed.data;
}

function duplicates(path: string, keys: readonly string[], problems: PackProblems): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) problems.add(path, key, 'the same record appears twice');
    seen.add(key);
  }
}

/** Reads and checks a workspace backup. Nothing is returned unless every check passes. */
export async function readBackupZip(bytes: Uint8Array): Promise<BackupReadResult> {
  const problems = new PackProblems();
  const entries = readPackZip(bytes, problems, { ...BACKUP_LIMITS, holder: 'backups', pathProblem: packPathProblem });
  if (problems.count > 0) return { ok: false, problems: problems.list() };
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (files.has(entry.path)) problems.add(entry.path, '', 'the file appears twice in the backup');
    files.set(entry.path, entry.bytes);
  }
  const manifestBytes = files.get(BACKUP_FILES.manifest);
  const manifestJson = manifestBytes ? parseUntrustedJson(manifestBytes, BACKUP_LIMITS.maxDepth) : null;
  if (!manifestJson || !manifestJson.ok) {
    problems.add(
      BACKUP_FILES.manifest,
      '',
      'this is not a Waymark workspace backup (its description is missing or damaged)',
    );
    return { ok: false, problems: problems.list() };
  }
  const manifest = readManifest(manifestJson.value, problems);
  if (!manifest) return { ok: false, problems: problems.list() };

  const projects = parseList(files, BACKUP_FILES.projects, projectRecordSchema, problems);
  const projectTemplates = parseList(files, BACKUP_FILES.projectTemplates, projectTemplateRecordSchema, problems);
  const evidence = parseList(files, BACKUP_FILES.evidence, evidenceRecordSchema, problems);
  const attachmentMetas = parseList(files, BACKUP_FILES.attachments, attachmentMetaSchema, problems);
  const packRecords = parseList(files, BACKUP_FILES.packs, packRecordSchema, problems);
  const settingsList = parseList(files, BACKUP_FILES.settings, settingSchema, problems);
  // Optional: backups made before compliance maps, or of a workspace without any, have no such file.
  const complianceMaps = files.has(BACKUP_MAPS_FILE)
    ? parseList(files, BACKUP_MAPS_FILE, complianceMapRecordSchema, problems)
    : [];
  if (!projects || !projectTemplates || !evidence || !attachmentMetas || !packRecords || !settingsList)
    return { ok: false, problems: problems.list() };
  if (!complianceMaps) return { ok: false, problems: problems.list() };
  // Optional too: backups made before assessments and business cases, or of a workspace without any.
  const optional = <T extends z.ZodType>(list: ProjectPartList, schema: T): z.infer<T>[] | null =>
    files.has(BACKUP_PART_FILES[list])
      ? parseList(files, BACKUP_PART_FILES[list], schema, problems, BACKUP_LIMITS.maxRichDepth)
      : [];
  const assessments = optional('assessments', assessmentRecordSchema);
  const maturityAssessments = optional('maturityAssessments', maturitySelfAssessmentRecordSchema);
  const businessCases = optional('businessCases', businessCaseRecordSchema);
  const caseRevisions = optional('caseRevisions', caseRevisionRecordSchema);
  if (!assessments || !maturityAssessments || !businessCases || !caseRevisions)
    return { ok: false, problems: problems.list() };

  duplicates(
    BACKUP_FILES.projects,
    projects.map((r) => r.id),
    problems,
  );
  duplicates(
    BACKUP_FILES.projectTemplates,
    projectTemplates.map((r) => r.id),
    problems,
  );
  duplicates(
    BACKUP_FILES.evidence,
    evidence.map((r) => r.id),
    problems,
  );
  duplicates(
    BACKUP_FILES.attachments,
    attachmentMetas.map((r) => r.id),
    problems,
  );
  duplicates(
    BACKUP_FILES.packs,
    packRecords.map((r) => `${r.id}@${r.version}`),
    problems,
  );
  duplicates(
    BACKUP_FILES.settings,
    settingsList.map((r) => r.key),
    problems,
  );
  if (settingsList.length > BACKUP_LIMITS.maxSettings)
    problems.add(BACKUP_FILES.settings, '', `the backup holds more than ${BACKUP_LIMITS.maxSettings} settings`);

  const projectIds = new Set(projects.map((p) => p.id));
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const attachmentIds = new Set(attachmentMetas.map((a) => a.id));
  for (const t of projectTemplates)
    if (!projectIds.has(t.projectId))
      problems.add(
        BACKUP_FILES.projectTemplates,
        t.id,
        `the template use refers to a project "${t.projectId}" that is not in the backup`,
      );
  for (const e of evidence) {
    if (!projectIds.has(e.projectId))
      problems.add(
        BACKUP_FILES.evidence,
        e.id,
        `the evidence refers to a project "${e.projectId}" that is not in the backup`,
      );
    if (e.source.type === 'file' && !attachmentIds.has(e.source.attachmentId))
      problems.add(
        BACKUP_FILES.evidence,
        e.id,
        `the evidence refers to an attached file "${e.source.attachmentId}" that is not in the backup`,
      );
  }

  checkComplianceMaps(
    complianceMaps,
    projectIds,
    BACKUP_MAPS_FILE,
    (index) => complianceMaps[index]?.id ?? String(index),
    problems,
  );

  // A cited evidence item may have been deleted since (the app allows it and keeps the citation), so a backup's
  // citations are carried as they are, not checked against its evidence.
  checkProjectParts(
    { assessments, maturityAssessments, businessCases, caseRevisions },
    {
      file: (list) => BACKUP_PART_FILES[list],
      location: (_list, _index, id) => id,
      projectIds,
      evidenceOf: null,
    },
    problems,
  );

  const expected = new Set<string>([
    ...Object.values(BACKUP_FILES),
    BACKUP_MAPS_FILE,
    ...Object.values(BACKUP_PART_FILES),
  ]);
  const attachments: BackupAttachment[] = [];
  for (const meta of attachmentMetas) {
    const owner = evidenceById.get(meta.evidenceId);
    if (!owner || owner.projectId !== meta.projectId) {
      problems.add(BACKUP_FILES.attachments, meta.id, 'the attached file refers to evidence that is not in the backup');
      continue;
    }
    const path = attachmentPath(meta.id);
    expected.add(path);
    const data = files.get(path);
    if (!data) problems.add(path, '', 'the attached file is missing from the backup');
    else if (data.length !== meta.size)
      problems.add(path, '', `the attached file is ${data.length} bytes, not the ${meta.size} recorded`);
    else if ((await sha256OfBytes(data)) !== meta.sha256)
      problems.add(path, '', 'the attached file is damaged (its contents do not match its checksum)');
    else attachments.push({ meta, bytes: data });
  }

  const packs: BackupPack[] = [];
  for (const record of packRecords) {
    const path = packZipPath(record.id, record.version);
    expected.add(path);
    const data = files.get(path);
    if (!data) {
      problems.add(path, '', 'the pack is missing from the backup');
      continue;
    }
    const read = readPackZipBytes(data);
    if (!read.ok) {
      for (const p of read.problems.slice(0, 10))
        problems.add(`${path}${p.file ? `/${p.file}` : ''}`, p.location, p.message);
      continue;
    }
    if (read.pack.manifest.id !== record.id || read.pack.manifest.version !== record.version) {
      problems.add(path, '', 'the pack inside does not match the pack listed');
      continue;
    }
    packs.push({ ...record, pack: read.pack, files: read.files });
  }

  for (const path of files.keys())
    if (!expected.has(path)) problems.add(path, '', 'the file is not part of a Waymark backup');

  if (problems.count > 0) return { ok: false, problems: problems.list() };
  return {
    ok: true,
    backup: {
      manifest,
      projects,
      projectTemplates,
      evidence,
      attachments,
      packs,
      settings: settingsList.filter((s) => !MACHINE_SETTINGS.includes(s.key)),
      ...(files.has(BACKUP_MAPS_FILE) ? { complianceMaps } : {}),
      ...(files.has(BACKUP_PART_FILES.assessments) ? { assessments } : {}),
      ...(files.has(BACKUP_PART_FILES.maturityAssessments) ? { maturityAssessments } : {}),
      ...(files.has(BACKUP_PART_FILES.businessCases) ? { businessCases } : {}),
      ...(files.has(BACKUP_PART_FILES.caseRevisions) ? { caseRevisions } : {}),
    },
  };
}
