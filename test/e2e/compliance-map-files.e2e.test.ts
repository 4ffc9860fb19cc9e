// A person brings processes into a compliance map from files in the browser build: two CSV files and the
// same department process again from Excel, is shown every problem of a bad file with nothing added, then
// downloads the map as Word (asked for their name once) and its links and conflicts as CSV.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const FIXTURES = resolve('test/fixtures/processes');
const OUT = resolve('test-results/compliance-map-files');

let session: Session;
let projectRoute = '';
const mapRoute = () => `${projectRoute}/compliance-map`;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function chooseProcessFile(page: Page, side: string, file: string): Promise<void> {
  await visit(page, `${mapRoute()}/processes/new`);
  await expectHeading(page, 'Add a process');
  await page.getByLabel('From a CSV or Excel file').check();
  await page.getByLabel(side, { exact: true }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV or Excel file' }).click();
  await (await chooser).setFiles(join(FIXTURES, file));
}

async function importProcess(page: Page, side: string, file: string, title: string, steps: number) {
  await chooseProcessFile(page, side, file);
  const preview = page.getByTestId('process-file-preview');
  expect(await preview.locator('dd').nth(2).innerText()).toBe(String(steps));
  await expectText(preview, title);
  await page.getByRole('button', { name: 'Add this process' }).click();
  await expectHeading(page, title);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Register a boat');
  await page.getByLabel('Department or organisation (optional)').fill('Department for Waterways');
  await page.getByLabel('Project owner (optional)').fill('Sam Okafor');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
  await visit(page, mapRoute());
  await page.getByRole('button', { name: 'Start a compliance map' }).click();
  await page.getByText('The map has no processes yet').waitFor();
});

afterAll(async () => {
  await session.close();
});

