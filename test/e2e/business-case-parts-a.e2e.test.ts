// A person fills in the structured parts of a business case in the browser build: two assumptions (one
// disproved, tied to a section, which flags the section on its page and on the case's home), an options
// appraisal (business as usual, do minimum and two more; a short list, success factors, scores and the
// preferred option) and a benefit, and finds all of it again after a reload.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let session: Session;
let projectRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const caseRoute = () => `${projectRoute}/business-case`;
const main = (page: Page) => page.locator('main');

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Register a boat');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
});

async function addAssumption(
  page: Page,
  a: {
    text: string;
    section: string;
    confidence: string;
    status: string;
    test?: string;
    date?: [string, string, string];
  },
) {
  await page.getByRole('link', { name: 'Add an assumption' }).click();
  await expectHeading(page, 'Add an assumption');
  await page.getByLabel('Assumption', { exact: true }).fill(a.text);
  await page.getByLabel(a.section, { exact: true }).check();
  await page.getByLabel(a.confidence, { exact: true }).check();
  if (a.test) await page.getByLabel('How will it be tested?').fill(a.test);
  if (a.date) {
    await page.getByLabel('Day').fill(a.date[0]);
    await page.getByLabel('Month').fill(a.date[1]);
    await page.getByLabel('Year').fill(a.date[2]);
  }
  await page.getByLabel(a.status, { exact: true }).check();
  await page.getByRole('button', { name: 'Add the assumption' }).click();
  await expectHeading(page, 'Assumptions');
}

async function addOption(
  page: Page,
  o: { title: string; baseline: string; shortListed: boolean; closedReason?: string },
) {
  await page.getByRole('link', { name: 'Add an option' }).click();
  await expectHeading(page, 'Add an option');
  await page.getByLabel('Name of the option').fill(o.title);
  await page.getByLabel(o.baseline, { exact: true }).check();
  if (o.shortListed) await page.getByLabel(/On the short list/).check();
  if (o.closedReason) {
    await page.getByLabel('Closed', { exact: true }).check();
    await page.getByLabel('Why is it closed?').fill(o.closedReason);
  }
  await page.getByRole('button', { name: 'Add the option' }).click();
  await expectHeading(page, 'Options appraisal');
}

async function addFactor(page: Page, title: string) {
  await page.getByRole('link', { name: 'Add a success factor' }).click();
  await expectHeading(page, 'Add a success factor');
  await page.getByLabel('Critical success factor').fill(title);
  await page.getByRole('button', { name: 'Add the success factor' }).click();
  await expectHeading(page, 'Options appraisal');
}

