// A person builds a project's compliance map in the browser build: starts it from two process templates
// the project uses, writes a third process with two steps, draws a conflict and an ordering link, fills in
// conflict register entries and agrees an exception, and finds everything again after a restart.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const CENTRAL = 'Central digital assurance from April 2026 (example)';
const DEPARTMENT = 'Departmental IT governance (example)';
const SIGN_OFF = 'Enterprise architecture board: solution design sign-off';
const ALPHA = 'Alpha service assessment';

let session: Session;
let projectRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const mapRoute = () => `${projectRoute}/compliance-map`;

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

describe('the compliance map in the browser build', () => {
  it('prepares a project that uses two process templates and has evidence', async () => {
    const { page } = session;
    for (const label of [`${CENTRAL} (2.0.0)`, `${DEPARTMENT} (1.0.1)`]) {
      await page.getByLabel('Add a template').selectOption({ label });
      await page.getByRole('button', { name: 'Add template' }).click();
      await expectText(
        page.getByRole('table', { name: 'Templates this project uses' }),
        label.replace(/ \([\d.]+\)$/, ''),
      );
    }
    // Evidence to choose as proof of agreement.
    await visit(page, `${projectRoute}/evidence/new`);
    await page.getByLabel('Title').fill('Architecture board minutes, 3 June');
    await page.getByLabel('Decision record', { exact: true }).check();
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await expectHeading(page, 'Architecture board minutes, 3 June');
  });

  it('starts a map from the two process templates the project uses', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    await expectHeading(page, 'Compliance map');
    await expectText(page.locator('main'), 'A compliance map sets the routes the project must follow side by side');
    expect(await page.getByLabel(`${CENTRAL}, version 2.0.0`).isChecked()).toBe(true);
    expect(await page.getByLabel(`${DEPARTMENT}, version 1.0.1`).isChecked()).toBe(true);
    await screenshot(page, 'map-start');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start a compliance map' }).click();
    const table = page.getByRole('table', { name: /Processes in the compliance map/ });
    await expectText(table, `From template ${CENTRAL}, version 2.0.0`);
    await expectText(table, `From template ${DEPARTMENT}, version 1.0.1`);
    await screenshot(page, 'map-home');
    expect(await violations(page)).toEqual([]);
  });

  it('writes a third process with two steps', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Add a process' }).click();
    await expectHeading(page, 'Add a process');
    await screenshot(page, 'map-add-process-template');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Write it here').check();
    await page.getByRole('button', { name: 'Add process' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Enter a title for the process');
    await expectText(summary, 'Choose whose process it is');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'map-add-process-errors');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Title').fill('Procurement route');
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByRole('button', { name: 'Add process' }).click();
    await expectHeading(page, 'Procurement route');

    await page.getByRole('link', { name: 'Add a step' }).click();
    await expectHeading(page, 'Add a step');
    await page.getByLabel('Name').fill('Market engagement');
    await page.getByLabel('Typical days (optional)').fill('ten');
    await page.getByRole('button', { name: 'Add step' }).click();
    await expectText(page.getByRole('alert'), 'Enter the days as a whole number');
    await page.getByLabel('Typical days (optional)').fill('10');
    await page.getByLabel('Beta', { exact: true }).check();
    await page.getByRole('button', { name: 'Add step' }).click();
    await expectHeading(page, 'Procurement route');

    await page.getByRole('link', { name: 'Add a step' }).click();
    await page.getByLabel('Name').fill('Contract award');
    await page.getByLabel('Owner (optional)').fill('Commercial lead');
    await page.getByLabel('Evidence it asks for (optional)').fill('Tender evaluation\nSigned contract');
    await page.getByLabel('Market engagement').check();
    await screenshot(page, 'map-step-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add step' }).click();
    await expectHeading(page, 'Procurement route');
    const steps = page.getByRole('table', { name: 'Steps of Procurement route' });
    await expectText(steps, 'Contract award');
    await expectText(steps, 'Commercial lead');
    await expectText(steps, '2 items');
    await screenshot(page, 'map-process');
    expect(await violations(page)).toEqual([]);
  });

  it('adds a conflict and an ordering link, and fills in the conflict register entry', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/links/new`);
    await expectHeading(page, 'Add a link');
    await page.getByLabel('First step').selectOption({ label: SIGN_OFF });
    await page.getByLabel('Conflicts with (conflicts-with)').check();
    await page.getByLabel('Second step').selectOption({ label: ALPHA });
    await page.getByRole('button', { name: 'Add link' }).click();
    await expectText(page.getByRole('alert'), 'Say why the two steps conflict');
    await page
      .getByLabel('Why do they conflict?')
      .fill('The board wants the whole design signed off before any build.');
    await screenshot(page, 'map-link-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add link' }).click();
    await expectHeading(page, 'Links');
    await expectText(page.locator('main'), `${SIGN_OFF} (${DEPARTMENT}) conflicts with ${ALPHA} (${CENTRAL})`);

    await page.getByRole('link', { name: 'Add a link' }).click();
    await page.getByLabel('First step').selectOption({ label: SIGN_OFF });
    await page.getByLabel('Must come before (must-precede)').check();
    await page.getByLabel('Second step').selectOption({ label: 'Market engagement' });
    await page.getByLabel('Agreed', { exact: true }).check();
    await page.getByRole('button', { name: 'Add link' }).click();
    await expectHeading(page, 'Links');
    await expectText(
      page.locator('main'),
      `${SIGN_OFF} (${DEPARTMENT}) must come before Market engagement (Procurement route)`,
    );
    await screenshot(page, 'map-links');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: /Fill in the register entry/ }).click();
    await expectHeading(page, 'Conflict register entry');
    await page.getByLabel('Owner', { exact: true }).fill('Dana Okafor');
    await page.getByLabel('Agreed', { exact: true }).check();
    await page.getByRole('button', { name: 'Save register entry' }).click();
    await expectText(page.getByRole('alert'), 'Say how the conflict is settled before marking it agreed');
    await page.getByLabel('Proposed resolution').fill('Sign off the design of a thin slice, then build and test it.');
    await page.getByLabel('Architecture board minutes, 3 June (decision record)').check();
    await screenshot(page, 'map-register-entry');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save register entry' }).click();
    await expectHeading(page, 'Links');
    await expectText(page.getByTestId('map-link').first(), 'Agreed');
  });

  it('records a register entry for an ordering cycle named in the address', async () => {
    const { page } = session;
    await visit(
      page,
      `${mapRoute()}/register/cycle?steps=other:market-engagement,department:architecture-design-sign-off`,
    );
    await expectHeading(page, 'Conflict register entry');
    await expectText(page.getByTestId('conflict-subject'), `Market engagement (Procurement route), ${SIGN_OFF}`);
    await page.getByLabel('Owner', { exact: true }).fill('Sam Taylor');
    await page.getByLabel('Escalated').check();
    await page.getByRole('button', { name: 'Save register entry' }).click();
    await expectHeading(page, 'Compliance map');
  });

  it('agrees an exception that sets aside the ordering link', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/exceptions`);
    await page.getByRole('link', { name: 'Agree an exception' }).click();
    await expectHeading(page, 'Agree an exception');
    await page.getByLabel(`${SIGN_OFF} (${DEPARTMENT}) must come before Market engagement (Procurement route)`).check();
    await page
      .getByLabel('Why do both sides agree to set it aside?')
      .fill('Market engagement can start on the outline design.');
    await page.getByLabel('Architecture board minutes, 3 June (decision record)').check();
    await screenshot(page, 'map-exception-form');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Agree exception' }).click();
    await expectHeading(page, 'Exceptions');
    await expectText(page.getByRole('table'), 'Market engagement can start on the outline design.');
    await screenshot(page, 'map-exceptions');
    expect(await violations(page)).toEqual([]);
  });

  it('keeps everything after the browser restarts', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, mapRoute());
    const table = page.getByRole('table', { name: /Processes in the compliance map/ });
    await expectText(table, 'Procurement route');
    await expectText(table, 'Written here');
    await expectText(page.getByTestId('map-links-count'), '2 links, 1 agreed');
    await page.getByRole('link', { name: 'Procurement route', exact: true }).click();
    await expectText(page.getByRole('table', { name: 'Steps of Procurement route' }), 'Market engagement');
    await visit(page, `${mapRoute()}/links`);
    await expectText(
      page.getByTestId('map-link').first(),
      'The board wants the whole design signed off before any build.',
    );
    await page.getByRole('link', { name: /Change the register entry/ }).click();
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('Dana Okafor');
    expect(await page.getByLabel('Architecture board minutes, 3 June (decision record)').isChecked()).toBe(true);
    await visit(
      page,
      `${mapRoute()}/register/cycle?steps=department:architecture-design-sign-off,other:market-engagement`,
    );
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('Sam Taylor');
    expect(await page.getByLabel('Escalated').isChecked()).toBe(true);
    await visit(page, `${mapRoute()}/exceptions`);
    await expectText(page.getByRole('table'), 'Architecture board minutes, 3 June');
  });
});
