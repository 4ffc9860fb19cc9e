// Wording shared by the business case documents: money in pounds, financial years, ranges, statuses and
// revisions in words. Money is held in whole pence; it is turned into text here with whole-number
// arithmetic only, so no floating point error can show in a figure.
import type { CostRange } from '../domain/business-case/costs';
import type {
  Assumption,
  AssumptionStatus,
  BusinessCase,
  CaseRevision,
  Confidence,
  CostKind,
} from '../domain/business-case/model';
import { ASSUMPTION_STATUS_LABELS } from '../domain/business-case/model';
import { CLASSIC_DOCUMENT_LABELS, classicDocument, gateLabel } from '../domain/business-case/gates';
import type { BusinessCaseTemplate } from '../domain/pack';
import type { TableCellValue } from '../domain/document-model';
import { displayDate } from './display-text';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Whole pence as pounds: "£1,234,567" for whole pounds, "£1,234,567.05" otherwise. Worked on the
 * integer's digits, never by dividing by 100, so a figure is never off by a penny.
 */
export function money(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new Error('Money must be a whole number of pence.');
  const sign = pence < 0 ? '-' : '';
  const digits = String(Math.abs(pence)).padStart(3, '0');
  const pounds = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(-2);
  return `${sign}£${groupThousands(pounds)}${rest === '00' ? '' : `.${rest}`}`;
}

/** "2026 to 2027": the financial year that starts in April of `year`. */
export function financialYear(year: number): string {
  return `${year} to ${year + 1}`;
}

/** A range in one line: "£600,000" when firm, else "£600,000 to £1,300,000 (likely £850,000)". */
export function rangeWords(range: CostRange): string {
  if (range.low === range.likely && range.likely === range.high) return `${money(range.likely)} (firm)`;
  return `${money(range.low)} to ${money(range.high)} (likely ${money(range.likely)})`;
}

/** A range as three lines, for a table cell that compares ranges. */
export function rangeLines(range: CostRange | null): string {
  if (!range) return 'No cost';
  return `Low ${money(range.low)}\nLikely ${money(range.likely)}\nHigh ${money(range.high)}`;
}

/** An uplift such as 2.5 as "2.5%", 10 as "10%". */
export function percentWords(percent: number): string {
  return `${Number(percent.toFixed(2))}%`;
}

export const KIND_LABELS: Record<CostKind, string> = { capital: 'Capital', resource: 'Resource' };

export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The status of an assumption as a word, with a quiet shade. */
export function assumptionStatusCell(status: AssumptionStatus | null): TableCellValue {
  if (status === null) return { text: 'Not in this revision', tone: 'neutral' };
  const tone = status === 'disproved' ? 'bad' : status === 'untested' ? 'warning' : 'good';
  return { text: ASSUMPTION_STATUS_LABELS[status], tone };
}

/** Section titles by id, from the template; ids the template does not know are shown as written. */
export function sectionTitles(template: BusinessCaseTemplate): Map<string, string> {
  const titles = new Map<string, string>();
  for (const section of template.sections) {
    titles.set(section.id, section.title);
    for (const sub of section.sections ?? []) titles.set(sub.id, sub.title);
  }
  return titles;
}

export function sectionTitle(titles: ReadonlyMap<string, string>, id: string): string {
  return titles.get(id) ?? id;
}

/** The sections an assumption supports, in words: "The case for change; Summary and what we are asking for". */
export function dependentSections(assumption: Assumption, titles: ReadonlyMap<string, string>): TableCellValue {
  const ids = [...new Set(assumption.sectionIds)];
  if (ids.length === 0) return 'None named';
  return { text: ids.map((id) => sectionTitle(titles, id)).join('\n'), bulleted: ids.length > 1 };
}

/** "Outline Business Case" (or the business justification case of a small scheme) for a revision. */
export function classicName(businessCase: Pick<BusinessCase, 'smallScheme'>, revision: CaseRevision): string {
  return CLASSIC_DOCUMENT_LABELS[classicDocument(revision.gate, businessCase.smallScheme)];
}

/** "Outline Business Case: move from alpha to beta". */
export function caseSubtitle(businessCase: Pick<BusinessCase, 'smallScheme'>, revision: CaseRevision): string {
  const gate = gateLabel(revision.gate);
  return `${classicName(businessCase, revision)}: ${gate.charAt(0).toLowerCase()}${gate.slice(1)}`;
}

/** "Revision 2 (draft, not yet frozen)" or "Revision 1 (frozen on 22 September 2026)". */
export function revisionWords(revision: CaseRevision): string {
  return revision.status === 'frozen' && revision.frozenAt
    ? `Revision ${revision.number} (frozen on ${displayDate(revision.frozenAt)})`
    : `Revision ${revision.number} (draft, not yet frozen)`;
}

/** When a revision's content was fixed: the day it was frozen, or for a draft the day it was last changed. */
export function revisionDay(revision: CaseRevision): string {
  return (revision.frozenAt ?? revision.updatedAt).slice(0, 10);
}

/** A date or a plain word when there is none. */
export function dateOrNot(date: string | null, none = 'Not set'): string {
  return date ? displayDate(date) : none;
}

/** The author written on a document: the person exporting, never the application. */
export function documentAuthor(author: string, fallback: string): string {
  const clean = author.trim();
  const usable = clean.length > 0 && clean.toLowerCase() !== 'waymark';
  if (usable) return clean;
  const other = fallback.trim();
  return other.length > 0 && other.toLowerCase() !== 'waymark' ? other : 'Project team';
}
