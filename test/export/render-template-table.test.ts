import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { Pack } from '../../src/domain/pack';
import { renderCsv } from '../../src/export/render-csv';
import { templateTable } from '../../src/export/render-template-table';

async function pack(folder: string): Promise<Pack> {
  const { result } = await readPackFromDisk(`templates/${folder}`);
  if (!result.ok) throw new Error(`${folder} is not valid`);
  return result.pack;
}

describe('templateTable', () => {
  it('gives a checklist one row per point with empty columns to fill in', async () => {
    const template = (await pack('gov-uk-service-standard')).templates[0];
    if (!template) throw new Error('no template');
    const table = templateTable(template);
    expect(table?.columns).toEqual([
      'Point',
      'Title',
      'Summary',
      'Examples of evidence',
      'Status',
      'Notes',
      'Evidence',
    ]);
    expect(table?.rows).toHaveLength(14);
    expect(table?.rows[11]?.slice(0, 2)).toEqual(['12', 'Make new source code open']);
    expect(table?.rows[0]?.slice(4)).toEqual(['', '', '']);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      renderCsv(table ?? { name: '', columns: [], rows: [] }),
    );
    expect(csv.split('\r\n')[0]).toBe('\uFEFFPoint,Title,Summary,Examples of evidence,Status,Notes,Evidence');
  });

  it('gives a maturity model a row per category or dimension with a column per level', async () => {
    const template = (await pack('open-source-capability-model')).templates[0];
    if (!template) throw new Error('no template');
    const table = templateTable(template);
    expect(table?.columns).toEqual(['Category', 'Dimension', 'Low', 'Medium', 'High', 'Current level', 'Target level']);
    expect(table?.rows.length).toBeGreaterThanOrEqual(9);
    expect(table?.rows.every((r) => r[2] !== '' && r[4] !== '')).toBe(true);
  });

  it('gives a process its steps, naming the steps each one follows', async () => {
    const central = (await pack('waymark-example-processes')).templates.find(
      (t) => t.id === 'central-digital-assurance',
    );
    if (!central || central.kind !== 'process') throw new Error('no process');
    const table = templateTable(central);
    expect(table?.rows).toHaveLength(central.steps.length);
    const withDependency = central.steps.findIndex((s) => (s.depends_on ?? []).length > 0);
    const first = central.steps[withDependency]?.depends_on?.[0];
    expect(String(table?.rows[withDependency]?.[4])).toContain(
      central.steps.find((s) => s.id === first)?.name ?? 'missing',
    );
  });

  it('has no table for a business case or a guide', async () => {
    const caseTemplate = (await pack('waymark-agile-business-case')).templates[0];
    const guide = (await pack('waymark-playbook')).templates[0];
    if (!caseTemplate || !guide) throw new Error('missing templates');
    expect(templateTable(caseTemplate)).toBeNull();
    expect(templateTable(guide)).toBeNull();
  });
});
