// The compliance map's views in Chromium, on a page of their own with sample data (bundled from
// map-views-gallery.tsx): the swimlanes are one tab stop with arrow-key movement and a details panel,
// focus after Accept or Reject lands on the next suggestion or the message, and nothing widens the page
// at 320 px. Screenshots at 1280 and 320 px go to test-results/screenshots.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, screenshot } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let browser: Browser;
let script = '';
const css = ['src/ui/styles/app.css', 'src/ui/styles/compliance-map.css']
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

beforeAll(async () => {
  const out = await build({
    entryPoints: ['test/e2e/map-views-gallery.tsx'],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  script = (out.outputFiles[0]?.text ?? '').replace(/<\/script/g, '<\\/script');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser.close();
});

async function open(variant: string, width = 1280): Promise<Page> {
  // A context per page: the WCAG checker needs one it can open frames in.
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  await page.setContent(
    `<!doctype html><html lang="en" data-variant="${variant}"><head><title>Map views</title><style>${css}</style></head><body><div id="root"></div><script>${script}</script></body></html>`,
  );
  await page.locator('h1').waitFor();
  return page;
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('compliance map views in the browser', () => {
  it('moves between steps with the arrow keys and shows the chosen step in words', async () => {
    const page = await open('no-plan');
    await page.getByRole('heading', { name: 'Swimlanes', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('User research, Central route, position 1');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe('Build prototypes, Central route, position 2, in an ordering contradiction');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe(
      'Design sign-off, Department governance, position 2, in an ordering contradiction',
    );
    await page.keyboard.press('Enter');
    const details = page.locator('.map-details');
    await expect.poll(() => details.innerText()).toContain('In an ordering contradiction:');
    expect(await details.innerText()).toContain('Design sign-off must come before Build prototypes (Central route)');
    expect(await page.locator('[role="button"][aria-pressed="true"]').count()).toBe(1);
    // One tab stop: the next Tab leaves the drawing.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
    await screenshot(page, 'map-views-swimlanes-selected');
    await page.close();
  });

  it('moves focus to the next suggestion after Accept, and to the message once none are left', async () => {
    const page = await open('no-plan');
    await page.getByRole('button', { name: /^Accept the link between IT health check/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('User research (Central route) and Records retention review');
    expect(await page.locator('#callbacks').innerText()).toBe('accepted ithc pentest');
    await page.getByRole('button', { name: /^Reject the suggestion for User research/ }).click();
    await page.getByRole('button', { name: /^Reject the suggestion for Alpha assessment/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(await page.locator('p[role="status"]').innerText()).toContain(
      'Suggestion rejected: Alpha assessment and Design sign-off',
    );
    await page.close();
  });

  for (const variant of ['no-plan', 'planned', 'big']) {
    for (const width of [1280, 320]) {
      it(`shows the ${variant} map at ${width} px without widening the page or failing the WCAG checks`, async () => {
        const page = await open(variant, width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        await screenshot(page, `map-views-${variant}-${width}`);
        await page.close();
      });
    }
  }

  it('pages through the stages of a big map', async () => {
    const page = await open('big');
    const lanes = page.getByRole('region', { name: 'Swimlanes', exact: true });
    await lanes.getByRole('button', { name: 'Next positions' }).click();
    await expect.poll(() => lanes.innerText()).toContain('Showing positions 9 to 16 of 2,000.');
    expect(await page.locator('svg.swimlanes [role="button"]').count()).toBe(16);
    await page.close();
  });
});
