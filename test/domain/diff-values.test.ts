// The old and the new value of each changed field, as people read them in a comparison.
import { describe, expect, it } from 'vitest';
import { describeValue, fieldChangeText, VALUE_PREVIEW_LENGTH } from '../../src/domain/diff-values';
import { diffTemplates } from '../../src/domain/pack-template-diff';
import type { ProcessTemplate } from '../../src/domain/pack';

const names: Record<string, string> = { duration_days: 'typical days', owner: 'owner' };
const name = (field: string) => names[field] ?? field;

const process: ProcessTemplate = {
  id: 'route',
  kind: 'process',
  title: 'Route',
  version: '1.0.0',
  side: 'central',
  steps: [{ id: 'review', name: 'Review', owner: 'Board', duration_days: 30 }],
};

describe('what changed, with values', () => {
  it('shows the old and the new value of each changed field of a step', () => {
    const after: ProcessTemplate = {
      ...process,
      version: '1.1.0',
      steps: [{ id: 'review', name: 'Review', owner: 'Panel', duration_days: 45 }],
    };
    const changed = diffTemplates(process, after).items[0]?.changed[0];
    expect(changed?.changes.map((change) => fieldChangeText(change, name))).toEqual([
      'typical days: 30 → 45',
      'owner: Board → Panel',
    ]);
  });

  it('says "(none)" for a value added or removed, and writes lists and per-phase text out', () => {
    expect(fieldChangeText({ field: 'owner', before: undefined, after: 'Panel' }, name)).toBe('owner: (none) → Panel');
    expect(describeValue(['Research plan', 'Findings log'])).toBe('Research plan; Findings log');
    expect(describeValue({ alpha: ['Who are the users?'], beta: ['What did you learn?'] })).toBe(
      'alpha: Who are the users?; beta: What did you learn?',
    );
    expect(describeValue(true)).toBe('true');
  });

  it('shortens long text so that a comparison stays readable', () => {
    const long = 'word '.repeat(100);
    const shown = describeValue(long);
    expect(shown.length).toBe(VALUE_PREVIEW_LENGTH);
    expect(shown.endsWith('…')).toBe(true);
  });
});
