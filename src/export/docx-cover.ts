// The front matter of every document: the cover (title and details), the document control page
// (version history and approvals) and the table of contents.
import { HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import type { DocumentControl, DocumentMeta } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { textRuns } from './docx-inline';
import type { BodyChild } from './docx-rich-text';
import { headingStyle, tableSpacer } from './docx-rich-text';
import { buildTable, textCell } from './docx-table';
import { coverDetails, displayDate } from './display-text';
import { STYLE_IDS } from './styles';

function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** The cover page: title, subtitle and a table of the document's details. */
export function coverChildren(meta: DocumentMeta): BodyChild[] {
  const subtitle = meta.subtitle ? [new Paragraph({ style: STYLE_IDS.subtitle, children: textRuns(meta.subtitle) })] : [];
  const details = buildTable({
    header: [],
    rows: coverDetails(meta).map(([label, value]) => [textCell(label, { bold: true }), textCell(value)]),
    weights: [1, 3],
    labelColumn: true,
  });
  const draftNote = meta.status === 'draft'
    ? [new Paragraph({ style: STYLE_IDS.note, spacing: { before: 240 }, children: [new TextRun('This is a draft. It has not been approved and may change.')] })]
    : [];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(meta.title) }),
    ...subtitle,
    details,
    ...draftNote,
    pageBreak(),
  ];
}

function heading(text: string, level: number, context: DocxContext): Paragraph {
  return new Paragraph({ heading: headingStyle(context.headingLevel(level)), children: textRuns(text) });
}

/** The document control page: version history and approvals. */
export function controlChildren(control: DocumentControl, context: DocxContext): BodyChild[] {
  const history = control.history.length > 0
    ? [buildTable({
      header: ['Version', 'Date', 'Author', 'Summary of change'].map((text) => textCell(text, { bold: true })),
      rows: control.history.map((entry) => [
        textCell(entry.version), textCell(displayDate(entry.date)), textCell(entry.author), textCell(entry.summary),
      ]),
      weights: [13, 20, 21, 46],
    }), tableSpacer()]
    : [new Paragraph({ children: [new TextRun('This is the first version.')] })];
  const approvals = control.approvals.length > 0
    ? [buildTable({
      header: ['Name', 'Role', 'Date', 'Outcome'].map((text) => textCell(text, { bold: true })),
      rows: control.approvals.map((approval) => [
        textCell(approval.name),
        textCell(approval.role),
        textCell(approval.date ? displayDate(approval.date) : 'Not yet'),
        textCell(approval.outcome ?? (approval.date ? 'Approved' : 'Awaiting approval')),
      ]),
      weights: [26, 30, 18, 26],
    }), tableSpacer()]
    : [new Paragraph({ children: [new TextRun('No approvals are recorded yet.')] })];
  return [
    heading('Document control', 1, context),
    heading('Version history', 2, context),
    ...history,
    heading('Approvals', 2, context),
    ...approvals,
  ];
}

/** The contents page: a Word table of contents of headings 1 to 3, with links. */
export function contentsChildren(): BodyChild[] {
  return [
    pageBreak(),
    new Paragraph({ style: STYLE_IDS.contentsHeading, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    pageBreak(),
  ];
}
