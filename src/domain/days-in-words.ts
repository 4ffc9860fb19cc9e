// Days as a person would say them: in whole and half days, rounded down so a saving is never overstated,
// with "about" when the figure was rounded.
// Used wherever days saved are shown (screens, Word documents), so a figure such as 8.3 reads the same
// everywhere: "about 8 days".

export interface DayUnit {
  one: string;
  many: string;
}

export const DAYS: DayUnit = { one: 'day', many: 'days' };
export const WORKING_DAYS: DayUnit = { one: 'working day', many: 'working days' };

/**
 * "8 days", "about 8 days" (for 8.3), "8 and a half days", "about 8 and a half days" (for 8.8), "less than
 * half a day" (for 0.4), "0 days". Rounded down to the half day. Negative or unknown figures count as 0.
 */
export function daysInWords(n: number, unit: DayUnit = DAYS): string {
  const value = Number.isFinite(n) && n > 0 ? n : 0;
  const halves = Math.floor(value * 2 + 1e-9);
  if (halves === 0) return value === 0 ? `0 ${unit.many}` : `less than half a ${unit.one}`;
  const about = Math.abs(halves / 2 - value) > 1e-9 ? 'about ' : '';
  const whole = Math.floor(halves / 2);
  const words =
    halves % 2 === 0
      ? `${whole.toLocaleString('en-GB')} ${whole === 1 ? unit.one : unit.many}`
      : whole === 0
        ? `half a ${unit.one}`
        : `${whole.toLocaleString('en-GB')} and a half ${unit.many}`;
  return `${about}${words}`;
}
