// Property: any process the reader accepts survives being written as CSV and read back. Steps are made at
// random within the format's rules (ids, plain text with commas, quotes and line breaks, phases, durations,
// dependencies on earlier steps), written with RFC 4180 quoting, and must come back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapStep } from '../../src/domain/compliance-map/map-model';
import { PHASES } from '../../src/domain/project';
import { readProcessFile } from '../../src/packs/process-file-reader';

const COLUMNS = ['id', 'name', 'owner', 'phase', 'evidence', 'depends_on', 'duration_days', 'description'];

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,"'()&£é-]{0,30}[A-Za-z0-9)]$|^[A-Za-z0-9]$/);
const longText = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n'));
const optionalText = fc.option(word, { nil: '' });

const stepsArbitrary = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id, index) =>
        fc.record({
          id: fc.constant(id),
          name: word,
          owner: optionalText,
          phase: fc.option(fc.constantFrom(...PHASES), { nil: null }),
          evidence: fc.uniqueArray(
            word.filter((w) => !w.includes(';')),
            { maxLength: 3 },
          ),
          dependsOn: fc.subarray(ids.slice(0, index)),
          durationDays: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }),
          description: fc.option(longText, { nil: '' }),
        }),
      ),
    ),
  );

function field(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeCsv(steps: readonly MapStep[]): string {
  const rows = steps.map((s) => [
    s.id,
    s.name,
    s.owner,
    s.phase ?? '',
    s.evidence.join(';'),
    s.dependsOn.join(';'),
    s.durationDays === null ? '' : String(s.durationDays),
    s.description,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(field).join(',')).join('\r\n');
}

describe('process CSV round trip', () => {
  it('reads back exactly the steps it was written from', async () => {
    await fc.assert(
      fc.asyncProperty(stepsArbitrary, async (steps) => {
        const result = await readProcessFile(new TextEncoder().encode(writeCsv(steps)), 'p.csv');
        expect(result.ok ? result.process.steps : result.problems).toEqual(steps);
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });
});
