// A person scores a project on Colorado's Modern Software Delivery Maturity Index in the browser build:
// starts a self-assessment dated in June, scores two categories with targets and next steps, reads the
// chart and its table, starts a later self-assessment and sees how each row moved against the earlier one,
// at 1200 and 320 pixels wide, and finds everything again after the browser restarts. Each screen is
// checked with axe and captured as a screenshot.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFocused, expectHeading, expectText, openSession, screenshot, visit, type Session } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MODEL = 'Modern Software Delivery Maturity Index';

let session: Session;
let projectRoute = '';
let firstRoute = '';
let secondRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const MISSING = 'no longer installed';

/**
 * Before an in-app move: records whether the "model no longer installed" page is ever drawn, however
 * briefly, while the next screen loads.
 */
async function watchForMissingModel(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const w = window as unknown as { sawMissingModel: boolean; missingObserver?: MutationObserver };
    w.missingObserver?.disconnect();
    w.sawMissingModel = false;
    const check = () => {
      if (document.body.textContent?.includes(text)) w.sawMissingModel = true;
    };
    w.missingObserver = new MutationObserver(check);
    w.missingObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  }, MISSING);
}

/** After an in-app move to a maturity screen: it was drawn once (no error page) and focus is on its h1. */
async function expectArrivedCleanly(page: Page, heading: string): Promise<void> {
  await expectHeading(page, heading);
  await expectFocused(page.getByRole('heading', { level: 1 }));
  const saw = await page.evaluate(() => {
    const w = window as unknown as { sawMissingModel: boolean; missingObserver?: MutationObserver };
    w.missingObserver?.disconnect();
    return w.sawMissingModel;
  });
  expect(saw, `"${MISSING}" was shown on the way to "${heading}"`).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
}

/** The text spacing a person may set (WCAG 1.4.12), as the usual bookmarklet applies it. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * What is wrong with how the chart's text sits: level names that touch, row names that run past the edge of
 * the chart, and gridlines or the axis that cross a row's name. Empty when nothing is.
 */
async function chartTextProblems(page: Page): Promise<string[]> {
  return page.locator('[data-testid="maturity-chart"] svg[role="img"]').evaluate((svg) => {
    const problems: string[] = [];
    const box = svg.getBoundingClientRect();
    const levels = [...svg.querySelectorAll('[data-testid="chart-level"]')].map((t) => ({
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
    }));
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (let i = 0; i < levels.length; i += 1)
      for (let j = i + 1; j < levels.length; j += 1) {
        const a = levels[i];
        const b = levels[j];
        if (a && b && overlap(a.r, b.r)) problems.push(`level names ${a.text} and ${b.text} overlap`);
      }
    for (const level of levels)
      if (level.r.left < box.left - 0.5 || level.r.right > box.right + 0.5)
        problems.push(`level name ${level.text} runs past the chart`);
    const rowNames = [...svg.querySelectorAll('[data-testid="chart-row"] > text[font-weight="bold"] > tspan')];
    const lines = [...svg.querySelectorAll('line')]
      .filter((l) => !l.closest('pattern'))
      .map((l) => l.getBoundingClientRect());
    for (const name of rowNames) {
      const r = name.getBoundingClientRect();
      if (r.right > box.right + 0.5) problems.push(`row name "${name.textContent}" runs past the chart`);
      for (const line of lines)
        if (line.left <= r.right && line.right >= r.left && line.top < r.bottom && line.bottom > r.top) {
          problems.push(`a gridline crosses "${name.textContent}"`);
          break;
        }
    }
    return problems;
  });
}

async function start(page: Page, date: { day: string; month: string; year: string } | null): Promise<string> {
  await visit(page, `${projectRoute}/assessments`);
  await page.getByTestId('maturity-section').getByRole('link', { name: 'Start a maturity self-assessment' }).click();
  await expectHeading(page, 'Start a maturity self-assessment');
  await page.getByLabel(MODEL).check();
  if (date) {
    await page.locator('#maturity-date-day').fill(date.day);
    await page.locator('#maturity-date-month').fill(date.month);
    await page.locator('#maturity-date-year').fill(date.year);
  }
  await watchForMissingModel(page);
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await expectArrivedCleanly(page, MODEL);
  return new URL(page.url()).hash.slice(1);
}

