// A person prepares for an alpha assessment against the GOV.UK Service Standard in the browser build:
// starts it with a panel date, records statuses and narratives, uses one evidence item for two points and
// adds another from a point, adds an overdue action, reads the overview's counts, and finds everything
// again after the browser restarts. Each screen is checked with axe and captured as a screenshot.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocused,
  expectHeading,
  expectNoText,
  expectText,
  openSession,
  screenshot,
  visit,
  type Session,
} from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NAME = 'GOV.UK Service Standard, alpha assessment';
const POINT_1 = '1. Understand users and their needs';
const POINT_2 = '2. Solve a whole problem for users';
const POINT_4 = '4. Make the service simple to use';
const POINT_5 = '5. Make sure everyone can use the service';

let session: Session;
let projectRoute = '';
let overviewRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A date `days` from today on this computer's calendar, as day, month and year boxes. */
function inDays(days: number): { day: string; month: string; year: string } {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}

async function fillDate(page: Page, id: string, date: { day: string; month: string; year: string }) {
  await page.locator(`#${id}-day`).fill(date.day);
  await page.locator(`#${id}-month`).fill(date.month);
  await page.locator(`#${id}-year`).fill(date.year);
}

/** True when the page's beforeunload handlers would stop the window closing or reloading. */
function unloadRefused(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function openPoint(page: Page, title: string) {
  await visit(page, overviewRoute);
  await page.getByTestId('point-list').getByRole('link', { name: title, exact: true }).click();
  await expectHeading(page, title);
}

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

describe('assessment preparation in the browser build', () => {
  it('starts an alpha assessment against the GOV.UK Service Standard with a panel date', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/evidence/new`);
    await page.getByLabel('Title').fill('User research plan');
    await page.getByLabel('Document', { exact: true }).check();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await expectHeading(page, 'User research plan');
    await visit(page, `${projectRoute}/assessments`);
    await expectHeading(page, 'Assessment preparation');
    await expectText(page.locator('main'), 'This project has no assessments yet.');
    await screenshot(page, 'assessments-empty');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Start an assessment' }).click();
    await expectHeading(page, 'Start an assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Choose the standard to assess the project against');
    await expectText(summary, 'Choose what the assessment is for');
    await expectFocused(summary);
    await screenshot(page, 'assessment-start-errors');
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('GOV.UK Service Standard', { exact: true }).check();
    await page.getByLabel('Alpha assessment', { exact: true }).check();
    await fillDate(page, 'panel-date', inDays(23));
    await screenshot(page, 'assessment-start');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expectHeading(page, NAME);
    overviewRoute = new URL(page.url()).hash.slice(1);
    await expectText(page.locator('.notice').first(), 'is started');
    await expectText(page.getByTestId('panel-when'), 'Panel in 23 days (');
    await expectText(page.getByTestId('ready-count'), '0 of 14 points ready');
    expect(await page.getByTestId('point-list').getByRole('listitem').count()).toBe(14);
  });

  it('records a ready point with a narrative, evidence from the library and an overdue action', async () => {
    const { page } = session;
    await openPoint(page, POINT_1);
    await expectText(page.locator('main'), 'What assessors look for in alpha');
    await expectText(page.locator('main'), 'Prototypes tested with users and changed because of what was found');
    await page.getByLabel('Ready', { exact: true }).check();
    await page
      .getByLabel('Narrative', { exact: true })
      .fill('Five rounds of research with 40 people.\n\nThree with disabled people.');
    await page.getByRole('button', { name: 'Save status and narrative' }).click();
    await expectText(page.locator('main'), 'Point 1 is saved as ready.');

    await page.getByRole('link', { name: 'Choose evidence from the library' }).click();
    await expectHeading(page, `Choose evidence for ${POINT_1}`);
    await page.getByRole('button', { name: 'Use the chosen evidence' }).click();
    await expectText(page.getByRole('alert').filter({ hasText: 'There is a problem' }), 'Choose at least one item');
    await page.getByLabel('User research plan (document)').check();
    await screenshot(page, 'assessment-choose-evidence');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use the chosen evidence' }).click();
    await expectHeading(page, POINT_1);
    await expectText(page.getByRole('table', { name: 'Evidence used for this point' }), 'User research plan');

    await page.getByRole('link', { name: 'Add an action' }).click();
    await expectHeading(page, 'Add an action');
    await page.getByLabel('What needs to be done?').fill('Book research with people who use screen readers');
    await page.getByLabel('Owner (optional)').fill('Sam Okafor');
    await fillDate(page, 'action-due', { day: '5', month: '1', year: '2026' });
    await screenshot(page, 'assessment-action');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add the action' }).click();
    await expectHeading(page, POINT_1);
    const actions = page.getByRole('table', { name: 'Actions for this point' });
    await expectText(actions, 'Book research with people who use screen readers');
    await expectText(actions, 'Overdue');
    await screenshot(page, 'assessment-point');
    expect(await violations(page)).toEqual([]);
  });

  it('uses the same evidence for a second point, adds new evidence from it, and needs a reason for not applicable', async () => {
    const { page } = session;
    await openPoint(page, POINT_2);
    await page.getByLabel('In progress', { exact: true }).check();
    await page.getByRole('button', { name: 'Save status and narrative' }).click();
    await expectText(page.locator('main'), 'Point 2 is saved as in progress.');
    await page.getByRole('link', { name: 'Choose evidence from the library' }).click();
    await page.getByLabel('User research plan (document)').check();
    await page.getByRole('button', { name: 'Use the chosen evidence' }).click();
    await expectHeading(page, POINT_2);
    await page.getByRole('link', { name: 'Add new evidence' }).click();
    await expectHeading(page, `Add evidence for ${POINT_2}`);
    await page.getByLabel('Title').fill('Whole journey map');
    await page.getByLabel('Prototype', { exact: true }).check();
    await page.getByRole('button', { name: 'Add and use for this point' }).click();
    await expectHeading(page, POINT_2);
    const used = page.getByRole('table', { name: 'Evidence used for this point' });
    await expectText(used, 'User research plan');
    await expectText(used, 'Whole journey map');

    await openPoint(page, POINT_4);
    await page.getByLabel('Not applicable', { exact: true }).check();
    await page.getByRole('button', { name: 'Save status and narrative' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Say why this point does not apply');
    await screenshot(page, 'assessment-point-errors');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Why does this point not apply?').fill('Staff-only tool with no public pages');
    await page.getByRole('button', { name: 'Save status and narrative' }).click();
    await expectText(page.locator('main'), 'Point 4 is saved as not applicable.');
  });

  it('saves a point before choosing evidence, asks before leaving with changes, and moves focus after removing', async () => {
    const { page } = session;
    const narrative = page.getByLabel('Narrative', { exact: true });
    await openPoint(page, POINT_5);
    await page.getByLabel('In progress', { exact: true }).check();
    await narrative.fill('Tested with a screen reader.');
    await page.getByRole('link', { name: 'Choose evidence from the library' }).click();
    await expectHeading(page, `Choose evidence for ${POINT_5}`);
    await expectText(page.locator('.notice').first(), 'Point 5 is saved as in progress.');
    await page.getByLabel('User research plan (document)').check();
    await page.getByRole('button', { name: 'Use the chosen evidence' }).click();
    await expectHeading(page, POINT_5);
    expect(await page.getByLabel('In progress', { exact: true }).isChecked()).toBe(true);
    expect(await narrative.inputValue()).toBe('Tested with a screen reader.');

    // Removing the only item takes its button away: focus goes to the section's heading, not the page.
    await page.getByRole('button', { name: 'Remove User research plan from this point' }).click();
    await expectText(page.locator('main'), 'No evidence is used for this point yet.');
    await expectFocused(page.getByRole('heading', { name: 'Evidence used' }));
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);

    await narrative.fill('Tested with a screen reader and with voice control.');
    await page.getByRole('link', { name: 'Back to the assessment overview' }).click();
    const dialog = page.getByRole('dialog', { name: 'You have changes that are not saved' });
    await expectFocused(dialog.getByRole('button', { name: 'Stay on this page' }));
    await screenshot(page, 'assessment-point-leave');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expectHeading(page, POINT_5);
    expect(await narrative.inputValue()).toBe('Tested with a screen reader and with voice control.');
    // Closing or reloading the window warns too, while the changes are not saved.
    expect(await page.evaluate(unloadRefused)).toBe(true);

    await page.getByRole('link', { name: 'Back to the assessment overview' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expectHeading(page, NAME);
    await openPoint(page, POINT_5);
    expect(await narrative.inputValue()).toBe('Tested with a screen reader.');

    // Once saved, nothing asks.
    await narrative.fill('Tested with a screen reader and with voice control.');
    await page.getByRole('button', { name: 'Save status and narrative' }).click();
    await expectText(page.locator('main'), 'Saved: in progress.');
    expect(await page.evaluate(unloadRefused)).toBe(false);
    await page.getByRole('link', { name: 'Back to the assessment overview' }).click();
    await expectHeading(page, NAME);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('shows the counts on the overview, and keeps everything after the browser restarts', async () => {
    const check = async (page: Page) => {
      await visit(page, overviewRoute);
      await expectHeading(page, NAME);
      await expectText(page.getByTestId('ready-count'), '1 of 13 points ready (1 not applicable)');
      const noEvidence = page.getByTestId('no-evidence');
      await expectNoText(noEvidence, 'Understand users and their needs');
      await expectNoText(noEvidence, 'Solve a whole problem for users');
      await expectText(noEvidence, 'Provide a joined up experience across all channels');
      await expectText(
        page.getByTestId('overdue-actions'),
        'Book research with people who use screen readers (Sam Okafor), due 5 January 2026',
      );
      await expectText(page.getByTestId('panel-when'), 'Panel in 23 days (');
      const items = page.getByTestId('point-list').getByRole('listitem');
      await expectText(items.nth(0), '1 item of evidence, 1 open action');
      await expectText(items.nth(1), '2 items of evidence');
      await expectText(items.nth(2), 'No evidence');
    };
    await check(session.page);
    await screenshot(session.page, 'assessment-overview');
    expect(await violations(session.page)).toEqual([]);

    session = await session.restart();
    const { page } = session;
    await check(page);
    const statuses = await page.getByTestId('point-list').locator('.tag').allInnerTexts();
    expect(statuses.slice(0, 4)).toEqual(['Ready', 'In progress', 'Not started', 'Not applicable']);
    await openPoint(page, POINT_1);
    expect(await page.getByLabel('Ready', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Narrative', { exact: true }).inputValue()).toBe(
      'Five rounds of research with 40 people.\n\nThree with disabled people.',
    );
    await visit(page, `${projectRoute}/assessments`);
    const table = page.getByRole('table', { name: 'Assessments of Register a boat' });
    await expectText(table, 'GOV.UK Service Standard');
    await expectText(table, 'Alpha assessment');
    await expectText(table, '1 of 13');
    await screenshot(page, 'assessments-list');
    expect(await violations(page)).toEqual([]);
  });

  it('marks an action done, changes the panel date and deletes the assessment after confirming', async () => {
    const { page } = session;
    await openPoint(page, POINT_1);
    await page.getByRole('button', { name: /Mark as done/ }).click();
    await expectText(page.getByRole('table', { name: 'Actions for this point' }), 'Done');
    await visit(page, overviewRoute);
    await expectText(page.locator('main'), 'No action is overdue.');
    await page.getByRole('link', { name: 'Change the panel date' }).click();
    await expectHeading(page, 'Date of the panel');
    await fillDate(page, 'panel-date', inDays(1));
    await page.getByRole('button', { name: 'Save the panel date' }).click();
    await expectHeading(page, NAME);
    await expectText(page.getByTestId('panel-when'), 'Panel tomorrow (');

    await page.getByRole('button', { name: 'Delete assessment' }).click();
    await expectFocused(page.getByRole('dialog').getByRole('button', { name: 'Cancel' }));
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete assessment' }).click();
    await expectHeading(page, 'Assessment preparation');
    await expectText(page.locator('main'), 'This project has no assessments yet.');
    await visit(page, `${projectRoute}/evidence`);
    await expectText(page.locator('main'), 'Whole journey map');
  });
});
