// Content people can rely on, in Chromium: the Library says when content was checked against its sources,
// marks superseded templates and content not checked for over a year, finds what people type, and tells a
// project that uses a superseded template how to move on.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const FIXTURE = 'test/fixtures/packs/good-pack';
let session: Session;

/** The example pack as a zip, its standard last checked on 2 March 2024. */
function oldCheckedZip(): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(FIXTURE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(FIXTURE);
  const path = 'standards/example-standard.yaml';
  const text = new TextDecoder().decode(files[path]);
  files[path] = strToU8(text.replace('version: 1.0.0', 'version: 1.0.0\nchecked: 2024-03-02'));
  const out = join(mkdtempSync(join(tmpdir(), 'waymark-content-')), 'example-old.zip');
  writeFileSync(out, zipSync(files));
  return out;
}

/** The titles on the first page of results for a search. */
async function firstPage(page: Page, query: string): Promise<string[]> {
  await page.getByLabel('Search templates').fill(query);
  await expectText(page.getByRole('status').first(), `match “${query}”`);
  return page.getByRole('table', { name: 'Templates' }).locator('tbody th a').allInnerTexts();
}

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('content people can rely on', () => {
  it('says when a template was checked against its sources', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await expectHeading(page, 'GOV.UK Service Standard');
    await expectText(page.locator('main'), 'Checked against its sources on 1 December 2026.');
    await screenshot(page, 'content-checked');
  });

  it('marks a superseded template, names what replaces it, and lists it as superseded', async () => {
    const { page } = session;
    await visit(page, '/library/packs/waymark-example-processes/templates/central-digital-assurance');
    const notice = page.getByRole('note').filter({ hasText: 'Superseded on 1 April 2026' });
    await expectText(notice, 'Digital and technology spend controls were removed on 1 April 2026.');
    expect(await notice.getByRole('link', { name: /Central digital assurance from April 2026/ }).count()).toBe(1);
    await screenshot(page, 'content-superseded');
    await visit(page, '/library/packs/waymark-example-processes');
    await expectText(page.getByRole('table', { name: 'Templates in this pack' }), 'Superseded 1 April 2026');
  });

  it('warns about content not checked against its sources for over a year', async () => {
    const { page } = session;
    await visit(page, '/library');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(oldCheckedZip());
    await page.getByRole('button', { name: 'Import pack' }).click();
    await expectText(page.getByRole('status').first(), 'imported');
    await visit(page, '/library/packs/example-pack/templates/example-standard');
    await expectText(page.getByRole('note'), 'Last checked against its sources on 2 March 2024, more than a year ago.');
    await screenshot(page, 'content-overdue');
  });

  for (const query of ['alpha assessment', 'spend approval', 'architecture board', 'beta'])
    it(`finds the Service Standard, the assessment guide and the departmental process for “${query}”`, async () => {
      const { page } = session;
      await visit(page, '/library');
      const titles = await firstPage(page, query);
      expect(titles.length).toBeLessThanOrEqual(10);
      expect(titles).toEqual(
        expect.arrayContaining([
          'GOV.UK Service Standard',
          'Preparing for a service assessment',
          'Departmental IT governance (example)',
        ]),
      );
      await screenshot(page, `content-search-${query.replace(/\s+/g, '-')}`);
    });

  it('tells a project that uses a superseded template, and moves it on in one step', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Example: Apply for a fishing licence' }).click();
    await page.getByLabel('Add a template').selectOption('waymark-example-processes/central-digital-assurance');
    await page.getByRole('button', { name: 'Add template' }).click();
    const table = page.getByRole('table', { name: 'Templates this project uses' });
    const notice = table.getByRole('note');
    await expectText(notice, 'Superseded on 1 April 2026');
    await expectText(notice, 'This project still uses version 1.1.0 and keeps it until you move.');
    await screenshot(page, 'content-project-superseded');
    await notice.getByRole('button', { name: 'Move to Central digital assurance from April 2026 (example)' }).click();
    await expectText(
      page.getByRole('status').first(),
      'This project now uses Central digital assurance from April 2026 (example) version 2.0.0.',
    );
    await expectText(table, 'Central digital assurance from April 2026 (example)');
    expect(await table.getByRole('note').count()).toBe(0);
    await screenshot(page, 'content-project-moved');
  });
});
