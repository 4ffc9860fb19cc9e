// The look of every Waymark Word document in one place: page geometry, fonts, colours, the
// named Word styles (so the navigation pane, contents and restyling in Word work) and list numbering.
import { AlignmentType, LevelFormat, LineRuleType, TabStopType } from 'docx';
import type { INumberingOptions, IStylesOptions, NumberingDefinition } from 'docx';

export const FONT = 'Arial';

export const COLOURS = {
  text: '0B0C0C',
  heading: '1F3864',
  muted: '505A5F',
  link: '1D70B8',
  rule: 'B1B4B6',
  headerFill: 'DCE3EE',
  coverLabelFill: 'F3F2F1',
  marking: '0B0C0C',
  tones: { good: 'D9EAD3', warning: 'FFF2CC', bad: 'F4CCCC', neutral: 'F3F2F1' },
} as const;

/** A4 in twentieths of a point, with 2.2 cm side margins and 2.5 cm top and bottom. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1418,
  marginBottom: 1418,
  marginSide: 1247,
  headerDistance: 567,
  footerDistance: 567,
} as const;

/** The width text can use between the side margins. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

export const STYLE_IDS = {
  subtitle: 'Subtitle',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  caption: 'Caption',
  marking: 'Marking',
  footer: 'FooterText',
  contentsHeading: 'TOCHeading',
  coverMeta: 'CoverMeta',
  note: 'Note',
  spacer: 'TableSpacer',
  table: 'WaymarkTable',
  coverOtherTitle: 'CoverOtherTitle',
  otherTitle: 'OtherLanguageTitle',
} as const;

/** Tab stop of the footer line: the page number sits at the right margin. */
export const FOOTER_TABS = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];

export const NUMBERING_REFS = { bullet: 'waymark-bullet', ordered: 'waymark-number' } as const;

const size = (points: number): number => points * 2;

function heading(level: number, points: number, before: number, after: number, italics = false) {
  return {
    run: { font: FONT, size: size(points), bold: true, italics, color: COLOURS.heading },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  };
}

/** A table style with light rules and roomy cells; header rows are shaded directly, so every viewer shows them alike. */
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:styleId="${STYLE_IDS.table}"><w:name w:val="Waymark Table"/>` +
  '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>' +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.rule}"/>`)
    .join('')}</w:tblBorders>` +
  '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  '</w:style>';

/** The document's named styles. `language` is a BCP 47 tag such as en-GB. */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: size(11), color: COLOURS.text, language: { value: language } },
        paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: size(28), bold: true, color: COLOURS.heading },
        paragraph: { spacing: { before: 2400, after: 240 } },
      },
      heading1: heading(1, 18, 360, 160),
      heading2: heading(2, 14, 280, 120),
      heading3: heading(3, 12, 240, 100),
      heading4: heading(4, 11, 200, 80),
      heading5: heading(5, 11, 200, 80, true),
      heading6: heading(6, 11, 160, 60, true),
      listParagraph: { paragraph: { spacing: { after: 80 } } },
      hyperlink: { run: { color: COLOURS.link, underline: {} } },
      footnoteText: {
        run: { size: size(9) },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      caption: {
        run: { size: size(10), bold: true, italics: false, color: COLOURS.text },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: size(16), color: COLOURS.muted },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: STYLE_IDS.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: size(10) },
        paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE_IDS.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE_IDS.marking,
        name: 'Classification Marking',
        basedOn: 'Normal',
        run: { size: size(10), bold: true, color: COLOURS.marking, allCaps: false },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE_IDS.footer,
        name: 'Footer Text',
        basedOn: 'Normal',
        run: { size: size(9), color: COLOURS.muted },
        paragraph: { spacing: { before: 60, after: 0 } },
      },
      {
        id: STYLE_IDS.contentsHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size(18), bold: true, color: COLOURS.heading },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: STYLE_IDS.coverMeta,
        name: 'Cover Details',
        basedOn: STYLE_IDS.tableText,
        run: { size: size(11) },
        paragraph: { spacing: { before: 40, after: 40 } },
      },
      {
        id: STYLE_IDS.spacer,
        name: 'Table Spacer',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size(6) },
        paragraph: { spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.coverOtherTitle,
        name: 'Cover Other-Language Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size(18), color: COLOURS.heading },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: STYLE_IDS.otherTitle,
        name: 'Other-Language Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: size(12), color: COLOURS.muted },
        paragraph: { spacing: { before: 0, after: 160 }, keepNext: true },
      },
      {
        id: STYLE_IDS.note,
        name: 'Note',
        basedOn: 'Normal',
        run: { size: size(10), color: COLOURS.muted, italics: true },
      },
    ],
  };
}

/**
 * The styles part that the named styles above are added to: it holds the table style, which
 * docx cannot describe itself. Passed to the document as its external styles.
 */
export const BASE_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  TABLE_STYLE_XML +
  '</w:styles>';

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function indent(level: number) {
  return { paragraph: { indent: { left: 397 * (level + 1), hanging: 340 } } };
}

const LEVELS = Array.from({ length: 9 }, (_, level) => level);

function orderedLevels(startLevel = -1, start = 1) {
  return LEVELS.map((level) => ({
    level,
    format: ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    start: level === startLevel ? start : 1,
    style: indent(level),
  }));
}

/** Bulleted and numbered lists, nine levels each; each new list restarts through its own instance. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING_REFS.bullet,
        levels: LEVELS.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % BULLETS.length] ?? '\u2022',
          alignment: AlignmentType.LEFT,
          style: { ...indent(level), run: { font: FONT } },
        })),
      },
      { reference: NUMBERING_REFS.ordered, levels: orderedLevels() },
    ],
  };
}

/** A numbered list whose numbers at `level` start from `start` (an editor's "continue from 4"). */
export function orderedListStartingAt(level: number, start: number): NumberingDefinition {
  return { reference: `${NUMBERING_REFS.ordered}-${level}-from-${start}`, levels: orderedLevels(level, start) };
}
