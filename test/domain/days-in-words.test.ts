// Days saved in words, to the nearest half day, with "about" only when the figure was rounded.
import { describe, expect, it } from 'vitest';
import { daysInWords, WORKING_DAYS } from '../../src/domain/days-in-words';

describe('days in words', () => {
  it('says whole and half days as they are, and rounds anything else down to the half day with "about"', () => {
    expect(daysInWords(8)).toBe('8 days');
    expect(daysInWords(1)).toBe('1 day');
    expect(daysInWords(8.5)).toBe('8 and a half days');
    expect(daysInWords(0.5)).toBe('half a day');
    expect(daysInWords(8.3)).toBe('about 8 days');
    expect(daysInWords(8.8)).toBe('about 8 and a half days');
    expect(daysInWords(0.7)).toBe('about half a day');
    expect(daysInWords(1.1)).toBe('about 1 day');
    // Figures summed from shares of a step (3 x 1/3) still read as the whole they add up to.
    expect(daysInWords(1 / 3 + 1 / 3 + 1 / 3)).toBe('1 day');
    expect(daysInWords(1234.5)).toBe('1,234 and a half days');
  });

  it('says so when there is less than half a day, and treats nothing or nonsense as 0', () => {
    expect(daysInWords(0.1)).toBe('less than half a day');
    expect(daysInWords(0.4)).toBe('less than half a day');
    expect(daysInWords(0)).toBe('0 days');
    expect(daysInWords(-3)).toBe('0 days');
    expect(daysInWords(Number.NaN)).toBe('0 days');
  });

  it('uses the unit given', () => {
    expect(daysInWords(8.6, WORKING_DAYS)).toBe('about 8 and a half working days');
    expect(daysInWords(1, WORKING_DAYS)).toBe('1 working day');
    expect(daysInWords(0.5, WORKING_DAYS)).toBe('half a working day');
  });
});
