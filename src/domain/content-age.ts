// When a pack's content was last checked against its sources, whether that is more than a year ago, and
// which templates have been superseded. Pure: the screens and `waymark pack validate` pass today's date in.
import { displayDate } from './display-date';
import type { Pack, PackTemplate, Superseded } from './pack';

/** "2026-04-01" as "1 April 2026"; anything that is not such a date is returned as it is. */
export function formatCheckedDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? displayDate(date) : date;
}

/** Today as YYYY-MM-DD in UTC, the form dates take in packs. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The date a template's content was last checked: its own date, or else its pack's. */
export function checkedDate(pack: Pack, template?: PackTemplate): string | undefined {
  return template?.checked ?? pack.manifest.checked;
}

/**
 * True when `checked` is more than a year before `today` (both YYYY-MM-DD). A year is counted by the
 * calendar: content checked on 2025-12-01 is still within a year on 2026-12-01 and past it on 2026-12-02.
 */
export function isCheckOverdue(checked: string, today: string): boolean {
  const year = Number(checked.slice(0, 4));
  const anniversary = `${String(year + 1).padStart(4, '0')}${checked.slice(4)}`;
  return today > anniversary;
}

export interface OverdueContent {
  /** The template's id, or undefined for the pack as a whole. */
  templateId?: string;
  checked: string;
}

/**
 * Content of a pack not checked against its sources for over a year: each template whose own date (or, when
 * it has none, the pack's) is overdue, and the pack itself when its date is overdue.
 */
export function overdueContent(pack: Pack, today: string): OverdueContent[] {
  const overdue: OverdueContent[] = [];
  const packDate = pack.manifest.checked;
  if (packDate !== undefined && isCheckOverdue(packDate, today)) overdue.push({ checked: packDate });
  for (const template of pack.templates) {
    const own = template.checked;
    if (own !== undefined && isCheckOverdue(own, today)) overdue.push({ templateId: template.id, checked: own });
  }
  return overdue;
}

/** The template that replaces a superseded one, when it is in the same pack. */
export function replacementOf(pack: Pack, template: PackTemplate): PackTemplate | undefined {
  const by = template.superseded?.by;
  return by === undefined ? undefined : pack.templates.find((t) => t.id === by);
}

/** "Superseded on 1 April 2026." followed by the note, in one sentence pair. */
export function supersededText(superseded: Superseded): string {
  return `Superseded on ${formatCheckedDate(superseded.date)}. ${superseded.note}`;
}
