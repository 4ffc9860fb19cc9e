import { describe, expect, it } from 'vitest';
import { longDate, movedActionsSentence, panelWhen, plural, today } from '../../../src/ui/assessments/assessment-words';

describe('assessment words', () => {
  it('says when the panel is, in words, with the weekday', () => {
    expect(longDate('2027-01-11')).toBe('Monday 11 January 2027');
    expect(panelWhen('2027-01-11', 23)).toBe('Panel in 23 days (Monday 11 January 2027)');
    expect(panelWhen('2027-01-11', 1)).toBe('Panel tomorrow (Monday 11 January 2027)');
    expect(panelWhen('2027-01-11', 0)).toBe('Panel today (Monday 11 January 2027)');
    expect(panelWhen('2027-01-11', -1)).toBe('The panel was yesterday (Monday 11 January 2027)');
    expect(panelWhen('2027-01-11', -4)).toBe('The panel was 4 days ago (Monday 11 January 2027)');
    expect(panelWhen(null, null)).toBe('No panel date booked');
  });

  it('counts in words and gives today on the local calendar', () => {
    expect(plural(1, 'point', 'points')).toBe('1 point');
    expect(plural(13, 'point', 'points')).toBe('13 points');
    expect(today(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
  });

  it('says how many actions from the last panel are now due before the next', () => {
    expect(movedActionsSentence({ count: 2, dueBy: '2027-01-15' })).toBe(
      '2 actions from the last panel are now due by Friday 15 January 2027.',
    );
    expect(movedActionsSentence({ count: 1, dueBy: '2027-03-25' })).toBe(
      '1 action from the last panel is now due by Thursday 25 March 2027.',
    );
  });
});
