// Turns the model's sections and blocks into Word content: section headings (levels from nesting),
// paragraphs with footnotes, rich text, tables, lists, images with alternative text, comparisons.
import { ImageRun, LineRuleType, Paragraph } from 'docx';
import type { DocBlock, DocImage, DocList, DocSection, DocTable } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { chartChildren } from './docx-chart';
import { comparisonChildren } from './docx-comparison';
import { docInlineRuns, otherLanguageRuns, textRuns } from './docx-inline';
import type { BodyChild } from './docx-rich-text';
import { headingStyle, richTextChildren, tableSpacer } from './docx-rich-text';
import { modelTable } from './docx-table';
import { NUMBERING_REFS, STYLE_IDS, TEXT_WIDTH } from './styles';

const TWIPS_PER_PIXEL = 15;

function listChildren(list: DocList, level: number, context: DocxContext): Paragraph[] {
  const reference = list.ordered ? NUMBERING_REFS.ordered : NUMBERING_REFS.bullet;
  const instance = context.newList();
  return list.items.flatMap((item) => [
    new Paragraph({
      numbering: { reference, level: Math.min(level, 8), instance },
      children: docInlineRuns(item.content, context),
    }),
    ...(item.children ? listChildren(item.children, level + 1, context) : []),
  ]);
}

function imageChildren(image: DocImage): Paragraph[] {
  const altText = image.altText.trim();
  if (altText.length === 0) throw new Error('Every image needs a description for people who cannot see it.');
  const maxWidth = TEXT_WIDTH / TWIPS_PER_PIXEL;
  const scale = image.width > maxWidth ? maxWidth / image.width : 1;
  const picture = new ImageRun({
    type: image.format,
    data: image.data,
    transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
    altText: { name: image.caption ?? 'Figure', title: image.caption ?? altText, description: altText },
  });
  const caption = image.caption ? [new Paragraph({ style: STYLE_IDS.caption, children: textRuns(image.caption) })] : [];
  return [
    ...caption,
    new Paragraph({ keepLines: true, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [picture] }),
  ];
}

/** Where a block sits: its neighbours and the title of its section. */
export interface BlockPlace {
  previous?: DocBlock;
  next?: DocBlock;
  sectionTitle?: string;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLocaleLowerCase() === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** Whether a block ends with a list, after which a table needs a little space. */
function endsWithList(block: DocBlock | undefined): boolean {
  if (!block) return false;
  if (block.kind === 'list') return true;
  if (block.kind !== 'richText') return false;
  const last = block.content.content.at(-1);
  return last?.type === 'bulletList' || last?.type === 'orderedList';
}

function tableChildren(block: DocTable, context: DocxContext, place: BlockPlace): BodyChild[] {
  const hideCaption =
    block.caption !== undefined && place.sectionTitle !== undefined && sameText(block.caption, place.sectionTitle);
  const showsCaption = block.caption !== undefined && !hideCaption;
  const gap = !showsCaption && endsWithList(place.previous) ? [tableSpacer()] : [];
  return [...gap, ...modelTable(block, context, { hideCaption }), tableSpacer()];
}

/** Whether what follows a paragraph belongs with it on the page: a list or a table it introduces. */
function introduces(next: DocBlock | undefined): boolean {
  return (
    next?.kind === 'list' ||
    next?.kind === 'table' ||
    (next?.kind === 'richText' && ['bulletList', 'orderedList', 'table'].includes(next.content.content[0]?.type ?? ''))
  );
}

/** Word content for one block inside a section at `depth`. */
export function blockChildren(
  block: DocBlock,
  context: DocxContext,
  depth: number,
  place: BlockPlace = {},
): BodyChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          keepNext: (block.keepWithNext ?? false) || introduces(place.next) || undefined,
          children: docInlineRuns(block.content, context),
        }),
      ];
    case 'richText':
      return richTextChildren(block.content, context, depth);
    case 'table':
      return tableChildren(block, context, place);
    case 'list':
      return listChildren(block, 0, context);
    case 'image':
      return imageChildren(block);
    case 'chart':
      return chartChildren(block);
    case 'comparison':
      return comparisonChildren(block, context, depth);
    case 'pageBreak':
      // A break inside a section: an empty, small paragraph that starts the next page. A break at
      // the end of a section is left out, and the next section's heading starts the page instead.
      return [new Paragraph({ style: STYLE_IDS.spacer, pageBreakBefore: true })];
  }
}

/** The blocks without page breaks that would start a page twice: trailing ones and repeated ones. */
function withoutExtraBreaks(blocks: readonly DocBlock[]): DocBlock[] {
  const kept = blocks.filter(
    (block, index) => block.kind !== 'pageBreak' || (index > 0 && blocks[index - 1]?.kind !== 'pageBreak'),
  );
  while (kept.at(-1)?.kind === 'pageBreak') kept.pop();
  return kept;
}

/**
 * The heading and blocks of one section (not its subsections), at `depth` (1 for a chapter).
 * `startsPage` puts the heading at the top of a new page (the first section after the front
 * matter, or one after a page break); a page starts by its first paragraph, never by an empty one.
 */
export function sectionChildren(
  section: DocSection,
  context: DocxContext,
  depth: number,
  startsPage = false,
): BodyChild[] {
  const level = context.headingLevel(depth);
  const title = new Paragraph({
    heading: headingStyle(level),
    pageBreakBefore: startsPage || (section.newPage ?? false),
    children: textRuns(section.title),
  });
  const otherTitles = (section.otherTitles ?? []).map(
    (other) => new Paragraph({ style: STYLE_IDS.otherTitle, children: otherLanguageRuns(other) }),
  );
  const blocks = withoutExtraBreaks(section.blocks);
  return [
    title,
    ...otherTitles,
    ...blocks.flatMap((block, index) =>
      blockChildren(block, context, level, {
        previous: blocks[index - 1],
        next: blocks[index + 1],
        sectionTitle: section.title,
      }),
    ),
  ];
}
