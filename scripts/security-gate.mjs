// `npm run security`: scans the desktop shell (electron/) and the built renderer (dist/renderer)
// with Electronegativity in one pass, so that checks about the whole app see both halves, and fails
// on any finding that security/electronegativity-allowlist.json does not explain.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsFromSarif, partitionFindings, validateAllowlist, withSourceLines } from './security-allowlist.mjs';
import { buildRenderer, projectRoot } from './web.mjs';

const ALLOWLIST = 'security/electronegativity-allowlist.json';
const REPORT = 'test-results/security/electronegativity.sarif';
/** The folders scanned, relative to the project root. */
const SCANNED = ['electron', 'dist/renderer'];

function electronVersion() {
  return JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function readAllowlist() {
  const file = path.join(projectRoot, ALLOWLIST);
  if (!existsSync(file)) return { entries: [], errors: [] };
  try {
    return validateAllowlist(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { entries: [], errors: [`${ALLOWLIST} is not valid JSON.`] };
  }
}

/** Copies the scanned folders into one temporary app folder, keeping their project paths. */
function stageScan() {
  const stage = mkdtempSync(path.join(tmpdir(), 'waymark-security-'));
  for (const folder of SCANNED) {
    cpSync(path.join(projectRoot, folder), path.join(stage, folder), { recursive: true });
  }
  return stage;
}

async function main() {
  const started = Date.now();
  const allowlist = readAllowlist();
  if (allowlist.errors.length > 0) {
    for (const error of allowlist.errors) console.error(error);
    console.error(`Security check failed: ${ALLOWLIST} has ${allowlist.errors.length} problem(s).`);
    process.exit(1);
  }
  if (!existsSync(path.join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    console.log('Building the renderer first, so it can be scanned...');
    await buildRenderer();
  }

  const stage = stageScan();
  const report = path.join(projectRoot, REPORT);
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  const version = electronVersion();
  const scanner = path.join(
    projectRoot,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  const run = spawnSync(scanner, ['-i', stage, '-o', report, '-e', version], {
    cwd: projectRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 300_000,
  });
  if (!existsSync(report)) {
    rmSync(stage, { recursive: true, force: true });
    console.error(run.stdout ?? '', run.stderr ?? '');
    console.error('Security check failed: Electronegativity did not write its report.');
    process.exit(1);
  }

  const readText = (file) => {
    try {
      return readFileSync(path.join(stage, file), 'utf8');
    } catch {
      return null;
    }
  };
  const findings = withSourceLines(findingsFromSarif(JSON.parse(readFileSync(report, 'utf8')), stage), readText);
  rmSync(stage, { recursive: true, force: true });
  const { allowed, blocked, unused } = partitionFindings(findings, allowlist.entries);
  for (const { finding } of allowed) {
    console.log(`allowed  ${finding.rule}  ${finding.file}:${finding.line}  (reviewed: see ${ALLOWLIST})`);
  }
  for (const finding of blocked) {
    console.error(`FINDING  ${finding.rule}  ${finding.file}:${finding.line}  ${finding.message}`);
  }
  for (const entry of unused) {
    console.warn(`note: allowlist entry ${entry.rule} for ${entry.file} matched nothing and can be removed.`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Security check (Electronegativity, Electron ${version}, ${SCANNED.join(' and ')}): ${findings.length} findings, ` +
      `${allowed.length} allowed, ${blocked.length} not allowed, in ${seconds} s. Report: ${REPORT}`,
  );
  process.exit(blocked.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
