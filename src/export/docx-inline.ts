// Turns inline content (rich-text nodes and the model's simple inline pieces) into Word runs:
// bold, italic, links (only web and email addresses), line breaks and footnote references.
import { ExternalHyperlink, FootnoteReferenceRun, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { DocInline } from '../domain/document-model';
import type { RichTextInline, RichTextMark } from '../domain/rich-text';
import { isSafeLink } from '../domain/rich-text';
import type { DocxContext } from './docx-context';
import { xmlSafeText } from './docx-properties';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
}

/** Text runs for a string, with each new line written as a Word line break. */
export function textRuns(text: string, format: RunFormat = {}, style?: string): TextRun[] {
  return text.split('\n').map((line, index) =>
    new TextRun({ text: xmlSafeText(line), bold: format.bold, italics: format.italic, style, break: index > 0 ? 1 : undefined }),
  );
}

/** Wraps runs in a hyperlink when the address is safe; otherwise leaves the text plain. */
export function linked(href: string | undefined, runs: TextRun[]): ParagraphChild[] {
  if (!href || !isSafeLink(href)) return runs;
  return [new ExternalHyperlink({ link: href, children: runs })];
}

export function formatOf(marks: readonly RichTextMark[] | undefined): RunFormat & { href?: string } {
  const format: RunFormat & { href?: string } = {};
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') format.bold = true;
    else if (mark.type === 'italic') format.italic = true;
    else format.href = mark.attrs.href;
  }
  return format;
}

/** Word runs for rich-text inline nodes. */
export function richInlineRuns(content: readonly RichTextInline[] | undefined): ParagraphChild[] {
  return (content ?? []).flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })];
    const format = formatOf(node.marks);
    return linked(format.href, textRuns(node.text, format, format.href ? 'Hyperlink' : undefined));
  });
}

/** Word runs for the model's inline pieces; footnotes are numbered in the order they appear. */
export function docInlineRuns(content: readonly DocInline[], context: DocxContext): ParagraphChild[] {
  return content.flatMap((piece): ParagraphChild[] => {
    if (piece.kind === 'footnote') return [new FootnoteReferenceRun(context.addFootnote(piece.text, piece.href))];
    const format = { bold: piece.bold, italic: piece.italic };
    return linked(piece.href, textRuns(piece.text, format, piece.href && isSafeLink(piece.href) ? 'Hyperlink' : undefined));
  });
}
