// Property-based tests with a fixed seed and a small budget, so CI stays fast and repeatable; the long
// run (10,000+ inputs) is in `npm run bench` (test/bench/fuzz.bench.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { byteInput, checkBytes, checkLibrary, checkTextField, libraryCommands, textFieldInput } from './pack-fuzz';

const SEED = 20261201;

describe('fuzzing what comes from outside', () => {
  it('any text in any pack field is refused clearly or gives a Word file whose every part is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(textFieldInput, async ([field, text]) => {
        await checkTextField(field, text);
      }),
      { seed: SEED, numRuns: 15 },
    );
  }, 120_000);

  it('any bytes as a pack zip, a pack file or a process CSV give exit 0 or 1 with a message, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(byteInput, async ([place, bytes, flips]) => {
        await checkBytes(place, bytes, flips);
      }),
      { seed: SEED, numRuns: 60, timeout: 10_000 },
    );
  }, 120_000);

  it('any sequence of imports, updates and removals keeps the pack library consistent', async () => {
    await fc.assert(
      fc.asyncProperty(libraryCommands, async (commands) => {
        await checkLibrary(commands);
      }),
      { seed: SEED, numRuns: 25 },
    );
  }, 120_000);
});
