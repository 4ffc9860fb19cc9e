// A playbook guide as a document: its Markdown body mapped onto the document model (headings as
// sections, paragraphs, bold, italic, links and lists), with what it helps with listed up front.
import type { DocBlock, DocSection } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { GuideTemplate, Pack } from '../domain/pack';
import { markdownToModel } from './markdown-to-model';
import { bulletList } from './render-template-parts';
import type { ReferenceResolver } from './template-references';
import { referenceText } from './template-references';

/**
 * The "how to use" paragraphs and the body sections of a guide rendered as a document; the items it
 * helps with are named from `pack` (the guide's own) or by `resolve` for other packs.
 */
export function guideSections(
  template: GuideTemplate,
  pack: Pack,
  resolve?: ReferenceResolver,
): { howTo: DocBlock[]; sections: DocSection[] } {
  const content = markdownToModel(template.body);
  const helps = template.helps_with ?? [];
  const howTo: DocBlock[] =
    helps.length > 0
      ? [
          paragraphBlock('This guide helps with these points and sections of other templates:'),
          bulletList(helps.map((reference) => referenceText(reference, pack, resolve))),
        ]
      : [];
  const sections =
    content.blocks.length > 0
      ? [{ title: 'Introduction', blocks: content.blocks }, ...content.sections]
      : content.sections;
  return { howTo, sections };
}
