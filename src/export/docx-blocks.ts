// Turns the model's sections and blocks into Word content: section headings (levels from nesting),
// paragraphs with footnotes, rich text, tables, lists, images with alternative text, comparisons.
import { ImageRun, LineRuleType, PageBreak, Paragraph } from 'docx';
import type { DocBlock, DocImage, DocList, DocSection } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { comparisonChildren } from './docx-comparison';
import { docInlineRuns, textRuns } from './docx-inline';
import type { BodyChild } from './docx-rich-text';
import { headingStyle, richTextChildren, tableSpacer } from './docx-rich-text';
import { modelTable } from './docx-table';
import { NUMBERING_REFS, STYLE_IDS, TEXT_WIDTH } from './styles';

const TWIPS_PER_PIXEL = 15;

function listChildren(list: DocList, level: number, context: DocxContext): Paragraph[] {
  const reference = list.ordered ? NUMBERING_REFS.ordered : NUMBERING_REFS.bullet;
  const instance = context.newList();
  return list.items.flatMap((item) => [
    new Paragraph({ numbering: { reference, level: Math.min(level, 8), instance }, children: docInlineRuns(item.content, context) }),
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
  return [...caption, new Paragraph({ keepLines: true, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [picture] })];
}

/** Word content for one block inside a section at `depth`. */
export function blockChildren(block: DocBlock, context: DocxContext, depth: number): BodyChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: docInlineRuns(block.content, context) })];
    case 'richText':
      return richTextChildren(block.content, context, depth);
    case 'table':
      return [...modelTable(block, context), tableSpacer()];
    case 'list':
      return listChildren(block, 0, context);
    case 'image':
      return imageChildren(block);
    case 'comparison':
      return comparisonChildren(block, context, depth);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The heading and blocks of one section (not its subsections), at `depth` (1 for a chapter). */
export function sectionChildren(section: DocSection, context: DocxContext, depth: number): BodyChild[] {
  const level = context.headingLevel(depth);
  const title = new Paragraph({
    heading: headingStyle(level),
    pageBreakBefore: section.newPage ?? false,
    children: textRuns(section.title),
  });
  return [title, ...section.blocks.flatMap((block) => blockChildren(block, context, level))];
}
