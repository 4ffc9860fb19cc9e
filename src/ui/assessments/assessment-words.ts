// The words assessment screens use: status tags, the days until the panel, counts and dates.
import type { PointStatus } from '../../domain/assessment/assessment-model';
import { displayDate } from '../../domain/display-date';

/** The tag style for each status; the status is always written in words, colour only repeats it. */
export const STATUS_TAG_CLASS: Record<PointStatus, string> = {
  'not-started': 'tag tag--grey',
  'in-progress': 'tag',
  ready: 'tag tag--live',
  'not-applicable': 'tag tag--grey',
};

export const STATUS_HINTS: Record<PointStatus, string> = {
  'not-started': 'Nobody has worked on this point yet.',
  'in-progress': 'The team is gathering evidence or writing the narrative.',
  ready: 'The team could talk about this point to a panel today.',
  'not-applicable': 'The point does not apply to this service. Say why, so the panel can see the reason.',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Monday 12 January 2027" for "2027-01-12". */
export function longDate(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return displayDate(date);
  return `${WEEKDAYS[new Date(time).getUTCDay()] ?? ''} ${displayDate(date)}`.trim();
}

/** Today on this computer's calendar, as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Panel in 23 days (Monday 12 January 2027)", "Panel today (…)", "The panel was 2 days ago (…)". */
export function panelWhen(panelDate: string | null, daysUntilPanel: number | null): string {
  if (panelDate === null || daysUntilPanel === null) return 'No panel date booked';
  const when = longDate(panelDate);
  if (daysUntilPanel === 0) return `Panel today (${when})`;
  if (daysUntilPanel === 1) return `Panel tomorrow (${when})`;
  if (daysUntilPanel > 1) return `Panel in ${daysUntilPanel} days (${when})`;
  if (daysUntilPanel === -1) return `The panel was yesterday (${when})`;
  return `The panel was ${-daysUntilPanel} days ago (${when})`;
}

/** "2 actions from the last panel are now due by Friday 15 January 2027." */
export function movedActionsSentence(moved: { count: number; dueBy: string }): string {
  return `${plural(moved.count, 'action', 'actions')} from the last panel ${moved.count === 1 ? 'is' : 'are'} now due by ${longDate(moved.dueBy)}.`;
}
