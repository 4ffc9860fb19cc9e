// Settings says how much space template packs take, and removes the older stored versions that no
// project uses, keeping the version a project uses.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectFocused, expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';
import { storedVersions } from './stored-packs';

const GOV = 'gov-uk-service-standard';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let session: Session;

/**
 * Stores two older copies of the built-in pack (0.9.0 and 1.0.0, as if imported earlier) and records
 * that the first project uses version 1.0.0, straight in the app's database.
 */
async function storeOlderVersions(page: Page): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs', 'projects', 'projectTemplates'], 'readwrite');
          const packs = tx.objectStore('packs');
          const projects = tx.objectStore('projects').getAll();
          const current = packs.get(`${id}@1.2.0`);
          current.onsuccess = () => {
            const record = current.result as Record<string, unknown>;
            for (const version of ['0.9.0', '1.0.0'])
              packs.put({ ...record, key: `${id}@${version}`, version, active: false, origin: 'imported' });
          };
          projects.onsuccess = () => {
            const [project] = projects.result as { id: string }[];
            if (!project) return reject(new Error('no project to use the pack'));
            tx.objectStore('projectTemplates').put({
              id: 'e2e-older-use',
              projectId: project.id,
              packId: id,
              templateId: id,
              version: '1.0.0',
              addedAt: new Date().toISOString(),
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot store the older versions'));
        };
      }),
    GOV,
  );
}

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('space taken by template packs', () => {
  it('says there is nothing to remove when only the versions in use are stored', async () => {
    const { page } = session;
    await visit(page, '/settings');
    await expectHeading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Template packs' });
    await expectText(section, 'Template packs take about');
    await expectText(section, 'there is nothing to remove');
    expect(await section.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
  });

  it('counts an unused older version, removes it after confirming, and keeps the one a project uses', async () => {
    const { page } = session;
    await storeOlderVersions(page);
    expect((await storedVersions(page, GOV)).map((v) => v.version).sort()).toEqual(['0.9.0', '1.0.0', '1.2.0']);
    // Written past the app, so load it again to read them.
    await page.reload();
    await expectHeading(page, 'Settings');
    const section = page.getByRole('region', { name: 'Template packs' });
    await expectText(section.getByTestId('pack-storage-removable'), '1 older version is not used by any project.');
    await expectText(section.getByTestId('pack-storage-list'), 'GOV.UK Service Standard, version 0.9.0');
    expect(await section.getByTestId('pack-storage-list').innerText()).not.toContain('1.0.0');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'pack-storage-before');
    await section.screenshot({ path: 'test-results/screenshots/pack-storage-section.png' });

    const axe = await new AxeBuilder({ page })
      .include('[aria-labelledby="pack-storage-heading"]')
      .withTags(WCAG_TAGS)
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // From the keyboard: the question opens with the safe choice focused, and Escape leaves everything.
    await section.getByRole('button', { name: 'Remove 1 older version' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remove 1 older version?' });
    await expectText(dialog, 'No project uses this version');
    await expectFocused(dialog.getByRole('button', { name: 'Cancel' }));
    await screenshot(page, 'pack-storage-dialog');
    await page.keyboard.press('Escape');
    expect((await storedVersions(page, GOV)).map((v) => v.version).sort()).toEqual(['0.9.0', '1.0.0', '1.2.0']);

    await section.getByRole('button', { name: 'Remove 1 older version' }).click();
    await dialog.getByRole('button', { name: 'Remove 1 older version' }).click();
    await expectText(section.getByTestId('pack-storage-removable'), 'there is nothing to remove');
    await expectText(section, 'Removed 1 older version of template packs, freeing about');
    await expectText(page.getByRole('status').first(), 'Removed 1 older version');
    await expectFocused(section.locator('[tabindex="-1"]'));
    await section.screenshot({ path: 'test-results/screenshots/pack-storage-after.png' });

    const left = await storedVersions(page, GOV);
    expect(left.map((v) => [v.version, v.active]).sort()).toEqual([
      ['1.0.0', false],
      ['1.2.0', true],
    ]);
  });
});
