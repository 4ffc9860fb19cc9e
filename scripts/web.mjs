// `npm run web`: builds the renderer (unless --no-build) and serves it on 127.0.0.1 with
// `vite preview`, until Ctrl+C. `npm start` reuses these functions when the desktop app is not available.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The port used unless PORT is set. */
export const DEFAULT_PORT = 4173;
/** Only this address is served: the browser build is for this computer alone. */
export const HOST = '127.0.0.1';

/**
 * The port to serve on: PORT from the environment when it is a whole number from 1 to 65535,
 * otherwise 4173. A PORT that is set but not a valid port is an error.
 * @param {Record<string, string | undefined>} env
 * @returns {number}
 */
export function resolvePort(env = process.env) {
  const raw = env.PORT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT is set to "${raw}", which is not a port number; use a whole number from 1 to 65535.`);
  }
  return port;
}

/**
 * The address the browser build is served at.
 * @param {number} port
 * @returns {string}
 */
export function webAddress(port) {
  return `http://${HOST}:${port}/`;
}

/**
 * The vite command line, run with this Node rather than through npx, so that stopping the
 * process we started stops the server (npx leaves a child behind).
 * @param {string[]} args
 * @returns {{ command: string, args: string[] }}
 */
export function viteCommand(args) {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'vite', 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.vite;
  return { command: process.execPath, args: [path.join(projectRoot, 'node_modules', 'vite', bin), ...args] };
}

/**
 * Runs a command to completion in the project root, sharing this terminal.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<void>}
 */
export function runToCompletion(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} stopped with ${signal ?? `exit code ${code}`}.`));
    });
  });
}

/**
 * Builds the renderer into dist/renderer with `vite build`.
 * @returns {Promise<void>}
 */
export async function buildRenderer() {
  const { command, args } = viteCommand(['build', '--logLevel', 'warn']);
  await runToCompletion(command, args);
}

/**
 * True when nothing is listening on the port at 127.0.0.1.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/**
 * Resolves once the address answers an HTTP request, or rejects after `timeoutMs`.
 * @param {string} url
 * @param {number} timeoutMs
 * @param {() => boolean} stillRunning  stops waiting early if the server has exited
 * @returns {Promise<void>}
 */
export async function waitUntilServing(url, timeoutMs, stillRunning) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error('The web server stopped before it was ready.');
    const answered = await new Promise((resolve) => {
      const request = http.get(url, (response) => {
        response.resume();
        resolve((response.statusCode ?? 500) < 500);
      });
      request.once('error', () => resolve(false));
      request.setTimeout(1000, () => request.destroy());
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The web server did not answer at ${url} within ${Math.round(timeoutMs / 1000)} seconds.`);
}

/**
 * Serves dist/renderer with `vite preview` on 127.0.0.1 and resolves once it answers.
 * `stop()` ends the server. The server shares this process group, so Ctrl+C reaches it too.
 * @param {{ port: number }} options
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess, stop: () => void }>}
 */
export async function serveRendererBuild({ port }) {
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} on this computer is already in use, so Waymark cannot use it; set PORT to another number and try again.`,
    );
  }
  const url = webAddress(port);
  const { command, args } = viteCommand(['preview', '--host', HOST, '--port', String(port), '--strictPort']);
  const child = spawn(command, args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  let running = true;
  child.once('exit', () => {
    running = false;
  });
  const stop = () => {
    if (running) child.kill('SIGTERM');
  };
  try {
    await waitUntilServing(url, 30_000, () => running);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, child, stop };
}

/**
 * Stops the server when this process is asked to stop, and exits when the server does.
 * @param {{ child: import('node:child_process').ChildProcess, stop: () => void }} server
 */
export function keepServing(server) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      server.stop();
      process.exit(0);
    });
  }
  server.child.once('exit', (code) => process.exit(code ?? 0));
}

async function main() {
  const port = resolvePort();
  if (!process.argv.includes('--no-build')) {
    console.log('Building Waymark for the web browser...');
    await buildRenderer();
  }
  const server = await serveRendererBuild({ port });
  console.log(`Waymark is running at ${server.url}`);
  console.log('Press Ctrl+C to stop it.');
  keepServing(server);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
