// Workspace backups and durability in Chromium: back up, lose the stored data, restore and compare every
// record; two tabs editing one project; a database from a newer Waymark; a refused quota during a restore.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';
import { addEvidenceWithFile, dumpDatabase, type Dump } from './workspace-dump';

const work = mkdtempSync(join(tmpdir(), 'waymark-backup-e2e-'));
let session: Session;

beforeAll(async () => {
  session = await openSession();
  // Lets a test make every IndexedDB write fail as a refused quota would.
  await session.context.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (localStorage.getItem('waymark-test-full-disk') === 'yes')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
});

afterAll(async () => {
  await session.close();
});

async function exampleProjectId(page: Page): Promise<string> {
  await visit(page, '/');
  const href = await page.getByRole('link', { name: 'Example: Apply for a fishing licence' }).getAttribute('href');
  const id = href?.split('/').pop();
  if (!id) throw new Error('no example project link');
  return id;
}

/** The records a restore must bring back unchanged (machine settings and built-in pack install times aside). */
function comparable(dump: Dump) {
  const machine = new Set(['firstStartDone', 'persistentStorageGranted', 'lastBackupAt']);
  const packs = (dump.tables.packs ?? []) as { key: string; origin: string; active: boolean }[];
  return {
    projects: dump.tables.projects,
    projectTemplates: dump.tables.projectTemplates,
    evidence: dump.tables.evidence,
    attachments: dump.tables.attachments,
    complianceMaps: dump.tables.complianceMaps,
    settings: ((dump.tables.settings ?? []) as { key: string }[]).filter((s) => !machine.has(s.key)),
    packs: packs.map(({ key, origin, active }) => ({ key, origin, active })),
  };
}

async function backUpNow(page: Page): Promise<string> {
  await visit(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^waymark-workspace-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const saved = join(work, file.suggestedFilename());
  await file.saveAs(saved);
  await expectText(page.getByTestId('last-backup'), 'Last backup:');
  return saved;
}

describe('workspace backup and restore', () => {
  it('backs up, notices the stored data vanished, restores the backup and gets every record back', async () => {
    const { page } = session;
    const id = await exampleProjectId(page);
    await addEvidenceWithFile(page, id, [37, 80, 68, 70, 45, 49, 46, 55, 0, 200, 255]);
    // Written behind the app's back, so load the app again to read it.
    await page.reload();
    await expectText(page.getByTestId('backup-reminder'), 'has not been backed up');
    await screenshot(page, 'backup-reminder');
    const before = comparable(await dumpDatabase(page));
    expect(before.attachments).toHaveLength(1);
    // The example project made on first start has its compliance map, from the built-in packs.
    expect(before.complianceMaps).toHaveLength(1);
    const file = await backUpNow(page);
    await screenshot(page, 'backup-settings');
    await visit(page, '/');
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);

    // The browser clears Waymark's stored data; the marker outside IndexedDB remains.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('waymark');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(new Error('not deleted'));
        }),
    );
    await page.reload();
    await expectHeading(page, 'Your saved work is no longer in this browser');
    await screenshot(page, 'vanished-data');
    const cleared = await dumpDatabase(page);
    expect(cleared.tables.projects).toEqual([]);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a backup file to restore' }).click();
    await (await chooser).setFiles(file);
    await expectText(page.getByTestId('restore-preview'), 'Will be added');
    await expectText(page.getByTestId('restore-preview'), 'Example: Apply for a fishing licence');
    await expectText(
      page.getByTestId('restore-preview'),
      'Compliance map: Central assurance and departmental governance (Example: Apply for a fishing licence)',
    );
    await expectText(page.locator('main'), '1 attached file, 1 compliance map and 0 packs you made');
    await screenshot(page, 'restore-preview');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply for a fishing licence');
    expect(comparable(await dumpDatabase(page))).toEqual(before);
  });

  it('refuses a restore when the quota is refused, and keeps everything saved', async () => {
    const { page } = session;
    const file = await backUpNow(page);
    const before = await dumpDatabase(page);
    await page.evaluate(() => localStorage.setItem('waymark-test-full-disk', 'yes'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a backup file to restore' }).click();
    await (await chooser).setFiles(file);
    await page.getByLabel('Replace everything').check();
    await expectText(page.getByTestId('restore-preview'), 'Will be replaced');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'storage space' });
    await expectText(alert, 'Free some disk space');
    await screenshot(page, 'restore-quota-refused');
    expect(await alert.innerText()).not.toContain('Close other');
    await page.evaluate(() => localStorage.removeItem('waymark-test-full-disk'));
    expect(await dumpDatabase(page)).toEqual(before);
  });
});