async function score(
  page: Page,
  route: string,
  category: string,
  values: { now: string; target: string; lever?: string; notes?: string },
) {
  await visit(page, route);
  await watchForMissingModel(page);
  await page.getByTestId('category-list').getByRole('link', { name: category, exact: true }).click();
  await expectArrivedCleanly(page, category);
  await page
    .getByRole('group', { name: `Where is the project now on ${category}?` })
    .getByLabel(values.now, { exact: true })
    .check();
  await page
    .getByRole('group', { name: `What level is the target for ${category}?` })
    .getByLabel(values.target, { exact: true })
    .check();
  if (values.notes) await page.getByLabel(`Notes on ${category} (optional)`).fill(values.notes);
  if (values.lever) await page.getByLabel(`Lever or next step for ${category} (optional)`).fill(values.lever);
  await watchForMissingModel(page);
  await page.getByRole('button', { name: 'Save scores' }).click();
  await expectArrivedCleanly(page, MODEL);
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

describe('maturity self-assessment in the browser build', () => {
  it('starts a self-assessment on Colorado’s index, after saying what is missing', async () => {
    const { page } = session;
    await visit(page, `${projectRoute}/assessments`);
    const section = page.getByTestId('maturity-section');
    await expectText(section, 'This project has no maturity self-assessments yet.');
    await section.getByRole('link', { name: 'Start a maturity self-assessment' }).click();
    await expectHeading(page, 'Start a maturity self-assessment');
    await expectText(page.locator('main'), 'Open Source Capability Model for Governments');
    await page.locator('#maturity-date-day').fill('');
    await page.locator('#maturity-date-month').fill('');
    await page.locator('#maturity-date-year').fill('');
    await page.getByRole('button', { name: 'Start the self-assessment' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Choose the maturity model to score the project on');
    await expectText(summary, 'Enter the date of the self-assessment');
    await expectFocused(summary);
    await screenshot(page, 'maturity-start-errors');
    expect(await violations(page)).toEqual([]);

    firstRoute = await start(page, { day: '1', month: '6', year: '2026' });
    await expectText(page.getByTestId('scored-count'), '0 of 8 rows scored');
    await expectText(page.locator('main'), '1 June 2026');
    await screenshot(page, 'maturity-overview-empty');
    expect(await violations(page)).toEqual([]);
  }, 240_000);

  it('scores categories at the model’s levels, with their descriptions, targets and next steps', async () => {
    const { page } = session;
    await visit(page, firstRoute);
    await page.getByTestId('category-list').getByRole('link', { name: 'Team Culture', exact: true }).click();
    await expectHeading(page, 'Team Culture');
    const now = page.getByRole('group', { name: 'Where is the project now on Team Culture?' });
    await expectText(now, 'People are unsure who is responsible for what');
    await expectText(now, 'The team works as one unit');
    expect(await now.getByRole('radio').count()).toBe(4);
    await screenshot(page, 'maturity-score-category');
    expect(await violations(page)).toEqual([]);

    await score(page, firstRoute, 'Team Culture', {
      now: 'Low',
      target: 'High',
      notes: 'Roles are unclear.',
      lever: 'Run fortnightly retrospectives',
    });
    await expectText(page.getByTestId('scored-count'), '1 of 8 rows scored');
    await score(page, firstRoute, 'DevSecOps', { now: 'Medium', target: 'High' });
    await expectText(page.getByTestId('scored-count'), '2 of 8 rows scored');
    await expectText(page.getByTestId('gap-count'), '2 rows are below target, 1 with no next step yet.');
    await expectText(page.getByTestId('gap-list'), 'Team Culture: 2 levels below target. Next step: Run fortnightly');
    await screenshot(page, 'maturity-overview');
    expect(await violations(page)).toEqual([]);

    await watchForMissingModel(page);
    await page.getByRole('link', { name: 'See the chart and table' }).click();
    await expectArrivedCleanly(page, 'Maturity chart');
    const chart = page.getByRole('img', { name: /Bar chart of Modern Software Delivery Maturity Index/ });
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('2 of 8 scored; 2 rows are below target.');
    const table = page.getByRole('table', { name: /Scores of/ });
    await expectText(table, '2 levels below target');
    await expectText(table, 'Run fortnightly retrospectives');
    await expectText(page.locator('main'), 'This is the first self-assessment of the project');
    expect(await violations(page)).toEqual([]);

    await watchForMissingModel(page);
    await page.getByRole('link', { name: 'Back to the self-assessment' }).click();
    await expectArrivedCleanly(page, MODEL);
    await page.getByTestId('category-list').getByRole('link', { name: 'Team Culture', exact: true }).click();
    await expectHeading(page, 'Team Culture');
    await watchForMissingModel(page);
    await page.getByRole('link', { name: 'Back to the self-assessment' }).click();
    await expectArrivedCleanly(page, MODEL);
  }, 240_000);

  it('compares a later self-assessment with the earlier one, at 1200 and 320 pixels', async () => {
    const { page } = session;
    secondRoute = await start(page, null);
    await score(page, secondRoute, 'Team Culture', { now: 'Medium', target: 'High', lever: 'Pair across teams' });
    await score(page, secondRoute, 'DevSecOps', { now: 'Low', target: 'High' });
    await page.getByRole('link', { name: 'See the chart and table' }).click();
    await expectHeading(page, 'Maturity chart');
    await expect.poll(() => page.getByLabel('Compare with').inputValue()).not.toBe('none');
    await expectText(page.getByLabel('Compare with'), 'The self-assessment of 1 June 2026');
    const table = page.getByRole('table', { name: /compared with 1 June 2026/ });
    await expectText(table, 'Up from Low to Medium');
    await expectText(table, 'Down from Medium to Low');
    const chart = page.getByRole('img', { name: /against the self-assessment of 1 June 2026/ });
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('Since then 1 moved up and 1 moved down.');
    expect(await page.locator('[data-series="earlier"]').count()).toBe(2);
    await screenshot(page, 'maturity-chart-1200');
    expect(await violations(page)).toEqual([]);
    expect(await chartTextProblems(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const width = await page
        .locator('[data-testid="maturity-chart"] svg[role="img"]')
        .evaluate((svg) => svg.clientWidth);
      expect(width).toBeLessThanOrEqual(320);
      await expect.poll(() => page.getByRole('region', { name: /Maturity scores/ }).count()).toBe(1);
      await screenshot(page, 'maturity-chart-320');
      expect(await violations(page)).toEqual([]);
      // The table's title is outside the box that scrolls sideways, so it is never cut off.
      const title = page.getByTestId('maturity-table-title');
      await expectText(title, 'Scores of Modern Software Delivery Maturity Index');
      expect(await title.evaluate((el) => el.closest('.table-scroll') === null)).toBe(true);
      expect(await title.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

      // With a person's own text spacing the chart's words still fit and never overlap (WCAG 1.4.12).
      // (A constructed style sheet, as the app's content security policy refuses inline styles.)
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING);
      await expect.poll(() => chartTextProblems(page)).toEqual([]);
      await screenshot(page, 'maturity-chart-320-text-spacing');
      await page.evaluate(() => {
        document.adoptedStyleSheets = [];
      });
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }

    await page.getByLabel('Compare with').selectOption('none');
    await page.getByRole('button', { name: 'Show the comparison' }).click();
    await expect.poll(() => page.locator('[data-series="earlier"]').count()).toBe(0);
    await expect.poll(() => page.getByRole('columnheader', { name: 'Movement' }).count()).toBe(0);
  }, 240_000);

  it('keeps everything after the browser restarts', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, `${projectRoute}/assessments`);
    const table = page.getByRole('table', { name: 'Maturity self-assessments of Register a boat' });
    await expectText(table, '1 June 2026');
    expect(await table.getByRole('row').count()).toBe(3);
    await screenshot(page, 'maturity-list');
    expect(await violations(page)).toEqual([]);
    await watchForMissingModel(page);
    await table.getByRole('link', { name: /1 June 2026/ }).click();
    await expectArrivedCleanly(page, MODEL);
    await visit(page, `${secondRoute}/chart`);
    await expectText(page.getByRole('table', { name: /compared with 1 June 2026/ }), 'Down from Medium to Low');
    await visit(page, firstRoute);
    await expectText(page.getByTestId('scored-count'), '2 of 8 rows scored');
    await page.getByTestId('category-list').getByRole('link', { name: 'Team Culture', exact: true }).click();
    expect(await page.getByLabel('Notes on Team Culture (optional)').inputValue()).toBe('Roles are unclear.');
    expect(
      await page
        .getByRole('group', { name: 'Where is the project now on Team Culture?' })
        .getByLabel('Low', { exact: true })
        .isChecked(),
    ).toBe(true);
  }, 240_000);
});
