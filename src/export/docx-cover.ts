// The front matter of every document: the cover (title and details), the document control page
// (version history and approvals) and the table of contents.
import { HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { DocumentControl, DocumentMeta } from '../domain/document-model';
import type { DocxContext } from './docx-context';
import { otherLanguageRuns, textRuns } from './docx-inline';
import type { BodyChild } from './docx-rich-text';
import { headingStyle, tableSpacer } from './docx-rich-text';
import { buildTable, textCell } from './docx-table';
import { coverDetails, displayDate } from './display-text';
import { STYLE_IDS } from './styles';

/** The cover page: title, subtitle and a table of the document's details. */
export function coverChildren(meta: DocumentMeta): BodyChild[] {
  const subtitle = meta.subtitle
    ? [new Paragraph({ style: STYLE_IDS.subtitle, children: textRuns(meta.subtitle) })]
    : [];
  const details = buildTable({
    header: [],
    rows: coverDetails(meta).map(([label, value]) => [textCell(label, { bold: true }), textCell(value)]),
    weights: [1, 3],
    labelColumn: true,
    title: 'Document details',
    description: `Details of this document, one a row: ${coverDetails(meta)
      .map(([label]) => label.toLowerCase())
      .join(', ')}.`,
  });
  const draftNote =
    meta.status === 'draft'
      ? [
          new Paragraph({
            style: STYLE_IDS.note,
            spacing: { before: 240 },
            children: [new TextRun('This is a draft. It has not been approved and may change.')],
          }),
        ]
      : [];
  const otherTitles = (meta.otherTitles ?? []).map(
    (other) => new Paragraph({ style: STYLE_IDS.coverOtherTitle, children: otherLanguageRuns(other) }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(meta.title) }),
    ...otherTitles,
    ...subtitle,
    details,
    ...draftNote,
  ];
}

function heading(text: string, level: number, context: DocxContext, startsPage = false): Paragraph {
  return new Paragraph({
    heading: headingStyle(context.headingLevel(level)),
    pageBreakBefore: startsPage,
    children: textRuns(text),
  });
}

const APPROVAL_HEADINGS = ['Name', 'Role', 'Date', 'Outcome'];
const APPROVAL_WEIGHTS = [26, 30, 18, 26];

/** With no approvals recorded: an empty table with `rows` rows to fill in, or a line saying so. */
function blankApprovals(rows: number): BodyChild[] {
  if (rows <= 0) return [new Paragraph({ children: [new TextRun('No approvals are recorded yet.')] })];
  return [
    buildTable({
      header: APPROVAL_HEADINGS.map((text) => textCell(text, { bold: true })),
      rows: Array.from({ length: rows }, () => APPROVAL_HEADINGS.map(() => textCell('\n'))),
      weights: APPROVAL_WEIGHTS,
      title: 'Approvals',
      description: 'An empty table to record who approves this document: name, role, date and outcome.',
    }),
    tableSpacer(),
  ];
}

/** The document control page: version history and approvals. */
export function controlChildren(control: DocumentControl, context: DocxContext): BodyChild[] {
  const history =
    control.history.length > 0
      ? [
          buildTable({
            header: ['Version', 'Date', 'Author', 'Summary of change'].map((text) => textCell(text, { bold: true })),
            rows: control.history.map((entry) => [
              textCell(entry.version),
              textCell(displayDate(entry.date)),
              textCell(entry.author),
              textCell(entry.summary),
            ]),
            weights: [13, 20, 21, 46],
            title: 'Version history',
          }),
          tableSpacer(),
        ]
      : [new Paragraph({ children: [new TextRun('This is the first version.')] })];
  const approvals =
    control.approvals.length > 0
      ? [
          buildTable({
            header: APPROVAL_HEADINGS.map((text) => textCell(text, { bold: true })),
            rows: control.approvals.map((approval) => [
              textCell(approval.name),
              textCell(approval.role),
              textCell(approval.date ? displayDate(approval.date) : 'Not yet'),
              textCell(approval.outcome ?? (approval.date ? 'Approved' : 'Awaiting approval')),
            ]),
            weights: APPROVAL_WEIGHTS,
            title: 'Approvals',
          }),
          tableSpacer(),
        ]
      : blankApprovals(control.blankApprovalRows ?? 0);
  return [
    heading('Document control', 1, context, true),
    heading('Version history', 2, context),
    ...history,
    heading('Approvals', 2, context),
    ...approvals,
  ];
}

/**
 * The contents page: a Word table of contents of headings 1 to 3, with links. It starts a page of
 * its own; the body's first heading starts the page after it.
 */
export function contentsChildren(): BodyChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.contentsHeading, pageBreakBefore: true, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}
