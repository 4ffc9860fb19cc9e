// A person prepares an alpha assessment, the panel's ratings arrive (one point red), and they start the beta
// assessment from it: the answers come across marked "carried forward", they review them, see what the work
// already covers in the NHS service standard, compare the two assessments, download the beta assessment as
// Word and its checklist as CSV, and find it all again after the browser restarts. Each new screen is checked
// with axe and captured as a screenshot.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
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
const ALPHA = 'GOV.UK Service Standard, alpha assessment';
const BETA = 'GOV.UK Service Standard, beta assessment';
const POINT_1 = '1. Understand users and their needs';
const POINT_2 = '2. Solve a whole problem for users';
const OUT = resolve('test-results/assessment-next');

let session: Session;
let projectRoute = '';
let alphaRoute = '';
let betaRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function openPoint(page: Page, overview: string, title: string) {
  await visit(page, overview);
  await page.getByTestId('point-list').getByRole('link', { name: title, exact: true }).click();
  await expectHeading(page, title);
}

async function answer(page: Page, status: string, narrative: string) {
  await page.getByLabel(status, { exact: true }).check();
  await page.getByLabel('Narrative', { exact: true }).fill(narrative);
  await page.getByRole('button', { name: 'Save status and narrative' }).click();
  await expectText(page.locator('main'), `is saved as ${status.toLowerCase()}.`);
}

/** Records the panel's ratings straight in the app's database, as the panel outcome screen would. */
async function recordRatings(page: Page, assessmentId: string, ratings: Record<string, string>) {
  await page.evaluate(
    ({ id, pointRatings }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => fail(new Error('cannot open the database'));
        open.onsuccess = () => {
          const store = open.result.transaction('assessments', 'readwrite').objectStore('assessments');
          const read = store.get(id);
          read.onsuccess = () => {
            const record = read.result as Record<string, unknown>;
            // The panel recommends mapping the journey on the red point 2; its action has no date yet.
            (record.actions as unknown[]).push({
              id: 'panel-action-1',
              what: 'Map the renewal journey end to end',
              owner: '',
              dueDate: null,
              done: false,
              source: 'panel',
              pointId: '2',
              recommendationId: 'recommendation-1',
            });
            record.outcome = {
              pointRatings,
              overallRating: 'red',
              recommendations: [{ id: 'recommendation-1', pointId: '2', text: 'Map the renewal journey end to end' }],
              reportReceived: null,
              responseDeadline: null,
              response: 'none',
            };
            record.updatedAt = new Date().toISOString();
            const write = store.put(record);
            write.onsuccess = () => {
              open.result.close();
              done();
            };
            write.onerror = () => fail(new Error('cannot save'));
          };
        };
      }),
    { id: assessmentId, pointRatings: ratings },
  );
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
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

