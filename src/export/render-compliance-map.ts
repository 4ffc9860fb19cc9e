// The compliance map as a Word document: the findings a team hands to both sides (summary, conflict
// register, ordering contradictions, evidence both sides ask for, the integrated plan, exceptions, steps
// with no counterpart) and then each process in full with its links. It is the project's document: its
// name, department and owner on the cover and in the properties, the person exporting as author.
import type { DocSection, DocumentModel, DocumentStatus, TableCellValue } from '../domain/document-model';
import { normaliseMarking, paragraphBlock } from '../domain/document-model';
import { PHASE_LABELS, type Project } from '../domain/project';
import type { MapProcess } from '../domain/compliance-map/map-model';
import { findStep, stepKey } from '../domain/compliance-map/map-model';
import { displayDate } from './display-text';
import {
  contradictionsSection,
  evidenceReuseSection,
  registerSection,
  summarySection,
  type MapFindingsInput,
} from './compliance-map-findings';
import { exceptionsSection, planSection, unmappedSection } from './compliance-map-plan';
import { SIDE_LABELS, originWords, relationFrom, stepWithProcess } from './compliance-map-words';
import { projectVersion } from './render-project-summary';

export interface ComplianceMapDocInput extends MapFindingsInput {
  project: Project;
}

export interface ComplianceMapDocOptions {
  /** The person exporting ("Your name" in Settings, or `--author` on the command line). */
  author: string;
  /** ISO date (yyyy-mm-dd) the document is dated. */
  date: string;
  marking?: string;
  status?: DocumentStatus;
}

function sourceWords(process: MapProcess): string {
  const source = process.source;
  switch (source.type) {
    case 'template':
      return `from the template ${source.templateId} of the pack ${source.packId}, at version ${source.version}`;
    case 'file':
      return `imported from the file ${source.fileName} on ${displayDate(source.importedAt)}`;
    case 'manual':
      return 'written in by the team';
  }
}

