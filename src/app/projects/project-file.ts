// Use cases for project files: export one project as a file, read a chosen file, work out what importing it
// would do, and import it. The screens call these; they never combine the database, the file format and the
// platform themselves.
import type { ProjectBundleRepository, ProjectBundle } from '../../db/project-bundle-repository';
import type { EvidenceAttachment } from '../../domain/evidence';
import type { PackProblem } from '../../domain/pack';
import type { Project } from '../../domain/project';
import {
  PROJECT_FILE_EXTENSION,
  projectFileName,
  projectFileParts,
  type ProjectFileContents,
  type ProjectFileParts,
} from '../../domain/project-file';
import { readProjectFile } from '../../packs/project-file-reader';
import { writeProjectFile } from '../../packs/project-file-writer';
import type { FileFilter, Platform, SaveOutcome } from '../../platform/platform';

export const PROJECT_FILE_FILTERS: FileFilter[] = [
  { name: 'Waymark project file', extensions: [PROJECT_FILE_EXTENSION.slice(1)] },
];

/** A project that cannot be exported or imported, with one sentence to show. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The contents of a project file for a stored project and what it holds. */
export async function projectFileContents(bundle: ProjectBundle): Promise<ProjectFileContents> {
  const attachments = await Promise.all(
    bundle.attachments.map(async ({ data, ...meta }) => ({ meta, bytes: await bytesOf(data) })),
  );
  return {
    project: bundle.project,
    templates: bundle.templates,
    evidence: bundle.evidence,
    attachments,
    ...(bundle.complianceMap ? { complianceMaps: [bundle.complianceMap] } : {}),
    ...(bundle.assessments.length > 0 ? { assessments: bundle.assessments } : {}),
    ...(bundle.maturityAssessments.length > 0 ? { maturityAssessments: bundle.maturityAssessments } : {}),
    ...(bundle.businessCase ? { businessCases: [bundle.businessCase] } : {}),
    ...(bundle.caseRevisions.length > 0 ? { caseRevisions: bundle.caseRevisions } : {}),
  };
}

/** Exports a project as a project file and saves it through the platform, named after the project. */
export async function exportProjectFile(
  bundles: ProjectBundleRepository,
  platform: Pick<Platform, 'saveFile'>,
  projectId: string,
): Promise<SaveOutcome> {
  const bundle = await bundles.load(projectId);
  if (!bundle) throw new ProjectFileError('That project no longer exists, so it cannot be exported.');
  const bytes = writeProjectFile(await projectFileContents(bundle));
  return platform.saveFile(projectFileName(bundle.project), bytes, PROJECT_FILE_FILTERS);
}

export type ProjectFileReading =
  { ok: true; contents: ProjectFileContents } | { ok: false; project: Project | null; problems: PackProblem[] };

/** Reads the bytes of a chosen file as a project file, checking everything before anything is stored. */
export async function readChosenProjectFile(bytes: Uint8Array): Promise<ProjectFileReading> {
  const result = await readProjectFile(bytes);
  if (result.ok) return { ok: true, contents: result.contents };
  return { ok: false, project: result.summary?.project ?? null, problems: result.problems };
}

/**
 * What importing would do, compared by the project's id and when it was last changed:
 * new (no such project here, or only a deleted one), newer or older than the one here, or the same.
 */
export type ProjectImportKind = 'new' | 'newer' | 'older' | 'same';

export interface ProjectImportPlan {
  kind: ProjectImportKind;
  incoming: Project;
  /** The project here that importing would replace (null when there is none to replace). */
  existing: Project | null;
  /** The stored record as it was when the plan was made, deleted or not; the import checks it is unchanged. */
  stored: Project | undefined;
  parts: ProjectFileParts;
  templates: number;
  attachments: number;
  attachmentBytes: number;
}

export async function planProjectImport(
  bundles: ProjectBundleRepository,
  contents: ProjectFileContents,
): Promise<ProjectImportPlan> {
  const stored = await bundles.record(contents.project.id);
  const existing = stored && stored.deletedAt === null ? stored : null;
  const incoming = contents.project;
  const kind: ProjectImportKind = !existing
    ? 'new'
    : incoming.updatedAt > existing.updatedAt
      ? 'newer'
      : incoming.updatedAt < existing.updatedAt
        ? 'older'
        : 'same';
  return {
    kind,
    incoming,
    existing,
    stored,
    parts: projectFileParts(contents),
    templates: contents.templates.length,
    attachments: contents.attachments.length,
    attachmentBytes: contents.attachments.reduce((sum, a) => sum + a.bytes.length, 0),
  };
}

/** Whether importing under this plan replaces a project that is here now. */
export function importReplaces(plan: ProjectImportPlan): boolean {
  return plan.existing !== null;
}

/**
 * Imports a project file under a plan the person has seen, in one transaction. Replacing a project that is
 * here needs `replaceConfirmed`; if the project here changed after the plan was made, nothing is written.
 */
export async function applyProjectImport(
  bundles: ProjectBundleRepository,
  contents: ProjectFileContents,
  plan: ProjectImportPlan,
  replaceConfirmed: boolean,
): Promise<Project> {
  if (plan.incoming.id !== contents.project.id)
    throw new ProjectFileError('The preview was made for another file; choose the file again.');
  if (importReplaces(plan) && !replaceConfirmed)
    throw new ProjectFileError(`Importing would replace \u201c${plan.incoming.name}\u201d here; confirm that first.`);
  const attachments: EvidenceAttachment[] = contents.attachments.map(({ meta, bytes }) => {
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return { ...meta, data: new Blob([copy], { type: meta.mediaType }) };
  });
  const project: Project = { ...contents.project, deletedAt: null };
  await bundles.replace(
    {
      project,
      templates: contents.templates,
      evidence: contents.evidence,
      attachments,
      complianceMap: contents.complianceMaps?.[0] ?? null,
      assessments: contents.assessments ?? [],
      maturityAssessments: contents.maturityAssessments ?? [],
      businessCase: contents.businessCases?.[0] ?? null,
      caseRevisions: contents.caseRevisions ?? [],
    },
    plan.stored,
  );
  return project;
}
