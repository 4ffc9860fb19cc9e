// Import planning: how an incoming pack relates to installed ones, and what happens to each template.
import { describe, expect, it } from 'vitest';
import type { Pack, PackTemplate } from '../../src/domain/pack';
import { installedPackRecord, planPackImport } from '../../src/domain/pack-import-plan';
import { readPackEntries } from '../../src/packs/pack-reader';
import { goodEntries } from '../packs/pack-fixtures';

function goodPack(): Pack {
  const result = readPackEntries(goodEntries());
  if (!result.ok) throw new Error('the fixture pack should be valid');
  return result.pack;
}

function withVersion(pack: Pack, version: string): Pack {
  return { ...pack, manifest: { ...pack.manifest, version } };
}

function editTemplate(pack: Pack, id: string, edit: (t: PackTemplate) => PackTemplate): Pack {
  return { ...pack, templates: pack.templates.map((t) => (t.id === id ? edit(t) : t)) };
}

describe('planning a pack import', () => {
  it('installs a pack that is not there, with every template added', async () => {
    const plan = await planPackImport([], goodPack());
    expect(plan).toMatchObject({
      packId: 'example-pack',
      status: 'new',
      action: 'install',
      installedVersion: null,
      incomingVersion: '1.2.0',
    });
    expect(plan.templates.map((t) => t.change)).toEqual(Array(6).fill('added'));
    expect(plan.templates.find((t) => t.id === 'example-standard')?.items).toBe(3);
    expect(plan.summary).toBe('Example pack 1.2.0 is new and can be added.');
  });

  it('does nothing for the same version with the same content', async () => {
    const pack = goodPack();
    const plan = await planPackImport([await installedPackRecord(pack)], pack);
    expect(plan).toMatchObject({ status: 'same-version', action: 'none' });
    expect(plan.templates.every((t) => t.change === 'unchanged')).toBe(true);
  });

  it('refuses the same version with different content as an id clash', async () => {
    const pack = goodPack();
    const installed = await installedPackRecord(pack);
    const changed = editTemplate(pack, 'example-standard', (t) => ({ ...t, summary: 'Changed.' }));
    const plan = await planPackImport([installed], changed);
    expect(plan).toMatchObject({ status: 'id-clash', action: 'refuse' });
    expect(plan.summary).toMatch(/needs a new version number/);
    expect(plan.templates.find((t) => t.id === 'example-standard')?.change).toBe('changed-without-new-version');
  });

  it('upgrades to a newer version: templates updated, unchanged, added and removed', async () => {
    const pack = goodPack();
    const installed = await installedPackRecord(pack);
    let next = withVersion(pack, '1.3.0');
    next = editTemplate(next, 'example-standard', (t) => ({
      ...t,
      version: '1.1.0',
      title: 'Example standard, revised',
    }));
    next = { ...next, templates: next.templates.filter((t) => t.id !== 'two-bosses') };
    const extra = next.templates.find((t) => t.id === 'example-case');
    if (!extra) throw new Error('expected the business case');
    next = { ...next, templates: [...next.templates, { ...extra, id: 'second-case' }] };
    const plan = await planPackImport([installed], next);
    expect(plan).toMatchObject({
      status: 'newer-version',
      action: 'upgrade',
      installedVersion: '1.2.0',
      incomingVersion: '1.3.0',
    });
    const changes = Object.fromEntries(plan.templates.map((t) => [t.id, t.change]));
    expect(changes).toEqual({
      'example-case': 'unchanged',
      'central-review': 'unchanged',
      'department-gates': 'unchanged',
      'example-maturity': 'unchanged',
      'example-standard': 'updated',
      'second-case': 'added',
      'two-bosses': 'removed',
    });
    expect(plan.templates.at(-1)).toMatchObject({
      id: 'two-bosses',
      installedVersion: '1.0.0',
      incomingVersion: null,
      items: 0,
    });
  });

  it('asks before going back to an older version, and marks older templates', async () => {
    const pack = goodPack();
    const installed = await installedPackRecord(pack);
    const older = editTemplate(withVersion(pack, '1.1.9'), 'example-maturity', (t) => ({ ...t, version: '1.0.0' }));
    const plan = await planPackImport([installed], older);
    expect(plan).toMatchObject({ status: 'older-version', action: 'confirm-downgrade' });
    expect(plan.templates.find((t) => t.id === 'example-maturity')?.change).toBe('older-version');
  });

  it('compares only with the installed pack of the same id', async () => {
    const pack = goodPack();
    const other = { ...(await installedPackRecord(pack)), id: 'another-pack', version: '9.0.0' };
    expect((await planPackImport([other], pack)).status).toBe('new');
  });
});
