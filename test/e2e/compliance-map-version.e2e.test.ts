// A person's map uses version 1.0.1 of the departmental process. A newer example pack is imported in the
// Library; the process page says a newer version is installed, the person moves to it after reading what will
// happen, is told one link was flagged, reviews it on the links page and marks it reviewed.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectNoText, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PACK = 'templates/waymark-example-processes';
const CENTRAL = 'Central digital assurance from April 2026 (example)';
const DEPARTMENT = 'Departmental IT governance (example)';
const SIGN_OFF = 'Enterprise architecture board: solution design sign-off';
const ALPHA = 'Alpha service assessment';
const work = mkdtempSync(join(tmpdir(), 'waymark-map-version-'));

let session: Session;
let projectRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The example processes pack at 2.1.0, its departmental process at 1.1.0 with a longer design sign-off. */
function newerPackZip(): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(PACK, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(PACK);
  const edit = (path: string, from: string, to: string) => {
    const text = new TextDecoder().decode(files[path]);
    if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
    files[path] = strToU8(text.replace(from, to));
  };
  edit('pack.yaml', 'version: 2.0.0', 'version: 2.1.0');
  const department = 'processes/departmental-it-governance.yaml';
  edit(department, 'version: 1.0.1', 'version: 1.1.0');
  const signOff = '      - Non-functional requirements\n    depends_on: [stage-gate-1]\n    duration_days: ';
  edit(department, `${signOff}30`, `${signOff}40`);
  const path = join(work, 'examples-2.1.0.zip');
  writeFileSync(path, zipSync(files));
  return path;
}

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/projects/new');
  await page.getByLabel('Project name').fill('Register a boat');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a boat' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
});

afterAll(async () => {
  await session.close();
});

