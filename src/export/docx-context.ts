// State shared while one Word document is built: footnotes collected so far, revision and list
// counters, and the last heading level (so headings never skip a level, for screen readers).
import { ExternalHyperlink, Paragraph, TextRun, bookmarkUniqueNumericId } from 'docx';
import { diffBudget, type DiffBudget } from '../domain/document-diff';
import { isSafeLink } from '../domain/rich-text';

export interface RevisionInfo {
  id: number;
  author: string;
  date: string;
}

export class DocxContext {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  /** What the document's comparisons may still spend on aligning words, shared by all of them. */
  readonly diffBudget: DiffBudget = diffBudget();
  private nextFootnote = 1;
  private nextList = 1;
  private lastHeading = 0;

  /** Adds a footnote (a source, optionally with its web address) and returns its number. */
  addFootnote(text: string, href?: string): number {
    const id = this.nextFootnote;
    this.nextFootnote += 1;
    // A space between the footnote's number, which Word puts first, and its text.
    const children = [new TextRun({ text: href ? ` ${text} ` : ` ${text}` })];
    const link =
      href && isSafeLink(href)
        ? [new ExternalHyperlink({ link: href, children: [new TextRun({ text: href, style: 'Hyperlink' })] })]
        : [];
    this.footnotes[String(id)] = {
      children: [new Paragraph({ style: 'FootnoteText', children: [...children, ...link] })],
    };
    return id;
  }

  /**
   * A fresh id for one tracked insertion or deletion. Word wants the ids of tracked changes and
   * bookmarks (the contents bookmarks every heading) to differ, so both are taken from the one
   * counter docx keeps for bookmarks.
   */
  revision(author: string, date: string): RevisionInfo {
    return { id: bookmarkUniqueNumericId(), author, date };
  }

  /** A fresh list instance, so every list starts numbering from its own start. */
  newList(): number {
    const id = this.nextList;
    this.nextList += 1;
    return id;
  }

  /**
   * The level to use for a heading that asks for `wanted`: never more than one below the last
   * heading, so the outline has no gaps; clamped to Word's Heading 1 to 6.
   */
  headingLevel(wanted: number): number {
    const level = Math.max(1, Math.min(wanted, this.lastHeading + 1, 6));
    this.lastHeading = level;
    return level;
  }

  /** Resets the outline, e.g. after the cover, whose headings stand apart from the body. */
  resetHeadings(level = 0): void {
    this.lastHeading = level;
  }
}

/** Converts a date (yyyy-mm-dd) or date-time to the full form Word expects on a tracked change. */
export function revisionDate(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime())
    ? new Date(0).toISOString().replace(/\.\d{3}Z$/, 'Z')
    : parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
