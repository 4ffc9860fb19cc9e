// A person keeps a project's evidence in the browser build: adds an item with an attached file, finds it
// by search and filter, downloads the file byte for byte, changes and deletes items, is told clearly
// when a file is too large (losing nothing), and finds everything again after a reload.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, expectVisible, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const work = mkdtempSync(join(tmpdir(), 'waymark-evidence-e2e-'));
// Bytes of every value, so a download that changed any of them would not compare equal.
const fileBytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7 + (i >> 8)) % 256));

let session: Session;
let projectRoute = '';
let itemRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function fitsAt320(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    await page.waitForTimeout(200);
    await screenshot(page, `narrow-${name}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  } finally {
    await page.setViewportSize({ width: 1200, height: 900 });
  }
}

async function addEvidence(
  page: Page,
  fields: { title: string; kind: string; owner: string; day?: string; link?: string; path?: string },
) {
  await visit(page, `${projectRoute}/evidence/new`);
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel(fields.kind, { exact: true }).check();
  if (fields.link) {
    await page.getByLabel('A web link').check();
    await page.getByRole('textbox', { name: 'Web link' }).fill(fields.link);
  }
  if (fields.path) {
    await page.getByRole('radio', { name: 'Where the file is kept' }).check();
    await page.getByRole('textbox', { name: 'Where the file is kept' }).fill(fields.path);
  }
  if (fields.day) {
    await page.getByLabel('Day').fill(fields.day);
    await page.getByLabel('Month').fill('6');
    await page.getByLabel('Year').fill('2026');
  }
  await page.getByLabel('Owner (optional)').fill(fields.owner);
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await expectHeading(page, fields.title);
}

beforeAll(async () => {
  session = await openSession();
  // A project of its own: the example project comes with evidence already.
  await visit(session.page, '/projects/new');
  await session.page.getByLabel('Project name').fill('Register a boat');
  await session.page.getByRole('button', { name: 'Create project' }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  projectRoute = new URL(session.page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
  rmSync(work, { recursive: true, force: true });
});

describe('evidence in the browser build', () => {
  it('reaches the evidence from the project page and says when there is none', async () => {
    const { page } = session;
    await visit(page, projectRoute);
    await page.getByTestId('work-areas').getByRole('link', { name: 'Evidence' }).click();
    await expectHeading(page, 'Evidence');
    await expectText(page.locator('main'), 'This project has no evidence yet.');
    expect(await violations(page)).toEqual([]);
  });

  it('checks the form, then adds evidence with an attached file', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Add evidence' }).click();
    await expectHeading(page, 'Add evidence');
    await page.getByLabel('Attach the file').check();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Enter a title for the evidence');
    await expectText(summary, 'Choose a file to attach');
    await expectText(summary, 'Enter a real date, for example 27 3 2026');
    await screenshot(page, 'evidence-form-errors');
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Title').fill('Usability testing, round 2');
    await page.getByLabel('Research finding').check();
    await page.getByLabel('File to attach').setInputFiles({
      name: 'round-2-findings.pdf',
      mimeType: 'application/pdf',
      buffer: fileBytes,
    });
    await page.getByLabel('Day').fill('30');
    await page.getByLabel('Owner (optional)').fill('Priya Shah');
    await page.getByLabel('Description (optional)').fill('Six people tried the alpha; four finished.');
    await screenshot(page, 'evidence-form-filled');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await expectHeading(page, 'Usability testing, round 2');
    itemRoute = new URL(page.url()).hash.slice(1);
    await expectText(page.getByRole('status').first(), 'is added to the evidence');
    await expectText(page.locator('.summary-list'), 'Research finding');
    await expectText(page.locator('.summary-list'), '30 April 2026');
    await expectText(page.locator('.summary-list'), 'Attached file: round-2-findings.pdf');
    await expectText(page.getByTestId('evidence-uses'), 'Nothing in this project uses this evidence yet.');
    await screenshot(page, 'evidence-item');
    expect(await violations(page)).toEqual([]);
    await fitsAt320(page, 'evidence-item');
  });

  it('downloads the attached file with the same bytes', async () => {
    const { page } = session;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download file/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('round-2-findings.pdf');
    const saved = join(work, 'downloaded.pdf');
    await file.saveAs(saved);
    expect(readFileSync(saved).equals(fileBytes)).toBe(true);
  });

  it('finds evidence by words, kind and owner', async () => {
    const { page } = session;
    await addEvidence(page, {
      title: 'Decision to use GOV.UK Notify',
      kind: 'Decision record',
      owner: 'Sam Taylor',
      day: '2',
      link: 'https://www.gov.uk/government/publications/notify',
    });
    await addEvidence(page, {
      title: 'Clickable prototype',
      kind: 'Prototype',
      owner: 'Priya Shah',
      path: 'S:\\Projects\\Fishing licence\\Prototypes\\alpha-v3-with-a-very-long-folder-name.fig',
    });
    await visit(page, `${projectRoute}/evidence`);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Search').fill('usability ROUND');
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(rows.first(), 'Usability testing, round 2');
    await expectText(page.getByTestId('evidence-count'), 'Showing 1 of 3 items');
    await page.getByRole('button', { name: 'Show all evidence' }).click();
    await page.getByLabel('Owner').selectOption('Priya Shah');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Kind').selectOption('Prototype');
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(rows.first(), 'Clickable prototype');
    await page.getByLabel('Kind').selectOption('Decision record');
    await expectText(page.locator('main'), 'No evidence matches.');
    await page.getByRole('button', { name: 'Show all evidence' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await screenshot(page, 'evidence-list');
    expect(await violations(page)).toEqual([]);
    await fitsAt320(page, 'evidence-list');
  });

  it('refuses a file over the limit with a clear message and loses nothing', async () => {
    const { page } = session;
    await visit(page, itemRoute);
    await page.getByRole('link', { name: 'Change evidence' }).click();
    await expectHeading(page, 'Change evidence');
    await page.getByLabel('Title').fill('Usability testing, round 2 (final)');
    // From disk: the browser reads the file itself, as it would for a person.
    const tooLarge = join(work, 'session-recording.mp4');
    writeFileSync(tooLarge, Buffer.alloc(26 * 1024 * 1024));
    await page.getByLabel('File to attach').setInputFiles(tooLarge);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'session-recording.mp4 is 26 MB, larger than the limit of 25 MB for one attached file');
    expect(await page.getByLabel('Title').inputValue()).toBe('Usability testing, round 2 (final)');
    await screenshot(page, 'evidence-file-too-large');
    expect(await violations(page)).toEqual([]);
    await fitsAt320(page, 'evidence-edit');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectHeading(page, 'Usability testing, round 2');
    await expectText(page.locator('.summary-list'), 'Attached file: round-2-findings.pdf');
  });

  it('changes evidence, keeping its attached file', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Change evidence' }).click();
    await page.getByLabel('Title').fill('Usability testing, round 2 (final)');
    await page.getByLabel('Owner (optional)').fill('Alex Morgan');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(page, 'Usability testing, round 2 (final)');
    await expectText(page.locator('.summary-list'), 'Alex Morgan');
    await expectText(page.locator('.summary-list'), 'Attached file: round-2-findings.pdf');
  });

  it('deletes evidence after asking', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/evidence`);
    await page.getByRole('link', { name: 'Clickable prototype' }).click();
    await page.getByRole('button', { name: 'Delete evidence' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog);
    await expectText(dialog, 'will be deleted for good');
    await dialog.getByRole('button', { name: 'Yes, delete evidence' }).click();
    await expectHeading(page, 'Evidence');
    await expectText(page.getByRole('status').first(), '\u201cClickable prototype\u201d is deleted');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
  });

  it('keeps everything, the attached file included, across a reload', async () => {
    const { page } = session;
    await page.reload();
    await expectHeading(page, 'Evidence');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expectText(page.locator('tbody'), 'Usability testing, round 2 (final)');
    await expectText(page.locator('tbody'), 'Decision to use GOV.UK Notify');
    await page.getByRole('link', { name: 'Usability testing, round 2 (final)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download file/ }).click();
    const saved = join(work, 'after-reload.pdf');
    await (await download).saveAs(saved);
    expect(readFileSync(saved).equals(fileBytes)).toBe(true);
  });

  it('states the attachment limits in Settings', async () => {
    const { page } = session;
    await visit(page, '/settings');
    await expectText(page.getByTestId('evidence-limits'), 'Each attached file can be up to 25 MB');
    await expectText(page.getByTestId('evidence-limits'), 'up to 250 MB together');
  });
});
