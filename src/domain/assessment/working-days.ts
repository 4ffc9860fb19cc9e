// Calendar rules for assessments: working days (leaving out weekends and the bank holidays of England and
// Wales), the deadline to accept or challenge a report, due dates a number of months on, and days to a panel.
// Dates are `YYYY-MM-DD` strings throughout and are worked out in UTC so that clock changes never move a day.
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';

const DAY_MS = 86_400_000;

/** Working days the team has to accept or challenge a panel's report. */
export const RESPONSE_WORKING_DAYS = 10;
/** Months within which amber actions are due. */
export const AMBER_ACTION_MONTHS = 3;

const HOLIDAYS: ReadonlySet<string> = new Set(
  Object.values(ENGLAND_AND_WALES_BANK_HOLIDAYS).flatMap((days) => days.map((day) => day.date)),
);

function toDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`"${date}" is not a date written as YYYY-MM-DD`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== date) throw new Error(`"${date}" is not a real date`);
  return time / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(toDay(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isBankHoliday(date: string): boolean {
  toDay(date);
  return HOLIDAYS.has(date);
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** True when the bank holiday list holds every year from the first date to the second. */
export function holidaysKnownBetween(from: string, to: string): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1)
    if (!(year in ENGLAND_AND_WALES_BANK_HOLIDAYS)) return false;
  return true;
}

/** A date worked out from the calendar, and whether the bank holidays of every year it crossed are known. */
export interface WorkedDate {
  date: string;
  holidaysKnown: boolean;
}

/** The date `count` working days after `date`, counting from the next day (the day itself never counts). */
export function addWorkingDays(date: string, count: number): WorkedDate {
  if (!Number.isInteger(count) || count < 0)
    throw new Error('The number of working days must be a whole number from 0');
  let day = toDay(date);
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(fromDay(day))) left -= 1;
  }
  const result = fromDay(day);
  return { date: result, holidaysKnown: holidaysKnownBetween(date, result) };
}

/** The last day to accept or challenge a report: ten working days after the day it was received. */
export function responseDeadline(reportReceived: string): WorkedDate {
  return addWorkingDays(reportReceived, RESPONSE_WORKING_DAYS);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The same day `months` later. When that month is shorter the date is the month's last day, so the result
 * is never later than the whole number of months: 30 November + 3 months is 28 February (29 in a leap year),
 * 31 August + 3 months is 30 November.
 */
export function addMonths(date: string, months: number): string {
  toDay(date);
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const dayOfMonth = Math.min(Number(date.slice(8, 10)), daysInMonth(targetYear, targetMonth));
  return fromDay(Date.UTC(targetYear, targetMonth, dayOfMonth) / DAY_MS);
}

/** The working day on or before `date`: a deadline that lands on a weekend or bank holiday moves earlier. */
export function workingDayOnOrBefore(date: string): string {
  let day = toDay(date);
  while (!isWorkingDay(fromDay(day))) day -= 1;
  return fromDay(day);
}

/**
 * The last working day before `date`: the day an action must be done by when it has to be done before a panel
 * on that date. The day before a panel on Tuesday 29 December 2026 is Monday 28 December, a bank holiday, so
 * the action is due on Thursday 24 December.
 */
export function lastWorkingDayBefore(date: string): string {
  return workingDayOnOrBefore(fromDay(toDay(date) - 1));
}

/**
 * The due date of an amber action: three months after the report, moved back to the working day before when
 * it lands on a weekend or bank holiday. It moves back, not on, because "within three months" is a limit.
 */
export function amberActionDueDate(reportReceived: string): WorkedDate {
  const limit = addMonths(reportReceived, AMBER_ACTION_MONTHS);
  const date = workingDayOnOrBefore(limit);
  return { date, holidaysKnown: holidaysKnownBetween(reportReceived, limit) };
}

/** Calendar days from `today` to `date`: 0 on the day, negative once it has passed. */
export function daysUntil(today: string, date: string): number {
  return toDay(date) - toDay(today);
}

/** True when a due date has passed: the action was due before today. */
export function isOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && toDay(dueDate) < toDay(today);
}
