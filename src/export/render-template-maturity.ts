// A maturity model as a scoring sheet: a summary table to record the current and target level of
// every category (or dimension), then a table per category and per dimension with each level's
// description, boxes to tick the current and the target level, and a row for notes and evidence.
import type { DocBlock, DocSection, DocTable, TableCellValue } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { MaturityCategory, MaturityModelTemplate } from '../domain/pack';
import { bulletList, writingSpace } from './render-template-parts';

const TICK_BOX = '\u2610';

type LevelDescriptions = Record<string, string>;

/** A level description as cell text: paragraphs kept apart by one line break. */
function cellParagraphs(text: string | undefined): string {
  if (!text || text.trim().length === 0) return 'Not described in this template.';
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n');
}

/** The levels with boxes to tick, and a last row for notes, so the notes never lose sight of their table. */
function levelsTable(
  template: MaturityModelTemplate,
  title: string,
  levels: LevelDescriptions,
  noteLines: number,
): DocTable {
  return {
    kind: 'table',
    caption: `${title}: levels`,
    columns: [
      { heading: 'Level', weight: 14 },
      { heading: 'What it looks like', weight: 62 },
      { heading: 'Current', weight: 12, align: 'center' },
      { heading: 'Target', weight: 12, align: 'center' },
    ],
    rows: [
      ...template.levels.map((level): TableCellValue[] => [
        level.label,
        cellParagraphs(levels[level.id]),
        TICK_BOX,
        TICK_BOX,
      ]),
      ['Notes and evidence', writingSpace(noteLines), '', ''],
    ],
  };
}

/** The levels table; `noteLines` is smaller for dimensions, so two fit on a page. */
function scoredBlocks(
  template: MaturityModelTemplate,
  title: string,
  summary: string | undefined,
  levels: LevelDescriptions,
  noteLines: number,
): DocBlock[] {
  return [...(summary ? [paragraphBlock(summary)] : []), levelsTable(template, title, levels, noteLines)];
}

function categorySection(template: MaturityModelTemplate, category: MaturityCategory): DocSection {
  const own = category.levels
    ? scoredBlocks(template, category.title, undefined, category.levels, category.dimensions ? 3 : 12)
    : [];
  const dimensions = (category.dimensions ?? []).map((dimension): DocSection => ({
    title: dimension.title,
    blocks: scoredBlocks(template, dimension.title, dimension.summary, dimension.levels, 3),
  }));
  return {
    title: category.title,
    blocks: [paragraphBlock(category.summary), ...own],
    ...(dimensions.length > 0 ? { sections: dimensions } : {}),
  };
}

/** The rows of the summary: one per category with its own levels, one per dimension. */
function summaryRows(template: MaturityModelTemplate): TableCellValue[][] {
  return template.categories.flatMap((category) => [
    ...(category.levels ? [[category.title, '', '', '']] : []),
    ...(category.dimensions ?? []).map((dimension) => [`${category.title}: ${dimension.title}`, '', '', '']),
  ]);
}

function summaryTable(template: MaturityModelTemplate): DocTable {
  return {
    kind: 'table',
    caption: 'Summary of scores',
    columns: [
      { heading: 'Category', weight: 44 },
      { heading: 'Current level', weight: 17 },
      { heading: 'Target level', weight: 17 },
      { heading: 'Notes', weight: 22 },
    ],
    rows: summaryRows(template),
  };
}

/** The "how to use" paragraphs and the body sections of a maturity model rendered as a scoring sheet. */
export function maturitySections(template: MaturityModelTemplate): { howTo: DocBlock[]; sections: DocSection[] } {
  const labels = template.levels.map((level) => level.label);
  const described = template.levels.filter((level) => level.summary);
  const scored = summaryRows(template).length;
  const howTo: DocBlock[] = [
    paragraphBlock(
      `Score each of the ${scored} ${template.categories.some((c) => c.dimensions) ? 'dimensions' : 'categories'} on the levels ${labels.join(', ')}. Read the description of each level, tick the one that matches where you are now (Current) and the one you aim to reach (Target), and note the evidence for your choice.`,
    ),
    paragraphBlock('Then copy the levels you chose into the summary of scores, so the whole picture fits on one page.'),
    ...(described.length > 0 ? [bulletList(described.map((level) => `${level.label}: ${level.summary ?? ''}`))] : []),
  ];
  const summary: DocSection = {
    title: 'Summary of scores',
    newPage: true,
    blocks: [paragraphBlock('Fill this in once you have scored every part.'), summaryTable(template)],
  };
  const categories = template.categories.map((category) => ({ ...categorySection(template, category), newPage: true }));
  return { howTo, sections: [summary, ...categories] };
}
