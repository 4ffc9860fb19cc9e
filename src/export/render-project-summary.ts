// The project summary: a Word document about one project (its details, the templates it uses at which
// version, and its evidence as a table). Made from the app's project page and by `waymark export --what
// project`. It is the project's document: its name, department, owner and phase are on the cover and in
// the properties, the author is the person exporting, and its version is the project's last change.
import type { DocSection, DocumentModel, DocumentStatus, TableCellValue } from '../domain/document-model';
import { normaliseMarking, paragraphBlock } from '../domain/document-model';
import { EVIDENCE_KIND_LABELS, type EvidenceItem } from '../domain/evidence';
import { PHASE_LABELS, type Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import type { AttachmentMeta } from '../domain/project-file';
import { displayDate } from './display-text';

export interface ProjectSummaryInput {
  project: Project;
  templates: readonly ProjectTemplate[];
  evidence: readonly EvidenceItem[];
  attachments: readonly AttachmentMeta[];
}

export interface ProjectSummaryOptions {
  /** The person exporting: "Your name" in Settings, or `--author` (or the project's owner) on the command line. */
  author: string;
  /** ISO date (yyyy-mm-dd) the document is dated. */
  date: string;
  marking?: string;
  status?: DocumentStatus;
  /** The title of a template the project uses, when it is installed; the ids are shown otherwise. */
  templateTitle?: (use: ProjectTemplate) => string | undefined;
}

/**
 * The version of a summary: the moment the project was last changed (UTC, to the minute), because the
 * document describes the project as it stood then; two summaries of the same state share it.
 */
export function projectVersion(project: Pick<Project, 'updatedAt'>): string {
  const at = new Date(project.updatedAt);
  if (Number.isNaN(at.getTime())) return project.updatedAt;
  const iso = at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 13)}${iso.slice(14, 16)} UTC`;
}

function notGiven(text: string): string {
  return text.trim().length > 0 ? text : 'Not given';
}

function detailsSection(project: Project): DocSection {
  const rows: [string, string][] = [
    ['Name', project.name],
    ['Department', notGiven(project.department)],
    ['Phase', PHASE_LABELS[project.phase]],
    ['Owner', notGiven(project.owner)],
    ['Description', notGiven(project.description)],
    ['Created', displayDate(project.createdAt)],
    ['Last changed', displayDate(project.updatedAt)],
  ];
  if (project.archivedAt) rows.push(['Archived', displayDate(project.archivedAt)]);
  return {
    title: 'Project details',
    blocks: [
      {
        kind: 'table',
        caption: 'Project details',
        columns: [
          { heading: 'Detail', weight: 1 },
          { heading: 'Value', weight: 3 },
        ],
        rows,
      },
    ],
  };
}

function templatesSection(input: ProjectSummaryInput, options: ProjectSummaryOptions): DocSection {
  if (input.templates.length === 0)
    return { title: 'Templates used', blocks: [paragraphBlock('This project does not use any templates yet.')] };
  const uses = [...input.templates].sort(
    (a, b) =>
      a.addedAt.localeCompare(b.addedAt) ||
      a.packId.localeCompare(b.packId) ||
      a.templateId.localeCompare(b.templateId),
  );
  return {
    title: 'Templates used',
    blocks: [
      paragraphBlock('The templates this project works from, each at the version the project uses.'),
      {
        kind: 'table',
        caption: 'Templates used',
        columns: [
          { heading: 'Template', weight: 4 },
          { heading: 'Pack', weight: 4 },
          { heading: 'Version', weight: 2 },
          { heading: 'Added', weight: 3 },
        ],
        rows: uses.map((use) => [
          options.templateTitle?.(use) ?? use.templateId,
          use.packId,
          use.version,
          displayDate(use.addedAt),
        ]),
      },
    ],
  };
}

function whereItIs(item: EvidenceItem, attachments: ReadonlyMap<string, AttachmentMeta>): TableCellValue {
  switch (item.source.type) {
    case 'none':
      return 'Not given';
    case 'link':
      return { text: item.source.url, href: item.source.url };
    case 'path':
      return item.source.path;
    case 'file': {
      const meta = attachments.get(item.source.attachmentId);
      return meta ? `Attached file: ${meta.name}` : 'Attached file (missing)';
    }
  }
}

function evidenceSection(input: ProjectSummaryInput): DocSection {
  if (input.evidence.length === 0)
    return { title: 'Evidence', blocks: [paragraphBlock('No evidence has been added to this project yet.')] };
  const attachments = new Map(input.attachments.map((meta) => [meta.id, meta]));
  const items = [...input.evidence].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title),
  );
  const count = items.length === 1 ? 'One item' : `${items.length} items`;
  return {
    title: 'Evidence',
    blocks: [
      paragraphBlock(`${count} of evidence, most recent first.`),
      {
        kind: 'table',
        caption: 'Evidence',
        description: 'Each evidence item: its title and description, kind, date, owner and where it is.',
        columns: [
          { heading: 'Evidence', weight: 5 },
          { heading: 'Kind', weight: 2 },
          { heading: 'Date', weight: 2 },
          { heading: 'Owner', weight: 2 },
          { heading: 'Where it is', weight: 3 },
        ],
        rows: items.map((item) => [
          item.description ? `${item.title}\n${item.description}` : item.title,
          EVIDENCE_KIND_LABELS[item.kind],
          item.date ? displayDate(item.date) : 'Not given',
          notGiven(item.owner),
          whereItIs(item, attachments),
        ]),
      },
    ],
  };
}

/** The document model of a project's summary. */
export function renderProjectSummary(input: ProjectSummaryInput, options: ProjectSummaryOptions): DocumentModel {
  const { project } = input;
  const version = projectVersion(project);
  const phase = PHASE_LABELS[project.phase];
  return {
    meta: {
      title: `${project.name}: project summary`,
      project: project.name,
      department: project.department || undefined,
      owner: project.owner || undefined,
      phase,
      version,
      date: options.date,
      author: options.author,
      status: options.status ?? 'for-review',
      marking: normaliseMarking(options.marking ?? 'OFFICIAL'),
      subject: 'Project summary',
      keywords: ['project summary', project.name, phase],
      description: `A summary of the project ${project.name} as it stood on ${displayDate(project.updatedAt)}.`,
    },
    control: {
      history: [
        { version, date: options.date, author: options.author, summary: 'Summary of the project as last changed.' },
      ],
      approvals: [],
    },
    contents: false,
    sections: [detailsSection(project), templatesSection(input, options), evidenceSection(input)],
  };
}
