// Taking a project's compliance map out of Waymark: the Word document (made in the export worker, since a
// map of thousands of steps takes a while to lay out) and the links and conflicts as CSV for spreadsheets.
// Each uses the analysis of the map as stored now, and is the project's document: its name, department and
// owner, and the person's name ("Your name" in Settings) as author, never Waymark.
import type { ComplianceMapRepository } from '../../db/compliance-map-repository';
import type { EvidenceRepository } from '../../db/evidence-repository';
import type { ProjectsRepository } from '../../db/projects-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { StorageError } from '../../db/storage-errors';
import { analyseMap } from '../../domain/compliance-map/analyse-map';
import type { ComplianceMap } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { tableFileName } from '../../export/display-text';
import type { ExportRequest, ExportResult } from '../../export/export-request';
import { renderMapConflictsCsv, renderMapLinksCsv } from '../../export/render-map-csv';
import type { Platform, SaveOutcome } from '../../platform/platform';

export interface MapDownloadDeps {
  repos: {
    projects: Pick<ProjectsRepository, 'get'>;
    complianceMaps: Pick<ComplianceMapRepository, 'read'>;
    evidence: Pick<EvidenceRepository, 'list'>;
    settings: Pick<SettingsRepository, 'getAll'>;
  };
  platform: Pick<Platform, 'saveFile'>;
  /** Makes the file (the export worker in the app; the same code run directly in tests). */
  exporter: (request: ExportRequest) => Promise<ExportResult>;
  clock?: () => Date;
}

const WORD = [{ name: 'Word document', extensions: ['docx'] }];
const CSV = [{ name: 'CSV file', extensions: ['csv'] }];

async function projectAndMap(
  deps: MapDownloadDeps,
  projectId: string,
): Promise<{ project: Project; map: ComplianceMap }> {
  const project = await deps.repos.projects.get(projectId);
  if (!project) throw new StorageError('This project no longer exists, so there is nothing to download.', 'unknown');
  const stored = await deps.repos.complianceMaps.read(projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no compliance map yet, so there is nothing to download.'
        : 'This project\u2019s compliance map cannot be read by this version of Waymark, so it cannot be downloaded.',
      'unknown',
    );
  return { project, map: stored.map };
}

async function evidenceTitles(deps: MapDownloadDeps, projectId: string): Promise<Map<string, string>> {
  return new Map((await deps.repos.evidence.list(projectId)).map((item) => [item.id, item.title]));
}

/** The compliance map as a Word document, saved where the person chooses (a download in the browser). */
export async function downloadMapDocument(deps: MapDownloadDeps, projectId: string): Promise<SaveOutcome> {
  const { project, map } = await projectAndMap(deps, projectId);
  const settings = await deps.repos.settings.getAll();
  const titles = await evidenceTitles(deps, projectId);
  const now = (deps.clock ?? (() => new Date()))();
  const result = await deps.exporter({
    format: 'compliance-map-docx',
    input: { project, map, analysis: analyseMap(map), evidenceTitles: Object.fromEntries(titles) },
    options: {
      author: settings.authorName.trim(),
      date: now.toISOString().slice(0, 10),
      marking: settings.defaultMarking,
    },
    createdAt: now.toISOString(),
  });
  return deps.platform.saveFile(result.fileName, result.bytes, WORD);
}

/** The map's links as CSV: both steps, the relation, and how, by whom and when each was made. */
export async function downloadMapLinks(deps: MapDownloadDeps, projectId: string): Promise<SaveOutcome> {
  const { project, map } = await projectAndMap(deps, projectId);
  return deps.platform.saveFile(tableFileName(`${project.name} - compliance map links`), renderMapLinksCsv(map), CSV);
}

/** The map's conflicts as CSV: declared conflicts and the ordering contradictions the analysis finds now. */
export async function downloadMapConflicts(deps: MapDownloadDeps, projectId: string): Promise<SaveOutcome> {
  const { project, map } = await projectAndMap(deps, projectId);
  return deps.platform.saveFile(
    tableFileName(`${project.name} - compliance map conflicts`),
    renderMapConflictsCsv(map, analyseMap(map), await evidenceTitles(deps, projectId)),
    CSV,
  );
}
