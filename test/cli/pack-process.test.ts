// `waymark pack ...` as a real process, as a department's CI would run it: exit codes 0, 1 and 2.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_PACK } from '../packs/pack-fixtures';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'waymark-pack-process-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function waymark(...args: string[]) {
  return spawnSync('node', [join(ROOT, 'bin/waymark.mjs'), ...args], { cwd: work, encoding: 'utf8', timeout: 60_000 });
}

describe('waymark pack as a process', () => {
  it('exits 0 for a valid pack, 1 for an invalid one, 2 for a usage error', () => {
    cpSync(GOOD_PACK, join(work, 'good'), { recursive: true });
    cpSync(GOOD_PACK, join(work, 'bad'), { recursive: true });
    const file = join(work, 'bad/processes/central-review.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('depends_on: [triage]', 'depends_on: [nowhere]'));

    const good = waymark('pack', 'validate', 'good', '--json');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, pack: { id: 'example-pack' }, problems: [] });

    const bad = waymark('pack', 'validate', 'bad');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'processes/central-review.yaml, steps[1].depends_on[0]: the step depends on "nowhere", which is not a step of this process',
    );

    const usage = waymark('pack', 'validate');
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);

    const built = waymark('pack', 'build', 'good', '--out', 'good.zip');
    expect(built.status).toBe(0);
    expect(waymark('pack', 'validate', 'good.zip').status).toBe(0);
    // Five real processes, each starting the command line: allow for a busy machine.
  }, 120_000);
});
