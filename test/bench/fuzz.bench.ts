// The long fuzzing run: at least 10,000 generated inputs across the three properties of
// test/fuzz/pack-fuzz.ts, with a seed that changes each run (printed, so a finding can be replayed).
// Prints how many inputs ran, how each ended, and every failure found. Exits 1 when something failed.
// Run with `npx tsx test/bench/fuzz.bench.ts` (part of `npm run bench`).
import fc from 'fast-check';
import {
  byteInput,
  checkBytes,
  checkLibrary,
  checkTextField,
  libraryCommands,
  textFieldInput,
  type TextOutcome,
} from '../fuzz/pack-fuzz';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const RUNS = { text: 400, bytes: 9_000, library: 700 };

async function run<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns: number) {
  const started = performance.now();
  const details = await fc.check(fc.asyncProperty(arbitrary, check), { seed, numRuns, timeout: 10_000 });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${name}: ${details.numRuns} inputs in ${seconds} s, ${details.failed ? `FAILED: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)} (counterexample ${JSON.stringify(details.counterexample)?.slice(0, 300)})` : 'no failures'}`,
  );
  return details;
}

console.log(`Fuzzing with seed ${seed}`);
const text: Record<TextOutcome, number> = { refused: 0, written: 0 };
const exits: Record<string, number> = {};
const results = [
  await run(
    'any text in a pack field',
    textFieldInput,
    async ([field, value]) => {
      text[await checkTextField(field, value)] += 1;
    },
    RUNS.text,
  ),
  await run(
    'any bytes as a zip, pack file or process CSV',
    byteInput,
    async ([place, bytes, flips]) => {
      const code = await checkBytes(place, bytes, flips);
      exits[`exit ${code}`] = (exits[`exit ${code}`] ?? 0) + 1;
    },
    RUNS.bytes,
  ),
  await run('any sequence of library changes', libraryCommands, (commands) => checkLibrary(commands), RUNS.library),
];
const total = results.reduce((sum, details) => sum + details.numRuns, 0);
const failed = results.filter((details) => details.failed).length;
console.log(
  `Fuzzing: ${total} inputs ran (text fields: ${text.refused} refused, ${text.written} written as Word and every part well-formed; bytes: ${Object.entries(
    exits,
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(
      ', ',
    )}); ${failed === 0 ? 'no crashes, hangs or unreadable documents found' : `${failed} properties failed (see above)`}.`,
);
process.exit(failed > 0 ? 1 : 0);