describe('persistent storage', () => {
  it('asks the browser to keep the data and says what it answered', async () => {
    const { page } = session;
    await visit(page, '/settings');
    await page.getByRole('button', { name: "Ask the browser to keep Waymark's data" }).click();
    await expect
      .poll(() => page.getByTestId('persist-answer').innerText(), { timeout: 10_000 })
      .toMatch(/^The browser (agreed|said no|did not answer)/);
  });
});

describe('two tabs editing one project', () => {
  it('shows the conflict and lets the person choose; neither edit is silently lost', async () => {
    const first = session.page;
    const id = await exampleProjectId(first);
    const second = await session.context.newPage();
    await visit(first, `/projects/${id}/edit`);
    await visit(second, `/projects/${id}/edit`);
    await first.getByLabel('Owner').fill('Owner from tab one');
    await second.getByLabel('Department').fill('Department from tab two');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(first, 'Example: Apply for a fishing licence');
    await second.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.getByTestId('edit-conflict');
    await expectText(conflict, 'changed in another window');
    await expectText(conflict, 'Owner from tab one');
    await expectText(conflict, 'Department from tab two');
    await screenshot(second, 'edit-conflict');
    // Nothing was overwritten while the person decides.
    const stored = (await dumpDatabase(second)).tables.projects as { id: string; owner: string; department: string }[];
    expect(stored.find((p) => p.id === id)?.owner).toBe('Owner from tab one');
    await second.getByRole('button', { name: 'Keep my version' }).click();
    await expectHeading(second, 'Example: Apply for a fishing licence');
    const after = (await dumpDatabase(second)).tables.projects as { id: string; department: string }[];
    expect(after.find((p) => p.id === id)?.department).toBe('Department from tab two');
    await second.close();
  });
});

describe('a database made by a newer Waymark', () => {
  it('is neither opened for writing nor downgraded: the app says which version is needed', async () => {
    const other = await openSession();
    try {
      const { page } = other;
      await visit(page, '/settings');
      // Replace the database with one a future Waymark made (schema version 9).
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const del = indexedDB.deleteDatabase('waymark');
            del.onsuccess = () => {
              const request = indexedDB.open('waymark', 90);
              request.onupgradeneeded = () => {
                request.result.createObjectStore('projects', { keyPath: 'id' });
                request.result.createObjectStore('futureThings', { keyPath: 'id' });
              };
              request.onsuccess = () => {
                const tx = request.result.transaction('projects', 'readwrite');
                tx.objectStore('projects').put({ id: 'future', name: 'Made by Waymark 9', newField: [1, 2] });
                tx.oncomplete = () => {
                  request.result.close();
                  resolve();
                };
              };
              request.onerror = () => reject(new Error('not created'));
            };
          }),
      );
      await page.reload();
      await expectHeading(page, 'This workspace needs a newer version of Waymark');
      await expectText(page.locator('main'), 'version 9');
      await expectText(page.locator('main'), 'Nothing has been changed or removed');
      await screenshot(page, 'newer-database');
      const dump = await dumpDatabase(page);
      expect(dump.version).toBe(90);
      expect(Object.keys(dump.tables).sort()).toEqual(['futureThings', 'projects']);
      expect(dump.tables.projects).toEqual([{ id: 'future', name: 'Made by Waymark 9', newField: [1, 2] }]);
    } finally {
      await other.close();
    }
  });
});
