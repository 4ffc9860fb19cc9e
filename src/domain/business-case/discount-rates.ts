// The discount rate schedule present values use, kept as data with its source so that a finance team
// can check it and a case can carry an edited copy (for example when the Treasury changes the rate).
//
// Source: HM Treasury, The Green Book: appraisal and evaluation in central government, annex on
// discounting, table of the declining long-term discount rate (the social time preference rate):
// years 0 to 30 at 3.5%, 31 to 75 at 3.0%, 76 to 125 at 2.5%, 126 to 200 at 2.0%, 201 to 300 at 1.5%,
// 301 and after at 1.0%. Publication page:
// https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government
// Checked on 1 December 2026 against stored copies of the Green Book's discounting annex (table 6.1 of
// the 2003 edition and annex A6 of the 2018 edition, which keeps 3.5% and the same long-term schedule).
// The full text of the February 2026 reissue could not be read, so a case should be checked against
// the current edition before it is submitted; the schedule is editable for that reason.
import type { DiscountBand, DiscountSchedule } from './model';

export const GREEN_BOOK_DISCOUNT_SCHEDULE: DiscountSchedule = {
  name: 'Green Book social time preference rate',
  source:
    'HM Treasury, The Green Book, discounting annex: https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government',
  checked: '2026-12-01',
  bands: [
    { fromYear: 0, toYear: 30, ratePercent: 3.5 },
    { fromYear: 31, toYear: 75, ratePercent: 3 },
    { fromYear: 76, toYear: 125, ratePercent: 2.5 },
    { fromYear: 126, toYear: 200, ratePercent: 2 },
    { fromYear: 201, toYear: 300, ratePercent: 1.5 },
    { fromYear: 301, toYear: null, ratePercent: 1 },
  ],
};

/**
 * Problems with a schedule, one sentence each: bands must start at year 0, follow on without gaps or
 * overlaps, end with an open band, and have rates from 0 to 100 percent.
 */
export function discountScheduleProblems(schedule: DiscountSchedule): string[] {
  const problems: string[] = [];
  const bands = schedule.bands;
  if (bands.length === 0) return ['The discount rate schedule has no rates.'];
  let expected = 0;
  bands.forEach((band, index) => {
    const label = `Band ${index + 1}`;
    if (band.fromYear !== expected) problems.push(`${label} should start at year ${expected}.`);
    if (!(band.ratePercent >= 0 && band.ratePercent <= 100))
      problems.push(`${label} has a rate outside 0 to 100 percent.`);
    const last = index === bands.length - 1;
    if (band.toYear === null) {
      if (!last) problems.push(`${label} has no last year, but more bands follow it.`);
    } else {
      if (band.toYear < band.fromYear) problems.push(`${label} ends before it starts.`);
      if (last) problems.push('The last band should have no last year, so that every year has a rate.');
      expected = band.toYear + 1;
    }
  });
  return problems;
}

function rateForYear(bands: readonly DiscountBand[], year: number): number {
  const band = bands.find((b) => year >= b.fromYear && (b.toYear === null || year <= b.toYear));
  if (!band) throw new Error(`The discount rate schedule has no rate for year ${year}.`);
  return band.ratePercent;
}

/**
 * The discount factor for year `t` (year 0 is 1). Each year is discounted at the rate of the band it
 * falls in, compounding on the years before, so year 31 is the year-30 factor divided by 1.03. This
 * is how the Green Book builds its tables of factors for the declining schedule.
 */
export function discountFactors(schedule: DiscountSchedule, lastYear: number): number[] {
  const problems = discountScheduleProblems(schedule);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const factors = [1];
  for (let t = 1; t <= lastYear; t += 1) {
    const previous = factors[t - 1] ?? 1;
    factors.push(previous / (1 + rateForYear(schedule.bands, t) / 100));
  }
  return factors;
}
