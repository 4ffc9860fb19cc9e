// How long Waymark takes to refuse hostile packs: YAML resource attacks and zip bombs. Each must be
// refused quickly whatever the machine; this prints the figures (the unit tests check the refusals).
import { performance } from 'node:perf_hooks';
import { zipSync } from 'fflate';
import { PackProblems } from '../../src/packs/pack-problems';
import { readPackEntries } from '../../src/packs/pack-reader';
import { readPackZip } from '../../src/packs/pack-zip';

const encode = (text: string) => new TextEncoder().encode(text);
const head = 'id: example-standard\nkind: standard\ntitle: T\nversion: 1.0.0\n';
const manifest = { path: 'pack.yaml', bytes: encode('format: waymark-pack/1\nid: p\nname: P\nversion: 1.0.0\n') };

function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i += 1)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${head}${lines.join('\n')}\n`;
}

const yamlCases: [string, string][] = [
  ['billion-laughs alias bomb', aliasBomb()],
  ['a megabyte of nested brackets', `${head}points: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`],
  ['400,000 stacked list dashes', `${head}points:\n${'- '.repeat(400_000)}x\n`],
  ['a mapping of 90,000 keys', `${head}${Array.from({ length: 90_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => number): { ms: number; problems: number } {
  const runs: number[] = [];
  let problems = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    problems = run();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), problems };
}

for (const [name, text] of yamlCases) {
  const { ms, problems } = time(
    () => readPackEntries([manifest, { path: 'standards/s.yaml', bytes: encode(text) }]).problems.length,
  );
  console.log(`${name}: refused with ${problems} problem(s) in ${ms.toFixed(0)} ms (median of 5)`);
}

// A zip whose one entry inflates to 50 MB of zeros while declaring 1,000 bytes.
const bomb = zipSync({ 'guides/g.md': new Uint8Array(50_000_000) });
const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
for (let at = bomb.length - 22; at >= 0; at -= 1) {
  if (view.getUint32(at, true) === 0x02014b50) {
    view.setUint32(at + 24, 1000, true);
    break;
  }
}
const zipBomb = time(() => {
  const problems = new PackProblems();
  readPackZip(bomb, problems);
  return problems.list().length;
});
console.log(`zip entry inflating past what it declares (50 MB of zeros): refused in ${zipBomb.ms.toFixed(0)} ms`);
