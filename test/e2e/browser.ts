// Launches Debian's Chromium with a profile of its own, as a person's browser would keep one.
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = 'test-results/screenshots';

export interface Session {
  context: BrowserContext;
  page: Page;
  profile: string;
  /** Closes the browser and starts it again with the same profile (same stored data). */
  restart(): Promise<Session>;
  close(removeProfile?: boolean): Promise<void>;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function openSession(profile = mkdtempSync(join(tmpdir(), 'waymark-e2e-'))): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const session: Session = {
    context,
    page,
    profile,
    async restart() {
      await context.close();
      return openSession(profile);
    },
    async close(removeProfile = true) {
      await context.close();
      if (removeProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** Opens an app route (a hash path such as "/settings") and waits for its heading. */
export async function visit(page: Page, route: string): Promise<void> {
  await page.goto(`${baseUrl()}#${route}`);
  await page.locator('h1').first().waitFor();
}

/** The addresses of the example project's alpha assessment, its maturity self-assessment and one category of it. */
export async function exampleAssessmentRoutes(
  page: Page,
  projectRoute: string,
): Promise<{ assessment: string; maturity: string; maturityCategory: string }> {
  const href = async (selector: string) => {
    const link = page.locator(selector).first();
    await link.waitFor();
    const value = (await link.getAttribute('href'))?.replace(/^#/, '');
    if (!value) throw new Error(`No link matches ${selector}.`);
    return value;
  };
  await visit(page, `${projectRoute}/assessments`);
  const assessment = await href('main a[href*="/assessments/"]:not([href$="/new"]):not([href*="/maturity/"])');
  const maturity = await href('main a[href*="/assessments/maturity/"]:not([href$="/new"])');
  await visit(page, maturity);
  return { assessment, maturity, maturityCategory: await href('main a[href*="/categories/"]') };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits (up to the timeout) until the locator's text contains the expected text; fails otherwise. */
export async function expectText(locator: Locator, expected: string): Promise<void> {
  await expect.poll(() => locator.innerText(), { timeout: 10_000 }).toContain(expected);
}

/** Waits until the locator's text no longer contains the text; fails otherwise. */
export async function expectNoText(locator: Locator, unexpected: string): Promise<void> {
  await expect.poll(() => locator.innerText(), { timeout: 10_000 }).not.toContain(unexpected);
}

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}

export async function expectHidden(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toBe(text);
}

export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
}
