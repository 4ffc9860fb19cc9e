// A team rehearses for its alpha assessment and records the panel's outcome in the browser build: rehearses
// an answer in the mock assessment, opens the run sheet (on screen and as printed), records the ratings with
// one amber point, a recommendation turned into an action with its due date, and the deadline to answer the
// report; then finds all of it on the overview after the browser restarts. Each screen is checked with axe
// and captured as a screenshot.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocused,
  expectHeading,
  expectHidden,
  expectNoText,
  expectText,
  expectVisible,
  openSession,
  screenshot,
  SCREENSHOT_DIR,
  visit,
  type Session,
} from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NAME = 'GOV.UK Service Standard, alpha assessment';
const REHEARSED = 'Sam answers: five rounds of research with 40 people, three of them with disabled people.';
const RECOMMENDATION = 'Map the whole journey with the teams who run the steps before and after';
// Report received Friday 19 March 2027: Good Friday and Easter Monday are not counted.
const DEADLINE =
  'Accept or challenge the report by Tuesday 6 April 2027: 10 working days, not counting weekends or bank holidays';

let session: Session;
let overviewRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Register a boat');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  const projectRoute = new URL(page.url()).hash.slice(1);
  await visit(page, `${projectRoute}/assessments/new`);
  await page.getByLabel('GOV.UK Service Standard', { exact: true }).check();
  await page.getByLabel('Alpha assessment', { exact: true }).check();
  await fillDate(page, 'panel-date', inDays(23));
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  overviewRoute = new URL(page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
});

