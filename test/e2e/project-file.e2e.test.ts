// Project files in Chromium: make a project with evidence and an attached file, export it as a project file,
// delete it, import the file through the import screen and find everything back (attachment bytes included);
// download its summary as Word, naming the person (asked for once) as author; and refuse every class of bad
// project file (test/fixtures/project-files.ts, shared with the CLI test) with its reason, changing nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PROJECT_CASES, hostileProjectFileName, type HostileProjectCase } from '../fixtures/project-files';
import { expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const work = mkdtempSync(join(tmpdir(), 'waymark-project-file-'));
const ATTACHED = 'Round 1 research notes\nFive of six people renewed a licence without help.\n';
let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

interface StoredCounts {
  projects: number;
  evidence: number;
  attachments: number;
}

/** Runs a read or write against the app's own IndexedDB database, in the page. */
async function storedCounts(page: Page): Promise<StoredCounts> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('count failed'));
      });
    const counts = {
      projects: await count('projects'),
      evidence: await count('evidence'),
      attachments: await count('attachments'),
    };
    db.close();
    return counts;
  });
}

/** Adds an evidence item with an attached file to a project, through the page's database. */
async function addEvidenceWithFile(page: Page, projectId: string, text: string): Promise<void> {
  await page.evaluate(
    async ({ projectId, text }) => {
      const bytes = new TextEncoder().encode(text);
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      const at = '2026-11-20T10:00:00.000Z';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['evidence', 'attachments'], 'readwrite');
      tx.objectStore('evidence').put({
        id: 'e2e-evidence',
        projectId,
        title: 'Research notes, round 1',
        kind: 'research-finding',
        source: { type: 'file', attachmentId: 'e2e-attachment' },
        date: '2026-11-19',
        owner: 'Priya Shah',
        description: 'Notes from the first round of usability testing.',
        createdAt: at,
        updatedAt: at,
      });
      tx.objectStore('attachments').put({
        id: 'e2e-attachment',
        projectId,
        evidenceId: 'e2e-evidence',
        name: 'research-notes.txt',
        mediaType: 'text/plain',
        size: bytes.length,
        sha256,
        data: new Blob([bytes], { type: 'text/plain' }),
        addedAt: at,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { projectId, text },
  );
}

/** The stored evidence and the attached file's text of a project, read in the page. */
async function storedEvidence(page: Page, projectId: string) {
  return page.evaluate(async (projectId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('waymark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        // getAll gives any[]; the stores hold the records this test wrote and the app's own.
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    const evidence = (await all<{ projectId: string; title: string }>('evidence')).filter(
      (e) => e.projectId === projectId,
    );
    const attachments = (await all<{ projectId: string; name: string; data: Blob }>('attachments')).filter(
      (a) => a.projectId === projectId,
    );
    const files = await Promise.all(attachments.map(async (a) => ({ name: a.name, text: await a.data.text() })));
    db.close();
    return { titles: evidence.map((e) => e.title).sort(), files };
  }, projectId);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a project file' }).click();
  await (await chooser).setFiles(path);
}

describe('project files in the browser', () => {
  let projectId = '';
  let exported = '';

  it('exports a project with evidence and an attached file, and brings it back after deletion', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Create a project' }).click();
    await page.getByLabel('Project name').fill('Register a boat');
    await page.getByLabel('Department or organisation (optional)').fill('Department for Rivers');
    await page.getByLabel('Project owner (optional)').fill('Alex Morgan');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectHeading(page, 'Register a boat');
    projectId = /#\/projects\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    expect(projectId).not.toBe('');
    await addEvidenceWithFile(page, projectId, ATTACHED);

    await page.reload();
    await expectHeading(page, 'Register a boat');
    await screenshot(page, 'project-file-overview');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export project file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Register a boat - project file.waymark');
    exported = join(work, file.suggestedFilename());
    await file.saveAs(exported);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(exported)))['project.json'] ?? new Uint8Array())).toContain(
      'Research notes, round 1',
    );

    await page.getByRole('button', { name: 'Delete project' }).click();
    await page.getByRole('button', { name: 'Yes, delete project' }).click();
    await expectHeading(page, 'Projects');
    await expect.poll(() => page.getByRole('link', { name: 'Register a boat' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Import a project' }).click();
    await expectHeading(page, 'Import a project');
    await chooseFile(page, exported);
    await expectText(page.getByRole('status').first(), '\u201cRegister a boat\u201d is not in Waymark yet');
    await expectText(page.locator('.summary-list'), '1 file');
    await screenshot(page, 'project-file-import-preview');
    await page.getByRole('button', { name: 'Import project' }).click();
    await expectHeading(page, 'Register a boat');
    await expectText(page.locator('.summary-list'), 'Department for Rivers');
    expect(await storedEvidence(page, projectId)).toEqual({
      titles: ['Research notes, round 1'],
      files: [{ name: 'research-notes.txt', text: ATTACHED }],
    });
  });

  it('says when the file holds the same copy, and replaces nothing without confirmation', async () => {
    const { page } = session;
    await visit(page, '/projects/import');
    await chooseFile(page, exported);
    await expectText(page.getByRole('status').first(), 'last changed at the same moment');
    expect(await page.getByRole('button', { name: 'Replace project' }).isDisabled()).toBe(true);
    await screenshot(page, 'project-file-import-same');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectText(page.locator('main'), 'Choose a project file');
  });

  it('downloads the project summary as Word, asking once for the name of its author', async () => {
    const { page } = session;
    await visit(page, `/projects/${projectId}`);
    await page.getByRole('button', { name: 'Download project summary (Word)' }).click();
    await page.getByLabel('Your name').fill('Jordan Lee');
    await screenshot(page, 'project-summary-ask-name');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save and download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^Register a boat project summary \(discovery\) v\d{4}-\d\d-\d\d \d{4} UTC\.docx$/,
    );
    const path = join(work, 'summary.docx');
    await file.saveAs(path);
    const parts = unzipSync(new Uint8Array(readFileSync(path)));
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Jordan Lee</dc:creator>');
    expect(core).not.toContain('Waymark');
    expect(strFromU8(parts['docProps/custom.xml'] ?? new Uint8Array())).toContain('Department for Rivers');
    writeFileSync(join(work, 'keep.docx'), readFileSync(path));

    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download project summary (Word)' }).click();
    await again;
    expect(await page.getByLabel('Your name').count()).toBe(0);
  });
});

const CASES = HOSTILE_PROJECT_CASES.map((hostile): [string, HostileProjectCase] => [hostile.name, hostile]);

describe('importing a bad project file through the import screen', () => {
  it.each(CASES)('refuses %s and changes nothing', async (_name, hostile) => {
    const { page } = session;
    const path = join(work, hostileProjectFileName(hostile));
    writeFileSync(path, hostile.bytes());
    await visit(page, '/');
    await page.getByRole('link', { name: 'Import a project' }).click();
    await expectHeading(page, 'Import a project');
    const before = await storedCounts(page);
    await chooseFile(page, path);
    const alert = page.getByRole('alert');
    await expectText(alert, 'This project file cannot be imported');
    for (const part of hostile.expected) await expectText(alert, part);
    expect(await page.getByRole('button', { name: /Import project|Replace project/ }).count()).toBe(0);
    if (hostile.name === 'a dangling reference') await screenshot(page, 'project-file-refused');
    expect(await storedCounts(page)).toEqual(before);
  });
});
