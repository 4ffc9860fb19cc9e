// The project file and summary use cases bound to the running app's database and platform, so that screens
// call one function per action and never put the database, the exports and the platform together themselves.
import { getDatabase } from '../../db/database';
import { projectBundleRepository } from '../../db/project-bundle-repository';
import { packsRepository } from '../../db/packs-repository';
import { settingsRepository } from '../../db/settings-repository';
import { exportInWorker } from '../../export/export-client';
import { currentPlatform } from '../../platform/current-platform';
import type { SaveOutcome } from '../../platform/platform';
import {
  applyProjectImport,
  exportProjectFile,
  planProjectImport,
  readChosenProjectFile,
  PROJECT_FILE_FILTERS,
  type ProjectFileReading,
  type ProjectImportPlan,
} from './project-file';
import { projectSummaryDocument } from './project-summary';
import type { ProjectFileContents } from '../../domain/project-file';
import type { Project } from '../../domain/project';

function bundles() {
  return projectBundleRepository(getDatabase());
}

export function exportProject(projectId: string): Promise<SaveOutcome> {
  return exportProjectFile(bundles(), currentPlatform(), projectId);
}

/** Lets the person choose a project file and reads it; null when they cancel. */
export async function chooseProjectFile(): Promise<{ name: string; reading: ProjectFileReading } | null> {
  const file = await currentPlatform().openFile(PROJECT_FILE_FILTERS);
  if (!file) return null;
  return { name: file.name, reading: await readChosenProjectFile(file.bytes) };
}

export function planImport(contents: ProjectFileContents): Promise<ProjectImportPlan> {
  return planProjectImport(bundles(), contents);
}

export function applyImport(
  contents: ProjectFileContents,
  plan: ProjectImportPlan,
  replaceConfirmed: boolean,
): Promise<Project> {
  return applyProjectImport(bundles(), contents, plan, replaceConfirmed);
}

/** The name written as author of exported documents ("Your name" in Settings; '' until given). */
export async function authorName(): Promise<string> {
  return (await settingsRepository(getDatabase()).getAll()).authorName;
}

export async function saveAuthorName(name: string): Promise<void> {
  await settingsRepository(getDatabase()).set('authorName', name.trim());
}

/** Makes the project summary in the export worker and saves it; the author is "Your name" from Settings. */
export async function exportProjectSummary(projectId: string): Promise<SaveOutcome> {
  const settings = await settingsRepository(getDatabase()).getAll();
  // Each template's title at the version the project uses (or as installed now), so the summary names them.
  const packs = packsRepository(getDatabase());
  const titles = new Map<string, string>();
  for (const use of (await bundles().load(projectId))?.templates ?? []) {
    const stored = (await packs.get(use.packId, use.version)) ?? (await packs.get(use.packId));
    const title = stored?.pack.templates.find((t) => t.id === use.templateId)?.title;
    if (title) titles.set(use.id, title);
  }
  const model = await projectSummaryDocument(bundles(), projectId, {
    author: settings.authorName,
    marking: settings.defaultMarking,
    today: new Date(),
    templateTitle: (use) => titles.get(use.id),
  });
  const result = await exportInWorker({ format: 'docx', document: model });
  return currentPlatform().saveFile(result.fileName, result.bytes, [{ name: 'Word document', extensions: ['docx'] }]);
}
