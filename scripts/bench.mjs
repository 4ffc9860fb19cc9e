// `npm run bench`: runs every benchmark in test/bench/*.bench.ts and prints its figures.
// Benchmarks measure; they do not pass or fail on timings.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = 'test/bench';
function benchmarkFiles() {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .sort();
  } catch {
    return [];
  }
}
const files = benchmarkFiles();
if (files.length === 0) {
  console.log('No benchmarks yet.');
  process.exit(0);
}
let failures = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync('./node_modules/.bin/tsx', [`${dir}/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failures += 1;
}
process.exit(failures > 0 ? 1 : 0);