describe('processes from files', () => {
  it('asks whose process it is before a file is chosen, and explains the columns', async () => {
    const { page } = session;
    await visit(page, `${mapRoute()}/processes/new`);
    await page.getByLabel('From a CSV or Excel file').check();
    await page.getByRole('button', { name: 'Choose a CSV or Excel file' }).click();
    await expectText(page.getByRole('alert'), 'Choose whose process it is');
    await page.getByText('What the file needs to hold').click();
    await expectText(page.getByRole('table', { name: 'Columns of a process file' }), 'depends_on');
    expect(await page.locator('main').innerText()).not.toMatch(/[{}]/);
    await screenshot(page, 'map-file-columns');
    expect(await violations(page)).toEqual([]);
  });

  it('shows a preview of a right file and adds it', async () => {
    const { page } = session;
    await chooseProcessFile(page, 'Central', 'central.csv');
    const preview = page.getByTestId('process-file-preview');
    await expectText(preview, 'Add the work to the spend pipeline');
    await screenshot(page, 'map-file-preview');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add this process' }).click();
    await expectHeading(page, 'Central');
    await importProcess(page, 'Departmental', 'department.csv', 'Department', 19);
    await importProcess(page, 'Other', 'department.xlsx', 'Department (department.xlsx)', 19);
    await visit(page, mapRoute());
    const table = page.getByRole('table', { name: /Processes in the compliance map/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    await expectText(table, 'department.xlsx');
  });

  it('lists every problem of a bad file and adds nothing, keeping the side chosen', async () => {
    const { page } = session;
    await chooseProcessFile(page, 'Departmental', 'bad-steps.csv');
    const problems = page.getByTestId('process-file-problems');
    await expectText(problems, 'bad-steps.csv has');
    const text = await problems.innerText();
    for (const row of ['Row 2', 'Row 3', 'Row 4']) expect(text).toContain(row);
    expect(text).toContain('"ten"');
    expect(await page.getByLabel('Departmental', { exact: true }).isChecked()).toBe(true);
    await expectText(page.getByRole('button', { name: 'Choose another file' }), 'Choose another file');
    expect(await page.getByRole('button', { name: 'Add this process' }).count()).toBe(0);
    await screenshot(page, 'map-file-problems');
    expect(await violations(page)).toEqual([]);
    // Choosing a right file after the bad one shows its preview in place of the problems.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await (await chooser).setFiles(join(FIXTURES, 'central.csv'));
    await expectText(page.getByTestId('process-file-preview'), 'Central');
    expect(await page.getByTestId('process-file-problems').count()).toBe(0);
    await visit(page, mapRoute());
    const table = page.getByRole('table', { name: /Processes in the compliance map/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
  });

  it('keeps the imported processes after a reload', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    await page.reload();
    await expectHeading(page, 'Compliance map');
    const table = page.getByRole('table', { name: /Processes in the compliance map/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
  });
});

describe('links from a file', () => {
  it('imports the links between the central and department processes from a CSV file', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    await page.getByRole('link', { name: 'Import links from a CSV file' }).click();
    await expectHeading(page, 'Links');
    await page.getByText('Import links from a CSV file').click();
    expect(await page.getByLabel('Process the central column names').inputValue()).toBe('central');
    expect(await page.getByLabel('Process the department column names').inputValue()).toBe('department');
    // Read against the wrong way round, the rows name steps the processes do not have: nothing is added.
    await page.getByLabel('Process the central column names').selectOption({ label: 'Department' });
    await page.getByLabel('Process the department column names').selectOption({ label: 'Central' });
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a CSV file' }).click();
    await (await chooser).setFiles(join(FIXTURES, 'links.csv'));
    await expectText(page.getByTestId('links-file-problems'), 'is not a step of');
    await screenshot(page, 'map-links-file-problems');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Process the central column names').selectOption({ label: 'Central' });
    await page.getByLabel('Process the department column names').selectOption({ label: 'Department' });
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a CSV file' }).click();
    await (await chooser).setFiles(join(FIXTURES, 'links.csv'));
    await expectText(page.getByTestId('links-file-preview'), 'links.csv holds');
    await screenshot(page, 'map-links-file-preview');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add these links' }).click();
    await expect.poll(() => page.locator('.map-link-list > li').count(), { timeout: 10_000 }).toBeGreaterThan(3);
  });
});

describe('downloads', () => {
  it('downloads the map as Word with the project\u2019s details and the person as author', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    await page.getByRole('button', { name: 'Download the compliance map (Word)' }).click();
    await page.getByLabel('Your name').fill('Jordan Lee');
    await screenshot(page, 'map-download-name');
    expect(await violations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save and download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Register a boat.*compliance map.*\.docx$/);
    const saved = join(OUT, 'compliance-map.docx');
    await file.saveAs(saved);
    const parts = unzipSync(new Uint8Array(readFileSync(saved)));
    const body = new TextDecoder().decode(parts['word/document.xml']);
    for (const words of [
      'Register a boat: compliance map',
      'Department for Waterways',
      'Sam Okafor',
      'Summary of findings',
      'The processes in full',
      'Add the work to the spend pipeline',
    ])
      expect(body.includes(words), words).toBe(true);
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).toContain('<dc:creator>Jordan Lee</dc:creator>');
    expect(core).not.toContain('Waymark');
    const headers = Object.keys(parts).filter((p) => /^word\/header\d*\.xml$/.test(p));
    expect(headers.some((h) => new TextDecoder().decode(parts[h]).includes('OFFICIAL'))).toBe(true);
    // The name is kept: the next download does not ask again.
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the compliance map (Word)' }).click();
    await again;
    expect(await page.getByLabel('Your name').count()).toBe(0);
  });

  it('downloads the links and the conflicts as CSV', async () => {
    const { page } = session;
    await visit(page, mapRoute());
    for (const [button, name, header] of [
      ['Download links (CSV)', 'Register a boat - compliance map links.csv', 'Relation'],
      ['Download conflicts (CSV)', 'Register a boat - compliance map conflicts.csv', 'Kind'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      const saved = join(OUT, name);
      await file.saveAs(saved);
      expect(readFileSync(saved, 'utf8').split('\r\n')[0]).toContain(header);
    }
  });
});
