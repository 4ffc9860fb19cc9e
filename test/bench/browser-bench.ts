// What the user-interface benchmarks share: the browser build of the app served on 127.0.0.1 by Vite's
// preview server, Debian's Chromium (driven by playwright-core) with a fresh profile, reading and writing
// the app's IndexedDB from the page to put large records in place, and the figures printed. Benchmarks
// print timings; they never pass or fail on them. Without Chromium the benchmark says so and stops.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BUILT = 'dist/renderer/index.html';
/** What the renderer is built from; a build newer than all of it is used as it is. */
const SOURCES = ['src', 'vite.config.ts', 'package.json'];

export interface BenchBrowser {
  page: Page;
  /**
   * Opens an app route (a hash path such as "/projects/new") in a freshly loaded page, so the app reads
   * what was written behind its back, and waits for its main heading.
   */
  visit(route: string): Promise<void>;
  /** Saves a full-page screenshot when WAYMARK_BENCH_SCREENSHOTS names a folder, to look at what was timed. */
  screenshot(name: string): Promise<void>;
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the renderer unless WAYMARK_BENCH_SKIP_BUILD=1 and a build is there, or the build there is newer
 * than every source file (so the second benchmark of a run does not build again).
 */
function buildRenderer(): void {
  if (existsSync(BUILT)) {
    if (process.env.WAYMARK_BENCH_SKIP_BUILD === '1') return;
    const built = statSync(BUILT).mtimeMs;
    if (SOURCES.every((source) => !existsSync(source) || newestChange(source) < built)) {
      console.log('Using the browser build in dist/renderer (newer than the sources).');
      return;
    }
  }
  console.log('Building the browser app (vite build)...');
  execFileSync('./node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** "2 cores, load average 9.98 / 11.07 / 13.84 (1, 5, 15 minutes)": timings depend on it. */
export function machineLoad(): string {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return `${cpus().length} cores, load average ${one.toFixed(2)} / ${five.toFixed(2)} / ${fifteen.toFixed(2)} (1, 5, 15 minutes)`;
}

/**
 * Runs a benchmark against the browser build in a fresh Chromium profile, then closes everything. When
 * Chromium is not installed it prints why the benchmark is skipped and returns (the run still succeeds).
 */
export async function runBrowserBench(name: string, bench: (browser: BenchBrowser) => Promise<void>): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(
      `${name}: UI benchmark skipped: no Chromium at ${CHROMIUM}. Install Debian's chromium package or set CHROMIUM_PATH.`,
    );
    return;
  }
  buildRenderer();
  let server: PreviewServer | undefined;
  let context: BrowserContext | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  try {
    server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('The preview server did not report its address.');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
      locale: 'en-GB',
    });
    // tsx keeps function names by wrapping them in a `__name` helper, which page.evaluate's functions
    // then call inside the page: give the page a helper that does nothing.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    console.log(`Machine: ${machineLoad()}; Chromium ${context.browser()?.version() ?? ''}`.trim());
    await bench({
      page,
      async visit(route) {
        await page.goto(`${baseUrl}#${route}`);
        // Going to another hash of the same page does not load it again.
        await page.reload();
        await page.locator('h1').first().waitFor();
      },
      async screenshot(name) {
        const folder = process.env.WAYMARK_BENCH_SCREENSHOTS;
        if (!folder) return;
        mkdirSync(folder, { recursive: true });
        await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
      },
    });
    console.log(`Machine after the run: ${machineLoad()}`);
  } catch (error) {
    console.error(`${name}: the benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Creates a project through the app's own form and returns its id (the app then has its database). */
export async function createProject(browser: BenchBrowser, name: string): Promise<string> {
  const { page } = browser;
  await browser.visit('/projects/new');
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const id = /^#\/projects\/([^/?]+)/.exec(new URL(page.url()).hash)?.[1];
  if (!id) throw new Error(`The new project's address was not found in ${page.url()}.`);
  return decodeURIComponent(id);
}

/** Every record of one table of the app's database, as stored. */
export function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(new Error('The database could not be opened.'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(new Error(`The table ${store} could not be read.`));
        };
      }),
    table,
  );
}

/**
 * Writes records straight into the app's database, all in one transaction. The app does not see writes
 * made behind its back until the page is loaded again, so callers reload afterwards.
 */
export function putRecords(page: Page, records: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(new Error('The database could not be opened.'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(tx.error?.message ?? 'The records could not be written.'));
        };
      }),
    records,
  );
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The value below which `p` per cent of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** "median 12.3 ms, 95th percentile 40.1 ms, slowest 52.0 ms over 30". */
export function spread(values: readonly number[]): string {
  return `median ${ms(median(values))}, 95th percentile ${ms(percentile(values, 95))}, slowest ${ms(Math.max(...values))} over ${values.length}`;
}