describe('mock assessment, run sheet and panel outcome in the browser build', () => {
  it('rehearses an answer to the questions a panel is likely to ask in alpha', async () => {
    const { page } = session;
    await expectText(page.getByTestId('prepare-and-record'), 'Record the panel outcome');
    await page.getByRole('link', { name: 'Mock assessment: rehearse your answers' }).click();
    await expectHeading(page, 'Mock assessment');
    const main = page.locator('main');
    await expectText(main, 'Who are your users, and which of them did you find hardest to reach?');
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(14);
    await page.getByLabel('What the team will say about point 1', { exact: true }).fill(REHEARSED);
    await page.getByRole('button', { name: 'Save rehearsal notes' }).click();
    await expectText(page.locator('.notice').first(), 'Your rehearsal notes are saved.');
    await screenshot(page, 'assessment-mock');
    expect(await violations(page)).toEqual([]);
  });

  it('asks before leaving the mock assessment with notes that are not saved', async () => {
    const { page } = session;
    const notes = page.getByLabel('What the team will say about point 2', { exact: true });
    await notes.fill('Priya answers with the journey map.');
    await page.getByRole('link', { name: 'Open the run sheet of the session' }).click();
    const dialog = page.getByRole('dialog', { name: 'You have changes that are not saved' });
    await expectFocused(dialog.getByRole('button', { name: 'Stay on this page' }));
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expectHeading(page, 'Mock assessment');
    expect(await notes.inputValue()).toBe('Priya answers with the journey map.');
    await page.getByRole('link', { name: 'Open the run sheet of the session' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expectHeading(page, 'Run sheet of the session');
    await page.getByRole('link', { name: 'Back to the mock assessment' }).click();
    await expectHeading(page, 'Mock assessment');
    expect(await notes.inputValue()).toBe('');
    expect(await page.getByLabel('What the team will say about point 1', { exact: true }).inputValue()).toBe(REHEARSED);
  });

  it('opens a run sheet that starts with introductions and the demo and prints without the navigation', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Open the run sheet of the session' }).click();
    await expectHeading(page, 'Run sheet of the session');
    const sheet = page.getByTestId('run-sheet');
    const parts = await sheet.locator(':scope > li > h2').allInnerTexts();
    expect(parts[0]).toContain('Introductions and the service in brief');
    expect(parts[1]).toContain('Demo of the service');
    expect(parts.some((p) => p.includes('Points led by the user research assessor'))).toBe(true);
    await expectText(sheet, REHEARSED);
    await expectText(sheet, '0:00 to 0:15');
    await screenshot(page, 'assessment-run-sheet');
    expect(await violations(page)).toEqual([]);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print the run sheet' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expectHidden(page.getByRole('navigation', { name: 'Main' }));
    await expectHidden(page.getByRole('navigation', { name: 'Project' }));
    await expectHidden(page.getByRole('button', { name: 'Print the run sheet' }));
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Run sheet of the session' }));
    await screenshot(page, 'assessment-run-sheet-print');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.pdf({ path: join(SCREENSHOT_DIR, 'assessment-run-sheet.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await expectVisible(page.getByRole('navigation', { name: 'Main' }));
  });

  it('records the ratings with one amber point, the report date and the deadline to answer it', async () => {
    const { page } = session;
    await visit(page, overviewRoute);
    await page.getByRole('link', { name: 'Record the panel outcome' }).click();
    await expectHeading(page, 'Panel outcome');
    // A report dated before the panel is refused, and what was typed stays.
    await fillDate(page, 'report-date', inDays(20));
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await expectText(
      page.getByRole('alert').filter({ hasText: 'There is a problem' }),
      'The report date must be on or after the panel on',
    );
    expect(await page.locator('#report-date-day').inputValue()).toBe(inDays(20).day);
    await fillDate(page, 'report-date', { day: '19', month: '3', year: '2027' });
    await page.getByRole('group', { name: 'Overall rating of the service' }).getByLabel('Amber').check();
    await page.getByRole('group', { name: '1. Understand users and their needs' }).getByLabel('Green').check();
    await page.getByRole('group', { name: '2. Solve a whole problem for users' }).getByLabel('Amber').check();
    await page.getByLabel('Report accepted').check();
    await screenshot(page, 'assessment-outcome-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await expectText(page.locator('.notice').first(), 'The outcome is saved.');
    await expectText(page.getByTestId('response-deadline'), DEADLINE);
    await expectText(page.getByTestId('point-ratings'), '2. Solve a whole problem for users: Amber');
  });

  it('asks before leaving the outcome with a rating that is not saved', async () => {
    const { page } = session;
    const point3 = page.getByRole('group', { name: '3. Provide a joined up experience across all channels' });
    await point3.getByLabel('Green').check();
    await page.getByRole('link', { name: 'Add a recommendation' }).click();
    const dialog = page.getByRole('dialog', { name: 'You have changes that are not saved' });
    await expectFocused(dialog.getByRole('button', { name: 'Stay on this page' }));
    await screenshot(page, 'assessment-outcome-leave');
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await point3.getByLabel('Green').isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Add a recommendation' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expectHeading(page, 'Add a recommendation');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectHeading(page, 'Panel outcome');
    expect(await point3.getByLabel('Not rated').isChecked()).toBe(true);
  });

  it('adds a recommendation on the amber point and turns it into an action once, due in three months', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Add a recommendation' }).click();
    await expectHeading(page, 'Add a recommendation');
    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    await expectText(page.getByRole('alert').filter({ hasText: 'There is a problem' }), 'Enter what the panel');
    await page.getByLabel('What does the panel recommend?').fill(RECOMMENDATION);
    await page.getByLabel('What is it about?').selectOption({ label: '2. Solve a whole problem for users' });
    await screenshot(page, 'assessment-recommendation');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    await expectHeading(page, 'Panel outcome');
    await expectText(page.getByRole('table', { name: "The panel's recommendations", exact: true }), RECOMMENDATION);

    await page.getByRole('button', { name: 'Create actions from recommendations' }).click();
    // One message, the one announced: what was made.
    await expectText(page.locator('.notice').first(), '1 action is added from the recommendations.');
    await expectNoText(page.locator('main'), 'Actions are made from the recommendations that had none.');
    const actions = page.getByRole('table', { name: "Actions from the panel's recommendations" });
    // 19 March 2027 + 3 months is Saturday 19 June, so the action is due on Friday 18 June.
    await expectText(actions, '18 June 2027');
    await page.getByRole('button', { name: 'Create actions from recommendations' }).click();
    await expectText(page.locator('.notice').first(), 'Every recommendation already has an action.');
    expect(await actions.locator('tbody tr').count()).toBe(1);
    await expectText(page.locator('main'), 'Actions on red points are fixed before the reassessment');
    await screenshot(page, 'assessment-outcome');
    expect(await violations(page)).toEqual([]);
  });

  it('moves the action\u2019s due date with the report date it was worked out from', async () => {
    const { page } = session;
    // Friday 26 March 2027 + 3 months is Saturday 26 June: due Friday 25 June.
    await fillDate(page, 'report-date', { day: '26', month: '3', year: '2027' });
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await expectText(
      page.locator('.notice').first(),
      'The outcome is saved. 1 action from the recommendations has a new due date.',
    );
    const actions = page.getByRole('table', { name: "Actions from the panel's recommendations" });
    await expectText(actions, '25 June 2027');
    await fillDate(page, 'report-date', { day: '19', month: '3', year: '2027' });
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await expectText(actions, '18 June 2027');
  });

  it('asks before deleting an action and before removing a recommendation, starting on Cancel', async () => {
    const { page } = session;
    const extra = 'Publish the research findings for the whole team';
    await page.getByRole('link', { name: 'Add a recommendation' }).click();
    await page.getByLabel('What does the panel recommend?').fill(extra);
    await page.getByRole('button', { name: 'Add the recommendation' }).click();
    await expectHeading(page, 'Panel outcome');
    await page.getByRole('button', { name: 'Create actions from recommendations' }).click();
    await expectText(page.locator('.notice').first(), '1 action is added from the recommendations.');

    // Deleting the action made from it asks first; Cancel keeps it.
    const actions = page.getByRole('table', { name: "Actions from the panel's recommendations" });
    await actions.getByRole('link', { name: `Change ${extra}` }).click();
    await expectHeading(page, 'Change an action');
    await page.getByRole('button', { name: 'Delete the action' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this action?' });
    await expectVisible(dialog);
    await expectFocused(dialog.getByRole('button', { name: 'Cancel' }));
    await screenshot(page, 'assessment-action-delete-confirm');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectHidden(dialog);
    await expectHeading(page, 'Change an action');
    await page.getByRole('button', { name: 'Delete the action' }).click();
    await dialog.getByRole('button', { name: 'Yes, delete the action' }).click();
    await expectHeading(page, NAME);
    await expectText(page.locator('.notice').first(), `\u201c${extra}\u201d is deleted.`);

    // Removing the recommendation asks first too; afterwards focus is on the list's heading.
    await page.getByRole('link', { name: 'Panel outcome', exact: true }).click();
    await expectHeading(page, 'Panel outcome');
    const recommendations = page.getByRole('table', { name: "The panel's recommendations", exact: true });
    await recommendations.getByRole('button', { name: `Remove ${extra}` }).click();
    const remove = page.getByRole('dialog', { name: 'Remove this recommendation?' });
    await expectFocused(remove.getByRole('button', { name: 'Cancel' }));
    await expectText(remove, extra);
    await screenshot(page, 'assessment-recommendation-remove-confirm');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expectFocused(recommendations.getByRole('button', { name: `Remove ${extra}` }));
    await recommendations.getByRole('button', { name: `Remove ${extra}` }).click();
    await remove.getByRole('button', { name: 'Yes, remove it' }).click();
    await expectText(page.locator('.notice').first(), `The recommendation \u201c${extra}\u201d is removed.`);
    await expectNoText(recommendations, extra);
    await expectFocused(page.getByRole('heading', { level: 2, name: 'Recommendations' }));
    expect(await actions.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'assessment-outcome-after-remove');
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, 'assessment-outcome-320');
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('shows the outcome, the deadline and the action on the overview, and keeps them after a restart', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, overviewRoute);
    await expectHeading(page, NAME);
    const summary = page.getByTestId('outcome-summary');
    await expectText(summary, 'Overall rating');
    await expectText(summary, 'Amber');
    await expectText(summary, 'Report accepted');
    await expectText(page.getByTestId('response-deadline'), DEADLINE);
    await expectText(page.getByTestId('panel-actions'), `Point 2: ${RECOMMENDATION}. Due 18 June 2027.`);
    await screenshot(page, 'assessment-overview-outcome');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Mock assessment: rehearse your answers' }).click();
    await expectHeading(page, 'Mock assessment');
    expect(await page.getByLabel('What the team will say about point 1', { exact: true }).inputValue()).toBe(REHEARSED);
  });

  it('says plainly when a standard lists no likely questions, and still takes rehearsal notes', async () => {
    const { page } = session;
    const projectRoute = overviewRoute.replace(/\/assessments\/.*$/, '');
    await visit(page, `${projectRoute}/assessments/new`);
    await page.getByLabel('NHS service standard', { exact: true }).check();
    await page.getByLabel('Beta assessment', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expectHeading(page, 'NHS service standard, beta assessment');
    await page.getByRole('link', { name: 'Mock assessment: rehearse your answers' }).click();
    await expectHeading(page, 'Mock assessment');
    await expectText(
      page.getByTestId('no-questions'),
      'The NHS service standard does not list the questions a panel is likely to ask in beta.',
    );
    await expectVisible(page.getByLabel('What the team will say about point 17', { exact: true }));
    await screenshot(page, 'assessment-mock-no-questions');
    expect(await violations(page)).toEqual([]);
  });
});
