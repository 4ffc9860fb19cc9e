// The findings of a compliance map in the browser build: two template processes and two ordering links
// that close a loop; the contradiction reported and explained; one suggestion accepted and another
// rejected; a what-if trial compared and discarded, another kept; an exception agreed from the
// contradiction; the plan and its critical path; and everything found again after a restart.
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
const CENTRAL = 'Central digital assurance from April 2026 (example)';
const DEPARTMENT = 'Departmental IT governance (example)';
const SIGN_OFF = 'Enterprise architecture board: solution design sign-off';
const ALPHA_CASE = 'Approval of the business case for alpha';
const ALPHA = 'Alpha service assessment';
/** The department's rule that closes the loop: no alpha until the design is signed off. */
const DESIGN_FIRST = `${SIGN_OFF} (${DEPARTMENT}) must come before ${ALPHA_CASE} (${CENTRAL})`;

let session: Session;
let projectRoute = '';
let rejected = '';
let accepted = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const mapRoute = () => `${projectRoute}/compliance-map`;

async function findingsReady(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Summary of findings' }).waitFor({ timeout: 15_000 });
  await page.getByTestId('map-working').waitFor({ state: 'detached', timeout: 15_000 });
}

/** Every suggestion heading, after showing them all. */
async function allSuggestions(page: Page): Promise<string[]> {
  await page.getByRole('heading', { name: 'Suggested links' }).waitFor({ timeout: 15_000 });
  for (let more = page.getByRole('button', { name: /^Show \d+ more suggestions$/ }); (await more.count()) > 0;)
    await more.click();
  return page.locator('.map-suggestion h3').allInnerTexts();
}

async function addOrderingLink(page: Page, first: string, second: string): Promise<void> {
  await visit(page, `${mapRoute()}/links/new`);
  await page.getByLabel('First step').selectOption({ label: first });
  await page.getByLabel('Must come before (must-precede)').check();
  await page.getByLabel('Second step').selectOption({ label: second });
  await page.getByRole('button', { name: 'Add link' }).click();
  await expectHeading(page, 'Links');
}

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Licence a ferry');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Licence a ferry' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
});

