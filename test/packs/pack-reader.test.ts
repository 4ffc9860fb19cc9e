// Reading a good pack: every kind of template comes back typed, from a folder's entries and from a zip.
import { describe, expect, it } from 'vitest';
import { templateItemCount } from '../../src/domain/pack';
import { lineAt, lineFinder } from '../../src/packs/pack-problems';
import { readPackEntries, readPackZipBytes } from '../../src/packs/pack-reader';
import { edited, goodEntries, readEdited, text, zipOf } from './pack-fixtures';

describe('reading the good fixture pack', () => {
  const result = readPackEntries(goodEntries());

  it('validates with no problems and returns the manifest', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.pack?.manifest).toMatchObject({ id: 'example-pack', version: '1.2.0', language: 'en-GB' });
  });

  it('returns one template of each kind with its item count, in path order', () => {
    const summary = result.pack?.templates.map((t) => [t.kind, t.id, templateItemCount(t)]);
    expect(summary).toEqual([
      ['business-case', 'example-case', 2],
      ['guide', 'two-bosses', 1],
      ['process', 'central-review', 3],
      ['process', 'department-gates', 3],
      ['maturity-model', 'example-maturity', 2],
      ['standard', 'example-standard', 3],
    ]);
  });

  it('keeps the fields of a standard point, with paragraphs in guidance', () => {
    const standard = result.pack?.templates.find((t) => t.kind === 'standard');
    expect(standard?.kind === 'standard' && standard.points[0]).toMatchObject({
      id: '1',
      guidance: 'Talk to people who use the service.\n\nKeep talking to them in every phase.\n',
      look_for: { alpha: ['Research with real users', 'User needs written down'] },
    });
    expect(standard?.titles).toEqual({ fr: "Norme d'exemple" });
  });

  it('reads a CSV process with its meta file: lists split on semicolons, numbers, quoted line breaks', () => {
    const csv = result.pack?.templates.find((t) => t.id === 'department-gates');
    expect(csv).toMatchObject({
      kind: 'process',
      title: 'Departmental gates (example)',
      version: '1.1.0',
      side: 'departmental',
    });
    if (csv?.kind !== 'process') throw new Error('expected a process');
    expect(csv.steps[0]).toEqual({
      id: 'gate-0',
      name: 'Strategic assessment',
      owner: 'PMO',
      phase: 'discovery',
      evidence: ['Strategic outline case', 'Risk log'],
      duration_days: 15,
      description: 'First gate, before funding.',
    });
    expect(csv.steps[1]?.description).toBe('A description\nover two lines');
    expect(csv.steps[2]?.depends_on).toEqual(['gate-1']);
  });

  it('gives a CSV process without a meta file a title from its name, the pack version and side other', () => {
    const again = readEdited({ 'processes/department-gates.meta.yaml': null });
    const csv = again.pack?.templates.find((t) => t.id === 'department-gates');
    expect(csv).toMatchObject({ title: 'Department gates', version: '1.2.0', side: 'other' });
  });

  it('keeps a guide body as Markdown text, after its front matter', () => {
    const guide = result.pack?.templates.find((t) => t.kind === 'guide');
    if (guide?.kind !== 'guide') throw new Error('expected a guide');
    expect(guide.body.startsWith('## Why this happens\n')).toBe(true);
    expect(guide.body).toContain('**similar**');
    expect(guide.helps_with).toHaveLength(4);
  });

  it('returns the files it read (README included) for building a zip', () => {
    expect(result.files.map((f) => f.path)).toContain('README.md');
  });

  it('skips hidden files and macOS resource folders', () => {
    const again = readPackEntries([
      ...goodEntries(),
      { path: '.git/config', bytes: text('x') },
      { path: '__MACOSX/._pack.yaml', bytes: text('x') },
    ]);
    expect(again.ok).toBe(true);
  });

  it('reads the same pack from a zip, with or without a top folder', () => {
    const flat = readPackZipBytes(zipOf(goodEntries()));
    expect(flat.problems).toEqual([]);
    expect(flat.pack).toEqual(result.pack);
    const nested = readPackZipBytes(zipOf(goodEntries().map((e) => ({ path: `good-pack/${e.path}`, bytes: e.bytes }))));
    expect(nested.problems).toEqual([]);
    expect(nested.pack).toEqual(result.pack);
  });

  it('accepts a pack without sources when it has no standard or maturity model', () => {
    const manifest =
      'format: waymark-pack/1\nid: p\nname: P\nversion: 1.0.0\npublisher: W\ndescription: D.\nlicence: CC0-1.0\nlanguage: en\n';
    const entries = edited({ 'pack.yaml': manifest }).filter(
      (e) => !e.path.startsWith('standards/') && !e.path.startsWith('guides/'),
    );
    expect(readPackEntries(entries).problems).toEqual([]);
  });
});

describe('lineFinder', () => {
  it('gives the same line as counting from the start, for every offset', () => {
    const text = 'a: 1\n\nb: 2\r\nc:\n  - x\n';
    const lineOf = lineFinder(text);
    for (let offset = 0; offset <= text.length + 2; offset += 1) expect(lineOf(offset)).toBe(lineAt(text, offset));
  });
});
