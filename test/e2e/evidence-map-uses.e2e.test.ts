// In Chromium: the example project arrives with its compliance map of the two example processes, and an evidence item chosen as proof of agreement in the map's conflict register shows that
// use under "Where this is used", with a link back to the register entry; deleting it says where it is cited.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const EVIDENCE = 'Decision: pay online through the common payments platform';
let session: Session;
let projectRoute = '';

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/');
  const href = await page.getByRole('link', { name: 'Example: Apply for a fishing licence' }).getAttribute('href');
  projectRoute = (href ?? '').replace(/^#/, '');
});

afterAll(async () => {
  await session.close();
});

describe('the example’s compliance map and the evidence it cites', () => {
  it('has the example map of the two example processes with its links', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/compliance-map`);
    await expectHeading(page, 'Compliance map');
    await expectText(page.locator('main'), 'Central digital assurance from April 2026 (example)');
    await expectText(page.locator('main'), 'Departmental IT governance (example)');
    await expectText(page.locator('main'), '9 links, 8 agreed.');
    await screenshot(page, 'example-map-home');
  });

  it('lists the register entry under "Where this is used" once the entry cites the evidence', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/compliance-map/links`);
    await page.getByRole('link', { name: /Change the register entry/ }).click();
    await expectHeading(page, 'Conflict register entry');
    await page.getByLabel(`${EVIDENCE} (decision record)`).check();
    await page.getByRole('button', { name: 'Save register entry' }).click();
    await expectHeading(page, 'Links');
    await visit(page, `${projectRoute}/evidence`);
    await page.getByRole('link', { name: EVIDENCE }).click();
    await expectHeading(page, EVIDENCE);
    const uses = page.getByRole('region', { name: 'Where this is used' });
    await expectText(uses, 'Compliance map');
    await expectText(
      uses,
      'Conflict register: Enterprise architecture board: solution design sign-off conflicts with Alpha service assessment',
    );
    await screenshot(page, 'evidence-where-used-map');
    await page.getByRole('button', { name: 'Delete evidence' }).click();
    // The register entry, points 11 and 13 of the example's alpha assessment and the business case's payments assumption.
    await expectText(page.getByRole('dialog'), 'It is cited in 4 places');
    await screenshot(page, 'evidence-delete-cited');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await uses.getByRole('link', { name: /Conflict register/ }).click();
    await expectHeading(page, 'Conflict register entry');
  });
});
