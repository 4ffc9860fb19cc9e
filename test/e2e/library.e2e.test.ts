// A person uses the Library: finds built-in templates, reads a guide, imports a pack from a zip, sees
// the preview, exports it, re-imports it, updates it to a newer version and sees what changed, and is
// told clearly when a pack cannot be imported.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectNoText, expectText, openSession, screenshot, visit, type Session } from './browser';

const FIXTURE = 'test/fixtures/packs/good-pack';
const work = mkdtempSync(join(tmpdir(), 'waymark-library-'));
let session: Session;

function fixtureFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(FIXTURE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(FIXTURE);
  return files;
}

function writeZip(name: string, change?: (files: Record<string, Uint8Array>) => void): string {
  const files = fixtureFiles();
  change?.(files);
  const path = join(work, name);
  writeFileSync(path, zipSync(files));
  return path;
}

function editText(files: Record<string, Uint8Array>, path: string, from: string, to: string): void {
  const text = new TextDecoder().decode(files[path]);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  files[path] = strToU8(text.replace(from, to));
}

async function importZip(page: Page, path: string): Promise<void> {
  await visit(page, '/library');
  await page.getByRole('link', { name: 'Import a pack' }).click();
  await expectHeading(page, 'Import a pack');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a zip file' }).click();
  await (await chooser).setFiles(path);
}

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('the Library', () => {
  it('lists the built-in packs and finds templates by what is inside them', async () => {
    const { page } = session;
    await visit(page, '/library');
    const packs = page.getByRole('table', { name: 'Installed packs' });
    await expectText(packs, 'GOV.UK Service Standard');
    expect(await packs.locator('tbody tr').count()).toBe(12);
    await page.getByLabel('Search templates').fill('source code');
    await expectText(page.getByRole('status').first(), 'match');
    const templates = page.getByRole('table', { name: 'Templates' });
    await expectText(templates, 'Matches: 12. Make new source code open');
    await screenshot(page, 'library-search');
  });

  it('shows a checklist with the guides that help, and the guide itself', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await expectHeading(page, 'GOV.UK Service Standard');
    expect(await page.locator('.point').count()).toBe(14);
    const point7 = page.locator('#point-7');
    await point7.getByRole('link', { name: 'Answering to two bosses' }).click();
    await expectHeading(page, 'Answering to two bosses');
    await expectText(page.getByRole('complementary'), 'GOV.UK Service Standard: 7. Use agile ways of working');
    expect(await page.locator('.guide-body script, .guide-body img').count()).toBe(0);
    await screenshot(page, 'guide');
  });

  it('downloads a checklist as a Word document with the chosen marking', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await page.getByText('Download as a document').click();
    await page.getByLabel('Alpha').check();
    await page.getByLabel('Security marking').fill('OFFICIAL-SENSITIVE');
    // Asked once, at the first export: the person's name is the document's author, never the publisher.
    await page.getByLabel('Your name').fill('Jordan Lee');
    await screenshot(page, 'template-download');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const saved = join(work, file.suggestedFilename());
    await file.saveAs(saved);
    const parts = unzipSync(new Uint8Array(readFileSync(saved)));
    const body = new TextDecoder().decode(parts['word/document.xml']);
    expect(body).toContain('Understand users and their needs');
    const headers = Object.keys(parts).filter((p) => /^word\/header\d*\.xml$/.test(p));
    expect(headers.some((h) => new TextDecoder().decode(parts[h]).includes('OFFICIAL-SENSITIVE'))).toBe(true);
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).toContain('<dc:creator>Jordan Lee</dc:creator>');
    expect(core).not.toContain('Waymark');
    expect(file.suggestedFilename()).toBe('GOV.UK Service Standard (alpha) v1.2.0.docx');
    await expectText(page.getByRole('status').first(), 'saved as');
    await page.reload();
    await page.getByText('Download as a document').click();
    expect(await page.getByLabel('Your name').count()).toBe(0);
  });

  it('downloads a guide as Word, naming the points it helps with by their titles', async () => {
    const { page } = session;
    await visit(page, '/library/packs/waymark-playbook/templates/two-bosses');
    await page.getByText('Download as a document').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const file = await download;
    const saved = join(work, file.suggestedFilename());
    await file.saveAs(saved);
    const body = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(saved)))['word/document.xml']);
    expect(body).toContain('Use agile ways of working');
    expect(body).not.toContain('gov-uk-service-standard#');
  });

  it('downloads a process as a spreadsheet', async () => {
    const { page } = session;
    await visit(page, '/library/packs/waymark-example-processes/templates/departmental-it-governance');
    await page.getByText('Download as a document').click();
    await page.getByLabel('Spreadsheet (CSV)').check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const saved = join(work, file.suggestedFilename());
    await file.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFStep id,Step,Owner,Phase,After,Typical days,Asks for,Description');
    expect(csv).toContain(',Enterprise architecture board: solution design sign-off,');
  });

  it('imports a pack zip after showing what it holds', async () => {
    const { page } = session;
    await importZip(page, writeZip('example-1.2.0.zip'));
    await expectText(page.getByRole('status').first(), 'Example pack 1.2.0 is new and can be added.');
    const holds = page.getByRole('table', { name: 'What the pack holds' });
    await expectText(holds, 'Example standard');
    await screenshot(page, 'import-preview');
    await page.getByRole('button', { name: 'Import pack' }).click();
    await expectHeading(page, 'Example pack');
    await expectText(page.getByRole('status').first(), 'Example pack 1.2.0 imported.');
    await visit(page, '/library');
    await expectText(page.getByRole('table', { name: 'Installed packs' }), 'Example pack');
  });

  it('exports the pack as a zip that holds the same files, and re-importing it changes nothing', async () => {
    const { page } = session;
    await visit(page, '/library/packs/example-pack');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export pack as zip' }).click();
    const saved = join(work, 'exported.zip');
    await (await download).saveAs(saved);
    const exported = unzipSync(new Uint8Array(readFileSync(saved)));
    expect(Object.keys(exported).sort()).toEqual(Object.keys(fixtureFiles()).sort());

    await importZip(page, saved);
    await expectText(
      page.getByRole('status').first(),
      'is already installed with the same content; there is nothing to do.',
    );
    expect(await page.getByRole('button', { name: 'Import pack' }).count()).toBe(0);
  });

  it('updates to a newer version and shows what changed', async () => {
    const { page } = session;
    const newer = writeZip('example-1.3.0.zip', (files) => {
      editText(files, 'pack.yaml', 'version: 1.2.0', 'version: 1.3.0');
      editText(files, 'standards/example-standard.yaml', 'version: 1.0.0', 'version: 1.1.0');
      editText(
        files,
        'standards/example-standard.yaml',
        'title: Work in the open',
        'title: Work in the open by default',
      );
    });
    await importZip(page, newer);
    await expectText(page.getByRole('status').first(), 'Example pack 1.3.0 is newer than the installed 1.2.0');
    await expectText(page.locator('.pack-comparison'), 'Work in the open by default: the title changed');
    await screenshot(page, 'import-newer');
    await page.getByRole('button', { name: 'Update to version 1.3.0' }).click();
    await expectHeading(page, 'Example pack');
    await page.getByRole('link', { name: /What changed since 1\.2\.0/ }).click();
    await expectHeading(page, 'What changed from 1.2.0 to 1.3.0');
    await expectText(page.locator('main'), 'Example standard: 1.0.0 to 1.1.0');
    await screenshot(page, 'compare-versions');
  });

  it('refuses a broken pack, lists its problems and adds nothing', async () => {
    const { page } = session;
    const broken = writeZip('broken.zip', (files) => {
      editText(files, 'standards/example-standard.yaml', 'title: Know your users', 'title: <script>alert(1)</script>');
      files['../escape.yaml'] = strToU8('id: x');
    });
    await importZip(page, broken);
    const alert = page.getByRole('alert');
    await expectText(alert, 'This pack cannot be imported');
    await expectText(alert, 'standards/example-standard.yaml, points[0].title');
    await expectText(alert, '../escape.yaml');
    await screenshot(page, 'import-refused');
    await visit(page, '/library');
    expect(await page.getByRole('table', { name: 'Installed packs' }).locator('tbody tr').count()).toBe(13);
    await expectNoText(page.locator('main'), 'alert(1)');
  });
});
