// A business case template as a blank case with its prompts: each section and sub-section as a
// heading with its purpose, the questions to answer (for one phase, or every phase grouped by
// phase), a blank log or register where the section is a structured part, and room to write.
import type { DocBlock, DocSection, DocTable } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { BusinessCaseSection, BusinessCaseTemplate } from '../domain/pack';
import type { Phase } from '../domain/project';
import { PHASE_LABELS } from '../domain/project';
import { richTextFromPlainText } from '../domain/rich-text';
import { answerBox, blankTable, boldLabel, bulletList } from './render-template-parts';

type StructuredPart = NonNullable<BusinessCaseSection['structured']>;
type SubSection = NonNullable<BusinessCaseSection['sections']>[number];

const LOG_ROWS = 4;

/** A blank log or register for a structured part, with the columns the app keeps for it. */
function structuredTable(part: StructuredPart, phases: readonly Phase[]): DocTable {
  switch (part) {
    case 'assumptions':
      return blankTable(
        'Assumptions log',
        [
          { heading: 'Assumption', weight: 32 },
          { heading: 'How we will test it', weight: 30 },
          { heading: 'What we found', weight: 24 },
          { heading: 'Status', weight: 14 },
        ],
        LOG_ROWS,
      );
    case 'options':
      return blankTable(
        'Options appraisal',
        [
          { heading: 'Option', weight: 22 },
          { heading: 'What it involves', weight: 30 },
          { heading: 'Cost range', weight: 16 },
          { heading: 'Assessment', weight: 32 },
        ],
        LOG_ROWS,
      );
    case 'costs':
      return blankTable(
        'Costs by phase',
        [
          { heading: 'Cost', weight: 28 },
          ...phases.map((phase) => ({ heading: PHASE_LABELS[phase], weight: 72 / phases.length })),
        ],
        LOG_ROWS,
      );
    case 'benefits':
      return blankTable(
        'Benefits as hypotheses',
        [
          { heading: 'We believe that', weight: 34 },
          { heading: 'We will know when', weight: 30 },
          { heading: 'Baseline', weight: 18 },
          { heading: 'Target', weight: 18 },
        ],
        LOG_ROWS,
      );
    case 'risks':
      return blankTable(
        'Risk register',
        [
          { heading: 'Risk', weight: 30 },
          { heading: 'Likelihood', weight: 16 },
          { heading: 'Impact', weight: 12 },
          { heading: 'Owner', weight: 14 },
          { heading: 'What we are doing about it', weight: 28 },
        ],
        LOG_ROWS,
      );
    case 'decisions':
      return blankTable(
        'Decision log',
        [
          { heading: 'Decision', weight: 36 },
          { heading: 'Date', weight: 14 },
          { heading: 'Made by', weight: 18 },
          { heading: 'Why', weight: 32 },
        ],
        LOG_ROWS,
      );
  }
}

function promptBlocks(section: SubSection, phases: readonly Phase[], chosen: Phase | undefined): DocBlock[] {
  const prompts = section.prompts ?? {};
  if (chosen) {
    const items = prompts[chosen] ?? [];
    return items.length > 0
      ? [boldLabel(`Questions to answer in ${chosen}`), bulletList(items)]
      : [paragraphBlock(`This template has no questions for this part in the ${chosen} phase.`)];
  }
  return phases.flatMap((phase): DocBlock[] => {
    const items = prompts[phase] ?? [];
    return items.length > 0 ? [boldLabel(`Questions to answer in ${phase}`), bulletList(items)] : [];
  });
}

function sectionBlocks(section: SubSection, phases: readonly Phase[], chosen: Phase | undefined): DocBlock[] {
  return [
    { kind: 'richText', content: richTextFromPlainText(section.purpose) },
    ...promptBlocks(section, phases, chosen),
    ...(section.structured ? [structuredTable(section.structured, phases)] : []),
    answerBox(chosen ? `Your answer for ${chosen}: ${section.title}` : `Your answer: ${section.title}`, 10),
  ];
}

/** The "how to use" paragraphs and the body sections of a business case template rendered as a blank case. */
export function businessCaseSections(
  template: BusinessCaseTemplate,
  chosen: Phase | undefined,
): { howTo: DocBlock[]; sections: DocSection[] } {
  const phases = template.phases;
  const howTo = [
    chosen
      ? paragraphBlock(
          `This copy shows the questions for the ${chosen} phase only. Each section says what it must show and gives the questions to answer now, with room to write your answer.`,
        )
      : paragraphBlock(
          `Each section says what it must show and gives the questions to answer in each phase (${phases.join(', ')}), grouped by phase, with room to write your answer. Answer the questions for the phase you are in, and revise the case at every phase.`,
        ),
    paragraphBlock(
      'Where a section keeps a log or register (assumptions, options, costs, benefits, risks or decisions), a blank table is included to start it.',
    ),
  ];
  const sections = template.sections.map((section, index): DocSection => ({
    title: section.title,
    newPage: index === 0,
    blocks: sectionBlocks(section, phases, chosen),
    ...(section.sections && section.sections.length > 0
      ? {
          sections: section.sections.map((sub): DocSection => ({
            title: sub.title,
            blocks: sectionBlocks(sub, phases, chosen),
          })),
        }
      : {}),
  }));
  return { howTo, sections };
}
