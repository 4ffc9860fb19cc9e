// Shows the changes between two versions of content as Word tracked changes (insertions and
// deletions with author and date), so reviewers can accept or reject each one in Word.
import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import type { IParagraphRunOptions, ParagraphChild } from 'docx';
import type { DiffBlock, DiffSegment } from '../domain/document-diff';
import { diffRichText } from '../domain/document-diff';
import type { DocComparison } from '../domain/document-model';
import { revisionDate } from './docx-context';
import type { DocxContext } from './docx-context';
import { formatOf, textRuns } from './docx-inline';
import { displayDate } from './display-text';
import { xmlSafeText } from '../domain/xml-text';
import type { BodyChild } from './docx-rich-text';
import { headingStyle, tableSpacer } from './docx-rich-text';
import { buildTable, columnWeights } from './docx-table';
import { NUMBERING_REFS, STYLE_IDS } from './styles';

interface Change {
  author: string;
  date: string;
  context: DocxContext;
}

function segmentRuns(segment: DiffSegment, change: Change): ParagraphChild[] {
  const format = formatOf(segment.marks);
  return segment.text.split('\n').map((text, index) => {
    const options = {
      text: xmlSafeText(text),
      bold: format.bold,
      italics: format.italic,
      break: index > 0 ? 1 : undefined,
    };
    if (segment.op === 'equal') return new TextRun(options);
    const revision = change.context.revision(change.author, change.date);
    return segment.op === 'insert'
      ? new InsertedTextRun({ ...options, ...revision })
      : new DeletedTextRun({ ...options, ...revision });
  });
}

/** Marks the paragraph itself as added or removed, so accepting or rejecting leaves no empty line. */
function paragraphMark(block: DiffBlock, change: Change): IParagraphRunOptions | undefined {
  if (block.change === 'inserted') return { insertion: change.context.revision(change.author, change.date) };
  if (block.change === 'deleted') return { deletion: change.context.revision(change.author, change.date) };
  return undefined;
}

function textBlock(
  block: Extract<DiffBlock, { kind: 'text' }>,
  change: Change,
  depth: number,
  lists: Map<string, number>,
): Paragraph {
  const children = block.segments.flatMap((segment) => segmentRuns(segment, change));
  const run = paragraphMark(block, change);
  const style = block.style;
  if (style.kind === 'heading')
    return new Paragraph({ heading: headingStyle(change.context.headingLevel(depth + style.level)), run, children });
  if (style.kind === 'listItem') {
    const reference = style.ordered ? NUMBERING_REFS.ordered : NUMBERING_REFS.bullet;
    const key = `${reference}:${style.depth}`;
    const instance = lists.get(key) ?? change.context.newList();
    lists.set(key, instance);
    return new Paragraph({ numbering: { reference, level: Math.min(style.depth, 8), instance }, run, children });
  }
  lists.clear();
  return new Paragraph({ run, children });
}

function tableBlock(block: Extract<DiffBlock, { kind: 'table' }>, change: Change): BodyChild[] {
  const spec = (cell: { header: boolean; segments: DiffSegment[] }) => ({
    textLength: cell.segments.reduce((sum, segment) => sum + segment.text.length, 0),
    children: [
      new Paragraph({
        style: cell.header ? STYLE_IDS.tableHeading : STYLE_IDS.tableText,
        children: cell.segments.flatMap((segment) => segmentRuns(segment, change)),
      }),
    ],
  });
  const [first, ...rest] = block.rows;
  const headerRow = first && first.every((cell) => cell.header) ? first : undefined;
  const bodyRows = headerRow ? rest : block.rows;
  const texts = block.rows.map((row) => row.map((cell) => cell.segments.map((s) => s.text).join('')));
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  return [
    buildTable({
      header: headerRow ? headerRow.map(spec) : [],
      rows: bodyRows.map((row) => row.map(spec)),
      weights: columnWeights(texts, columns),
    }),
    tableSpacer(),
  ];
}

/** Word content showing `before` changed into `after` as tracked changes by the comparison's author. */
export function comparisonChildren(comparison: DocComparison, context: DocxContext, depth: number): BodyChild[] {
  const change: Change = { author: comparison.author, date: revisionDate(comparison.date), context };
  const lists = new Map<string, number>();
  const note = new Paragraph({
    style: STYLE_IDS.note,
    children: textRuns(
      `Changes by ${comparison.author} (${displayDate(comparison.date)}) are shown as tracked changes. ` +
        'In Word, use Review to accept or reject each one.',
    ),
  });
  return [
    note,
    ...diffRichText(comparison.before, comparison.after, context.diffBudget).flatMap((block): BodyChild[] => {
      if (block.kind === 'table') {
        lists.clear();
        return tableBlock(block, change);
      }
      return [textBlock(block, change, depth, lists)];
    }),
  ];
}