describe('moving a map process to a newer template version', () => {
  it('starts a map with a link to the design sign-off of version 1.0.1', async () => {
    const { page } = session;
    for (const label of [`${CENTRAL} (2.0.0)`, `${DEPARTMENT} (1.0.1)`]) {
      await page.getByLabel('Add a template').selectOption({ label });
      await page.getByRole('button', { name: 'Add template' }).click();
      await expectText(
        page.getByRole('table', { name: 'Templates this project uses' }),
        label.replace(/ \([\d.]+\)$/, ''),
      );
    }
    await visit(page, `${projectRoute}/compliance-map`);
    await page.getByRole('button', { name: 'Start a compliance map' }).click();
    await expectText(page.getByRole('table', { name: /Processes in the compliance map/ }), 'version 1.0.1');
    await visit(page, `${projectRoute}/compliance-map/links/new`);
    await page.getByLabel('First step').selectOption({ label: SIGN_OFF });
    await page.getByLabel('Must come before (must-precede)').check();
    await page.getByLabel('Second step').selectOption({ label: ALPHA });
    await page.getByRole('button', { name: 'Add link' }).click();
    await expectHeading(page, 'Links');
    await page.getByRole('link', { name: 'Back to the compliance map' }).click();
    await page.getByRole('link', { name: DEPARTMENT, exact: true }).click();
    await expectHeading(page, DEPARTMENT);
    // Nothing newer is installed yet.
    expect(await page.getByTestId('newer-version').count()).toBe(0);
  });

  it('imports a newer version of the example pack in the Library', async () => {
    const { page } = session;
    await visit(page, '/library');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    await expectHeading(page, 'Import a pack');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(newerPackZip());
    await page.getByRole('button', { name: 'Update to version 2.1.0' }).click();
    await expectHeading(page, 'Example assurance and governance processes');
  });

  it('says plainly that a newer version is installed and explains what moving to it does', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/compliance-map/processes/department`);
    const message = page.getByTestId('newer-version');
    await expectText(message, 'Version 1.1.0 of this template is installed. This map uses 1.0.1.');
    await screenshot(page, 'map-process-newer-version');
    expect(await violations(page)).toEqual([]);
    await message.getByRole('link', { name: 'Move to version 1.1.0' }).click();
    await expectHeading(page, 'Move to version 1.1.0?');
    const main = page.locator('main');
    await expectText(main, `Steps that change\n\u201c${SIGN_OFF}\u201d`);
    await expectText(main, '1 link touches a step that changes or goes. It will be flagged for review');
    await expectText(main, 'Nothing is deleted: every link stays as it is until you review it.');
    await screenshot(page, 'map-process-version-confirm');
    expect(await violations(page)).toEqual([]);
  });

  it('moves the process, flags the link, and the link is reviewed on the links page', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Move to version 1.1.0' }).click();
    await expectHeading(page, DEPARTMENT);
    const notice = page.locator('.notice').first();
    await expectText(notice, `\u201c${DEPARTMENT}\u201d now uses version 1.1.0. 1 link is flagged for review`);
    await expectText(page.getByRole('main'), `From template ${DEPARTMENT}, version 1.1.0`);
    expect(await page.getByTestId('newer-version').count()).toBe(0);
    await screenshot(page, 'map-process-version-moved');
    expect(await violations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Review the flagged links' }).click();
    await expectHeading(page, 'Links');
    const link = page.getByTestId('map-link').first();
    await expectText(link, 'Needs review');
    await expectText(link, `\u201c${SIGN_OFF}\u201d changed in version 1.1.0 of ${DEPARTMENT}`);
    await expectText(link, 'its duration.');
    await link.getByRole('button', { name: /Mark as reviewed/ }).click();
    await expectNoText(link, 'Needs review');
    await expectText(page.locator('.notice').first(), 'The link is marked as reviewed.');
    await expectText(link, `${SIGN_OFF} (${DEPARTMENT}) must come before ${ALPHA} (${CENTRAL})`);
  });

  it('shows the swimlanes at a 1200 pixel window inside a box that scrolls, never cut off', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/compliance-map/swimlanes`);
    const drawing = page.locator('.map-drawing').filter({ has: page.locator('svg.swimlanes') });
    await drawing.waitFor();
    const box = await drawing.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const main = el.closest('main')?.getBoundingClientRect();
      return {
        right: rect.right,
        mainRight: main?.right ?? 0,
        scrolls: el.scrollWidth > el.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
        role: el.getAttribute('role'),
        label: el.getAttribute('aria-label'),
        tabIndex: el.tabIndex,
      };
    });
    expect(box.right).toBeLessThanOrEqual(box.mainRight + 1);
    expect(box.pageScrolls).toBe(false);
    expect(box.scrolls).toBe(true);
    expect(box).toMatchObject({
      role: 'region',
      label: 'Swimlanes drawing (scroll sideways to see more)',
      tabIndex: 0,
    });
    await drawing.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => drawing.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await drawing.evaluate((el) => el.scrollTo({ left: 0 }));
    await screenshot(page, 'map-swimlanes-1200');
    expect(await violations(page)).toEqual([]);
  });

  it('tries moving a step so that it waits for several steps of its process', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/compliance-map/what-if`);
    await page.getByLabel('Move a step').check();
    await page.getByLabel('Step to move').selectOption('department:security-accreditation');
    const waits = page.getByRole('group', { name: 'Which steps of its process will it wait for?' });
    expect(await waits.getByLabel('IT health check (penetration test)').isChecked()).toBe(true);
    expect(await waits.getByLabel('Data protection impact assessment').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Try this change' }).click();
    await expectText(page.getByRole('alert'), 'these are the steps it waits for now');
    await waits.getByLabel('IT health check (penetration test)').uncheck();
    await waits.getByLabel('Security risk assessment').check();
    await screenshot(page, 'map-what-if-move-step');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try this change' }).click();
    await expectText(
      page.getByTestId('whatif-changes'),
      `Move Security accreditation (${DEPARTMENT}) so that it waits for Data protection impact assessment (${DEPARTMENT}) and Security risk assessment (${DEPARTMENT})`,
    );
  });
});
