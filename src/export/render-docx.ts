// The Word renderer: a document model in, the bytes of a .docx out. It reports progress section by
// section and gives the host a chance to breathe between sections, so long documents never freeze it.
import { Document, Packer } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { DocSection, DocumentModel } from '../domain/document-model';
import { documentWordCount, flattenSections, normaliseMarking } from '../domain/document-model';
import { sectionChildren } from './docx-blocks';
import { DocxContext } from './docx-context';
import { contentsChildren, controlChildren, coverChildren } from './docx-cover';
import { pageSetup } from './docx-page';
import { corePropertiesXml, customProperties, documentLanguage } from './docx-properties';
import type { BodyChild } from './docx-rich-text';
import { xmlSafeModel } from './xml-safe-model';
import { BASE_STYLES_XML, documentNumbering, documentStyles } from './styles';

export interface ExportProgress {
  /** Steps finished so far and in all: one per section, one for the front matter, one for packing. */
  done: number;
  total: number;
  stage: 'building' | 'packing' | 'done';
}

export interface DocxOptions {
  onProgress?: (progress: ExportProgress) => void;
  /** When the document is created (its properties); now when left out. */
  now?: Date;
  /**
   * Works out the page numbers of the table of contents when the file is written. Laying out the
   * pages takes a few seconds for long documents, and its cost grows with the square of the number
   * of headings (the library lays the pages out again for each page the contents fill), so by
   * default ('auto') only documents of up to CONTENTS_ESTIMATE_WORDS words and
   * CONTENTS_ESTIMATE_HEADINGS headings get them. A document whose contents are not worked out asks
   * Word to update its fields when it is opened, so the numbers appear there. The app and the
   * command line both use 'auto'.
   */
  contentsPageNumbers?: boolean | 'auto';
}

const BREATHE_EVERY_MS = 40;

/**
 * The longest document (in words) whose contents page numbers are worked out by default: about
 * three seconds of layout here, which the export worker covers with its progress bar. Longer
 * documents are left to Word, which updates the fields when it opens them.
 */
export const CONTENTS_ESTIMATE_WORDS = 25_000;

/**
 * The most headings whose contents page numbers are worked out by default: what drives the cost of
 * the estimate is the number of headings (measured in test/bench/contents.bench.ts), not the words.
 */
export const CONTENTS_ESTIMATE_HEADINGS = 150;

/**
 * The most headings a Word document may have. Writing the XML of each heading and its contents
 * entry costs about a millisecond, so past this a document would take more than a few seconds; it
 * is refused at once, with the reason, rather than left running. Above the most a guide may have
 * (PACK_LIMITS.maxGuideHeadings), so every valid guide, with its own front sections, fits.
 */
export const DOCUMENT_MAX_HEADINGS = 1_500;

/** A document too large to write as Word, with a sentence saying why and what to do. */
export class DocumentTooLargeError extends Error {
  constructor(readonly headings: number) {
    super(
      `It has ${headings.toLocaleString('en-GB')} headings, more than the ${DOCUMENT_MAX_HEADINGS.toLocaleString('en-GB')} a Word document from Waymark can hold; split it into smaller documents, or download it as Markdown.`,
    );
    this.name = 'DocumentTooLargeError';
  }
}

/** The headings of a document: one per section, at any depth. */
export function documentHeadingCount(model: DocumentModel): number {
  return flattenSections(model.sections).length;
}

/** Throws a DocumentTooLargeError when a document has more headings than a Word document may. */
export function checkDocumentSize(model: DocumentModel): void {
  const headings = documentHeadingCount(model);
  if (headings > DOCUMENT_MAX_HEADINGS) throw new DocumentTooLargeError(headings);
}

function estimatesContents(model: DocumentModel, option: DocxOptions['contentsPageNumbers']): boolean {
  if (option === true || option === false) return option;
  return (
    hasContents(model) &&
    documentHeadingCount(model) <= CONTENTS_ESTIMATE_HEADINGS &&
    documentWordCount(model) <= CONTENTS_ESTIMATE_WORDS
  );
}

function hasContents(model: DocumentModel): boolean {
  return model.contents ?? true;
}

function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The Word document object and its properties part; the synchronous half of rendering. */
export function buildDocx(given: DocumentModel, options: DocxOptions = {}): { document: Document; coreXml: string } {
  checkDocumentSize(given);
  const model = xmlSafeModel(given);
  const context = new DocxContext();
  const sections = flattenSections(model.sections);
  const body = frontMatter(model, context).concat(
    sections.flatMap(({ section, depth }, index) =>
      sectionChildren(section, context, depth, startsPage(sections, index)),
    ),
  );
  return {
    document: documentFor(model, body, context, options),
    coreXml: corePropertiesXml(model.meta, options.now ?? new Date()),
  };
}

/**
 * Whether the section at `index` starts a new page: the first one always does (the front matter
 * before it ends a page), and so does one that follows a page break at the end of the section before.
 */
function startsPage(sections: readonly { section: DocSection }[], index: number): boolean {
  if (index === 0) return true;
  const previous = sections[index - 1]?.section.blocks;
  return previous?.at(-1)?.kind === 'pageBreak';
}

function frontMatter(model: DocumentModel, context: DocxContext): BodyChild[] {
  const front = [
    ...coverChildren(model.meta),
    ...(model.control ? controlChildren(model.control, context) : []),
    ...(hasContents(model) ? contentsChildren() : []),
  ];
  context.resetHeadings();
  return front;
}

function documentFor(model: DocumentModel, body: BodyChild[], context: DocxContext, options: DocxOptions): Document {
  const meta = model.meta;
  const language = documentLanguage(meta);
  const estimated = estimatesContents(model, options.contentsPageNumbers);
  return new Document({
    title: meta.title,
    subject: meta.subject ?? meta.subtitle,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.description,
    keywords: (meta.keywords ?? []).join('; '),
    externalStyles: BASE_STYLES_XML,
    styles: documentStyles(language),
    numbering: documentNumbering(),
    footnotes: context.footnotes,
    customProperties: customProperties(meta, normaliseMarking(meta.marking)),
    ...(estimated ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    ...(hasContents(model) && !estimated ? { features: { updateFields: true } } : {}),
    sections: [{ ...pageSetup(meta, true), children: body }],
  });
}

/**
 * Renders a document model to the bytes of a .docx file, reporting progress after the front
 * matter, after each section and after packing.
 */
export async function renderDocx(given: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  checkDocumentSize(given);
  const model = xmlSafeModel(given);
  const report = options.onProgress ?? (() => undefined);
  const sections = flattenSections(model.sections);
  const total = sections.length + 2;
  const context = new DocxContext();
  const body: BodyChild[] = frontMatter(model, context);
  report({ done: 1, total, stage: 'building' });
  let lastBreath = Date.now();
  for (const [index, { section, depth }] of sections.entries()) {
    body.push(...sectionChildren(section, context, depth, startsPage(sections, index)));
    report({ done: index + 2, total, stage: 'building' });
    if (Date.now() - lastBreath > BREATHE_EVERY_MS) {
      await breathe();
      lastBreath = Date.now();
    }
  }
  report({ done: total - 1, total, stage: 'packing' });
  const document = documentFor(model, body, context, options);
  const coreXml = corePropertiesXml(model.meta, options.now ?? new Date());
  const bytes = await Packer.pack(document, 'uint8array', undefined, [{ path: 'docProps/core.xml', data: coreXml }]);
  report({ done: total, total, stage: 'done' });
  return bytes;
}
