// A person writes a project's business case in the browser build: creates it from the built-in agile
// template asking to move from alpha to beta, writes a section with bold text and a bulleted list, finds
// the text and its formatting again after a reload, starts a new revision, and finds the old one read-only.
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
const editor = (page: Page) => page.getByRole('textbox', { name: 'Summary and what we are asking for' });

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

describe('the business case in the browser build', () => {
  it('refuses a case without a decision, then creates one from the agile template', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await expectHeading(page, 'Business case');
    await expectText(page.locator('main'), 'Create a business case');
    await expectText(page.locator('main'), 'Stands in for the Outline Business Case.');
    await screenshot(page, 'business-case-create');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create the business case' }).click();
    await expectText(page.getByRole('alert'), 'Choose the decision the case asks for.');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Title of the case').fill('Register a boat: the case for beta');
    await page.getByLabel('Move from alpha to beta').check();
    await page.getByRole('button', { name: 'Create the business case' }).click();
    await expectHeading(page, 'Register a boat: the case for beta');
    await expectText(
      page.getByTestId('case-classic'),
      'Move from alpha to beta: this case stands in for the Outline Business Case.',
    );
    await expectText(page.locator('main'), 'Revision 1 (draft)');
    await expectText(page.locator('main'), 'Economic case');
    await screenshot(page, 'business-case-home');
    expect(await violations(page)).toEqual([]);
  });

  it('writes a section with bold text and a list, saved as it is typed', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Summary and what we are asking for' }).click();
    await expectHeading(page, 'Summary and what we are asking for');
    // The beta questions, never the alpha ones.
    await expectText(page.locator('aside'), 'Which option did alpha point to, and what evidence supports it?');
    expect(await page.locator('aside').innerText()).not.toContain('What did discovery find');
    const box = editor(page);
    await box.click();
    await page.keyboard.type('We ask for ');
    await page.getByRole('button', { name: 'Bold' }).click();
    expect(await page.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('six months of beta');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' funding.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Six people');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A private beta with 500 users');
    await expectText(page.getByTestId('save-status'), 'Saved at');
    await screenshot(page, 'business-case-section');
    expect(await violations(page)).toEqual([]);
  });

  it('keeps the text and its formatting after a reload', async () => {
    const { page } = session;
    await page.reload();
    await expectHeading(page, 'Summary and what we are asking for');
    const box = editor(page);
    await expectText(box, 'We ask for six months of beta funding.');
    expect(await box.locator('strong').innerText()).toBe('six months of beta');
    expect(await box.locator('ul > li').allInnerTexts()).toEqual(['Six people', 'A private beta with 500 users']);
    // No HTML was stored: the section is marked written on the case's home.
    await visit(page, caseRoute());
    await expectText(page.locator('main'), '1 of 24');
  });

  it('starts a new revision with a summary, and the old one is read-only', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Start a new revision' }).click();
    await expectHeading(page, 'Start a new revision');
    await screenshot(page, 'business-case-new-revision');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Freeze revision 1 and start revision 2' }).click();
    await expectText(page.getByRole('alert'), 'Say what changed since the last revision and why.');
    await page.getByLabel('What changed since the last revision, and why?').fill('Alpha showed the online form works.');
    await page.getByLabel('Your name').fill('Priya Shah');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Freeze revision 1 and start revision 2' }).click();
    await expectHeading(page, 'Register a boat: the case for beta');
    await expectText(page.locator('main'), 'Revision 2 (draft)');

    await page.getByRole('link', { name: 'See all revisions' }).click();
    await expectHeading(page, 'Revisions');
    const table = page.getByRole('table', { name: /Revisions of/ });
    await expectText(table, 'Alpha showed the online form works.');
    await expectText(table, 'Frozen on');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Revision 1' }).click();
    await expectHeading(page, 'Revision 1');
    await expectText(page.locator('main'), 'is read-only');
    expect(await page.locator('.rich-text strong').first().innerText()).toBe('six months of beta');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await screenshot(page, 'business-case-frozen-revision');
    expect(await violations(page)).toEqual([]);

    // The new draft carries the text on and can be edited; revision 1 stays as it was.
    await visit(page, `${caseRoute()}/sections/summary`);
    await expectText(editor(page), 'A private beta with 500 users');
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' in two regions');
    await expectText(page.getByTestId('save-status'), 'Saved at');
    await visit(page, `${caseRoute()}/revisions/1`);
    expect(await page.locator('main').innerText()).not.toContain('in two regions');
  });
});
