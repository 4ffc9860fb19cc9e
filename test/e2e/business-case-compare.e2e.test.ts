// A person compares two revisions of a business case in the browser build: creates the case, writes a
// section, starts a new revision, changes the text, opens the comparison and sees the change marked, works
// through the readiness checklist, downloads the case and the changes as Word, and finds it all after a reload.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OUT = resolve('test-results/business-case-compare');

let session: Session;
let projectRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const caseRoute = () => `${projectRoute}/business-case`;
const editor = (page: Page) => page.getByRole('textbox', { name: 'Summary and what we are asking for' });

function docxParts(path: string): Record<string, string> {
  const bytes = new Uint8Array(readFileSync(path));
  expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const parts = unzipSync(bytes);
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, new TextDecoder().decode(data)]));
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Apply for a fishing licence');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Apply for a fishing licence' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
});

describe('comparing revisions of a business case', () => {
  it('writes a section, starts a new revision and changes the text', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByLabel('Title of the case').fill('Fishing licences: the case for beta');
    await page.getByLabel('Move from alpha to beta').check();
    await page.getByRole('button', { name: 'Create the business case' }).click();
    await expectHeading(page, 'Fishing licences: the case for beta');
    await visit(page, `${caseRoute()}/sections/summary`);
    await editor(page).click();
    await page.keyboard.type('We ask for six months of beta funding.');
    await expectText(page.getByTestId('save-status'), 'Saved at');
    await visit(page, `${caseRoute()}/revisions/new`);
    await page.getByLabel('What changed since the last revision, and why?').fill('Alpha settled the online form.');
    await page.getByLabel('Your name').fill('Priya Shah');
    await page.getByRole('button', { name: 'Freeze revision 1 and start revision 2' }).click();
    await expectText(page.locator('main'), 'Revision 2 (draft)');
    await visit(page, `${caseRoute()}/sections/summary`);
    await editor(page).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('We ask for nine months of private beta funding.');
    await expectText(page.getByTestId('save-status'), 'Saved at');
  });

  it('shows the change marked, with unchanged sections collapsed and a legend in words', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByRole('link', { name: 'Compare revisions' }).click();
    await expectHeading(page, 'Compare revisions');
    await expectText(page.getByTestId('compare-intro'), 'Revision 1, frozen on');
    await expectText(page.getByTestId('section-counts'), '1 section changed; 23 did not.');
    const section = page.getByRole('region', { name: 'Summary and what we are asking for' });
    await expectText(section, 'Changed');
    expect(await section.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/nine/)]),
    );
    expect((await section.locator('del').allInnerTexts()).join(' ')).toContain('six');
    await expectText(page.getByTestId('diff-legend'), 'struck through');
    await expectText(page.locator('details summary'), '23 sections did not change');
    await screenshot(page, 'business-case-compare');
    expect(await violations(page)).toEqual([]);
  });

  it('downloads the changes as Word tracked changes by the later revision\u2019s author', async () => {
    const { page } = session;
    await page
      .getByRole('button', { name: 'Download the changes between two revisions as Word (tracked changes)' })
      .click();
    // The first document asks for the person's name, then keeps it in Settings.
    await page.getByLabel('Your name').fill('Priya Shah');
    await screenshot(page, 'business-case-compare-name');
    expect(await violations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save and download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      'Apply for a fishing licence \u2013 business case changes from revision 1 to 2.docx',
    );
    const saved = join(OUT, 'changes.docx');
    await file.saveAs(saved);
    const parts = docxParts(saved);
    expect(parts['word/document.xml']).toMatch(/<w:ins [^>]*w:author="Priya Shah"/);
    expect(parts['word/document.xml']).toContain('<w:del ');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Priya Shah</dc:creator>');
    expect(parts['docProps/core.xml']).not.toContain('Waymark');
  });

  it('lists what stands before the gate, linking to where to fix it', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByRole('link', { name: 'Check readiness before the gate' }).click();
    await expectHeading(page, 'Readiness before the gate');
    await expectText(page.getByTestId('readiness-counts'), 'things to do before the gate');
    const before = await page.getByTestId('readiness-counts').innerText();
    await expectText(page.locator('main'), 'Strategic case has nothing written yet.');
    await screenshot(page, 'business-case-readiness');
    expect(await violations(page)).toEqual([]);
    // Fix one item: write the strategic case, and it is gone from the list.
    await page.getByRole('link', { name: 'Go to Strategic case' }).first().click();
    await expectHeading(page, 'Strategic case');
    await page.getByRole('textbox', { name: 'Strategic case' }).click();
    await page.keyboard.type('Licences are still sold on paper in post offices.');
    await expectText(page.getByTestId('save-status'), 'Saved at');
    await visit(page, `${caseRoute()}/readiness`);
    await expectHeading(page, 'Readiness before the gate');
    expect(await page.locator('main').innerText()).not.toContain('Strategic case has nothing written yet.');
    expect(await page.getByTestId('readiness-counts').innerText()).not.toBe(before);
  });

  it('downloads chosen cases of the current revision, and a frozen revision whole', async () => {
    const { page } = session;
    await visit(page, caseRoute());
    await page.getByRole('checkbox', { name: 'Economic case' }).uncheck();
    await screenshot(page, 'business-case-downloads');
    expect(await violations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the business case (Word)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      'Apply for a fishing licence \u2013 business case revision 2 (chosen sections).docx',
    );
    const saved = join(OUT, 'case.docx');
    await file.saveAs(saved);
    const body = docxParts(saved)['word/document.xml'] ?? '';
    for (const words of ['Strategic case', 'Commercial case', 'Financial case', 'Management case', 'nine months'])
      expect(body, words).toContain(words);
    expect(body).not.toContain('Economic case');

    await visit(page, `${caseRoute()}/revisions/1`);
    await expectHeading(page, 'Revision 1');
    const whole = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download revision 1 (Word)' }).click();
    const first = await whole;
    expect(first.suggestedFilename()).toBe('Apply for a fishing licence \u2013 business case revision 1.docx');
    const firstPath = join(OUT, 'revision-1.docx');
    await first.saveAs(firstPath);
    const firstBody = docxParts(firstPath)['word/document.xml'] ?? '';
    expect(firstBody).toContain('six months of beta funding');
    expect(firstBody).toContain('Economic case');
    await screenshot(page, 'business-case-revision-downloads');
    expect(await violations(page)).toEqual([]);
  }, 180_000);

  it('keeps everything after a reload', async () => {
    const { page } = session;
    await visit(page, `${caseRoute()}/compare?from=1&to=2`);
    await page.reload();
    await expectHeading(page, 'Compare revisions');
    expect((await page.locator('.diff ins').allInnerTexts()).join(' ')).toContain('nine');
    await expectText(page.getByTestId('section-counts'), '2 sections changed');
    await visit(page, `${caseRoute()}/readiness`);
    expect(await page.locator('main').innerText()).not.toContain('Strategic case has nothing written yet.');
  });
});