describe('assumptions, options and benefits of a business case', () => {
  it('logs two assumptions riskiest first, and a disproved one flags its section', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByLabel('Title of the case').fill('Register a boat: the case for beta');
    await page.getByLabel('Move from alpha to beta').check();
    await page.getByRole('button', { name: 'Create the business case' }).click();
    await expectHeading(page, 'Register a boat: the case for beta');
    await expectText(page.getByTestId('case-parts-a'), '0 assumptions');
    await page.getByTestId('case-parts-a').getByRole('link', { name: 'Assumptions' }).click();
    await expectHeading(page, 'Assumptions');
    await expectText(main(page), 'No assumptions are recorded yet.');
    await screenshot(page, 'case-assumptions-empty');
    expect(await violations(page)).toEqual([]);

    // A form sent empty says what is missing.
    await page.getByRole('link', { name: 'Add an assumption' }).click();
    await page.getByRole('button', { name: 'Add the assumption' }).click();
    await expectText(page.getByRole('alert'), 'Write down the assumption.');
    await expectText(page.getByRole('alert'), 'Choose how confident the team is that the assumption is true.');
    await screenshot(page, 'case-assumption-form-errors');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expectHeading(page, 'Assumptions');

    await addAssumption(page, {
      text: 'Most boat owners will register online',
      section: 'The case for change',
      confidence: 'Medium',
      status: 'Untested',
      test: 'A private beta with 500 boat owners',
      date: ['30', '9', '2026'],
    });
    await addAssumption(page, {
      text: 'Registration fees cover the running costs',
      section: 'Funding and affordability',
      confidence: 'High',
      status: 'Disproved',
    });
    const rows = page.getByRole('table', { name: 'Assumptions, riskiest first' }).locator('tbody tr');
    // The disproved one comes first even though the team was more confident of it.
    await expectText(rows.nth(0), 'Registration fees cover the running costs');
    await expectText(rows.nth(0), 'Disproved');
    await expectText(rows.nth(1), 'Most boat owners will register online');
    await expectText(rows.nth(1), 'By 30 September 2026');
    await expectText(page.getByTestId('disproved-sections'), 'Financial case: Funding and affordability');
    await screenshot(page, 'case-assumptions');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Financial case: Funding and affordability' }).first().click();
    await expectHeading(page, 'Funding and affordability');
    await expectText(page.getByTestId('disproved-warning'), 'This section depends on a disproved assumption:');
    await expectText(page.getByTestId('disproved-warning'), 'Registration fees cover the running costs');
    await screenshot(page, 'case-section-disproved');
    expect(await violations(page)).toEqual([]);

    await visit(page, `${caseRoute()}/sections/case-for-change`);
    expect(await page.getByTestId('disproved-warning').count()).toBe(0);

    await visit(page, caseRoute());
    const funding = page.locator('.task-list__item', { hasText: 'Funding and affordability' });
    await expectText(funding, 'Depends on a disproved assumption');
    expect(await page.locator('.task-list__item', { hasText: 'The case for change' }).innerText()).not.toContain(
      'disproved',
    );
    await expectText(page.getByTestId('case-parts-a'), '2 assumptions, 1 disproved');
  }, 240_000);

  it('builds an options appraisal: long list, short list, factors, scores and the preferred option', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByTestId('case-parts-a').getByRole('link', { name: 'Options appraisal' }).click();
    await expectHeading(page, 'Options appraisal');
    await expectText(page.getByTestId('options-problems'), 'Add business as usual to the long list');
    await expectText(page.getByTestId('options-problems'), 'Add a do minimum option to the long list.');

    await addOption(page, { title: 'Keep the paper form', baseline: 'Business as usual', shortListed: true });
    await addOption(page, { title: 'Fix the paper form', baseline: 'Do minimum', shortListed: true });
    await addOption(page, { title: 'Online register', baseline: 'Neither', shortListed: true });
    await addOption(page, {
      title: 'Buy a registration product',
      baseline: 'Neither',
      shortListed: false,
      closedReason: 'No product on the market handles boat classes.',
    });
    expect(await page.getByTestId('options-problems').count()).toBe(0);
    await addFactor(page, 'Meets the needs of boat owners');
    await addFactor(page, 'Affordable to run');

    const score = (option: string, factor: string) => page.getByLabel(`Score of ${option} against ${factor}`);
    await score('Online register', 'Meets the needs of boat owners').selectOption('5');
    await score('Online register', 'Affordable to run').selectOption('4');
    await score('Keep the paper form', 'Meets the needs of boat owners').selectOption('1');
    await score('Fix the paper form', 'Meets the needs of boat owners').selectOption('2');
    await page.getByRole('button', { name: 'Save the scores' }).click();
    await expectText(main(page), 'The scores are saved.');
    const onlineRow = page.getByRole('table', { name: /Scores of the short-listed options/ }).getByRole('row', {
      name: /Online register/,
    });
    await expectText(onlineRow, '9');

    // A preferred option needs a reason.
    await page.getByLabel('Online register', { exact: true }).check();
    await page.getByRole('button', { name: 'Save the preferred option' }).click();
    await expectText(page.getByRole('alert'), 'Say why this option is preferred.');
    await page.getByLabel('Why is it preferred?').fill('Alpha showed owners finish it in five minutes.');
    await page.getByRole('button', { name: 'Save the preferred option' }).click();
    await expectText(main(page), 'The preferred option is saved.');
    await screenshot(page, 'case-options');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Change Buy a registration product' }).click();
    await expectHeading(page, 'Change an option');
    await screenshot(page, 'case-option-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('link', { name: 'Change the factor: Affordable to run' }).click();
    await expectHeading(page, 'Change a success factor');
    await screenshot(page, 'case-factor-form');
    expect(await violations(page)).toEqual([]);
  }, 240_000);

  it('adds a benefit as a hypothesis', async () => {
    const { page } = session;
    await visit(page, `${caseRoute()}/benefits`);
    await expectHeading(page, 'Benefits');
    await page.getByRole('link', { name: 'Add a benefit' }).click();
    await expectHeading(page, 'Add a benefit');
    await page.getByLabel('Benefit', { exact: true }).fill('Fewer calls to the helpline');
    await page.getByLabel('Measure', { exact: true }).fill('Calls a month');
    await page.getByLabel('Baseline', { exact: true }).fill('4,000');
    await page.getByLabel('Target', { exact: true }).fill('1,500');
    await page.getByLabel('When measured', { exact: true }).fill('Six months after beta starts');
    await page.getByLabel('Owner', { exact: true }).fill('Head of operations');
    await screenshot(page, 'case-benefit-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add the benefit' }).click();
    await expectText(page.getByRole('alert'), 'Say whether the benefit is cashable.');
    await page.getByLabel('Not cashable', { exact: true }).check();
    await page.getByRole('button', { name: 'Add the benefit' }).click();
    await expectHeading(page, 'Benefits');
    await expectText(page.getByRole('table', { name: /Benefits/ }), 'Fewer calls to the helpline');
    await screenshot(page, 'case-benefits');
    expect(await violations(page)).toEqual([]);
  }, 240_000);

  it('keeps everything after a reload', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.reload();
    await expectHeading(page, 'Register a boat: the case for beta');
    const parts = page.getByTestId('case-parts-a');
    await expectText(parts, '2 assumptions, 1 disproved');
    await expectText(parts, '4 options, 3 short-listed; preferred: Online register');
    await expectText(parts, '1 benefit');
    await screenshot(page, 'case-home-parts');
    expect(await violations(page)).toEqual([]);

    await visit(page, `${caseRoute()}/options`);
    await expectText(main(page), 'Closed: No product on the market handles boat classes.');
    expect(await page.getByLabel('Score of Online register against Affordable to run').inputValue()).toBe('4');
    expect(await page.getByLabel('Online register', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Why is it preferred?').inputValue()).toBe(
      'Alpha showed owners finish it in five minutes.',
    );
    await visit(page, `${caseRoute()}/benefits`);
    await expectText(page.getByRole('table', { name: /Benefits/ }), 'Not cashable');
    await expectText(page.getByRole('table', { name: /Benefits/ }), 'Head of operations');
    await visit(page, `${caseRoute()}/assumptions`);
    await expectText(page.getByRole('table', { name: /Assumptions/ }), 'A private beta with 500 boat owners');
  }, 240_000);
});
