// Page furniture for every document: A4 page and margins, the classification marking at the top
// and bottom of every page, "Page X of Y", and a DRAFT watermark and marking while in draft.
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { DocumentMeta } from '../domain/document-model';
import { DOCUMENT_STATUS_LABELS, normaliseMarking } from '../domain/document-model';
import { characterCount, cutByCharacters } from '../domain/xml-text';
import { COLOURS, FONT, FOOTER_TABS, PAGE, STYLE_IDS } from './styles';

function markingParagraph(meta: DocumentMeta, draftNote: boolean): Paragraph {
  const marking = normaliseMarking(meta.marking);
  const watermark =
    meta.status === 'draft'
      ? [new TextWatermark({ text: 'DRAFT', font: FONT, color: 'C8C8C8', opacity: 0.45, bold: true })]
      : [];
  const draft =
    draftNote && meta.status === 'draft' ? [new TextRun({ text: '\u2003DRAFT', color: COLOURS.muted })] : [];
  return new Paragraph({ style: STYLE_IDS.marking, children: [...watermark, new TextRun(marking), ...draft] });
}

function pageHeader(meta: DocumentMeta): Header {
  return new Header({ children: [markingParagraph(meta, true)] });
}

const FOOTER_TITLE_MAX = 60;

/** The footer's left-hand text: a shortened title, the version and the status. */
export function footerText(meta: DocumentMeta): string {
  const cut = cutByCharacters(meta.title, FOOTER_TITLE_MAX - 1);
  const title =
    cut === meta.title || characterCount(meta.title) <= FOOTER_TITLE_MAX ? meta.title : `${cut.trimEnd()}\u2026`;
  return `${title} \u00B7 version ${meta.version} \u00B7 ${DOCUMENT_STATUS_LABELS[meta.status]}`;
}

function pageFooter(meta: DocumentMeta, numbered: boolean): Footer {
  const details = new Paragraph({
    style: STYLE_IDS.footer,
    tabStops: FOOTER_TABS,
    children: numbered
      ? [new TextRun({ children: [footerText(meta), '\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })]
      : [new TextRun({ children: [footerText(meta)] })],
  });
  return new Footer({ children: [details, markingParagraph(meta, false)] });
}

/** Page size, margins, headers and footers for the document's one section; the cover page has no page number. */
export function pageSetup(meta: DocumentMeta, hasCover: boolean): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      titlePage: hasCover,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.marginTop,
          bottom: PAGE.marginBottom,
          left: PAGE.marginSide,
          right: PAGE.marginSide,
          header: PAGE.headerDistance,
          footer: PAGE.footerDistance,
        },
      },
    },
    headers: { default: pageHeader(meta), ...(hasCover ? { first: pageHeader(meta) } : {}) },
    footers: { default: pageFooter(meta, true), ...(hasCover ? { first: pageFooter(meta, false) } : {}) },
  };
}