describe('the findings of a compliance map in the browser build', () => {
  it('prepares a project that uses the two example process templates', async () => {
    const { page } = session;
    for (const label of [`${CENTRAL} (2.0.0)`, `${DEPARTMENT} (1.0.1)`]) {
      await page.getByLabel('Add a template').selectOption({ label });
      await page.getByRole('button', { name: 'Add template' }).click();
      await expectText(
        page.getByRole('table', { name: 'Templates this project uses' }),
        label.replace(/ \([\d.]+\)$/, ''),
      );
    }
  });

  it('reports and explains the contradiction that two ordering links close', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    await page.getByRole('button', { name: 'Start a compliance map' }).click();
    await findingsReady(page);
    await expectText(page.locator('main'), 'No ordering contradictions');
    await addOrderingLink(page, SIGN_OFF, ALPHA_CASE);
    await addOrderingLink(page, ALPHA, SIGN_OFF);

    await visit(page, mapRoute());
    await findingsReady(page);
    await expectText(page.getByRole('region', { name: 'Summary of findings' }), '1 ordering contradiction:');
    const register = page.getByRole('table', { name: 'Conflicts and how each is being settled' });
    await expectText(register, 'Ordering contradiction 1');
    const explained = page.getByRole('region', { name: 'Conflict register' });
    await expectText(explained, 'What each conflict is');
    await expectText(explained, `${SIGN_OFF}” (${DEPARTMENT}) must finish before`);
    await expectText(explained, 'no order of work satisfies all');
    await expectText(
      page.getByRole('region', { name: 'Integrated plan' }),
      'There is no single plan yet: 1 ordering contradiction means no order of work satisfies every process',
    );
    await screenshot(page, 'map-findings-contradiction');
    expect(await violations(page)).toEqual([]);
  });

  it('opens the register entry of the contradiction from its row', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Add to register ordering contradiction 1' }).click();
    await expectHeading(page, 'Conflict register entry');
    await expectText(page.getByTestId('conflict-subject'), SIGN_OFF);
    await page.getByLabel('Owner', { exact: true }).fill('Dana Okafor');
    await page.getByRole('button', { name: 'Save register entry' }).click();
    await expectHeading(page, 'Compliance map');
    await findingsReady(page);
    await expectText(page.getByRole('table', { name: 'Conflicts and how each is being settled' }), 'Dana Okafor');
  });

  it('accepts one suggestion with the relation chosen and rejects another', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Suggested links', exact: true }).click();
    await expectHeading(page, 'Suggestions');
    const before = await allSuggestions(page);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'map-suggestions');
    expect(await violations(page)).toEqual([]);

    accepted = before[0] ?? '';
    const first = page.locator('.map-suggestion').first();
    await first.getByRole('combobox').selectOption('intersects-with');
    await first.getByRole('button', { name: /^Accept/ }).click();
    await expectText(page.locator('.notice, [role="status"]').first(), 'Link made, as a draft');
    await expect.poll(async () => (await allSuggestions(page)).includes(accepted)).toBe(false);

    rejected = (await page.locator('.map-suggestion h3').first().innerText()) ?? '';
    await page
      .locator('.map-suggestion')
      .first()
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect.poll(async () => (await allSuggestions(page)).includes(rejected)).toBe(false);

    await visit(page, `${mapRoute()}/links`);
    await expectText(page.locator('main'), 'overlaps with');
    await expectText(page.locator('main'), 'A suggestion accepted');
  });

  it('shows the swimlanes and the matrix on their own pages', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/swimlanes`);
    await expectHeading(page, 'Swimlanes');
    await page.getByRole('heading', { level: 2, name: 'Swimlanes' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'map-swimlanes');
    expect(await violations(page)).toEqual([]);
    await visit(page, `${mapRoute()}/matrix`);
    await expectHeading(page, 'Matrix');
    await page
      .getByRole('heading', { level: 2, name: /matrix/i })
      .first()
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'map-matrix');
    expect(await violations(page)).toEqual([]);
  });

  it('compares a what-if trial with the map as it is, and Discard leaves the map as it was', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/what-if`);
    await expectHeading(page, 'Plan and what-if');
    await page.getByLabel('Agree an exception').check();
    await page.getByLabel('Ordering rule to set aside').selectOption({ label: DESIGN_FIRST });
    await page.getByRole('button', { name: 'Try this change' }).click();
    await expectText(page.getByRole('alert'), 'Say why both sides would agree to set it aside');
    await page.getByLabel('Why would both sides agree to set it aside?').fill('Alpha can start on an outline design.');
    await page.getByRole('button', { name: 'Try this change' }).click();
    await expectText(page.getByTestId('whatif-changes'), `Agree an exception setting aside: ${DESIGN_FIRST}`);
    const figures = page.getByRole('table', { name: 'The map now and with the changes tried' });
    await expectText(figures, 'Ordering contradictions\t1\t0');
    await expectText(figures, 'Days following one plan\tNo plan\t');
    await expectText(figures, 'Critical path\tAs it is\tChanged');
    await expectText(
      page.getByRole('status').filter({ hasText: 'With the changes' }),
      'With the changes: 0 ordering contradictions (now 1), a plan of',
    );
    await expectText(page.getByRole('region', { name: 'Integrated plan' }), 'working days following one plan');
    await screenshot(page, 'map-what-if');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Discard' }).click();
    await expectText(page.locator('main'), 'No changes tried yet');
    await expectFocused(page.getByRole('heading', { name: 'Changes tried' }));
    await visit(page, mapRoute());
    await findingsReady(page);
    await expectText(page.getByRole('region', { name: 'Summary of findings' }), '1 ordering contradiction:');
    await expectText(page.locator('main'), 'No exceptions agreed.');
  });

  it('agrees an exception from the contradiction, after which the plan and critical path appear', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Agree an exception to settle ordering contradiction 1' }).click();
    await expectHeading(page, 'Agree an exception');
    await expectText(page.locator('main'), 'make the steps wait for each other in a circle');
    const choices = await page.getByRole('radio').count();
    expect(choices).toBeGreaterThanOrEqual(2);
    await page.getByLabel(DESIGN_FIRST).check();
    await page.getByLabel('Why do both sides agree to set it aside?').fill('Alpha can start on an outline design.');
    await screenshot(page, 'map-exception-from-contradiction');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Agree exception' }).click();
    await expectHeading(page, 'Compliance map');
    await findingsReady(page);
    await expectText(page.getByRole('region', { name: 'Summary of findings' }), 'No ordering contradictions');
    const plan = page.getByRole('region', { name: 'Integrated plan' });
    await expectText(plan, 'working days following one plan, against');
    await expectText(plan, 'The critical path, the longest chain of steps by days, runs through');
    await expectText(page.getByRole('table', { name: /The plan stage by stage/ }), 'Stage 1');
    await screenshot(page, 'map-findings-plan');
    expect(await violations(page)).toEqual([]);
  });

  it('keeps a what-if trial through the edit rules', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/what-if`);
    await page.getByLabel('Drop an ordering link').check();
    await page
      .getByLabel('Ordering link to drop')
      .selectOption({ label: `${ALPHA} (${CENTRAL}) must come before ${SIGN_OFF} (${DEPARTMENT})` });
    await page.getByRole('button', { name: 'Try this change' }).click();
    await expectText(page.getByTestId('whatif-changes'), 'Drop the ordering link');
    await page.getByRole('button', { name: 'Keep these changes' }).click();
    await expectHeading(page, 'Compliance map');
    await expectText(page.locator('main'), '1 change is kept in the map.');
    await expectText(page.getByTestId('map-links-count'), '2 links');
  });

  it('keeps everything after the browser restarts', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, mapRoute());
    await findingsReady(page);
    await expectText(page.getByRole('region', { name: 'Summary of findings' }), 'No ordering contradictions');
    await expectText(page.getByRole('region', { name: 'Integrated plan' }), 'The critical path');
    await expectText(page.locator('main'), '1 exception agreed.');
    await visit(page, `${mapRoute()}/suggestions`);
    const now = await allSuggestions(page);
    expect(now).not.toContain(rejected);
    expect(now).not.toContain(accepted);
    await visit(page, `${mapRoute()}/exceptions`);
    await expectText(page.getByRole('table'), 'Alpha can start on an outline design.');
    await expectNoText(page.locator('main'), 'Ordering contradiction');
  });
});
