// Taking an assessment out of Waymark: the Word document a panel reads (summary and ratings, each point with
// its status, narrative, evidence and actions, the action plan), the checklist and the actions as CSV for
// spreadsheets. Each is the project's document: its name, department and owner, and the person's name ("Your
// name" in Settings) as author, never Waymark. File names come from the project and the stage.
import type { AssessmentsRepository } from '../../db/assessments-repository';
import type { EvidenceRepository } from '../../db/evidence-repository';
import type { PacksRepository } from '../../db/packs-repository';
import type { ProjectsRepository } from '../../db/projects-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { StorageError } from '../../db/storage-errors';
import { ASSESSMENT_STAGE_LABELS, type Assessment } from '../../domain/assessment/assessment-model';
import type { StandardTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import type { MaturityInput } from '../../export/assessment-maturity';
import { latestMaturitySelfAssessment } from '../maturity/maturity-history';
import { tableFileName } from '../../export/display-text';
import { exportInWorker } from '../../export/export-client';
import type { ExportRequest, ExportResult } from '../../export/export-request';
import { renderAssessment } from '../../export/render-assessment';
import { renderAssessmentActionsCsv, renderAssessmentChecklistCsv } from '../../export/render-assessment-csv';
import { xmlSafeModel } from '../../export/xml-safe-model';
import { repositories } from '../../db/hooks';
import { currentPlatform } from '../../platform/current-platform';
import type { Platform, SaveOutcome } from '../../platform/platform';
import { standardAt } from './standards';

export interface AssessmentDownloadDeps {
  repos: {
    projects: Pick<ProjectsRepository, 'get'>;
    assessments: Pick<AssessmentsRepository, 'get'>;
    packs: Pick<PacksRepository, 'versions'>;
    evidence: Pick<EvidenceRepository, 'list'>;
    settings: Pick<SettingsRepository, 'getAll'>;
  };
  platform: Pick<Platform, 'saveFile'>;
  /** Makes the Word file (the export worker in the app; the same code run directly in tests). */
  exporter: (request: ExportRequest) => Promise<ExportResult>;
  clock?: () => Date;
}

const WORD = [{ name: 'Word document', extensions: ['docx'] }];
const CSV = [{ name: 'CSV file', extensions: ['csv'] }];

interface Loaded {
  project: Project;
  assessment: Assessment;
  standard: StandardTemplate;
}

async function load(deps: AssessmentDownloadDeps, projectId: string, assessmentId: string): Promise<Loaded> {
  const project = await deps.repos.projects.get(projectId);
  if (!project) throw new StorageError('This project no longer exists, so there is nothing to download.', 'unknown');
  const assessment = await deps.repos.assessments.get(assessmentId);
  if (!assessment || assessment.projectId !== projectId)
    throw new StorageError('That assessment no longer exists, so there is nothing to download.', 'unknown');
  const standard = await standardAt(deps.repos, assessment.standard);
  if (!standard)
    throw new StorageError(
      'The standard this assessment uses is no longer installed, so it cannot be downloaded. Install its pack again from the Library.',
      'unknown',
    );
  return { project, assessment, standard };
}

/** "Register a boat - Alpha assessment - checklist": the name of a CSV file of an assessment. */
export function assessmentTableName(project: Project, assessment: Assessment, what: string): string {
  return `${project.name} - ${ASSESSMENT_STAGE_LABELS[assessment.stage]} - ${what}`;
}

/**
 * The assessment as a Word document, saved where the person chooses (a download in the browser). `maturity`
 * is a maturity self-assessment to include, with its model and an earlier one to compare with.
 */
export async function downloadAssessmentDocument(
  deps: AssessmentDownloadDeps,
  projectId: string,
  assessmentId: string,
  maturity: MaturityInput | null = null,
): Promise<SaveOutcome> {
  const { project, assessment, standard } = await load(deps, projectId, assessmentId);
  const settings = await deps.repos.settings.getAll();
  const evidence = await deps.repos.evidence.list(projectId);
  const now = (deps.clock ?? (() => new Date()))();
  const document = xmlSafeModel(
    renderAssessment({
      project,
      author: settings.authorName.trim(),
      marking: settings.defaultMarking,
      assessment,
      standard,
      evidence,
      maturity,
      now,
    }),
  );
  const result = await deps.exporter({ format: 'docx', document, createdAt: now.toISOString() });
  return deps.platform.saveFile(result.fileName, result.bytes, WORD);
}

/** The checklist as CSV: each point in scope with its status, narrative, evidence, actions and rating. */
export async function downloadAssessmentChecklist(
  deps: AssessmentDownloadDeps,
  projectId: string,
  assessmentId: string,
): Promise<SaveOutcome> {
  const { project, assessment, standard } = await load(deps, projectId, assessmentId);
  const evidence = await deps.repos.evidence.list(projectId);
  return deps.platform.saveFile(
    tableFileName(assessmentTableName(project, assessment, 'checklist')),
    renderAssessmentChecklistCsv({ assessment, standard, evidence }),
    CSV,
  );
}

/** The actions as CSV, soonest due first, with their owners and whether they are done. */
export async function downloadAssessmentActions(
  deps: AssessmentDownloadDeps,
  projectId: string,
  assessmentId: string,
): Promise<SaveOutcome> {
  const { project, assessment, standard } = await load(deps, projectId, assessmentId);
  return deps.platform.saveFile(
    tableFileName(assessmentTableName(project, assessment, 'actions')),
    renderAssessmentActionsCsv({ assessment, standard }),
    CSV,
  );
}

export type AssessmentDownload = 'word' | 'checklist' | 'actions';

/** One download, bound to the running app's database, platform and export worker. */
export function downloadAssessment(
  projectId: string,
  assessmentId: string,
  what: AssessmentDownload,
): Promise<SaveOutcome> {
  const deps: AssessmentDownloadDeps = {
    repos: repositories(),
    platform: currentPlatform(),
    exporter: (request) => exportInWorker(request),
  };
  switch (what) {
    case 'word':
      // The project's most recent maturity self-assessment goes in the panel pack beside the assessment.
      return latestMaturitySelfAssessment(repositories(), projectId).then((latest) =>
        downloadAssessmentDocument(
          deps,
          projectId,
          assessmentId,
          latest ? { assessment: latest.selfAssessment, model: latest.model, earlier: latest.earlier } : null,
        ),
      );
    case 'checklist':
      return downloadAssessmentChecklist(deps, projectId, assessmentId);
    case 'actions':
      return downloadAssessmentActions(deps, projectId, assessmentId);
  }
}
