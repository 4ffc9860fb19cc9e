// Reads a project file (waymark-project/1) as untrusted input. Everything is checked before the app relies
// on it: the zip (sizes, entry count, compression ratio, paths, links, CRC-32), the manifest (strict UTF-8,
// nesting, JSON, forbidden keys, format version, the record schemas), the records together (unique ids, one
// project, no reference to something missing, assessments and a business case that are this project's and
// cite only its evidence) and every attached file (size and SHA-256). Every problem
// names the file inside the zip, the place in it and the reason.
import type { PackProblem } from '../domain/pack';
import type { Project } from '../domain/project';
import {
  PROJECT_ATTACHMENTS_FOLDER,
  PROJECT_FILE_FORMAT,
  PROJECT_FILE_FORMAT_NUMBER,
  PROJECT_FILE_LIMITS,
  PROJECT_MANIFEST_PATH,
  attachmentPath,
  projectFileParts,
  projectManifestSchema,
  type ProjectFileContents,
  type ProjectFileParts,
  type ProjectManifest,
} from '../domain/project-file';
import { hasControlCharacter } from '../domain/pack-text';
import { projectRecordSchema } from '../domain/record-schemas';
import type { PackEntry } from './pack-entries';
import { reportSchemaIssues } from './pack-issues';
import { PackProblems } from './pack-problems';
import { readPackZip, type ZipRules } from './pack-zip';
import { parseUntrustedJson } from './project-json';
import { checkProjectRecords } from './project-file-checks';

/** What a project file says about its project, when at least that much can be read. */
export interface ProjectFileSummary {
  project: Project;
  parts: ProjectFileParts;
}

export type ProjectFileResult =
  | { ok: true; contents: ProjectFileContents; summary: ProjectFileSummary; problems: [] }
  | { ok: false; summary: ProjectFileSummary | null; problems: PackProblem[] };

const ATTACHMENT_ENTRY = new RegExp(`^${PROJECT_ATTACHMENTS_FOLDER}/[0-9a-f]{64}$`);

/** Null when a path inside a project file's zip is safe, or the end of a sentence saying why not. */
export function projectPathProblem(path: string): string | null {
  if (path.length === 0) return 'has an empty name';
  if (path.length > 200) return 'has a path longer than 200 characters';
  if (hasControlCharacter(path)) return 'has a control character in its name';
  if (path.includes('\\')) return 'uses backslashes in its path; paths in a project file use forward slashes';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    return 'is an absolute path; paths in a project file must be relative';
  const segments = path.split('/');
  if (segments.includes('..')) return 'points outside the project file ("..")';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." part in its path';
  if (segments.length > 2) return 'is more than one folder deep';
  return null;
}

export const PROJECT_ZIP_RULES: ZipRules = {
  maxZipBytes: PROJECT_FILE_LIMITS.maxAttachmentsBytes + PROJECT_FILE_LIMITS.maxManifestBytes + 16 * 1024 * 1024,
  maxZipEntries: PROJECT_FILE_LIMITS.maxZipEntries,
  maxFileBytes: Math.max(PROJECT_FILE_LIMITS.maxAttachmentBytes, PROJECT_FILE_LIMITS.maxManifestBytes),
  maxTotalBytes: PROJECT_FILE_LIMITS.maxAttachmentsBytes + PROJECT_FILE_LIMITS.maxManifestBytes,
  maxCompressionRatio: PROJECT_FILE_LIMITS.maxCompressionRatio,
  ratioFloorBytes: PROJECT_FILE_LIMITS.ratioFloorBytes,
  holder: 'project files',
  pathProblem: projectPathProblem,
};

/** The lower-case hex SHA-256 of some bytes (Web Crypto, in browsers and in Node). */
export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', copy);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Sorts the zip's entries into the manifest and attached files; anything else, or anything twice, is a problem. */
function sortEntries(entries: readonly PackEntry[], problems: PackProblems) {
  let manifest: PackEntry | undefined;
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.path === PROJECT_MANIFEST_PATH && !manifest) manifest = entry;
    else if (ATTACHMENT_ENTRY.test(entry.path) && !files.has(entry.path)) files.set(entry.path, entry.bytes);
    else if (entry.path === PROJECT_MANIFEST_PATH || files.has(entry.path))
      problems.add(entry.path, '', 'the file appears twice in the zip');
    else problems.add(entry.path, '', 'this file is not part of a Waymark project file');
  }
  return { manifest, files };
}

/** Checks the format field first, so a file from a newer Waymark says what it needs instead of listing every field. */
function formatProblem(value: unknown, problems: PackProblems): boolean {
  const format: unknown = value !== null && typeof value === 'object' ? Reflect.get(value, 'format') : undefined;
  if (format === PROJECT_FILE_FORMAT) return false;
  const newer = typeof format === 'string' ? /^waymark-project\/(\d{1,6})$/.exec(format) : null;
  if (newer?.[1] !== undefined && Number(newer[1]) > PROJECT_FILE_FORMAT_NUMBER)
    problems.add(
      PROJECT_MANIFEST_PATH,
      'format',
      `the file is in the format ${String(format)}, made by a newer version of Waymark; it needs a version of ` +
        `Waymark that reads ${String(format)}, and this one reads ${PROJECT_FILE_FORMAT}, so update Waymark to open it`,
    );
  else
    problems.add(
      PROJECT_MANIFEST_PATH,
      'format',
      typeof format === 'string'
        ? `the format "${format.slice(0, 60)}" is not a Waymark project format (${PROJECT_FILE_FORMAT})`
        : `the file has no format, so it is not a Waymark project file (${PROJECT_FILE_FORMAT})`,
    );
  return true;
}

