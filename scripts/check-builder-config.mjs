// Checks electron-builder.yml offline: asserts the Electron fuses it configures, builds the unpacked
// Linux app with a stand-in Electron (a placeholder executable and a version file, since the real
// binary cannot be downloaded here), then checks that electron-builder flipped those fuses in the
// stand-in and that app.asar holds the renderer and the main script and none of the sources.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from './web.mjs';

const STAND_IN = path.join(projectRoot, '.electron-stand-in');
const UNPACKED = path.join(projectRoot, 'release', 'linux-unpacked');
const ASAR = path.join(UNPACKED, 'resources', 'app.asar');
/** The packaged executable, named after package.json's name on Linux. */
const EXECUTABLE = path.join(UNPACKED, 'waymark');
const CONFIG = path.join(projectRoot, 'electron-builder.yml');

/**
 * The fuses Waymark ships with, by electron-builder's option name. Each one turns off a way to run
 * code in the packaged app that Waymark does not use (plain Node mode, NODE_OPTIONS, --inspect, app
 * code outside app.asar, extra file:// powers) or turns on a protection (asar integrity, cookie
 * encryption).
 */
export const REQUIRED_FUSES = Object.freeze({
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
});

/**
 * Position of each fuse in Electron's version 1 fuse wire (the order @electron/fuses defines), and
 * the state a fresh Electron 41 binary ships with, so the stand-in starts where a real binary does.
 */
export const FUSE_WIRE = Object.freeze([
  { name: 'runAsNode', electronDefault: true },
  { name: 'enableCookieEncryption', electronDefault: false },
  { name: 'enableNodeOptionsEnvironmentVariable', electronDefault: true },
  { name: 'enableNodeCliInspectArguments', electronDefault: true },
  { name: 'enableEmbeddedAsarIntegrityValidation', electronDefault: false },
  { name: 'onlyLoadAppFromAsar', electronDefault: false },
  { name: 'loadBrowserProcessSpecificV8Snapshot', electronDefault: false },
  { name: 'grantFileProtocolExtraPrivileges', electronDefault: true },
]);

/** Marks the fuse wire inside an Electron binary (the constant @electron/fuses searches for). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_ON = 0x31;
const FUSE_OFF = 0x30;

/**
 * Reads electron-builder.yml as electron-builder does (it is plain YAML, no `extends`).
 * @returns {Record<string, unknown>}
 */
export function loadBuilderConfig(file = CONFIG) {
  return parse(readFileSync(file, 'utf8'));
}

/**
 * What is wrong with the configured fuses, as plain sentences; empty when every fuse in
 * REQUIRED_FUSES is set to its required value.
 * @param {Record<string, unknown>} config  the loaded electron-builder configuration
 * @returns {string[]}
 */
export function fuseProblems(config) {
  const fuses = config.electronFuses;
  if (fuses === null || typeof fuses !== 'object') return ['electron-builder.yml does not set electronFuses.'];
  const problems = [];
  for (const [name, required] of Object.entries(REQUIRED_FUSES)) {
    const value = Reflect.get(fuses, name);
    if (value !== required)
      problems.push(`electron-builder.yml sets electronFuses.${name} to ${String(value)}; it must be ${required}.`);
  }
  return problems;
}

/**
 * A version 1 fuse wire as it sits in an Electron binary: the sentinel, the version, the number of
 * fuses and one byte per fuse ('1' on, '0' off), at Electron's defaults.
 * @returns {Buffer}
 */
export function standInFuseWire() {
  const states = FUSE_WIRE.map((fuse) => (fuse.electronDefault ? FUSE_ON : FUSE_OFF));
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, states.length, ...states])]);
}

/**
 * What is wrong with the fuse wire in a built executable, compared with REQUIRED_FUSES.
 * @param {Uint8Array} binary  the executable's bytes
 * @returns {string[]}
 */
