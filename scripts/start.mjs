// `npm start`: builds Waymark and opens the desktop app. When the Electron runtime is missing it
// tries once to download it; if that fails (or there is no screen for it), Waymark runs in the web
// browser on 127.0.0.1 instead, with one sentence saying why.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { buildRenderer, keepServing, projectRoot, resolvePort, serveRendererBuild } from './web.mjs';

/** The longest wait for the Electron download before falling back to the browser. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;

const electronFolder = path.join(projectRoot, 'node_modules', 'electron');

/**
 * The Electron executable, or null when it has not been downloaded. Uses the electron package's own
 * answer (require('electron') in Node returns the binary path) and checks the file is there. An
 * Electron provided elsewhere through ELECTRON_OVERRIDE_DIST_PATH (read by the electron package) counts.
 * @returns {string | null}
 */
export function electronBinaryPath() {
  const downloaded = existsSync(path.join(electronFolder, 'path.txt')) && existsSync(path.join(electronFolder, 'dist'));
  if (!downloaded && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  try {
    const binary = createRequire(import.meta.url)(electronFolder);
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * Runs the electron package's own install script once, stopping it after `timeoutMs`.
 * @param {number} timeoutMs
 * @returns {Promise<{ succeeded: boolean, timedOut: boolean, durationMs: number }>}
 */
export function downloadElectronOnce(timeoutMs = DOWNLOAD_TIMEOUT_MS) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronFolder, 'install.js')], {
      cwd: electronFolder,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (succeeded) => {
      clearTimeout(timer);
      resolve({ succeeded: succeeded && !timedOut, timedOut, durationMs: Date.now() - started });
    };
    child.once('error', () => finish(false));
    child.once('exit', (code) => finish(code === 0));
  });
}

/**
 * True when a desktop window could be shown: on Linux and BSD that needs an X11 or Wayland display.
 * @param {Record<string, string | undefined>} env
 * @param {NodeJS.Platform} platform
 * @returns {boolean}
 */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * True when the browser should be opened for the person: not on CI, and only with a display.
 * @param {Record<string, string | undefined>} env
 * @param {NodeJS.Platform} platform
 * @returns {boolean}
 */
export function shouldOpenBrowser(env = process.env, platform = process.platform) {
  return !env.CI && hasDisplay(env, platform);
}

/**
 * The command that opens an address in the default browser on this platform.
 * @param {NodeJS.Platform} platform
 * @param {string} url
 * @returns {{ command: string, args: string[] }}
 */
export function browserOpener(platform, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * The one sentence that says why Waymark is in the browser rather than its own window.
 * @param {'download' | 'no-display'} reason
 * @param {string} url
 * @returns {string}
 */
export function fallbackSentence(reason, url) {
  return reason === 'no-display'
    ? `This computer has no screen for the Waymark desktop app, so Waymark is running as a web page instead at ${url}`
    : `The Waymark desktop app could not be downloaded on this network, so Waymark is running in your web browser instead at ${url}`;
}

/**
 * Tries to open the address in the default browser; any failure is ignored (the address is printed).
 * @param {string} url
 */
export function openInBrowser(url) {
  const { command, args } = browserOpener(process.platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => undefined);
    child.unref();
  } catch {
    // The address is on screen; the person can open it themselves.
  }
}

/**
 * Starts the desktop app and exits with it. Stop signals are passed on.
 * @param {string} binary
 */
function launchDesktopApp(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => child.kill(signal));
  child.once('error', (error) => {
    console.error(`The Waymark desktop app could not start: ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code) => process.exit(code ?? 0));
}

/**
 * Serves the browser build, says why in one sentence, and opens the browser when it makes sense.
 * @param {'download' | 'no-display'} reason
 */
async function startInBrowser(reason) {
  const server = await serveRendererBuild({ port: resolvePort() });
  console.log(fallbackSentence(reason, server.url));
  if (shouldOpenBrowser()) openInBrowser(server.url);
  console.log('Press Ctrl+C to stop it.');
  keepServing(server);
}

async function main() {
  console.log('Building Waymark...');
  await buildRenderer();
  await buildElectron();

  let binary = electronBinaryPath();
  if (binary === null) {
    const { version } = JSON.parse(readFileSync(path.join(electronFolder, 'package.json'), 'utf8'));
    console.log(
      `Downloading the desktop app's engine (Electron ${version}); this stops after ${DOWNLOAD_TIMEOUT_MS / 1000} seconds...`,
    );
    const outcome = await downloadElectronOnce();
    binary = electronBinaryPath();
    if (binary === null) {
      console.log(
        `The download did not finish (${outcome.timedOut ? 'it timed out' : 'it failed'} after ${(outcome.durationMs / 1000).toFixed(1)} s).`,
      );
      await startInBrowser('download');
      return;
    }
  }
  if (!hasDisplay()) {
    await startInBrowser('no-display');
    return;
  }
  launchDesktopApp(binary);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
