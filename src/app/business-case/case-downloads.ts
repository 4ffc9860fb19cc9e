// Taking a project's business case out of Waymark as Word: one revision (the whole case or the chosen cases),
// or the changes between two revisions as Word tracked changes. Both are made in the export worker from the
// stored records, and are the project's document: its name, department and owner, and the person's name
// ("Your name" in Settings) as author, never Waymark. The file is named after the project and the revision,
// such as "Apply for a fishing licence – business case revision 2.docx".
import type { EvidenceRepository } from '../../db/evidence-repository';
import { repositories } from '../../db/hooks';
import { exportInWorker } from '../../export/export-client';
import { currentPlatform } from '../../platform/current-platform';
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import type { PacksRepository } from '../../db/packs-repository';
import type { ProjectsRepository } from '../../db/projects-repository';
import type { SettingsRepository } from '../../db/settings-repository';
import { StorageError } from '../../db/storage-errors';
import type { BusinessCase, CaseRevision } from '../../domain/business-case/model';
import type { BusinessCaseTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import type { ExportRequest, ExportResult } from '../../export/export-request';
import type { Platform, SaveOutcome } from '../../platform/platform';

export interface CaseDownloadDeps {
  repos: {
    projects: Pick<ProjectsRepository, 'get'>;
    businessCases: Pick<BusinessCaseRepository, 'read'>;
    packs: Pick<PacksRepository, 'versions'>;
    evidence: Pick<EvidenceRepository, 'list'>;
    settings: Pick<SettingsRepository, 'getAll'>;
  };
  platform: Pick<Platform, 'saveFile'>;
  /** Makes the file (the export worker in the app; the same code run directly in tests). */
  exporter: (request: ExportRequest) => Promise<ExportResult>;
  clock?: () => Date;
}

export interface CaseDocumentChoice {
  /** The revision to download; the latest when left out. */
  revisionNumber?: number;
  /** Ids of the template's top-level sections to include; all of them when left out. */
  cases?: readonly string[];
}

const WORD = [{ name: 'Word document', extensions: ['docx'] }];

/** A file name safe on every system: no path or reserved characters, no control characters, not too long. */
function safeName(text: string): string {
  const printable = [...text].map((char) => ((char.codePointAt(0) ?? 0) < 0x20 ? ' ' : char)).join('');
  const tidy = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  return [...tidy].slice(0, 150).join('').trim() || 'Business case';
}

/** "Apply for a fishing licence – business case revision 2.docx" (with "(chosen sections)" for part of it). */
export function caseFileName(projectName: string, revisionNumber: number, partial = false): string {
  return `${safeName(`${projectName.trim() || 'Project'} \u2013 business case revision ${revisionNumber}${partial ? ' (chosen sections)' : ''}`)}.docx`;
}

/** "Apply for a fishing licence – business case changes from revision 1 to 2.docx". */
export function comparisonFileName(projectName: string, older: number, newer: number): string {
  return `${safeName(`${projectName.trim() || 'Project'} \u2013 business case changes from revision ${older} to ${newer}`)}.docx`;
}

interface CaseForDownload {
  project: Project;
  businessCase: BusinessCase;
  revisions: CaseRevision[];
  template: BusinessCaseTemplate;
  author: string;
  marking: string;
  now: Date;
}

async function caseForDownload(deps: CaseDownloadDeps, projectId: string): Promise<CaseForDownload> {
  const project = await deps.repos.projects.get(projectId);
  if (!project) throw new StorageError('This project no longer exists, so there is nothing to download.', 'unknown');
  const stored = await deps.repos.businessCases.read(projectId);
  if (stored.state !== 'ready')
    throw new StorageError(
      stored.state === 'none'
        ? 'This project has no business case yet, so there is nothing to download.'
        : 'This project\u2019s business case cannot be read by this version of Waymark, so it cannot be downloaded.',
      'unknown',
    );
  // A template's version is its own, not its pack's: look through every stored version of the pack.
  const ref = stored.businessCase.template;
  const found = (await deps.repos.packs.versions(ref.packId))
    .flatMap((version) => version.pack.templates)
    .find((t) => t.id === ref.templateId && t.version === ref.version);
  const template = found?.kind === 'business-case' ? found : null;
  if (!template)
    throw new StorageError(
      `The template this case was made from (${stored.businessCase.template.templateId}, version ${stored.businessCase.template.version}) is not installed, so the case cannot be laid out as a document. Install its pack again from the Library.`,
      'unknown',
    );
  const settings = await deps.repos.settings.getAll();
  return {
    project,
    businessCase: stored.businessCase,
    revisions: stored.revisions,
    template,
    author: settings.authorName.trim(),
    marking: settings.defaultMarking,
    now: (deps.clock ?? (() => new Date()))(),
  };
}

function findRevision(revisions: readonly CaseRevision[], number: number | undefined): CaseRevision {
  const sorted = [...revisions].sort((a, b) => a.number - b.number);
  const found = number === undefined ? sorted.at(-1) : sorted.find((r) => r.number === number);
  if (!found)
    throw new StorageError(
      `The business case has no revision ${number ?? ''}. Choose one of revisions ${sorted.map((r) => r.number).join(', ')}.`,
      'unknown',
    );
  return found;
}

/** The chosen sections that are the template's top-level sections, in template order; null for all of them. */
function chosenCases(template: BusinessCaseTemplate, cases: readonly string[] | undefined): string[] | null {
  if (cases === undefined) return null;
  const chosen = new Set(cases);
  const ids = template.sections.filter((s) => chosen.has(s.id)).map((s) => s.id);
  if (ids.length === 0) throw new StorageError('Choose at least one part of the case to download.', 'unknown');
  return ids.length === template.sections.length ? null : ids;
}

/** One revision of the business case as a Word document, saved where the person chooses. */
export async function downloadCaseDocument(
  deps: CaseDownloadDeps,
  projectId: string,
  choice: CaseDocumentChoice = {},
): Promise<SaveOutcome> {
  const loaded = await caseForDownload(deps, projectId);
  const revision = findRevision(loaded.revisions, choice.revisionNumber);
  const cases = chosenCases(loaded.template, choice.cases);
  const evidence = await deps.repos.evidence.list(projectId);
  const result = await deps.exporter({
    format: 'business-case-docx',
    input: {
      project: loaded.project,
      author: loaded.author,
      marking: loaded.marking,
      businessCase: loaded.businessCase,
      revisions: loaded.revisions,
      revisionNumber: revision.number,
      template: loaded.template,
      evidenceTitles: Object.fromEntries(evidence.map((item) => [item.id, item.title])),
      ...(cases ? { options: { cases } } : {}),
      now: loaded.now,
    },
  });
  return deps.platform.saveFile(caseFileName(loaded.project.name, revision.number, cases !== null), result.bytes, WORD);
}

/**
 * The changes between two revisions as a Word document with tracked changes (attributed to the later
 * revision's author and date). The two may be given in either order.
 */
export async function downloadCaseComparison(
  deps: CaseDownloadDeps,
  projectId: string,
  revisions: { from: number; to: number },
): Promise<SaveOutcome> {
  const loaded = await caseForDownload(deps, projectId);
  const first = findRevision(loaded.revisions, revisions.from);
  const second = findRevision(loaded.revisions, revisions.to);
  if (first.number === second.number) throw new StorageError('Choose two different revisions to compare.', 'unknown');
  const [older, newer] = first.number < second.number ? [first, second] : [second, first];
  const result = await deps.exporter({
    format: 'business-case-comparison-docx',
    input: {
      project: loaded.project,
      author: loaded.author,
      marking: loaded.marking,
      businessCase: loaded.businessCase,
      older,
      newer,
      revisions: loaded.revisions,
      template: loaded.template,
      now: loaded.now,
    },
  });
  return deps.platform.saveFile(
    comparisonFileName(loaded.project.name, older.number, newer.number),
    result.bytes,
    WORD,
  );
}

function appDeps(): CaseDownloadDeps {
  return { repos: repositories(), platform: currentPlatform(), exporter: (request) => exportInWorker(request) };
}

/** One revision of the project's case as Word, made in the export worker and saved by the platform. */
export function downloadBusinessCase(projectId: string, choice: CaseDocumentChoice = {}): Promise<SaveOutcome> {
  return downloadCaseDocument(appDeps(), projectId, choice);
}

/** The changes between two revisions of the project's case as Word tracked changes. */
export function downloadBusinessCaseChanges(
  projectId: string,
  revisions: { from: number; to: number },
): Promise<SaveOutcome> {
  return downloadCaseComparison(appDeps(), projectId, revisions);
}