export function builtFuseProblems(binary) {
  const bytes = Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at === -1) return ['the packaged executable has no fuse wire.'];
  const wire = at + FUSE_SENTINEL.length;
  const length = bytes[wire + 1] ?? 0;
  const problems = [];
  FUSE_WIRE.forEach((fuse, index) => {
    const state = index < length ? bytes[wire + 2 + index] : undefined;
    const required = Reflect.get(REQUIRED_FUSES, fuse.name);
    if (state !== (required ? FUSE_ON : FUSE_OFF))
      problems.push(`the packaged executable does not have ${fuse.name} set to ${required}.`);
  });
  return problems;
}

/** Files that must be in the archive, as asar lists them. */
export const REQUIRED_ENTRIES = [
  '/dist/renderer/index.html',
  '/dist-electron/main.cjs',
  '/dist-electron/preload.cjs',
  '/package.json',
];
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
    if (normalised.some((entry) => entry.startsWith(prefix)))
      problems.push(`app.asar contains ${prefix.slice(1, -1)}/, which should not be shipped.`);
  }
  return problems;
}

function fail(message) {
  console.error(`Packaging check failed: ${message}`);
  process.exit(1);
}

/**
 * A placeholder for the Electron runtime: enough for electron-builder to assemble the app folder.
 * The executable ends with a comment line holding a fuse wire laid out as in a real Electron binary,
 * at Electron's defaults, so electron-builder flips the configured fuses in it exactly as it would in
 * the real binary and the check can read them back. This proves the configuration reaches the fuses;
 * confirming the fuses of a real build needs the real binary (on a machine that can download it,
 * `npx @electron/fuses read --app release/linux-unpacked/waymark`).
 */
function writeStandIn(version) {
  rmSync(STAND_IN, { recursive: true, force: true });
  mkdirSync(STAND_IN, { recursive: true });
  const executable = path.join(STAND_IN, 'electron');
  const script =
    '#!/bin/sh\necho "This is a stand-in for Electron, used only to check the packaging." >&2\nexit 1\n# fuses: ';
  writeFileSync(
    executable,
    Buffer.concat([Buffer.from(script, 'latin1'), standInFuseWire(), Buffer.from('\n', 'latin1')]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(path.join(STAND_IN, 'version'), version);
}

function main() {
  const started = Date.now();
  const configured = fuseProblems(loadBuilderConfig());
  if (configured.length > 0) fail(configured.join(' '));
  if (
    !existsSync(path.join(projectRoot, 'dist', 'renderer', 'index.html')) ||
    !existsSync(path.join(projectRoot, 'dist-electron', 'main.cjs'))
  ) {
    console.log('Building Waymark first (npm run build)...');
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (build.status !== 0) fail('npm run build did not succeed.');
  }

  const version = JSON.parse(
    readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  writeStandIn(version);
  rmSync(UNPACKED, { recursive: true, force: true });

  const builder = path.join(projectRoot, 'node_modules', '.bin', 'electron-builder');
  const run = spawnSync(
    builder,
    ['--config', 'electron-builder.yml', '--linux', '--dir', '--publish', 'never', `-c.electronDist=${STAND_IN}`],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      timeout: 300_000,
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    fail(`electron-builder stopped with ${run.signal ?? `exit code ${run.status}`}; its output is above.`);
  }
  if (!existsSync(ASAR)) fail(`electron-builder finished but ${path.relative(projectRoot, ASAR)} is missing.`);
  if (!existsSync(EXECUTABLE))
    fail(`electron-builder finished but ${path.relative(projectRoot, EXECUTABLE)} is missing.`);
  const flipped = builtFuseProblems(readFileSync(EXECUTABLE));
  if (flipped.length > 0) fail(`electron-builder did not apply the configured fuses: ${flipped.join(' ')}`);

  const asar = createRequire(import.meta.url)('@electron/asar');
  const problems = archiveProblems(asar.listPackage(ASAR, { isPack: false }));
  if (problems.length > 0) fail(problems.join(' '));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Packaging check passed: ${path.relative(projectRoot, ASAR)} holds the renderer, main and preload, and no sources; the ${FUSE_WIRE.length} fuses are configured and were applied to the stand-in executable (${seconds} s).`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
