// `npm test`: every check CI runs, in order, ending with one line "N passed, N failed".
// Vitest tests count one each; every other check (type check, lint, security gate, Word output,
// packaging configuration) counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const bin = (name) => `./node_modules/.bin/${name}`;
mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'Type check', cmd: bin('tsc'), args: ['-p', '.'] },
  { name: 'Lint', cmd: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'Formatting (Prettier)', cmd: bin('prettier'), args: ['--check', '.'] },
  {
    name: 'Unit and integration tests',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
    report: 'test-results/unit.json',
  },
  {
    name: 'End-to-end tests in Chromium',
    cmd: bin('vitest'),
    args: [
      'run',
      '--config',
      'test/e2e/vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
    report: 'test-results/e2e.json',
    needs: () =>
      existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
        ? null
        : 'Chromium is not installed (Debian: apt-get install chromium).',
  },
  { name: 'Security gate (Electronegativity)', cmd: 'node', args: ['scripts/security-gate.mjs'] },
  { name: 'Word documents open in LibreOffice and match the schema', cmd: 'node', args: ['scripts/check-docx.mjs'] },
  { name: 'Packaging configuration (electron-builder)', cmd: 'node', args: ['scripts/check-builder-config.mjs'] },
];

let passed = 0;
let failed = 0;
const failures = [];

function countReport(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
    };
  } catch {
    return null;
  }
}

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const missing = step.needs?.();
  if (missing) {
    console.log(missing);
    failed += 1;
    failures.push(step.name);
    continue;
  }
  const started = Date.now();
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  if (step.report) {
    const counts = countReport(step.report);
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      if (!ok && counts.failed === 0) failed += 1;
    } else {
      failed += 1;
    }
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) failures.push(step.name);
  console.log(`--- ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
