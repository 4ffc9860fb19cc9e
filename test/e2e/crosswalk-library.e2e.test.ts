// A person finds the built-in crosswalks in the Library and reads one: each link with its relation in words
// and its reason, in a table. Crosswalks are read, not copied or added to a project, so the page offers neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('crosswalks in the Library', () => {
  it('shows the links of the GOV.UK to NHS crosswalk with their relation in words', async () => {
    const page = session.page;
    await visit(page, '/library/packs/waymark-crosswalks/templates/gov-uk-to-nhs-service-standard');
    await expectHeading(page, 'GOV.UK Service Standard and NHS service standard');
    const table = page.getByRole('table', { name: /Links from gov-uk-service-standard to nhs-service-standard/ });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 10_000 }).toBe(15);
    await expectText(table, 'is the same as');
    expect(await page.getByRole('link', { name: 'Make your own copy' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Projects using this template' }).count()).toBe(0);
    await screenshot(page, 'crosswalk-library');
  });
});