function processSection(input: ComplianceMapDocInput, process: MapProcess): DocSection {
  const { map, analysis } = input;
  const names = new Map(process.steps.map((s) => [s.id, s.name]));
  const organisation = process.organisation.trim() ? ` of ${process.organisation.trim()}` : '';
  const stepsTable: DocSection['blocks'][number] = {
    kind: 'table',
    caption: `Steps of ${process.title}`,
    columns: [
      { heading: 'Step', weight: 4 },
      { heading: 'Owner', weight: 3 },
      { heading: 'Phase', weight: 2 },
      { heading: 'Days', weight: 1, align: 'right' },
      { heading: 'Depends on', weight: 3 },
      { heading: 'Evidence', weight: 4 },
    ],
    rows: process.steps.map((step): TableCellValue[] => {
      const after = step.dependsOn.map((id) => names.get(id) ?? id);
      return [
        // The name only: the descriptions of real processes run to paragraphs, which made each row a page.
        step.name,
        step.owner.trim() || 'Not given',
        step.phase ? PHASE_LABELS[step.phase] : 'Any',
        step.durationDays ?? 'Not given',
        after.length === 0 ? 'Nothing' : { text: after.join('\n'), bulleted: after.length > 1 },
        step.evidence.length === 0 ? 'None' : { text: step.evidence.join('\n'), bulleted: step.evidence.length > 1 },
      ];
    }),
  };
  const links = map.links.filter((l) => l.from.processId === process.id || l.to.processId === process.id);
  // With two processes every link goes to the other one, so its title is said once, above the table.
  const twoProcesses = map.processes.length === 2;
  const otherTitle = map.processes.find((p) => p.id !== process.id)?.title ?? '';
  const review = links.filter((l) => l.needsReview !== null || analysis.linksNeedingReview.includes(l.id));
  const linkBlocks: DocSection['blocks'] =
    links.length === 0
      ? [paragraphBlock(`No links have been drawn to the steps of ${process.title} yet.`)]
      : [
          paragraphBlock(
            twoProcesses
              ? `Each link joins a step of ${process.title} to a step of ${otherTitle}, read from this process's side.`
              : `Each link joins a step of ${process.title} to a step of another process, read from this process's side.`,
          ),
          {
            kind: 'table',
            caption: `Links of ${process.title}`,
            columns: [
              { heading: 'Step', weight: 3 },
              { heading: 'Relation', weight: 2 },
              { heading: 'Other step', weight: 3 },
              { heading: 'Status', weight: 2 },
              { heading: 'Origin', weight: 3 },
              { heading: 'Note', weight: 3 },
            ],
            rows: links.map((link): TableCellValue[] => {
              const mine = link.from.processId === process.id ? link.from : link.to;
              const other = link.from.processId === process.id ? link.to : link.from;
              const needs = link.needsReview !== null || analysis.linksNeedingReview.includes(link.id);
              const note = [link.reason, link.note].filter((t) => t.trim()).join('\n');
              return [
                names.get(mine.stepId) ?? stepKey(mine),
                relationFrom(link, process.id),
                twoProcesses ? (findStep(map, other)?.name ?? stepKey(other)) : stepWithProcess(map, other),
                needs
                  ? { text: 'Needs review', tone: 'warning' }
                  : link.status === 'agreed'
                    ? { text: 'Agreed', tone: 'good' }
                    : { text: 'Draft', tone: 'neutral' },
                originWords(link),
                note || 'None',
              ];
            }),
          },
        ];
  if (review.length > 0)
    linkBlocks.push(
      paragraphBlock(
        `${review.length === 1 ? 'One link needs' : `${review.length} links need`} review because the process moved to a newer version and a linked step changed or was removed: ${review
          .map((l) => l.needsReview ?? `${stepWithProcess(map, l.from)} and ${stepWithProcess(map, l.to)}`)
          .join(' ')}`,
      ),
    );
  return {
    title: process.title,
    blocks: [
      paragraphBlock(
        `The ${SIDE_LABELS[process.side]} process${organisation}, ${sourceWords(process)}, with ${process.steps.length === 1 ? 'one step' : `${process.steps.length} steps`}.`,
      ),
      stepsTable,
      { kind: 'paragraph', keepWithNext: true, content: [{ kind: 'text', text: 'Links', bold: true }] },
      ...linkBlocks,
    ],
  };
}

/** The document model of a project's compliance map and what its analysis found. */
export function renderComplianceMap(input: ComplianceMapDocInput, options: ComplianceMapDocOptions): DocumentModel {
  const { project, map } = input;
  const version = projectVersion({ updatedAt: map.updatedAt > project.updatedAt ? map.updatedAt : project.updatedAt });
  const phase = PHASE_LABELS[project.phase];
  return {
    meta: {
      title: `${project.name}: compliance map`,
      subtitle: 'Integrated assurance and approval plan',
      project: project.name,
      department: project.department || undefined,
      owner: project.owner || undefined,
      phase,
      version,
      date: options.date,
      author: options.author,
      status: options.status ?? 'for-review',
      marking: normaliseMarking(options.marking ?? 'OFFICIAL'),
      subject: 'Compliance map',
      keywords: ['compliance map', 'assurance plan', project.name, ...map.processes.map((p) => p.title)],
      description: `How ${map.processes.map((p) => p.title).join(' and ')} fit together for the project ${project.name}.`,
    },
    control: {
      history: [{ version, date: options.date, author: options.author, summary: 'The map as last changed.' }],
      approvals: [],
      blankApprovalRows: 2,
    },
    contents: true,
    sections: [
      summarySection(input),
      { ...registerSection(input), newPage: true },
      contradictionsSection(input),
      evidenceReuseSection(input),
      planSection(input),
      exceptionsSection(input),
      unmappedSection(input),
      {
        title: 'The processes in full',
        newPage: true,
        blocks: [paragraphBlock('Each process as the map holds it, with every link drawn to its steps.')],
        sections: map.processes.map((process) => processSection(input, process)),
      },
    ],
  };
}
