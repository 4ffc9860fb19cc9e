// The business case Word exports, read back: the five cases as headings, the structured parts as tables
// with the right cells, money against figures worked by hand, the disproved assumption flagged in the
// sections that depend on it, tracked changes attributed to the later revision, and never the
// application as author.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { freezeRevision } from '../../src/domain/business-case/revisions';
import type { CaseRevision } from '../../src/domain/business-case/model';
import {
  businessCaseComparisonDocument,
  renderBusinessCaseComparisonDocx,
  type BusinessCaseComparisonInput,
} from '../../src/export/business-case-comparison';
import { financialYear, money } from '../../src/export/business-case-words';
import {
  RevisionNotFoundError,
  businessCaseDocument,
  renderBusinessCaseDocx,
  type BusinessCaseDocInput,
} from '../../src/export/render-business-case';
import { EXPORT_NOW, exampleCaseFixture } from './business-case-fixture';
import { attr, openTags, readDocx, textOf } from './docx-reader';

function caseInput(overrides: Partial<BusinessCaseDocInput> = {}): BusinessCaseDocInput {
  const f = exampleCaseFixture();
  return {
    project: f.project,
    author: 'Alex Morgan',
    businessCase: f.businessCase,
    revisions: f.revisions,
    template: f.template,
    evidenceTitles: f.evidenceTitles,
    now: EXPORT_NOW,
    ...overrides,
  };
}

function comparisonInput(overrides: Partial<BusinessCaseComparisonInput> = {}): BusinessCaseComparisonInput {
  const f = exampleCaseFixture();
  return {
    project: f.project,
    author: 'Alex Morgan',
    businessCase: f.businessCase,
    older: f.revisions[0],
    newer: f.revisions[1],
    revisions: f.revisions,
    template: f.template,
    now: EXPORT_NOW,
    ...overrides,
  };
}

