// Every class of bad pack, imported through the Library's import screen: each is refused with a clear
// message naming the file (and the place in it where there is one), and nothing is added.
// The cases live in test/fixtures/hostile-packs.ts, shared with the CLI's `pack validate` test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOSTILE_PACK_CASES,
  hostilePackFileName,
  hostilePackZip,
  type HostilePackCase,
} from '../fixtures/hostile-packs';
import { expectHeading, expectText, openSession, visit, type Session } from './browser';

const work = mkdtempSync(join(tmpdir(), 'waymark-hostile-'));
let session: Session;
let installedBefore = 0;

const CASES = HOSTILE_PACK_CASES.map((hostile): [string, HostilePackCase] => [hostile.name, hostile]);

beforeAll(async () => {
  session = await openSession();
  await visit(session.page, '/library');
  await session.page
    .getByRole('table', { name: 'Installed packs' })
    .getByRole('link', { name: 'GOV.UK Service Standard' })
    .waitFor();
  installedBefore = await session.page.getByRole('table', { name: 'Installed packs' }).locator('tbody tr').count();
});

afterAll(async () => {
  await session.close();
});

describe('importing a bad pack through the import screen', () => {
  it.each(CASES)('refuses %s and adds nothing', async (_name, hostile) => {
    const { page } = session;
    const path = join(work, hostilePackFileName(hostile));
    writeFileSync(path, hostilePackZip(hostile));
    await visit(page, '/library');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    await expectHeading(page, 'Import a pack');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(path);
    const alert = page.getByRole('alert');
    await expectText(alert, 'This pack cannot be imported');
    for (const part of hostile.expected) await expectText(alert, part);
    expect(await page.getByRole('button', { name: 'Import pack' }).count()).toBe(0);
    await visit(page, '/library');
    await expectText(page.getByRole('table', { name: 'Installed packs' }), 'GOV.UK Service Standard');
    expect(await page.getByRole('table', { name: 'Installed packs' }).locator('tbody tr').count()).toBe(
      installedBefore,
    );
  });
});
