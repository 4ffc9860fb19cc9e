// How long Waymark takes to read and validate template packs: every built-in pack (what the app does
// at each start before installing them) and a large pack of many templates. Prints figures only.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readPackFolder } from '../../src/cli/pack-source';
import { planPackImport } from '../../src/domain/pack-import-plan';
import type { PackEntry } from '../../src/packs/pack-entries';
import { readPackEntries } from '../../src/packs/pack-reader';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const folders = readdirSync('templates', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `templates/${d.name}`);
  const packs: PackEntry[][] = [];
  for (const folder of folders) packs.push((await readPackFolder(folder)).entries);
  const bytes = packs.flat().reduce((sum, f) => sum + f.bytes.length, 0);

  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    for (const files of packs) {
      const result = readPackEntries(files);
      if (result.ok) await planPackImport([], result.pack);
    }
    runs.push(performance.now() - start);
  }
  console.log(
    `Built-in packs: ${folders.length} packs, ${Math.round(bytes / 1024)} KB; read, validate and plan: median ${median(runs).toFixed(0)} ms over 7 runs`,
  );

  // A department-sized pack: the GOV.UK standard copied 150 times under new ids.
  const gov = packs[folders.indexOf('templates/gov-uk-service-standard')] ?? [];
  const yaml = new TextDecoder().decode(gov.find((f) => f.path.startsWith('standards/'))?.bytes);
  const large: PackEntry[] = [
    gov.find((f) => f.path === 'pack.yaml') ?? { path: 'pack.yaml', bytes: new Uint8Array() },
  ];
  for (let i = 0; i < 150; i += 1)
    large.push({
      path: `standards/copy-${i}.yaml`,
      bytes: new TextEncoder().encode(yaml.replace(/^id: .*$/m, `id: copy-${i}`)),
    });
  const largeBytes = large.reduce((sum, f) => sum + f.bytes.length, 0);
  const largeRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    const result = readPackEntries(large);
    largeRuns.push(performance.now() - start);
    if (!result.ok) throw new Error(`the large pack did not validate: ${result.problems[0]?.message ?? ''}`);
  }
  // A hostile file: a long comment, then 60,000 repeated keys (every one after the first is a problem).
  const hostile = `# ${'x'.repeat(700_000)}\n${'k: v\n'.repeat(60_000)}`;
  const hostileFiles: PackEntry[] = [
    large[0] ?? { path: 'pack.yaml', bytes: new Uint8Array() },
    { path: 'standards/s.yaml', bytes: new TextEncoder().encode(hostile) },
  ];
  const hostileStart = performance.now();
  const refused = readPackEntries(hostileFiles);
  console.log(
    `Hostile file: 1 MB with 60,000 repeated keys; refused with ${refused.problems.length} problems listed in ${(performance.now() - hostileStart).toFixed(0)} ms`,
  );
  console.log(
    `Large pack: 150 checklists (2,100 points), ${Math.round(largeBytes / 1024)} KB; read and validate: median ${median(largeRuns).toFixed(0)} ms over 3 runs`,
  );
}

await main();