/** What can be said about the project of a manifest that did not pass its schema, if its project did. */
function summaryOf(value: unknown): ProjectFileSummary | null {
  const project = projectRecordSchema.safeParse(
    value !== null && typeof value === 'object' ? Reflect.get(value, 'project') : undefined,
  );
  if (!project.success) return null;
  const list = (key: string): unknown[] => {
    const found: unknown = value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined;
    return Array.isArray(found) ? found : [];
  };
  return {
    project: project.data,
    parts: projectFileParts({
      evidence: list('evidence'),
      complianceMaps: list('complianceMaps'),
      assessments: list('assessments'),
      maturityAssessments: list('maturityAssessments'),
      businessCases: list('businessCases'),
      caseRevisions: list('caseRevisions'),
    }),
  };
}

/** Reads and checks the bytes of a project file. */
export async function readProjectFile(bytes: Uint8Array): Promise<ProjectFileResult> {
  const problems = new PackProblems();
  const entries = readPackZip(bytes, problems, PROJECT_ZIP_RULES);
  const { manifest: manifestEntry, files } = sortEntries(entries, problems);
  if (!manifestEntry) {
    if (problems.count === 0)
      problems.add('', '', `the zip holds no ${PROJECT_MANIFEST_PATH}, so it is not a Waymark project file`);
    return { ok: false, summary: null, problems: problems.list() };
  }
  if (manifestEntry.bytes.length > PROJECT_FILE_LIMITS.maxManifestBytes) {
    problems.add(
      PROJECT_MANIFEST_PATH,
      '',
      `the file is ${manifestEntry.bytes.length} bytes, more than the ${PROJECT_FILE_LIMITS.maxManifestBytes} allowed`,
    );
    return { ok: false, summary: null, problems: problems.list() };
  }
  const value = parseUntrustedJson(manifestEntry, PROJECT_FILE_LIMITS.maxDepth, problems);
  if (value === undefined || formatProblem(value, problems))
    return { ok: false, summary: null, problems: problems.list() };
  const parsed = projectManifestSchema.safeParse(value);
  if (!parsed.success) {
    reportSchemaIssues(parsed.error, value, { file: PROJECT_MANIFEST_PATH, rootNoun: 'project file' }, problems);
    return { ok: false, summary: summaryOf(value), problems: problems.list() };
  }
  const manifest = parsed.data;
  checkProjectRecords(manifest, problems);
  const attachments = await checkAttachmentBytes(manifest, files, problems);
  const summary = { project: manifest.project, parts: projectFileParts(manifest) };
  if (problems.count > 0) return { ok: false, summary, problems: problems.list() };
  const { project, templates, evidence, complianceMaps } = manifest;
  const { assessments, maturityAssessments, businessCases, caseRevisions } = manifest;
  return {
    ok: true,
    contents: {
      project,
      templates,
      evidence,
      attachments,
      ...(complianceMaps ? { complianceMaps } : {}),
      ...(assessments ? { assessments } : {}),
      ...(maturityAssessments ? { maturityAssessments } : {}),
      ...(businessCases ? { businessCases } : {}),
      ...(caseRevisions ? { caseRevisions } : {}),
    },
    summary,
    problems: [],
  };
}

/** Matches every attachment to its bytes, checking size and SHA-256, and finds bytes no attachment lists. */
async function checkAttachmentBytes(
  manifest: ProjectManifest,
  files: ReadonlyMap<string, Uint8Array>,
  problems: PackProblems,
): Promise<ProjectFileContents['attachments']> {
  const checked = new Map<string, boolean>();
  const result: ProjectFileContents['attachments'] = [];
  let total = 0;
  for (const [index, meta] of manifest.attachments.entries()) {
    const path = attachmentPath(meta.sha256);
    const bytes = files.get(path);
    if (!bytes) {
      problems.add(path, `attachments[${index}]`, `the attached file "${meta.name}" is missing from the zip`);
      continue;
    }
    if (bytes.length !== meta.size) {
      problems.add(
        path,
        `attachments[${index}].size`,
        `the file is ${bytes.length} bytes, not the ${meta.size} listed`,
      );
      continue;
    }
    let matches = checked.get(path);
    if (matches === undefined) {
      matches = (await sha256OfBytes(bytes)) === meta.sha256;
      checked.set(path, matches);
      if (!matches)
        problems.add(path, '', 'the bytes do not match their SHA-256 checksum, so the file is damaged or was changed');
    }
    total += bytes.length;
    if (matches) result.push({ meta, bytes });
  }
  if (total > PROJECT_FILE_LIMITS.maxAttachmentsBytes)
    problems.add(
      '',
      '',
      `the attached files add up to ${total} bytes, more than the ${PROJECT_FILE_LIMITS.maxAttachmentsBytes} allowed for one project`,
    );
  const listed = new Set(manifest.attachments.map((meta) => attachmentPath(meta.sha256)));
  for (const path of files.keys())
    if (!listed.has(path)) problems.add(path, '', `this file is not listed in ${PROJECT_MANIFEST_PATH}`);
  return result;
}
