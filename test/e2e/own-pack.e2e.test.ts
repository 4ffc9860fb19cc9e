// A person makes their own checklist in the browser build: creates a pack with three points, edits a
// point, publishes version 0.2.0, exports the zip and the `waymark` command validates it. Copying a
// template (with the share-alike warning) and the screens for packs that cannot be edited are covered too,
// and every screen passes an automated WCAG 2.2 A and AA check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocused,
  expectHeading,
  expectText,
  expectVisible,
  openSession,
  screenshot,
  visit,
  type Session,
} from './browser';
import { storedVersions } from './stored-packs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PACK_ID = 'rivers-assurance-checklists';

let session: Session;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The stored versions of a pack, read from the app's own database in the page. */

function point(page: Page, index: number) {
  return page.getByRole('region', { name: new RegExp(`^Point ${index}\\b`) });
}

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('making your own checklist', () => {
  it('refuses an empty form, naming each problem next to its field', async () => {
    const { page } = session;
    await visit(page, '/library/own/new');
    await expectHeading(page, 'Create your own pack');
    await screenshot(page, 'own-pack-new');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create pack' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Enter a name for the pack');
    await expectText(summary, 'Enter a title for the template');
    await expectText(page.locator('#pack-sources-0-url-error'), 'Enter a web address or an email address');
    await summary.getByRole('link', { name: 'Enter who publishes the pack, such as your team' }).click();
    await expectFocused(page.getByLabel('Publisher'));
    await screenshot(page, 'own-pack-new-errors');
    expect(await violations(page)).toEqual([]);
  });

  it('makes a pack with a checklist and goes to the editor', async () => {
    const { page } = session;
    await page.getByLabel('Pack name').fill('Rivers assurance checklists');
    await page.getByLabel('Publisher').fill('Department for Rivers');
    await page.getByLabel('Description').fill('Checklists our teams use before each spending gate.');
    await page.getByLabel('Open Government Licence v3.0').check();
    await page.getByLabel('Checklist').check();
    await page.getByLabel('Template title').fill('Gate 2 readiness');
    await page.getByLabel('Name of the standard or framework').fill('Rivers assurance framework');
    await page.getByLabel('Web address or email address').fill('assurance@rivers.gov.uk');
    await page.getByRole('button', { name: 'Create pack' }).click();
    await expectHeading(page, 'Edit Gate 2 readiness');
    await expectText(page.getByRole('status'), 'Your pack \u201cRivers assurance checklists\u201d is created.');
    expect(new URL(page.url()).hash).toBe(`#/library/packs/${PACK_ID}/templates/gate-2-readiness/edit`);
  });

  it('fills in three points, refusing to save a point without a title', async () => {
    const { page } = session;
    await point(page, 1).getByLabel('Title').fill('Users and their needs are understood');
    await point(page, 1).getByLabel('Summary').fill('The team has met the people who will use the service.');
    await page.getByRole('button', { name: 'Add a point' }).click();
    await expectFocused(point(page, 2).getByLabel('Title'));
    await point(page, 2).getByLabel('Summary').fill('Costs for the next phase are firm; later phases are ranges.');
    await page.getByRole('button', { name: 'Add a point' }).click();
    await point(page, 3).getByLabel('Title').fill('A team is in place');
    await point(page, 3).getByLabel('Summary').fill('The people needed for the next phase are named.');
    await point(page, 3).getByLabel('Alpha').fill('A named service owner\nA user researcher');
    await point(page, 3).getByLabel('Examples of evidence (optional)').fill('Team chart');

    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Point 2: Enter the title');
    await expectText(point(page, 2), 'Enter the title');
    await screenshot(page, 'own-pack-editor-errors');
    expect(await violations(page)).toEqual([]);
    expect((await storedVersions(page, PACK_ID))[0]).toMatchObject({ version: '0.1.0' });

    await point(page, 2).getByLabel('Title').click();
    await page.keyboard.type('Costs are known');
    await expect.poll(() => point(page, 2).getByLabel('Title').inputValue()).toBe('Costs are known');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectText(page.getByRole('status'), 'are saved');
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('moves and edits a point, and keeps the edit after a reload', async () => {
    const { page } = session;
    await point(page, 3).getByRole('button', { name: 'Move up Point 3' }).click();
    await expectText(point(page, 2).locator('h3'), 'A team is in place');
    await expectFocused(page.locator('#tpl-points-1-up'));
    await point(page, 3).getByLabel('Title').fill('Costs for the next phase are known');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectText(page.getByRole('status'), 'are saved');
    await page.reload();
    await expectHeading(page, 'Edit Gate 2 readiness');
    await expect.poll(() => point(page, 3).getByLabel('Title').inputValue()).toBe('Costs for the next phase are known');
    await expect
      .poll(() => point(page, 2).getByLabel('Alpha').inputValue())
      .toBe('A named service owner\nA user researcher');
    await screenshot(page, 'own-pack-editor');
    expect(await violations(page)).toEqual([]);
  });

  it('publishes version 0.2.0 and keeps version 0.1.0 to compare with', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Publish a new version' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog);
    await expectText(dialog, 'New content: version 0.2.0');
    await screenshot(page, 'own-pack-publish');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Publish version 0.2.0' }).click();
    await expectText(
      page.getByRole('status'),
      'Version 0.2.0 of \u201cRivers assurance checklists\u201d is published. Version 0.1.0 is kept',
    );
    await expectText(page.locator('.caption'), 'version 0.2.0');
    expect(await storedVersions(page, PACK_ID)).toEqual(
      expect.arrayContaining([
        { version: '0.1.0', active: false, origin: 'own' },
        { version: '0.2.0', active: true, origin: 'own' },
      ]),
    );
  });

  it('exports the pack as a zip that the waymark command validates', async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export pack as zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${PACK_ID}-0.2.0.zip`);
    const zip = join(mkdtempSync(join(tmpdir(), 'waymark-own-pack-')), download.suggestedFilename());
    await download.saveAs(zip);
    const report = JSON.parse(
      execFileSync('node', ['bin/waymark.mjs', 'pack', 'validate', zip, '--json'], { encoding: 'utf8' }),
    ) as {
      ok: boolean;
      pack: { id: string; version: string; templates: { id: string; kind: string; version: string; items: number }[] };
    };
    expect(report.ok).toBe(true);
    expect(report.pack.id).toBe(PACK_ID);
    expect(report.pack.version).toBe('0.2.0');
    expect(report.pack.templates).toEqual([
      { id: 'gate-2-readiness', kind: 'standard', title: 'Gate 2 readiness', version: '0.2.0', items: 3 },
    ]);
  });
});

describe('copying and the other editors', () => {
  it('explains that a built-in template cannot be changed and offers a copy', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard/edit');
    await expectHeading(page, 'This template cannot be changed here');
    await expectVisible(page.getByRole('link', { name: 'Make your own copy' }));
    await screenshot(page, 'own-pack-not-editable');
    expect(await violations(page)).toEqual([]);
  });

  it('warns that a share-alike template must keep its licence, and copies it into an own pack', async () => {
    const { page } = session;
    await visit(page, '/library/copy/open-source-capability-model/open-source-capability-model');
    await expectHeading(page, 'Make your own copy');
    await expectText(page.locator('#share-alike-warning'), 'a share-alike licence');
    await page.getByLabel('Into Rivers assurance checklists').check();
    await expectText(page.locator('#share-alike-warning'), 'uses Open Government Licence v3.0');
    await screenshot(page, 'own-pack-copy');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Make the copy' }).click();
    await expectHeading(page, 'Edit Open Source Capability Model for Governments');
    await expectText(page.locator('.editor-warning'), 'share-alike');
    await screenshot(page, 'own-pack-editor-maturity');
    expect(await violations(page)).toEqual([]);
    await page.getByText('Change the pack\u2019s name, publisher, description or licence').click();
    await page.getByLabel('Creative Commons Attribution-ShareAlike 4.0').check();
    await expect.poll(() => page.locator('.editor-warning').count()).toBe(0);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectText(page.getByRole('status'), 'are saved');
  });

  it('copies a process into a new pack, naming each missing detail', async () => {
    const { page } = session;
    await visit(page, '/library/copy/waymark-example-processes/central-digital-assurance-2026');
    await expectHeading(page, 'Make your own copy');
    await page.getByRole('button', { name: 'Make the copy' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Enter a name for the new pack');
    await expectText(summary, 'Enter who publishes the new pack');
    await page.getByLabel('Pack name').fill('Our processes');
    await page.getByLabel('Publisher').fill('Department for Rivers');
    await page.getByRole('button', { name: 'Make the copy' }).click();
    await expectHeading(page, 'Edit Central digital assurance from April 2026 (example)');
    const second = page.getByRole('region', { name: /^Step 2\b/ });
    await expectVisible(second.getByRole('group', { name: 'Depends on (optional)' }));
    await screenshot(page, 'own-pack-editor-process');
    expect(await violations(page)).toEqual([]);
  });

  it('shows the business case editor accessibly', async () => {
    const { page } = session;
    await visit(page, '/library/copy/waymark-agile-business-case/agile-business-case');
    await page.getByLabel('Into Our processes').check();
    await page.getByRole('button', { name: 'Make the copy' }).click();
    await expectHeading(page, 'Edit Agile business case');
    await screenshot(page, 'own-pack-editor-business-case');
    expect(await violations(page)).toEqual([]);
  });
});
