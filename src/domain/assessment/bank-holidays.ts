// The bank holidays of England and Wales, kept as data so that working days (the ten working days to accept
// or challenge an assessment report) leave them out. Add a year here when it is published.
//
// Source: https://www.gov.uk/bank-holidays (England and Wales), the official list. Checked 2026-12-01: the
// page itself could not be retrieved from here, so each year below was checked instead against the standing
// rules (1 January, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August,
// 25 and 26 December, with substitute weekdays when these fall at a weekend) and against published copies of
// the list. 2028 is left out until it can be confirmed on the GOV.UK page. Before relying on a year, compare
// it with the page; a date in a year that is not listed here is reported as not covered.

export interface BankHoliday {
  date: string;
  title: string;
}

export const BANK_HOLIDAYS_SOURCE = {
  title: 'UK bank holidays (England and Wales)',
  url: 'https://www.gov.uk/bank-holidays',
  checked: '2026-12-01',
} as const;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: Readonly<Record<number, readonly BankHoliday[]>> = {
  2025: [
    { date: '2025-01-01', title: 'New Year’s Day' },
    { date: '2025-04-18', title: 'Good Friday' },
    { date: '2025-04-21', title: 'Easter Monday' },
    { date: '2025-05-05', title: 'Early May bank holiday' },
    { date: '2025-05-26', title: 'Spring bank holiday' },
    { date: '2025-08-25', title: 'Summer bank holiday' },
    { date: '2025-12-25', title: 'Christmas Day' },
    { date: '2025-12-26', title: 'Boxing Day' },
  ],
  2026: [
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-04-03', title: 'Good Friday' },
    { date: '2026-04-06', title: 'Easter Monday' },
    { date: '2026-05-04', title: 'Early May bank holiday' },
    { date: '2026-05-25', title: 'Spring bank holiday' },
    { date: '2026-08-31', title: 'Summer bank holiday' },
    { date: '2026-12-25', title: 'Christmas Day' },
    { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2027: [
    { date: '2027-01-01', title: 'New Year’s Day' },
    { date: '2027-03-26', title: 'Good Friday' },
    { date: '2027-03-29', title: 'Easter Monday' },
    { date: '2027-05-03', title: 'Early May bank holiday' },
    { date: '2027-05-31', title: 'Spring bank holiday' },
    { date: '2027-08-30', title: 'Summer bank holiday' },
    { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
  ],
};

/** The years the list covers; working days outside them cannot be worked out for certain. */
export function bankHolidayYears(): number[] {
  return Object.keys(ENGLAND_AND_WALES_BANK_HOLIDAYS).map(Number);
}
