// Turns inline content (rich-text nodes and the model's simple inline pieces) into Word runs:
// bold, italic, links (only web and email addresses), line breaks and footnote references.
import { CheckBox, ExternalHyperlink, FootnoteReferenceRun, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { DocInline, OtherLanguageText } from '../domain/document-model';
import type { RichTextInline, RichTextMark } from '../domain/rich-text';
import { isSafeLink } from '../domain/rich-text';
import type { DocxContext } from './docx-context';
import { cutByCharacters, xmlSafeText } from '../domain/xml-text';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
}

/** Text runs for a string, with each new line written as a Word line break. */
export function textRuns(text: string, format: RunFormat = {}, style?: string): TextRun[] {
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: xmlSafeText(line),
        bold: format.bold,
        italics: format.italic,
        style,
        break: index > 0 ? 1 : undefined,
      }),
  );
}

/** The box the model writes where a reader ticks: U+2610, BALLOT BOX. */
export const TICK_BOX = '\u2610';

/** A box that can be ticked in Word (a check box content control), drawn in a font that has the glyphs. */
function tickBox(label: string): CheckBox {
  const font = 'Segoe UI Symbol';
  return new CheckBox({
    ...(label.length > 0 ? { alias: cutByCharacters(label, 60) } : {}),
    checkedState: { value: '2612', font },
    uncheckedState: { value: '2610', font },
  });
}

/**
 * Text runs as textRuns makes them, with each tick box in the text (U+2610) made a box that can be
 * ticked in Word; each box is named by the words after it, such as "Ready".
 */
export function tickableRuns(text: string, format: RunFormat = {}, style?: string): ParagraphChild[] {
  if (!text.includes(TICK_BOX)) return textRuns(text, format, style);
  return text.split('\n').flatMap((line, index): ParagraphChild[] => {
    const [first = '', ...rest] = line.split(TICK_BOX);
    const run = (part: string, lineBreak: boolean) =>
      new TextRun({
        text: xmlSafeText(part),
        bold: format.bold,
        italics: format.italic,
        style,
        break: lineBreak ? 1 : undefined,
      });
    return [
      ...(first.length > 0 || index > 0 ? [run(first, index > 0)] : []),
      ...rest.flatMap((part) => [tickBox(part.trim()), ...(part.length > 0 ? [run(part, false)] : [])]),
    ];
  });
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
    return linked(
      piece.href,
      textRuns(piece.text, format, piece.href && isSafeLink(piece.href) ? 'Hyperlink' : undefined),
    );
  });
}

/** Runs for text in another language, tagged with that language so it is read and checked as such. */
export function otherLanguageRuns(other: OtherLanguageText, format: RunFormat = {}): TextRun[] {
  return other.text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: xmlSafeText(line),
        bold: format.bold,
        italics: format.italic,
        language: { value: other.language },
        break: index > 0 ? 1 : undefined,
      }),
  );
}