async function html(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

/** The example case rendered once with the default input, shared by the tests that only read it. */
let defaultPage: Promise<string> | null = null;
function casePage(): Promise<string> {
  defaultPage ??= renderBusinessCaseDocx(caseInput()).then(html);
  return defaultPage;
}

function headings(page: string, level: number): string[] {
  return [...page.matchAll(new RegExp(`<h${level}>(?:<a id="[^"]*"></a>)?(.*?)</h${level}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );
}

function plain(fragment: string): string {
  return fragment
    .replace(/<br \/>/g, '\n')
    .replace(/<\/p><p>/g, '\n')
    .replace(/<\/li><li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .trim();
}

/** Every table of the page as rows of cell texts, in order. */
function tables(page: string): string[][][] {
  return [...page.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => plain(c[1] ?? '')),
    ),
  );
}

/** The table whose header row starts with these headings. */
function tableStarting(page: string, ...header: string[]): string[][] {
  const found = tables(page).find((t) => header.every((h, i) => t[0]?.[i] === h));
  if (!found) throw new Error(`No table starts with ${header.join(', ')}`);
  return found;
}

function row(table: string[][], first: string): string[] {
  const found = table.find((r) => r[0] === first);
  if (!found) throw new Error(`No row starts with ${first}`);
  return found;
}

describe('money in the business case documents', () => {
  it('writes whole pence as pounds with thousands separators', () => {
    expect(money(123_456_700)).toBe('£1,234,567');
    expect(money(123_456_789)).toBe('£1,234,567.89');
    expect(money(5)).toBe('£0.05');
    expect(money(0)).toBe('£0');
    expect(money(100)).toBe('£1');
    expect(money(1_000_000_000_000)).toBe('£10,000,000,000');
    // 0.1 + 0.2 style errors cannot happen: the digits are never divided.
    expect(money(30)).toBe('£0.30');
    expect(() => money(1.5)).toThrow('whole number of pence');
    expect(financialYear(2026)).toBe('2026 to 2027');
  });
});

describe('the business case document', () => {
  it('has the five cases as Heading 1 and their sections as Heading 2', async () => {
    const page = await casePage();
    const h1 = headings(page, 1);
    for (const title of ['Strategic case', 'Economic case', 'Commercial case', 'Financial case', 'Management case'])
      expect(h1).toContain(title);
    expect(h1.indexOf('Strategic case')).toBeLessThan(h1.indexOf('Management case'));
    const h2 = headings(page, 2);
    for (const title of [
      'The case for change',
      'Options appraisal',
      'Costs by phase',
      'Assumptions log and how each will be tested',
    ])
      expect(h2).toContain(title);
  });

  it('has a title page naming the classic document, the revision and its status', async () => {
    const model = businessCaseDocument(caseInput());
    expect(model.meta.title).toBe('Apply for a fishing licence: agile business case (example)');
    expect(model.meta.subtitle).toBe('Outline Business Case: move from alpha to beta');
    expect(model.meta.version).toBe('2');
    expect(model.meta.status).toBe('draft');
    expect(model.meta.project).toBe('Example: Apply for a fishing licence');
    const first = businessCaseDocument(caseInput({ revisionNumber: 1 }));
    expect(first.meta.subtitle).toBe('Strategic Outline Case: move from discovery to alpha');
    expect(first.meta.status).toBe('final');
    expect(first.control?.history.map((h) => h.version)).toEqual(['1']);
  });

  it('keeps document control from the revision history and the approvals with their conditions', async () => {
    const page = await casePage();
    const history = tableStarting(page, 'Version', 'Date', 'Author', 'Summary of change');
    expect(row(history, '1').slice(0, 3)).toEqual(['1', '22 September 2026', 'Sam Taylor (example)']);
    expect(row(history, '2')[3]).toContain('the phone assumption was wrong');
    expect(row(history, '2')[3]).toContain('Draft, not yet frozen');
    const approvals = tableStarting(page, 'Name', 'Role', 'Date', 'Outcome');
    expect(approvals[1]).toEqual([
      'Departmental investment committee',
      'Departmental investment committee',
      '22 September 2026',
      'Approved with conditions. Conditions: Report alpha spend against the firm figure every month. (met)',
    ]);
  });

  it('puts the assumptions in a table, riskiest first, with status in words and the sections that depend on them', async () => {
    const page = await casePage();
    const table = tableStarting(page, 'Assumption', 'Status', 'Confidence', 'Sections that depend on it');
    expect(table.slice(1).map((r) => r[1])).toEqual(['Disproved', 'Holding', 'Holding']);
    expect(table[1]?.[0]).toMatch(/^Most anglers renew by phone/);
    expect(table[1]?.[3]).toBe('Summary and what we are asking for\nThe case for change');
    // Holding at medium confidence comes before holding at high confidence.
    expect(table[2]?.[0]).toMatch(/^The legacy licence database/);
    expect(table[1]?.[4]).toContain('Evidence: Usability testing, round 1');
  });

  it('flags a disproved assumption in words in every section that depends on it, and only there', async () => {
    const model = businessCaseDocument(caseInput());
    const flagged = (title: string): boolean => {
      const all = model.sections.flatMap((s) => [s, ...(s.sections ?? [])]);
      const section = all.find((s) => s.title === title);
      if (!section) throw new Error(`No section ${title}`);
      return section.blocks.some(
        (b) =>
          b.kind === 'paragraph' && b.content.some((c) => c.kind === 'text' && c.text === 'Disproved assumption: '),
      );
    };
    expect(flagged('Summary and what we are asking for')).toBe(true);
    expect(flagged('The case for change')).toBe(true);
    expect(flagged('Strategic fit')).toBe(false);
    expect(flagged('Costs by phase')).toBe(false);
    const text = textOf(readDocx(await renderBusinessCaseDocx(caseInput())).part('word/document.xml'));
    expect(text).toContain(
      'depends on an assumption that has been disproved: \u201CMost anglers renew by phone, so an online service must win them over from the phone line.\u201D Read it',
    );
  });

  it('shows the options appraisal: long list, success factors, short list with scores and the preferred option', async () => {
    const page = await casePage();
    const long = tableStarting(page, 'Option', 'Baseline', 'On the short list', 'Open or closed');
    expect(row(long, 'Business as usual: paper form and phone line').slice(1)).toEqual([
      'Business as usual',
      'Yes',
      'Open',
    ]);
    expect(row(long, 'Do minimum: a fillable form on the website')[1]).toBe('Do minimum');
    expect(row(long, 'Buy a licensing product')[3]).toBe(
      'Closed: No product handles our concession rules without costly changes.',
    );
    const factors = tableStarting(page, 'Factor', 'Critical success factor');
    expect(row(factors, 'CSF 2')[1]).toBe('Affordable within the licensing budget');
    const scores = tableStarting(page, 'Option', 'CSF 1', 'CSF 2', 'Total');
    expect(row(scores, 'A new online service')).toEqual(['A new online service', '5', '3', '8']);
    expect(row(scores, 'Business as usual: paper form and phone line (business as usual)')[3]).toBe('5');
    expect(plain(page)).toContain(
      'Preferred option: A new online service. Why: Five of six anglers finished a renewal',
    );
  });

  it('states costs by phase and year, optimism bias and present values in pounds, matching figures worked by hand', async () => {
    const page = await casePage();
    const byYear = tableStarting(page, 'Phase', 'Financial year', 'Low', 'Likely', 'High', 'Firm or range');
    expect(byYear.slice(1)).toEqual([
      ['Alpha', '2026 to 2027', '£320,000', '£320,000', '£320,000', 'Firm'],
      ['Beta', '2027 to 2028', '£900,000', '£900,000', '£900,000', 'Firm'],
      ['Live', '2028 to 2029', '£300,000', '£350,000', '£420,000', 'Range'],
    ]);
    const byPhase = tableStarting(page, 'Phase', 'Low', 'Likely', 'High', 'Firm or range');
    expect(row(byPhase, 'Beta (asked for now)')[4]).toBe('Firm');
    const kinds = tableStarting(page, 'Type', 'Low', 'Likely', 'High');
    expect(row(kinds, 'Resource')).toEqual(['Resource', '£1,520,000', '£1,570,000', '£1,640,000']);
    expect(row(kinds, 'Capital')).toEqual(['Capital', '£0', '£0', '£0']);
    // Whole life: 320,000 + 900,000 + 350,000 = 1,570,000 likely; 10% is 157,000.
    const whole = tableStarting(page, 'Whole-life cost', 'Low', 'Likely', 'High');
    expect(whole.slice(1)).toEqual([
      ['Base estimate', '£1,520,000', '£1,570,000', '£1,640,000'],
      ['Optimism bias (10%)', '£152,000', '£157,000', '£164,000'],
      ['Whole-life cost with optimism bias', '£1,672,000', '£1,727,000', '£1,804,000'],
    ]);
    // Likely, base year 2026 at 3.5%: 320,000 + 900,000 / 1.035 (869,565.22) + 350,000 / 1.035² (326,728.75)
    // = 1,516,293.97. With 10%: 352,000 + 990,000 / 1.035 (956,521.74) + 385,000 / 1.035² (359,401.62) = 1,667,923.36.
    // Low: 320,000 + 869,565.22 + 300,000 / 1.035² (280,053.21) = 1,469,618.43.
    const pv = tableStarting(page, 'Present value', 'Low', 'Likely', 'High');
    expect(row(pv, 'Before optimism bias')).toEqual([
      'Before optimism bias',
      '£1,469,618.43',
      '£1,516,293.97',
      expect.any(String),
    ]);
    expect(row(pv, 'With optimism bias')[2]).toBe('£1,667,923.36');
    expect(plain(page)).toContain('optimism bias uplift of 10% to low, likely and high alike, adding £157,000');
    expect(plain(page)).toContain('3.5% for years 0 to 30');
    expect(plain(page)).toContain('Source: HM Treasury, The Green Book');
  });

  it('shows benefits, risks, decisions and dependencies as tables', async () => {
    const page = await casePage();
    const benefits = tableStarting(page, 'Benefit', 'Measure', 'Baseline and target');
    expect(row(benefits, 'Less staff time spent on paper renewals')).toEqual([
      'Less staff time spent on paper renewals',
      'Minutes of staff time per renewal',
      'From: 19 minutes\nTo: 4 minutes',
      'Three months into public beta',
      'Head of licensing operations',
      'Cashable',
    ]);
    expect(tableStarting(page, 'Risk', 'Owner', 'Response', 'Review by')[1]?.[3]).toBe('15 January 2027');
    expect(tableStarting(page, 'Decision', 'Made by', 'Date', 'Evidence')[1]?.[2]).toBe('10 November 2026');
    expect(tableStarting(page, 'Dependency', 'Owner', 'Needed by')[1]).toEqual([
      'An interface to the legacy licence database',
      'Licensing systems team',
      '1 March 2027',
    ]);
  });

  it('keeps the rich text of a section: headings, bold, italic, lists, links and tables', async () => {
    const page = await casePage();
    expect(headings(page, 3)).toContain('Fit with the department');
    expect(page).toContain('<strong>digital by default</strong>');
    expect(page).toContain('<em>not</em>');
    expect(page).toContain('<a href="https://www.gov.uk/service-manual/service-standard">Service Standard</a>');
    expect(page).toContain(
      '<ul><li>Fewer calls to the licensing line</li><li>Fewer refunds for the wrong licence</li></ul>',
    );
    expect(row(tableStarting(page, 'Priority', 'How this case serves it'), 'Channel shift')[1]).toBe(
      'Renewals move online',
    );
  });

  it('includes only the cases chosen', async () => {
    const page = await html(await renderBusinessCaseDocx(caseInput({ options: { cases: ['economic', 'financial'] } })));
    const h1 = headings(page, 1);
    expect(h1).toContain('Economic case');
    expect(h1).toContain('Financial case');
    expect(h1).not.toContain('Strategic case');
    expect(h1).not.toContain('Management case');
    expect(page).not.toContain('Assumptions, riskiest first');
  });

  it('says which revisions there are when asked for one that does not exist', () => {
    expect(() => businessCaseDocument(caseInput({ revisionNumber: 7 }))).toThrow(new RevisionNotFoundError(7, [1, 2]));
    expect(() => businessCaseDocument(caseInput({ revisionNumber: 7 }))).toThrow(
      'There is no revision 7; this business case has revisions 1, 2.',
    );
  });
});

function frozenLater(): { older: CaseRevision; newer: CaseRevision } {
  const f = exampleCaseFixture();
  return { older: f.revisions[0], newer: freezeRevision(f.revisions[1], new Date('2026-12-03T15:20:00Z')) };
}

function changeTags(body: string): string[] {
  return [...openTags(body, 'w:ins'), ...openTags(body, 'w:del')];
}

describe('the comparison of two revisions', () => {
  it('shows section text changes as tracked changes by the later revision’s author on the day it was frozen', async () => {
    const { older, newer } = frozenLater();
    const body = readDocx(await renderBusinessCaseComparisonDocx(comparisonInput({ older, newer }))).part(
      'word/document.xml',
    );
    const inserted = openTags(body, 'w:ins');
    const deleted = openTags(body, 'w:del');
    expect(inserted.length).toBeGreaterThan(5);
    expect(deleted.length).toBeGreaterThan(5);
    for (const tag of changeTags(body)) {
      expect(attr(tag, 'w:author')).toBe('Priya Shah (example)');
      expect(attr(tag, 'w:date')).toBe('2026-12-03T15:20:00Z');
    }
    const insertedText = [...body.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/g)].map((m) => textOf(m[1] ?? '')).join('|');
    const deletedText = [...body.matchAll(/<w:del [^>]*>(.*?)<\/w:del>/g)]
      .map((m) => (m[1] ?? '').replace(/<w:delText[^>]*>([^<]*)<\/w:delText>/g, '$1').replace(/<[^>]+>/g, ''))
      .join('|');
    // The case for change gained "about 6,000" and "a year"; its unchanged opening stays plain text.
    expect(insertedText).toContain('about 6,000');
    expect(textOf(body)).toContain('About 410,000 licences are issued each year.');
    expect(insertedText).not.toContain('410,000');
    expect(deletedText).toContain('Four');
    // A section new in revision 2 is inserted whole, with its table.
    expect(insertedText).toContain('Channel shift');
  });

  it('attributes the changes of a draft to its author on the day it was last changed', async () => {
    const body = readDocx(await renderBusinessCaseComparisonDocx(comparisonInput())).part('word/document.xml');
    const tags = changeTags(body);
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags.map((t) => attr(t, 'w:date')))).toEqual(new Set(['2026-12-01T09:00:00Z']));
  });

  it('summarises assumptions that changed status, options closed and cost ranges before and after', async () => {
    const page = await html(await renderBusinessCaseComparisonDocx(comparisonInput()));
    const assumptions = tableStarting(page, 'Assumption', 'Revision 1', 'Revision 2');
    expect(assumptions.slice(1).map((r) => r.slice(1, 3))).toEqual([
      ['Untested', 'Disproved'],
      ['Untested', 'Holding'],
      ['Untested', 'Holding'],
    ]);
    expect(tableStarting(page, 'Option', 'Why it was closed')[1]).toEqual([
      'Buy a licensing product',
      'No product handles our concession rules without costly changes.',
    ]);
    const costs = tableStarting(page, 'Phase', 'Revision 1', 'Revision 2', 'Change');
    expect(row(costs, 'Beta')).toEqual([
      'Beta',
      'Low £600,000\nLikely £850,000\nHigh £1,300,000',
      'Low £900,000\nLikely £900,000\nHigh £900,000',
      'Narrowed to a firm figure',
    ]);
    expect(row(costs, 'Live')[3]).toBe('Narrowed: the gap between low and high went from £350,000 to £120,000');
    expect(row(costs, 'Alpha')[3]).toBe('No change');
    expect(plain(page)).toContain('The optimism bias uplift went from 20% to 10%.');
    expect(plain(page)).toContain(
      'Preferred option in revision 1: none. In revision 2: A new online service, because five of six anglers',
    );
  });

  it('leaves out sections that did not change and orders the revisions itself', () => {
    const f = exampleCaseFixture();
    const model = businessCaseComparisonDocument(comparisonInput({ older: f.revisions[1], newer: f.revisions[0] }));
    expect(model.meta.title).toBe(
      'Apply for a fishing licence: agile business case (example): changes from revision 1 to 2',
    );
    const titles = model.sections.flatMap((s) => [s.title, ...(s.sections ?? []).map((x) => x.title)]);
    expect(titles).toContain('The case for change');
    expect(titles).toContain('Strategic fit (new)');
    expect(titles).not.toContain('Commercial case');
    expect(titles).not.toContain('Objectives and measures');
  });
});

describe('authorship', () => {
  it('is the person exporting and the revision authors, never the application', async () => {
    for (const bytes of [
      await renderBusinessCaseDocx(caseInput()),
      await renderBusinessCaseComparisonDocx(comparisonInput()),
    ]) {
      const docx = readDocx(bytes);
      const core = docx.part('docProps/core.xml');
      expect(core).toContain('<dc:creator>Alex Morgan</dc:creator>');
      expect(core).not.toMatch(/waymark/i);
      for (const tag of changeTags(docx.part('word/document.xml')))
        expect(attr(tag, 'w:author')).not.toMatch(/waymark/i);
    }
  });

  it('falls back to the revision author when the exporter gives the application’s name or none', () => {
    expect(businessCaseDocument(caseInput({ author: 'Waymark' })).meta.author).toBe('Priya Shah (example)');
    expect(businessCaseDocument(caseInput({ author: '  ' })).meta.author).toBe('Priya Shah (example)');
    const f = exampleCaseFixture();
    const nameless = { ...f.revisions[1], author: 'waymark' };
    const model = businessCaseComparisonDocument(comparisonInput({ newer: nameless }));
    const blocks = model.sections.flatMap((s) => [...s.blocks, ...(s.sections ?? []).flatMap((x) => x.blocks)]);
    const authors = blocks.flatMap((b) => (b.kind === 'comparison' ? [b.author] : []));
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set(['Alex Morgan']));
  });
});
