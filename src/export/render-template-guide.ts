// A playbook guide as a document: its Markdown body mapped onto the document model (headings as
// sections, paragraphs, bold, italic, links and lists), with what it helps with listed up front.
import type { DocBlock, DocSection } from '../domain/document-model';
import { paragraphBlock } from '../domain/document-model';
import type { GuideTemplate } from '../domain/pack';
import { markdownToModel } from './markdown-to-model';
import { bulletList } from './render-template-parts';

/** "gov-uk-service-standard/gov-uk-service-standard#7" as a reader says it: "point 7 of gov-uk-service-standard". */
function referenceText(reference: string): string {
  const [target = reference, item] = reference.split('#');
  const template = target.includes('/') ? target.slice(target.indexOf('/') + 1) : target;
  if (!item) return template;
  return /^\d+$/.test(item) ? `point ${item} of ${template}` : `the part "${item}" of ${template}`;
}

/** The "how to use" paragraphs and the body sections of a guide rendered as a document. */
export function guideSections(template: GuideTemplate): { howTo: DocBlock[]; sections: DocSection[] } {
  const content = markdownToModel(template.body);
  const helps = template.helps_with ?? [];
  const howTo: DocBlock[] = helps.length > 0
    ? [paragraphBlock('This guide helps with these points and sections of other templates:'), bulletList(helps.map(referenceText))]
    : [];
  const sections = content.blocks.length > 0 ? [{ title: 'Introduction', blocks: content.blocks }, ...content.sections] : content.sections;
  return { howTo, sections };
}
