// Checks electron-builder.yml offline: builds the unpacked Linux app with a stand-in Electron
// (a placeholder executable and a version file, since the real binary cannot be downloaded here),
// then checks that app.asar holds the renderer and the main script and none of the sources.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './web.mjs';

const STAND_IN = path.join(projectRoot, '.electron-stand-in');
const UNPACKED = path.join(projectRoot, 'release', 'linux-unpacked');
const ASAR = path.join(UNPACKED, 'resources', 'app.asar');

/** Files that must be in the archive, as asar lists them. */
export const REQUIRED_ENTRIES = ['/dist/renderer/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/package.json'];
/** Folders that must not be: sources, tests and dependencies are all bundled or not needed. */
export const FORBIDDEN_PREFIXES = ['/src/', '/electron/', '/test/', '/scripts/', '/node_modules/', '/templates/'];

/**
 * What is wrong with the archive's listing, as plain sentences; empty when it is right.
 * @param {string[]} entries  paths as @electron/asar lists them (leading slash)
 * @returns {string[]}
 */
export function archiveProblems(entries) {
  const normalised = entries.map((entry) => entry.replace(/\\/g, '/'));
  const problems = [];
  for (const required of REQUIRED_ENTRIES) {
    if (!normalised.includes(required)) problems.push(`app.asar does not contain ${required.slice(1)}.`);
  }
  for (const prefix of FORBIDDEN_PREFIXES) {
    if (normalised.some((entry) => entry.startsWith(prefix))) problems.push(`app.asar contains ${prefix.slice(1, -1)}/, which should not be shipped.`);
  }
  return problems;
}

function fail(message) {
  console.error(`Packaging check failed: ${message}`);
  process.exit(1);
}

/** A placeholder for the Electron runtime: enough for electron-builder to assemble the app folder. */
function writeStandIn(version) {
  rmSync(STAND_IN, { recursive: true, force: true });
  mkdirSync(STAND_IN, { recursive: true });
  const executable = path.join(STAND_IN, 'electron');
  writeFileSync(executable, '#!/bin/sh\necho "This is a stand-in for Electron, used only to check the packaging." >&2\nexit 1\n');
  chmodSync(executable, 0o755);
  writeFileSync(path.join(STAND_IN, 'version'), version);
}

function main() {
  const started = Date.now();
  if (!existsSync(path.join(projectRoot, 'dist', 'renderer', 'index.html')) || !existsSync(path.join(projectRoot, 'dist-electron', 'main.cjs'))) {
    console.log('Building Waymark first (npm run build)...');
    const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) fail('npm run build did not succeed.');
  }

  const version = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  writeStandIn(version);
  rmSync(UNPACKED, { recursive: true, force: true });

  const builder = path.join(projectRoot, 'node_modules', '.bin', 'electron-builder');
  const run = spawnSync(builder, ['--config', 'electron-builder.yml', '--linux', '--dir', '--publish', 'never', `-c.electronDist=${STAND_IN}`], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    timeout: 300_000,
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    fail(`electron-builder stopped with ${run.signal ?? `exit code ${run.status}`}; its output is above.`);
  }
  if (!existsSync(ASAR)) fail(`electron-builder finished but ${path.relative(projectRoot, ASAR)} is missing.`);

  const asar = createRequire(import.meta.url)('@electron/asar');
  const problems = archiveProblems(asar.listPackage(ASAR, { isPack: false }));
  if (problems.length > 0) fail(problems.join(' '));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Packaging check passed: ${path.relative(projectRoot, ASAR)} holds the renderer, main and preload, and no sources (${seconds} s).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
