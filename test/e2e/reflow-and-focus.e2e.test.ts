// Narrow screens and keyboard focus: every main screen fits 320 CSS pixels without sideways scrolling
// (tables scroll inside their own region), focus never falls to the page body after an action removes
// or busies the control that was used, notices are read out and offer their action first, and radio
// choices have unique ids with their hints wired up.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleAssessmentRoutes,
  expectFocused,
  expectHeading,
  expectText,
  expectVisible,
  openSession,
  screenshot,
  visit,
  type Session,
} from './browser';

const OWN_PACK = 'narrow-screen-checks';
let session: Session;
let projectRoute = '';
let example = { assessment: '', maturity: '', maturityCategory: '' };

/** Whether focus has fallen to the page body (or nowhere), as it does when the focused control goes away. */
async function focusIsLost(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

/** Waits a moment for the app to settle, then checks where focus is. */
async function expectFocusKept(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  expect(await focusIsLost(page)).toBe(false);
}

function fixtureZip(): string {
  const root = 'test/fixtures/packs/good-pack';
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(root);
  const out = join(mkdtempSync(join(tmpdir(), 'waymark-focus-')), 'good-pack.zip');
  writeFileSync(out, zipSync(files));
  return out;
}

beforeAll(async () => {
  session = await openSession();
  const { page } = session;
  await visit(page, '/');
  await page.getByRole('link', { name: /Example: Apply for a fishing licence/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Example: Apply for a fishing licence' }).waitFor();
  projectRoute = new URL(page.url()).hash.slice(1);
  // An own pack, so the template editor can be checked too.
  await visit(page, '/library/own/new');
  await page.getByLabel('Pack name').fill('Narrow screen checks');
  await page.getByLabel('Publisher').fill('Department for Rivers');
  await page.getByLabel('Description').fill('Checks for small screens.');
  await page.getByLabel('Process').check();
  await page.getByLabel('Template title').fill('Gate review');
  await page.getByRole('button', { name: 'Create pack' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Gate review' }).waitFor();
  // A copy of a built-in template in that pack, so the picker offers two with the same title and version.
  await visit(page, '/library/copy/gov-uk-service-standard/gov-uk-service-standard');
  await page.getByLabel('Into Narrow screen checks').check();
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit GOV.UK Service Standard' }).waitFor();
  // The example project already uses templates with long names, so its table is wider than a narrow screen.
  example = await exampleAssessmentRoutes(page, projectRoute);
});

afterAll(async () => {
  await session.close();
});

describe('at 320 pixels wide', () => {
  const routes: [string, () => string][] = [
    ['projects', () => '/'],
    ['new-project', () => '/projects/new'],
    ['project-overview', () => projectRoute],
    ['project-evidence', () => `${projectRoute}/evidence`],
    ['project-business-case', () => `${projectRoute}/business-case`],
    ['project-assessments', () => `${projectRoute}/assessments`],
    ['assessment-overview', () => example.assessment],
    ['assessment-point', () => `${example.assessment}/points/5`],
    ['assessment-mock', () => `${example.assessment}/mock`],
    ['assessment-run-sheet', () => `${example.assessment}/run-sheet`],
    ['assessment-outcome', () => `${example.assessment}/outcome`],
    ['assessment-crosswalks', () => `${example.assessment}/crosswalks`],
    ['maturity-overview', () => example.maturity],
    ['maturity-category', () => example.maturityCategory],
    ['maturity-chart', () => `${example.maturity}/chart`],
    ['project-compliance-map', () => `${projectRoute}/compliance-map`],
    ['project-edit', () => `${projectRoute}/edit`],
    ['library', () => '/library'],
    ['library-import', () => '/library/import'],
    ['library-pack', () => '/library/packs/gov-uk-service-standard'],
    ['template-checklist', () => '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard'],
    [
      'template-maturity-model',
      () => '/library/packs/open-source-capability-model/templates/open-source-capability-model',
    ],
    ['template-process', () => '/library/packs/waymark-example-processes/templates/departmental-it-governance'],
    ['own-pack-new', () => '/library/own/new'],
    ['template-editor', () => `/library/packs/${OWN_PACK}/templates/gate-review/edit`],
    ['playbook', () => '/playbook'],
    ['playbook-guide', () => '/playbook/waymark-playbook/two-bosses'],
    ['settings', () => '/settings'],
  ];

  it.each(routes)('%s fits without scrolling sideways', async (name, route) => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await visit(page, route());
      await page.waitForTimeout(200);
      await screenshot(page, `narrow-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it('lets keyboard users reach and name a table that is wider than the screen', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await visit(page, '/library/packs/waymark-example-processes/templates/departmental-it-governance');
      const region = page.getByRole('region', { name: /^Steps of Departmental IT governance.*scroll sideways/ });
      await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
      await expect.poll(() => region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });
});

describe('project pages', () => {
  it('each have their own title and take focus on their heading when reached from the sub-navigation', async () => {
    const { page } = session;
    await visit(page, projectRoute);
    const nav = page.getByRole('navigation', { name: 'Project' });
    await expectVisible(nav.getByRole('link', { name: 'Overview' }));
    await screenshot(page, 'project-overview-desktop');
    const titles = new Set<string>([await page.title()]);
    // Every work area is built: each is a link, none says "coming soon".
    expect(await nav.getByText('Coming soon').count()).toBe(0);
    for (const name of ['Evidence', 'Business case', 'Assessment preparation', 'Compliance map'])
      await expectVisible(nav.getByRole('link', { name }));
    for (const [segment, heading] of [
      ['evidence', 'Evidence'],
      // The example project has a business case, so its page is headed with the case's title.
      ['business-case', 'Apply for a fishing licence: agile business case (example)'],
      ['assessments', 'Assessment preparation'],
      ['compliance-map', 'Compliance map'],
    ] as const) {
      await visit(page, `${projectRoute}/${segment}`);
      await expectHeading(page, heading);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(5);
    await nav.getByRole('link', { name: 'Overview' }).click();
    await expectFocused(page.getByRole('heading', { level: 1, name: 'Example: Apply for a fishing licence' }));
    await expect.poll(() => nav.getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
  });

  it('tell a template and its copy apart in the picker', async () => {
    const { page } = session;
    // A project that uses no templates yet, so the picker offers the built-in standard and its copy.
    await visit(page, '/projects/new');
    await page.getByLabel('Project name').fill('Picker check');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectHeading(page, 'Picker check');
    const options = await page.getByLabel('Add a template').locator('option').allTextContents();
    const gov = options.filter((o) => o.startsWith('GOV.UK Service Standard ('));
    expect(gov).toEqual([
      expect.stringMatching(/^GOV\.UK Service Standard \([\d.]+\), in GOV\.UK Service Standard \(Waymark\)$/),
      expect.stringMatching(/^GOV\.UK Service Standard \([\d.]+\), in Narrow screen checks \(Department for Rivers\)$/),
    ]);
    expect(new Set(options).size).toBe(options.length);
  });
});

describe('focus after an action', () => {
  it('moves to the notice after the person deletes a project, so Undo is one Tab away, and keeps focus after Undo', async () => {
    const { page } = session;
    await visit(page, '/projects/new');
    await page.getByLabel('Project name').fill('Focus check');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectHeading(page, 'Focus check');
    await page.getByRole('button', { name: 'Delete project' }).click();
    await page.getByRole('button', { name: 'Yes, delete project' }).click();
    await expectHeading(page, 'Projects');
    const notice = page.getByRole('status').filter({ hasText: 'Project \u201cFocus check\u201d deleted.' });
    await expectFocused(notice);
    // The message is read out by the layout's live region, which was on the page before the notice.
    await expectText(page.locator('.notice-announcer'), 'Project \u201cFocus check\u201d deleted.');
    await page.keyboard.press('Tab');
    await expectFocused(page.getByRole('button', { name: 'Undo' }));
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), 'restored');
    await expectFocused(page.getByRole('status'));
    await expectText(page.locator('.notice-announcer'), 'Project \u201cFocus check\u201d restored.');
  });

  it('keeps focus when the person stops using a template', async () => {
    const { page } = session;
    await visit(page, projectRoute);
    // The example project already uses the GOV.UK Service Standard; add one it does not use.
    await page
      .getByLabel('Add a template')
      .selectOption('uk-technology-code-of-practice/uk-technology-code-of-practice');
    await page.getByRole('button', { name: 'Add template' }).click();
    const stop = page.getByRole('button', { name: 'Stop using Technology Code of Practice' });
    await stop.focus();
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('heading', { name: 'Templates this project uses' }));
    await expectText(page.locator('.inline-confirmation'), 'This project no longer uses Technology Code of Practice.');
  });

  it('keeps focus on Download while the document is made and after it is saved', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await page.getByText('Download as a document').click();
    await page.getByLabel('Your name').fill('Jordan Lee');
    const button = page.getByRole('button', { name: 'Download', exact: true });
    await button.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expectText(page.locator('.inline-confirmation'), 'saved as');
    await expectFocused(button);
  });

  it('asks again for a marking emptied by the person, and links the problem to the field', async () => {
    const { page } = session;
    const marking = page.getByLabel('Security marking');
    await marking.fill('');
    await page.waitForTimeout(200);
    expect(await marking.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Enter a security marking, such as OFFICIAL' }).click();
    await expectFocused(marking);
  });

  it('keeps focus on Save changes in the template editor', async () => {
    const { page } = session;
    await visit(page, `/library/packs/${OWN_PACK}/templates/gate-review/edit`);
    await page.getByLabel('Summary (optional)').first().fill('The steps of our gate review.');
    const save = page.getByRole('button', { name: 'Save changes' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), 'are saved');
    await expectFocused(save);
    await expectText(page.locator('.inline-confirmation'), 'are saved');
  });

  it('moves focus to the check of the pack after a zip is chosen', async () => {
    const { page } = session;
    await visit(page, '/library/import');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(fixtureZip());
    await expectFocused(page.getByRole('heading', { name: 'Check the pack before you import it' }));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectFocusKept(page);
  });
});

describe('radio choices', () => {
  it('have unique ids, and each choice is described by its own hint', async () => {
    const { page } = session;
    await visit(page, '/library/own/new');
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
    const reserved = page.getByLabel('All rights reserved');
    const hintId = await reserved.getAttribute('aria-describedby');
    expect(hintId).toMatch(/^[^\s]+$/);
    await expectText(page.locator(`[id="${hintId ?? ''}"]`), 'Others may not reuse it without asking you');
    const first = page.getByLabel('Creative Commons Attribution 4.0');
    const firstHint = await first.getAttribute('aria-describedby');
    await expectText(page.locator(`[id="${firstHint ?? ''}"]`), 'as long as they credit you');
    expect(firstHint).not.toBe('pack-licence-hint');
  });
});
