import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  amberActionDueDate,
  daysUntil,
  isBankHoliday,
  isWorkingDay,
  lastWorkingDayBefore,
  responseDeadline,
  workingDayOnOrBefore,
} from '../../../src/domain/assessment/working-days';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../src/domain/assessment/bank-holidays';

describe('working days', () => {
  it('leaves out weekends and bank holidays', () => {
    expect(isWorkingDay('2026-12-01')).toBe(true);
    expect(isWorkingDay('2026-12-05')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2026-12-29')).toBe(false);
  });

  it('holds eight bank holidays a year, each on a weekday', () => {
    for (const days of Object.values(ENGLAND_AND_WALES_BANK_HOLIDAYS)) {
      expect(days).toHaveLength(8);
      for (const day of days) expect(new Date(`${day.date}T00:00:00Z`).getUTCDay()).not.toBe(0);
      for (const day of days) expect(new Date(`${day.date}T00:00:00Z`).getUTCDay()).not.toBe(6);
    }
  });

  it('counts from the day after the report, two weeks when no holiday falls between', () => {
    expect(responseDeadline('2026-12-01')).toEqual({ date: '2026-12-15', holidaysKnown: true });
    expect(addWorkingDays('2026-12-04', 1).date).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-04', 0).date).toBe('2026-12-04');
  });

  it('skips Christmas, Boxing Day and New Year across the turn of the year', () => {
    // 22, 23, 24, 29, 30, 31 December, then 2, 5, 6, 7 January.
    expect(responseDeadline('2025-12-19').date).toBe('2026-01-07');
    // 2026: Boxing Day falls on a Saturday, so Monday 28 December is the substitute day:
    // 21, 22, 23, 24, 29, 30, 31 December, then 4, 5, 6 January.
    expect(responseDeadline('2026-12-18').date).toBe('2027-01-06');
  });

  it('skips Easter', () => {
    // Good Friday 3 April and Easter Monday 6 April 2026.
    expect(responseDeadline('2026-03-30').date).toBe('2026-04-15');
  });

  it('says when the bank holidays of a year it crossed are not known', () => {
    // 2028 is not in the list, so Monday 3 January counts as a working day and the answer is flagged.
    expect(responseDeadline('2027-12-20')).toEqual({ date: '2028-01-05', holidaysKnown: false });
  });

  it('refuses dates that do not exist', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(/not a real date/);
    expect(() => addWorkingDays('1 Dec 2026', 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe('months and due dates', () => {
  it('keeps the day of the month when the later month has it', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('ends on the last day of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
  });

  it('moves an amber due date back to the working day before a weekend or bank holiday', () => {
    // 30 November 2026 + 3 months = Sunday 28 February 2027, so Friday 26 February.
    expect(amberActionDueDate('2026-11-30').date).toBe('2027-02-26');
    // 3 months after 28 September 2026 is Monday 28 December 2026, the substitute Boxing Day; 25 December is
    // Christmas Day and then the weekend, so Thursday 24 December.
    expect(amberActionDueDate('2026-09-28').date).toBe('2026-12-24');
    expect(amberActionDueDate('2026-12-01').date).toBe('2027-03-01');
    expect(workingDayOnOrBefore('2026-12-02')).toBe('2026-12-02');
  });

  it('gives the last working day before a panel, never the panel day itself', () => {
    // A panel on Tuesday 29 December 2026: Monday 28 is the substitute Boxing Day, then Christmas Day and the
    // weekend, so Thursday 24 December.
    expect(lastWorkingDayBefore('2026-12-29')).toBe('2026-12-24');
    // A panel on Tuesday 30 March 2027, the day after Easter Monday: Thursday 25 March, before Good Friday.
    expect(lastWorkingDayBefore('2027-03-30')).toBe('2027-03-25');
    expect(lastWorkingDayBefore('2027-01-15')).toBe('2027-01-14');
    expect(lastWorkingDayBefore('2027-01-18')).toBe('2027-01-15');
  });

  it('counts calendar days to the panel', () => {
    expect(daysUntil('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysUntil('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysUntil('2026-12-16', '2026-12-15')).toBe(-1);
  });
});
