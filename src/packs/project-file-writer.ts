// Writes a project file (waymark-project/1). Pure and deterministic: the same project gives the same bytes,
// because records are sorted by id, object keys are written in one order, every zip entry has the same fixed
// timestamp and the entries are written in path order.
import { deflateSync } from 'fflate';
import type { Assessment } from '../domain/assessment/assessment-model';
import type { CaseRevision } from '../domain/business-case/model';
import {
  PROJECT_FILE_FORMAT,
  PROJECT_FILE_LIMITS,
  PROJECT_MANIFEST_PATH,
  attachmentPath,
  type ProjectFileContents,
  type ProjectManifest,
} from '../domain/project-file';
import type { PackEntry } from './pack-entries';
import { writePackZip } from './pack-zip';

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A copy of a JSON value with the keys of every object in code-unit order, so it is written one way only. */
function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    sorted[key] = withSortedKeys(Reflect.get(value, key));
  return sorted;
}

/** A list written only when it has records, so a project without any is written exactly as before they existed. */
function listed<K extends string, T>(key: K, records: readonly T[] | undefined, order: (r: readonly T[]) => T[]) {
  return records && records.length > 0 ? ({ [key]: order(records) } as Record<K, T[]>) : {};
}

/** Revisions in the order of their case and number. */
function byCaseAndNumber(revisions: readonly CaseRevision[]): CaseRevision[] {
  return [...revisions].sort((a, b) =>
    a.caseId !== b.caseId ? (a.caseId < b.caseId ? -1 : 1) : a.number - b.number || (a.id < b.id ? -1 : 1),
  );
}

/**
 * Citations of evidence that is no longer in the project (the item was deleted after it was cited, which the
 * app allows) are left out of the file: the item is not in the file, and a reader refuses a citation of
 * evidence a file does not hold.
 */
function citingOnly(known: ReadonlySet<string>) {
  const keep = (ids: readonly string[]) => ids.filter((id) => known.has(id));
  return {
    assessment: (a: Assessment): Assessment => ({
      ...a,
      answers: a.answers.map((answer) => ({ ...answer, evidenceIds: keep(answer.evidenceIds) })),
    }),
    revision: (r: CaseRevision): CaseRevision => ({
      ...r,
      assumptions: r.assumptions.map((assumption) => ({ ...assumption, evidenceIds: keep(assumption.evidenceIds) })),
    }),
  };
}

/** The manifest of a project file, as canonical JSON text (sorted keys, two-space indents, a final newline). */
export function projectManifestText(contents: ProjectFileContents): string {
  const cited = citingOnly(new Set(contents.evidence.map((item) => item.id)));
  const manifest: ProjectManifest = {
    format: PROJECT_FILE_FORMAT,
    project: contents.project,
    templates: byId(contents.templates),
    evidence: byId(contents.evidence),
    attachments: byId(contents.attachments.map((attachment) => attachment.meta)),
    // Left out when there is no map, so a project without one is written exactly as before maps existed.
    ...(contents.complianceMaps && contents.complianceMaps.length > 0
      ? { complianceMaps: byId(contents.complianceMaps) }
      : {}),
    ...listed('assessments', contents.assessments?.map(cited.assessment), byId),
    ...listed('maturityAssessments', contents.maturityAssessments, byId),
    ...listed('businessCases', contents.businessCases, byId),
    ...listed('caseRevisions', contents.caseRevisions?.map(cited.revision), byCaseAndNumber),
  };
  return `${JSON.stringify(withSortedKeys(manifest), null, 2)}\n`;
}

/**
 * Whether to store bytes uncompressed: those that deflate more than half the ratio a reader allows (a long
 * run of zeros, say) would look like a zip bomb, and those that hardly deflate at all (PDFs, images, Word
 * files, already compressed) gain nothing but cost time to inflate on every check.
 */
function storeUncompressed(bytes: Uint8Array): boolean {
  if (bytes.length <= PROJECT_FILE_LIMITS.ratioFloorBytes) return false;
  const deflated = deflateSync(bytes, { level: 1 });
  return (
    bytes.length > deflated.length * (PROJECT_FILE_LIMITS.maxCompressionRatio / 2) ||
    deflated.length > bytes.length * 0.9
  );
}

/** The bytes of a project file. Two attached files with the same bytes are stored once. */
export function writeProjectFile(contents: ProjectFileContents): Uint8Array {
  const manifest = new TextEncoder().encode(projectManifestText(contents));
  const entries: (PackEntry & { store: boolean })[] = [
    { path: PROJECT_MANIFEST_PATH, bytes: manifest, store: storeUncompressed(manifest) },
  ];
  const seen = new Set<string>();
  for (const attachment of byId(contents.attachments.map((a) => ({ ...a, id: a.meta.id })))) {
    if (seen.has(attachment.meta.sha256)) continue;
    seen.add(attachment.meta.sha256);
    entries.push({
      path: attachmentPath(attachment.meta.sha256),
      bytes: attachment.bytes,
      store: storeUncompressed(attachment.bytes),
    });
  }
  return writePackZip(entries);
}
