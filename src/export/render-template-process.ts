// A process as a table of its steps (number and name, owner, phase, what it depends on by name,
// typical duration and the evidence it asks for, as lists), followed by each step's description and
// reference.
import type { DocBlock, DocSection, DocTable, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { ProcessStep, ProcessTemplate } from '../domain/pack';
import { PHASE_LABELS } from '../domain/project';
import { richTextFromPlainText } from '../domain/rich-text';
import { bulletList } from './render-template-parts';

/** "2. Spend control triage": the way a step is named wherever another refers to it. */
function stepName(step: ProcessStep, number: number): string {
  return `${number}. ${step.name}`;
}

/** The steps a step waits for, by name: a list when there are several. */
function dependsOn(step: ProcessStep, names: ReadonlyMap<string, string>): TableCellValue {
  const named = (step.depends_on ?? []).map((id) => names.get(id) ?? id);
  return named.length > 1 ? { text: named.join('\n'), bulleted: true } : named.join('');
}

function stepsTable(template: ProcessTemplate): DocTable {
  const names = new Map(template.steps.map((step, index) => [step.id, stepName(step, index + 1)]));
  return {
    kind: 'table',
    caption: `Steps of ${template.title}`,
    columns: [
      // Phase and Days are as narrow as "Discovery" and the heading "Days" allow on one line.
      { heading: 'Step', weight: 19 },
      { heading: 'Owner', weight: 16 },
      { heading: 'Phase', weight: 12 },
      { heading: 'Depends on', weight: 15 },
      { heading: 'Days', weight: 8, align: 'right' },
      { heading: 'Evidence', weight: 30 },
    ],
    rows: template.steps.map((step, index): TableCellValue[] => [
      stepName(step, index + 1),
      step.owner ?? '',
      step.phase ? PHASE_LABELS[step.phase] : '',
      dependsOn(step, names),
      step.duration_days ?? '',
      { text: (step.evidence ?? []).join('\n'), bulleted: true },
    ]),
  };
}

function stepDetails(step: ProcessStep, number: number, names: ReadonlyMap<string, string>): DocSection {
  const facts = [
    `Reference: ${step.id}`,
    ...(step.owner ? [`Owner: ${step.owner}`] : []),
    ...(step.phase ? [`Phase: ${PHASE_LABELS[step.phase]}`] : []),
    ...(step.duration_days !== undefined
      ? [`Typical duration: ${step.duration_days} ${step.duration_days === 1 ? 'day' : 'days'}`]
      : []),
    ...((step.depends_on ?? []).length > 0
      ? [`Starts after: ${(step.depends_on ?? []).map((id) => names.get(id) ?? id).join('; ')}`]
      : []),
  ];
  const description: DocBlock[] = step.description
    ? [{ kind: 'richText', content: richTextFromPlainText(step.description) }]
    : [paragraphBlock('The process gives no description for this step.')];
  return { title: stepName(step, number), blocks: [...description, bulletList(facts)] };
}

/** The "how to use" paragraphs and the body sections of a process rendered as a document. */
export function processSections(template: ProcessTemplate): { howTo: DocBlock[]; sections: DocSection[] } {
  const names = new Map(template.steps.map((step, index) => [step.id, stepName(step, index + 1)]));
  const days = template.steps.reduce((sum, step) => sum + (step.duration_days ?? 0), 0);
  const howTo = [
    paragraphBlock(
      `The process has ${template.steps.length} ${template.steps.length === 1 ? 'step' : 'steps'}. The table lists them in order with who owns each, the phase it belongs to, the steps that must finish first, its typical length in days and the evidence it asks for. Each step's description follows the table.`,
    ),
    ...(days > 0
      ? [
          paragraphBlock(
            `The typical durations add up to ${days} days; steps that do not depend on each other can run at the same time, so the whole process may take less.`,
          ),
        ]
      : []),
  ];
  const table: DocSection = { title: 'Steps', newPage: true, blocks: [stepsTable(template)] };
  const details: DocSection = {
    title: 'Steps in detail',
    newPage: true,
    blocks: [],
    sections: template.steps.map((step, index) => stepDetails(step, index + 1, names)),
  };
  return { howTo, sections: [table, details] };
}
