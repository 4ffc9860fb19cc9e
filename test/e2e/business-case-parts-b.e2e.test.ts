// A person fills in the costs, a risk and an approval of a project's business case in the browser build:
// a firm cost line and a range, money typed with commas and as "£0.5m", a refused amount, an optimism
// bias with its reason, the base year of the discount rates; sees the whole-life cost and the present
// values worked by hand; adds a risk; records an approval with a condition and finds it as an action on
// the case's home; reloads and finds everything kept; marks the action done.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFocused, expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let session: Session;
let projectRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const caseRoute = () => `${projectRoute}/business-case`;

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

function row(page: Page, table: string, header: string) {
  return page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: header }).first();
}

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Register a boat');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
  await visit(page, caseRoute());
  await page.getByLabel('Move from alpha to beta').check();
  await page.getByRole('button', { name: 'Create the business case' }).click();
  await page.getByText('Revision 1 (draft)').waitFor();
});

afterAll(async () => {
  await session.close();
});

// Each test runs axe several times on shared, busy machines, so it gets more than the default minute.
const SLOW = 240_000;

describe('costs, risks and approvals of a business case', () => {
  it(
    'adds a firm cost line and a range, refusing an amount that is not money',
    async () => {
      const { page } = session;
      await page.getByRole('link', { name: 'Costs', exact: true }).click();
      await expectHeading(page, 'Costs');
      await screenshot(page, 'case-costs-empty');
      expect(await violations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Add a cost line' }).click();
      await expectHeading(page, 'Add a cost line');
      await page.getByLabel('What is the cost for?').fill('Beta team');
      await page.getByLabel('Capital', { exact: true }).check();
      await page.getByLabel('Financial year it starts in').fill('2026');
      await page.getByLabel('Amount in pounds').fill('six hundred thousand');
      await page.getByRole('button', { name: 'Add the cost line' }).click();
      await expectText(page.getByRole('alert'), 'The amount should be an amount in pounds');
      await screenshot(page, 'case-cost-line-error');
      expect(await violations(page)).toEqual([]);
      await page.getByLabel('Amount in pounds').fill('£600,000');
      await page.getByRole('button', { name: 'Add the cost line' }).click();
      await expectHeading(page, 'Costs');

      await page.getByRole('link', { name: 'Add a cost line' }).click();
      await page.getByLabel('What is the cost for?').fill('Running the live service');
      await page.getByLabel('Live', { exact: true }).check();
      await page.getByLabel('Financial year it starts in').fill('2027');
      await page.getByLabel('A range: low, likely and high').check();
      await page.getByLabel('Low, in pounds').fill('400,000');
      await page.getByLabel('Likely, in pounds').fill('£0.5m');
      await page.getByLabel('High, in pounds').fill('700000');
      await screenshot(page, 'case-cost-line-range');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add the cost line' }).click();
      await expectHeading(page, 'Costs');
      await expectText(row(page, 'Cost lines', 'Beta team'), '£600,000 (firm)');
      await expectText(row(page, 'Cost lines', 'Running the live service'), '£400,000 to £700,000, likely £500,000');

      // A line added by mistake is removed only once the person confirms it.
      await page.getByRole('link', { name: 'Add a cost line' }).click();
      await page.getByLabel('What is the cost for?').fill('Printing leaflets');
      await page.getByLabel('Resource', { exact: true }).check();
      await page.getByLabel('Financial year it starts in').fill('2026');
      await page.getByLabel('Amount in pounds').fill('2,000');
      await page.getByRole('button', { name: 'Add the cost line' }).click();
      await expectHeading(page, 'Costs');
      await page.getByRole('link', { name: 'Change Printing leaflets' }).click();
      await page.getByRole('button', { name: 'Remove the cost line' }).click();
      const dialog = page.getByRole('dialog', { name: 'Remove this cost line?' });
      await expectFocused(dialog.getByRole('button', { name: 'Cancel' }));
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: 'Cancel' }).click();
      await expectHeading(page, 'Costs');
      expect(await row(page, 'Cost lines', 'Printing leaflets').count()).toBe(1);
      await page.getByRole('link', { name: 'Change Printing leaflets' }).click();
      await page.getByRole('button', { name: 'Remove the cost line' }).click();
      await dialog.getByRole('button', { name: 'Remove the cost line' }).click();
      await expectHeading(page, 'Costs');
      expect(await row(page, 'Cost lines', 'Printing leaflets').count()).toBe(0);
      expect(await row(page, 'Cost lines', 'Beta team').count()).toBe(1);
    },
    SLOW,
  );

  it(
    'states the optimism bias and the base year, and shows whole-life cost and present values',
    async () => {
      const { page } = session;
      await page.getByRole('link', { name: 'Change the optimism bias' }).click();
      await expectHeading(page, 'Optimism bias');
      await page.getByLabel('Uplift, as a percentage').fill('10');
      await page.getByRole('button', { name: 'Save the optimism bias' }).click();
      await expectText(page.getByRole('alert'), 'Say why this uplift was chosen');
      await page.getByLabel('Why this figure?').fill('Similar digital services overran by about a tenth.');
      await screenshot(page, 'case-optimism-bias');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save the optimism bias' }).click();
      await expectHeading(page, 'Costs');

      await page.getByRole('link', { name: 'Change the discount rates or base year' }).click();
      await expectHeading(page, 'Discount rates');
      expect(await page.getByLabel('Rate for years 0 to 30, percent a year').inputValue()).toBe('3.5');
      await page.getByLabel('Base year (year 0)').fill('2026');
      await screenshot(page, 'case-discount-rates');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save the discount rates' }).click();
      await expectHeading(page, 'Costs');

      // Worked by hand: whole-life £1,000,000 / £1,100,000 / £1,300,000; 10% makes £1,100,000 / £1,210,000 /
      // £1,430,000. Year 1 at 3.5%: £500,000 ÷ 1.035 = £483,091.79, so the likely present value is
      // £1,083,091.79, and £1,191,400.97 after the uplift.
      const wholeLife = 'Whole-life cost, before and after optimism bias';
      await expectText(row(page, wholeLife, 'Before optimism bias'), '£1,000,000\t£1,100,000\t£1,300,000');
      await expectText(row(page, wholeLife, 'uplift of 10%'), '£100,000\t£110,000\t£130,000');
      await expectText(row(page, wholeLife, 'After optimism bias'), '£1,100,000\t£1,210,000\t£1,430,000');
      const pv = 'Present value, before and after optimism bias';
      await expectText(row(page, pv, 'Before optimism bias'), '£986,473.43\t£1,083,091.79\t£1,276,328.50');
      await expectText(row(page, pv, 'After optimism bias'), '£1,191,400.97');
      await expectText(row(page, 'Capital and resource', 'Capital'), '£600,000\t£600,000\t£600,000');
      await expectText(page.locator('main'), 'Years 0 to 30');
      await expectText(page.locator('main'), 'HM Treasury, The Green Book, discounting annex');
      await screenshot(page, 'case-costs');
      expect(await violations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'adds a risk',
    async () => {
      const { page } = session;
      await visit(page, `${caseRoute()}/risks`);
      await expectHeading(page, 'Risks');
      await page.getByRole('link', { name: 'Add a risk' }).click();
      await expectHeading(page, 'Add a risk');
      await page.getByLabel('Risk', { exact: true }).fill('Suppliers cannot start in time');
      await page.getByLabel('Owner').fill('Sam Jones');
      await fillDate(page, 'Review by', '30', '9', '2027');
      await page.getByLabel('Response').fill('Book the supplier early');
      await screenshot(page, 'case-risk-form');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add the risk' }).click();
      await expectHeading(page, 'Risks');
      await expectText(row(page, 'Risks', 'Suppliers cannot start in time'), 'Sam Jones');
      await screenshot(page, 'case-risks');
      expect(await violations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'records an approval with a condition and sees it as an action on the case',
    async () => {
      const { page } = session;
      await visit(page, `${caseRoute()}/approvals`);
      await expectHeading(page, 'Approvals');
      await page.getByRole('link', { name: 'Record an approval' }).click();
      await page.getByLabel('Who gives the approval?').fill('Investment committee');
      await page.getByLabel('Departmental investment committee').check();
      await page.getByLabel('Approved with conditions').check();
      await page.getByRole('button', { name: 'Record the approval' }).click();
      await expectText(page.getByRole('alert'), 'Enter the date of the decision.');
      await fillDate(page, 'Date of the decision', '15', '6', '2026');
      await screenshot(page, 'case-approval-form');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Record the approval' }).click();
      await expectHeading(page, 'Investment committee');
      await page.getByRole('link', { name: 'Add a condition' }).click();
      await expectHeading(page, 'Add a condition');
      await page.getByLabel('What does the condition ask?').fill('Name a senior responsible owner');
      await page.getByLabel('Who will meet it?').fill('Director of services');
      await fillDate(page, 'When is it due?', '1', '7', '2026');
      await screenshot(page, 'case-condition-form');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add the condition' }).click();
      await expectHeading(page, 'Investment committee');
      await expectText(row(page, 'Conditions of Investment committee', 'Name a senior'), 'Open');
      await screenshot(page, 'case-approval');
      expect(await violations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'lists the condition as an action on the case home',
    async () => {
      const { page } = session;
      await visit(page, caseRoute());
      const block = page.getByTestId('case-costs-approvals');
      await expectText(row(page, 'Actions from approval conditions', 'Name a senior'), 'Director of services');
      await expectText(block, 'whole-life cost £1,210,000 likely, after optimism bias');
      await expectText(block, '1 risk');
      await screenshot(page, 'case-home-parts');
      expect(await violations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'keeps everything after a reload, and marks the action done',
    async () => {
      const { page } = session;
      await page.reload();
      await expectText(row(page, 'Actions from approval conditions', 'Name a senior'), 'Investment committee');
      await visit(page, `${caseRoute()}/costs`);
      await expectText(row(page, 'Present value, before and after optimism bias', 'Before'), '£1,083,091.79');
      await expectText(page.locator('main'), 'Similar digital services overran by about a tenth.');
      await visit(page, `${caseRoute()}/risks`);
      await expectText(page.getByRole('table', { name: 'Risks' }), 'Book the supplier early');
      await visit(page, caseRoute());
      await screenshot(page, 'case-home-before-done');
      await row(page, 'Actions from approval conditions', 'Name a senior')
        .getByRole('button', { name: /Mark as done/ })
        .click();
      await expectText(page.getByTestId('case-costs-approvals'), 'No open actions from approval conditions.');
      await page.reload();
      await expectText(page.getByTestId('case-costs-approvals'), 'No open actions from approval conditions.');
    },
    SLOW,
  );

  it(
    'carries the costs into the next revision once the first is frozen',
    async () => {
      const { page } = session;
      await visit(page, `${caseRoute()}/revisions/new`);
      await page.getByLabel('What changed since the last revision, and why?').fill('Costs and approval recorded.');
      const name = page.getByLabel('Your name');
      if (await name.count()) await name.fill('Priya Shah');
      await page.getByRole('button', { name: 'Freeze revision 1 and start revision 2' }).click();
      await expectText(page.locator('main'), 'Revision 2 (draft)');
      // The new draft carries the costs on and can still be changed.
      await visit(page, `${caseRoute()}/costs`);
      await expectText(row(page, 'Cost lines', 'Beta team'), '£600,000 (firm)');
      expect(await page.getByRole('link', { name: 'Add a cost line' }).count()).toBe(1);
    },
    SLOW,
  );
});
