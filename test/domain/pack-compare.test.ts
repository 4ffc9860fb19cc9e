import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { Pack } from '../../src/domain/pack';
import { comparePacks } from '../../src/domain/pack-compare';

async function processes(): Promise<Pack> {
  const { result } = await readPackFromDisk('templates/waymark-example-processes');
  if (!result.ok) throw new Error('not valid');
  return result.pack;
}

describe('comparePacks', () => {
  it('reports added, removed, changed and unchanged templates', async () => {
    const before = await processes();
    const after = structuredClone(before);
    after.templates = after.templates.filter((t) => t.id !== 'procurement-steps');
    const central = after.templates.find((t) => t.id === 'central-digital-assurance');
    if (central?.kind !== 'process') throw new Error('missing process');
    central.version = '1.2.0';
    central.steps = central.steps.slice(1).map((s) => ({ ...s, depends_on: [] }));
    after.templates.push({ ...central, id: 'new-process', title: 'A new process' });

    const result = comparePacks(before, after);
    expect(result.map((r) => [r.id, r.change])).toEqual([
      ['central-digital-assurance-2026', 'unchanged'],
      ['central-digital-assurance', 'changed'],
      ['departmental-it-governance', 'unchanged'],
      ['new-process', 'added'],
      ['procurement-steps', 'removed'],
    ]);
    const changed = result[1];
    if (changed?.change !== 'changed') throw new Error('expected a change');
    const steps = changed.diff.items.find((l) => l.noun === 'step');
    expect(steps?.removed).toHaveLength(1);
  });
});