describe('the next assessment from the last', () => {
  it('prepares an alpha assessment and records the panel rating point 2 red', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/evidence/new`);
    await page.getByLabel('Title').fill('User research plan');
    await page.getByLabel('Document', { exact: true }).check();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await expectHeading(page, 'User research plan');

    await visit(page, `${projectRoute}/assessments/new`);
    await page.getByLabel('GOV.UK Service Standard', { exact: true }).check();
    await page.getByLabel('Alpha assessment', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expectHeading(page, ALPHA);
    alphaRoute = new URL(page.url()).hash.slice(1);

    await openPoint(page, alphaRoute, POINT_1);
    await answer(page, 'Ready', 'Five rounds of research with 40 boat owners.');
    await page.getByRole('link', { name: 'Choose evidence from the library' }).click();
    await page.getByLabel('User research plan (document)').check();
    await page.getByRole('button', { name: 'Use the chosen evidence' }).click();
    await expectHeading(page, POINT_1);
    await openPoint(page, alphaRoute, POINT_2);
    await answer(page, 'In progress', 'The renewal journey is not mapped yet.');
    await page.getByRole('link', { name: 'Add an action' }).click();
    await page.getByLabel('What needs to be done?').fill('Map the licence renewal journey');
    await page.getByLabel('Owner (optional)').fill('Sam Okafor');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await expectHeading(page, POINT_2);

    await recordRatings(page, alphaRoute.split('/').pop() ?? '', { '1': 'green', '2': 'red' });
    await visit(page, alphaRoute);
    await page.getByRole('link', { name: 'Start the next assessment' }).click();
    await expectHeading(page, 'Start the next assessment');
    await expectText(page.locator('main'), 'Alpha reassessment of the red points');
    await expectText(page.locator('main'), 'Only point 2, which the panel rated red.');
    await expectText(
      page.getByRole('table', { name: 'Open actions carried forward' }),
      'Map the licence renewal journey',
    );
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Choose which assessment to start');
    await screenshot(page, 'assessment-next-start');
    expect(await violations(page)).toEqual([]);
  });

  it('starts the beta assessment with the answers carried forward and marked for review', async () => {
    const { page } = session;
    await page.getByLabel('Beta assessment', { exact: true }).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expectHeading(page, BETA);
    betaRoute = new URL(page.url()).hash.slice(1);
    await expectText(page.locator('.notice').first(), 'carried forward from the alpha assessment');
    await expectText(page.locator('main'), '2 answers were carried from an earlier assessment');
    const items = page.getByTestId('point-list').getByRole('listitem');
    await expectText(items.nth(0), 'carried forward: to review');

    await openPoint(page, betaRoute, POINT_1);
    const notice = page.getByTestId('carried-forward');
    await expectText(notice, 'Carried forward from the alpha assessment: review before the panel');
    await expectText(page.getByRole('table', { name: 'Evidence used for this point' }), 'User research plan');
    const crosswalk = page.getByTestId('point-crosswalk');
    await expectText(crosswalk, 'NHS service standard');
    await expectText(crosswalk, 'Equal to GOV.UK Service Standard point 1');
    await screenshot(page, 'assessment-next-carried-point');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reviewed point 1' }).click();
    await expectText(page.locator('main'), 'Point 1 is marked as reviewed.');
    await notice.waitFor({ state: 'detached' });
    // The pressed button went with the notice: focus is on the section's heading, not lost to the page.
    await expectFocused(page.getByRole('heading', { name: 'Status and narrative' }));
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);

    await openPoint(page, betaRoute, POINT_2);
    await expectText(page.getByTestId('carried-forward'), 'Carried forward from the alpha assessment');
    await answer(page, 'Ready', 'The renewal journey is mapped and tested.');
    // The notice goes once the page's copy of the assessment catches up with the save.
    await page.getByTestId('carried-forward').waitFor({ state: 'detached' });
  });

  it('brings the red point\u2019s action from the alpha panel before the beta panel once it is booked', async () => {
    const { page } = session;
    await visit(page, betaRoute);
    await page.getByRole('link', { name: 'Change the panel date' }).click();
    await expectHeading(page, 'Date of the panel');
    // A panel on Tuesday 30 March 2027: Easter Monday and Good Friday come before it, so Thursday 25 March.
    await page.locator('#panel-date-day').fill('30');
    await page.locator('#panel-date-month').fill('3');
    await page.locator('#panel-date-year').fill('2027');
    await page.getByRole('button', { name: 'Save the panel date' }).click();
    await expectHeading(page, BETA);
    await expectText(
      page.locator('.notice').first(),
      'The panel date is saved. 1 action from the last panel is now due by Thursday 25 March 2027.',
    );
    await screenshot(page, 'assessment-next-panel-date-moved');
  });

  it('shows what the beta assessment covers in the other standards, fully or partly', async () => {
    const { page } = session;
    await visit(page, betaRoute);
    await page.getByRole('link', { name: 'See what this covers in other standards' }).click();
    await expectHeading(page, 'What this covers in other standards');
    const nhs = page.getByRole('table', { name: /NHS service standard/ });
    const row1 = nhs.getByRole('row').filter({ hasText: 'Understand users and their needs' });
    await expectText(row1, 'Fully covered');
    await expectText(row1, 'Equal to GOV.UK Service Standard point 1');
    await expectText(page.locator('main'), 'Partly covered means');
    await screenshot(page, 'assessment-next-crosswalks');
    expect(await violations(page)).toEqual([]);
  });

  it('compares the beta assessment with the alpha it came from', async () => {
    const { page } = session;
    await visit(page, betaRoute);
    await page.getByRole('link', { name: 'Compare with another assessment' }).click();
    await expectHeading(page, 'Compare two assessments');
    await expectText(page.getByTestId('compare-summary'), 'From the alpha assessment to the beta assessment');
    const table = page.getByRole('table', { name: /status, rating and evidence/ });
    const row2 = table.getByRole('row').filter({ hasText: 'Solve a whole problem for users' });
    await expectText(row2, 'In progress to Ready');
    await expectText(row2, 'Red to Not rated');
    const row1 = table.getByRole('row').filter({ hasText: 'Understand users and their needs' });
    await expectText(row1, 'Ready to In progress');
    await expectText(row1, 'No change (1 kept)');
    await expectText(page.getByRole('table', { name: 'Actions still open' }), 'Map the licence renewal journey');
    await screenshot(page, 'assessment-next-compare');
    expect(await violations(page)).toEqual([]);
  });

  it('downloads the beta assessment as a Word document and its checklist as CSV', async () => {
    const { page } = session;
    await visit(page, betaRoute);
    await page.getByRole('button', { name: 'Download the assessment (Word)' }).click();
    await page.getByLabel('Your name').fill('Jordan Lee');
    await screenshot(page, 'assessment-next-download-name');
    expect(await violations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save and download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Register a boat.*beta assessment.*\.docx$/);
    const saved = join(OUT, 'beta-assessment.docx');
    await file.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const parts = unzipSync(bytes);
    const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    for (const words of [POINT_1.slice(3), POINT_2.slice(3), 'Five rounds of research with 40 boat owners.'])
      expect(body.includes(words), words).toBe(true);
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Jordan Lee</dc:creator>');
    expect(core).not.toContain('Waymark');

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the checklist (CSV)' }).click();
    const table = await csv;
    expect(table.suggestedFilename()).toBe('Register a boat - Beta assessment - checklist.csv');
    const csvPath = join(OUT, 'checklist.csv');
    await table.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8')).toContain('The renewal journey is mapped and tested.');
  });

  it('keeps both assessments, the reviews and the comparison after the browser restarts', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, `${projectRoute}/assessments`);
    await expectText(page.locator('main'), 'Beta assessment');
    await expectText(page.locator('main'), 'Alpha assessment');
    await openPoint(page, betaRoute, POINT_1);
    await expectNoText(page.locator('main'), 'Carried forward from the alpha assessment');
    await openPoint(page, betaRoute, POINT_2);
    await expectText(page.locator('main'), 'Ready');
    await visit(page, `${betaRoute}/compare`);
    const row2 = page
      .getByRole('table', { name: /status, rating and evidence/ })
      .getByRole('row')
      .filter({ hasText: 'Solve a whole problem for users' });
    await expectText(row2, 'In progress to Ready');
    await visit(page, alphaRoute);
    await expectText(page.getByTestId('point-list').getByRole('listitem').nth(0), 'Ready');
  });

  it('keeps a reassessment to its points: overdue actions elsewhere, its run sheet and the comparison', async () => {
    const { page } = session;
    await openPoint(page, alphaRoute, POINT_1);
    await page.getByRole('link', { name: 'Add an action' }).click();
    await page.getByLabel('What needs to be done?').fill('Fix the last 2 audit issues');
    await page.getByLabel('Owner (optional)').fill('Tom Baker');
    await page.locator('#action-due-day').fill('20');
    await page.locator('#action-due-month').fill('11');
    await page.locator('#action-due-year').fill('2025');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await expectHeading(page, POINT_1);
    await visit(page, alphaRoute);
    await page.getByRole('link', { name: 'Start the next assessment' }).click();
    await page.getByLabel('Alpha reassessment of the red points').check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expectHeading(page, 'GOV.UK Service Standard, alpha reassessment');
    const reassessmentRoute = new URL(page.url()).hash.slice(1);

    const overdue = page.getByTestId('overdue-actions');
    await expectText(overdue, 'Fix the last 2 audit issues (Tom Baker), due 20 November 2025, for point 1, ');
    await expectText(overdue, 'Understand users and their needs (not part of this reassessment)');
    expect(await overdue.getByRole('link').count()).toBe(0);
    await screenshot(page, 'assessment-reassessment-overview');
    expect(await violations(page)).toEqual([]);
    await visit(page, `${reassessmentRoute}/points/1`);
    await expectHeading(page, POINT_1);
    await expectText(page.getByTestId('out-of-scope'), 'Point 1 is not part of this reassessment.');
    expect(await violations(page)).toEqual([]);

    await visit(page, `${reassessmentRoute}/run-sheet`);
    await expectHeading(page, 'Run sheet of the session');
    await expectText(page.locator('main'), 'a reassessment of 1 point, a session of about 1 hour 20 minutes');
    await expectText(page.getByTestId('run-sheet'), '0:45 to 1:00');
    await screenshot(page, 'assessment-reassessment-run-sheet');

    await visit(page, `${reassessmentRoute}/compare`);
    await expectHeading(page, 'Compare two assessments');
    const picker = page.getByLabel('Compare this assessment with');
    expect(await picker.locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Alpha assessment against the .*, started \d{1,2} [A-Z][a-z]+ \d{4}$/),
      ]),
    );
    await picker.selectOption({
      label: (await picker.locator('option').allInnerTexts()).find((t) => t.startsWith('Alpha assessment')) ?? '',
    });
    await expectText(
      page.getByTestId('compare-summary'),
      'From the alpha assessment to the alpha reassessment: 1 point moved',
    );
    await expectText(
      page.getByTestId('not-compared'),
      '13 points are not part of the alpha reassessment, so they are not compared: points 1, 3, 4',
    );
    const rows = page.getByRole('table', { name: /status, rating and evidence/ }).locator('tbody tr');
    expect(await rows.count()).toBe(1);
    await expectText(rows.first(), 'Solve a whole problem for users');
    await screenshot(page, 'assessment-reassessment-compare');
    expect(await violations(page)).toEqual([]);
  });
});
