// The pack writer: every built-in pack, written out and read back, is the same pack; its zip validates;
// the YAML is block style, in reading order, with long text as block scalars.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { Pack, StandardTemplate } from '../../src/domain/pack';
import { readPackEntries, readPackZipBytes } from '../../src/packs/pack-reader';
import { writePackFiles, templateFileText, templatePath } from '../../src/packs/pack-writer';
import { writePackZip } from '../../src/packs/pack-zip';
import { GOOD_PACK } from './pack-fixtures';

const TEMPLATES = join(import.meta.dirname, '../../templates');
const builtIn = readdirSync(TEMPLATES).sort();

async function readFromDisk(folder: string): Promise<Pack> {
  const { result } = await readPackFromDisk(folder);
  if (!result.ok) throw new Error(`${folder} is not valid: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

function textOf(files: ReturnType<typeof writePackFiles>, path: string): string {
  const file = files.find((entry) => entry.path === path);
  if (!file) throw new Error(`no ${path}`);
  return new TextDecoder().decode(file.bytes);
}

describe('writePackFiles', () => {
  it('finds the built-in packs to test', () => {
    expect(builtIn.length).toBeGreaterThanOrEqual(10);
  });

  it.each(builtIn)('writes the built-in pack %s so that it reads back as the same pack', async (name) => {
    const pack = await readFromDisk(join(TEMPLATES, name));
    const files = writePackFiles(pack);
    const back = readPackEntries(files);
    expect(back.problems).toEqual([]);
    expect(back.pack).toEqual(pack);
  });

  it.each(builtIn)('zips the built-in pack %s into a zip that validates', async (name) => {
    const pack = await readFromDisk(join(TEMPLATES, name));
    const back = readPackZipBytes(writePackZip(writePackFiles(pack)));
    expect(back.ok).toBe(true);
    expect(back.pack?.manifest).toEqual(pack.manifest);
    expect(back.pack?.templates.map((t) => t.id).sort()).toEqual(pack.templates.map((t) => t.id).sort());
  });

  it('writes the fixture pack (every kind, a CSV process among them) as YAML and Markdown files only', async () => {
    const pack = await readFromDisk(GOOD_PACK);
    const files = writePackFiles(pack);
    expect(files.map((file) => file.path).sort()).toEqual(
      [
        'business-cases/example-case.yaml',
        'guides/two-bosses.md',
        'pack.yaml',
        'processes/central-review.yaml',
        'processes/department-gates.yaml',
        'standards/example-maturity.yaml',
        'standards/example-standard.yaml',
      ].sort(),
    );
    expect(readPackEntries(files).pack).toEqual(pack);
    const guide = textOf(files, 'guides/two-bosses.md');
    expect(guide.startsWith('---\nid: two-bosses\nkind: guide\n')).toBe(true);
    expect(guide).toMatch(/\n---\n\n\S/);
  });

  it('puts fields in reading order, in block style, with paragraphs as literal block scalars', () => {
    const template: StandardTemplate = {
      points: [
        {
          evidence: ['A plan'],
          summary: 'What it means.',
          guidance: 'First paragraph.\n\nSecond paragraph.',
          title: 'Know your users',
          look_for: { live: ['Research goes on'], alpha: ['A picture of users'] },
          id: '1',
        },
      ],
      version: '1.0.0',
      title: 'Our checklist',
      kind: 'standard',
      id: 'our-checklist',
    };
    expect(templatePath(template)).toBe('standards/our-checklist.yaml');
    expect(templateFileText(template)).toBe(
      [
        'id: our-checklist',
        'kind: standard',
        'title: Our checklist',
        'version: 1.0.0',
        'points:',
        '  - id: "1"',
        '    title: Know your users',
        '    summary: What it means.',
        '    guidance: |-',
        '      First paragraph.',
        '',
        '      Second paragraph.',
        '    look_for:',
        '      alpha:',
        '        - A picture of users',
        '      live:',
        '        - Research goes on',
        '    evidence:',
        '      - A plan',
        '',
      ].join('\n'),
    );
  });

  it('writes long single-line text as a folded block scalar that reads back unchanged', () => {
    const summary =
      'A long summary: it has a colon, "quotes" and # a hash, and it runs on well past eighty characters.';
    const template: StandardTemplate = {
      id: 'long',
      kind: 'standard',
      title: 'Long',
      version: '1.0.0',
      summary,
      points: [{ id: '1', title: 'A', summary: 'B' }],
    };
    const text = templateFileText(template);
    expect(text).toContain('summary: >-\n  A long summary: it has a colon');
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
    const pack: Pack = {
      manifest: {
        format: 'waymark-pack/1',
        id: 'long',
        name: 'Long',
        version: '1.0.0',
        publisher: 'Us',
        description: 'D',
        licence: 'CC0-1.0',
        language: 'en',
        sources: [{ title: 'S', url: 'https://example.org', licence: 'CC0-1.0' }],
      },
      templates: [template],
    };
    expect(readPackEntries(writePackFiles(pack)).pack).toEqual(pack);
  });

  it('quotes text that YAML would otherwise read as a number, a boolean or nothing', () => {
    const pack: Pack = {
      manifest: {
        format: 'waymark-pack/1',
        id: 'quoting',
        name: 'yes',
        version: '1.0.0',
        publisher: 'null',
        description: '2019',
        licence: 'All rights reserved',
        language: 'en-GB',
        sources: [{ title: 'Ours: a # source', url: 'https://example.org/a?b=c#d', licence: '3.0' }],
      },
      templates: [
        {
          id: 'p',
          kind: 'process',
          title: '- a dash',
          version: '0.1.0',
          side: 'other',
          steps: [
            {
              id: '1.2',
              name: '[square]',
              duration_days: 5,
              depends_on: [],
              description: '  leading spaces\nand lines\n',
            },
          ],
        },
      ],
    };
    const back = readPackEntries(writePackFiles(pack));
    expect(back.problems).toEqual([]);
    expect(back.pack).toEqual(pack);
  });
});
