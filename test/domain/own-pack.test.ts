// Own packs: manifests from a name, starter templates that validate once filled in, copying with credit,
// semantic version bumps, publishing, and the list edits of the template editor.
import { describe, expect, it } from 'vitest';
import {
  addLevel,
  bumpVersion,
  copyTemplateIntoPack,
  fullAddress,
  identifierFrom,
  isShareAlike,
  linesToList,
  listToLines,
  moveItem,
  newCategory,
  newOwnManifest,
  newPoint,
  newStep,
  publishPack,
  removeAt,
  removeLevel,
  removeStep,
  replaceAt,
  starterTemplate,
  uniqueIdentifier,
  OWN_TEMPLATE_KINDS,
} from '../../src/domain/own-pack';
import type { MaturityModelTemplate, Pack, ProcessTemplate, StandardTemplate } from '../../src/domain/pack';
import { packManifestSchema, standardPointSchema, templateItemCount, TEMPLATE_SCHEMAS } from '../../src/domain/pack';
import { readPackEntries } from '../../src/packs/pack-reader';
import { writePackFiles } from '../../src/packs/pack-writer';

const details = {
  name: 'Our Assurance Checklist!',
  publisher: 'Department for Rivers',
  description: 'Checks before a gate.',
  licence: 'CC-BY-4.0',
};

function ownPack(): Pack {
  const manifest = newOwnManifest(
    details,
    [],
    [{ title: 'Our framework', url: 'https://example.org/framework', licence: 'CC-BY-4.0' }],
  );
  return { manifest, templates: [starterTemplate('standard', 'our-checklist', 'Our checklist')] };
}

function original(licence = 'CC-BY-SA-4.0'): Pack {
  return {
    manifest: {
      format: 'waymark-pack/1',
      id: 'shared-model',
      name: 'Shared model',
      version: '2.1.0',
      publisher: 'Public Digital',
      description: 'A shared model.',
      licence,
      language: 'en-GB',
      sources: [{ title: 'The report', url: 'https://example.org/report', licence }],
    },
    templates: [
      {
        id: 'our-checklist',
        kind: 'standard',
        title: 'Shared checklist',
        version: '2.0.0',
        points: [{ id: '1', title: 'A', summary: 'B' }],
      },
    ],
  };
}

describe('identifiers and manifests', () => {
  it('derives a valid identifier from a name, and falls back when nothing is left', () => {
    expect(identifierFrom('Our Assurance Checklist!', 'x')).toBe('our-assurance-checklist');
    expect(identifierFrom('  Évaluation   de la maturité ', 'x')).toBe('evaluation-de-la-maturite');
    expect(identifierFrom('!!!', 'my-pack')).toBe('my-pack');
    expect(identifierFrom('a'.repeat(100), 'x')).toHaveLength(60);
  });

  it('makes identifiers unique against those taken', () => {
    expect(uniqueIdentifier('pack', [])).toBe('pack');
    expect(uniqueIdentifier('pack', ['pack', 'pack-2'])).toBe('pack-3');
  });

  it('creates a manifest at version 0.1.0 with an id unique among installed packs, valid for the format', () => {
    const manifest = newOwnManifest(details, ['our-assurance-checklist']);
    expect(manifest.id).toBe('our-assurance-checklist-2');
    expect(manifest.version).toBe('0.1.0');
    expect(manifest.sources).toBeUndefined();
    expect(packManifestSchema.safeParse(manifest).success).toBe(true);
  });

  it('turns typed addresses into full ones', () => {
    expect(fullAddress('team@rivers.gov.uk')).toBe('mailto:team@rivers.gov.uk');
    expect(fullAddress('www.gov.uk/x')).toBe('https://www.gov.uk/x');
    expect(fullAddress('gov.uk')).toBe('https://gov.uk');
    expect(fullAddress(' https://a.org ')).toBe('https://a.org');
    expect(fullAddress('not an address')).toBe('not an address');
  });

  it('recognises share-alike licences', () => {
    expect(isShareAlike('CC-BY-SA-4.0')).toBe(true);
    expect(isShareAlike('Creative Commons Attribution-ShareAlike')).toBe(true);
    expect(isShareAlike('CC-BY-4.0')).toBe(false);
    expect(isShareAlike('OGL-UK-3.0')).toBe(false);
  });
});

describe('starter templates', () => {
  it.each(OWN_TEMPLATE_KINDS)('a %s is a valid template with one item to fill in', (kind) => {
    const template = starterTemplate(kind, 'mine', ' Mine ');
    expect(template.title).toBe('Mine');
    expect(template.version).toBe('0.1.0');
    expect(TEMPLATE_SCHEMAS[kind].safeParse(template).success).toBe(true);
    expect(templateItemCount(template)).toBe(1);
    const pack: Pack = { manifest: ownPack().manifest, templates: [template] };
    expect(readPackEntries(writePackFiles(pack)).problems).toEqual([]);
  });

  it('gives new items empty text, which the format refuses until it is filled in', () => {
    expect(standardPointSchema.safeParse(newPoint([])).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      [
        ['title', 'is empty'],
        ['summary', 'is empty'],
      ],
    );
  });
});

describe('versions', () => {
  it.each([
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'major', '2.0.0'],
    ['0.1.0', 'minor', '0.2.0'],
    ['1.0.0-beta.1', 'patch', '1.0.0'],
    ['1.0.0-beta.1', 'minor', '1.0.0'],
    ['1.0.0-beta.1', 'major', '1.0.0'],
    ['1.2.0-rc.1', 'major', '2.0.0'],
    ['1.2.3-rc.1', 'minor', '1.3.0'],
    ['1.2.3+build.5', 'patch', '1.2.4'],
  ] as const)('bumps %s by %s to %s', (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });

  it('refuses text that is not a version', () => {
    expect(() => bumpVersion('1.2', 'patch')).toThrow('not a semantic version');
  });

  it('publishes: bumps the pack and the templates that are new or changed, and leaves the rest', () => {
    const before = ownPack();
    const unchanged = starterTemplate('process', 'steps', 'Steps');
    before.templates.push(unchanged);
    const edited: StandardTemplate = { ...(before.templates[0] as StandardTemplate), title: 'Renamed' };
    const added = { ...starterTemplate('business-case', 'case', 'Case'), version: '1.4.0' };
    const published = publishPack(before, { ...before, templates: [edited, unchanged, added] }, 'minor');
    expect(published.manifest.version).toBe('0.2.0');
    expect(published.templates.map((t) => [t.id, t.version])).toEqual([
      ['our-checklist', '0.2.0'],
      ['steps', '0.1.0'],
      ['case', '1.5.0'],
    ]);
    expect(published.templates[0]?.title).toBe('Renamed');
  });

  it('leaves a template whose version the person already raised, and bumps everything when first published', () => {
    const before = ownPack();
    const raised = { ...(before.templates[0] as StandardTemplate), title: 'Again', version: '5.0.0' };
    expect(publishPack(before, { ...before, templates: [raised] }, 'patch').templates[0]?.version).toBe('5.0.0');
    const first = publishPack(null, before, 'major');
    expect(first.manifest.version).toBe('1.0.0');
    expect(first.templates[0]?.version).toBe('1.0.0');
  });
});

describe('copying a template', () => {
  it('copies with a fresh id when taken, credits the original and carries its sources', () => {
    const copy = copyTemplateIntoPack(ownPack(), original(), 'our-checklist');
    expect(copy.templateId).toBe('our-checklist-2');
    expect(copy.pack.templates.map((t) => t.id)).toEqual(['our-checklist', 'our-checklist-2']);
    expect(copy.pack.templates[1]?.title).toBe('Shared checklist');
    const sources = copy.pack.manifest.sources ?? [];
    expect(sources.map((s) => s.title)).toEqual(['Our framework', 'Shared model 2.1.0 (shared-model)', 'The report']);
    expect(sources[1]).toMatchObject({ url: 'https://example.org/report', licence: 'CC-BY-SA-4.0' });
    expect(sources[1]?.note).toContain('published by Public Digital');
    expect(copy.shareAlikeLicence).toBe('CC-BY-SA-4.0');
  });

  it('keeps the id when it is free, warns of nothing for a licence without share-alike, and does not credit twice', () => {
    const empty: Pack = { manifest: ownPack().manifest, templates: [] };
    const first = copyTemplateIntoPack(empty, original('CC-BY-4.0'), 'our-checklist');
    expect(first.templateId).toBe('our-checklist');
    expect(first.shareAlikeLicence).toBeNull();
    const second = copyTemplateIntoPack(first.pack, original('CC-BY-4.0'), 'our-checklist');
    expect(second.pack.manifest.sources).toHaveLength(3);
  });

  it('copies a superseded template with its date and note but without its replacement, so the copy is valid', () => {
    const withSuperseded = original();
    const [first] = withSuperseded.templates;
    if (!first) throw new Error('expected a template');
    withSuperseded.templates = [
      { ...first, superseded: { date: '2026-04-01', by: 'newer-checklist', note: 'Replaced by the newer one.' } },
    ];
    const copy = copyTemplateIntoPack(ownPack(), withSuperseded, 'our-checklist');
    expect(copy.pack.templates[1]?.superseded).toEqual({ date: '2026-04-01', note: 'Replaced by the newer one.' });
    const read = readPackEntries(writePackFiles(copy.pack));
    expect(read.problems).toEqual([]);
  });

  it('uses the address given when the original lists no source, and refuses an unknown template', () => {
    const bare = original();
    delete bare.manifest.sources;
    const copy = copyTemplateIntoPack(ownPack(), bare, 'our-checklist', 'mailto:team@example.org');
    expect(copy.pack.manifest.sources?.[1]?.url).toBe('mailto:team@example.org');
    expect(() => copyTemplateIntoPack(ownPack(), bare, 'nope')).toThrow('has no template nope');
  });
});

describe('list edits', () => {
  it('adds, removes, replaces and moves items', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(replaceAt(['a', 'b'], 0, 'z')).toEqual(['z', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('numbers new points after the highest number', () => {
    expect(newPoint([]).id).toBe('1');
    expect(
      newPoint([
        { id: '1', title: 'a', summary: 'b' },
        { id: '7', title: 'a', summary: 'b' },
      ]).id,
    ).toBe('8');
    expect(
      newPoint([
        { id: 'x', title: 'a', summary: 'b' },
        { id: '2', title: 'a', summary: 'b' },
      ]).id,
    ).toBe('3');
  });

  it('keeps level descriptions in step with the levels', () => {
    const model = starterTemplate('maturity-model', 'm', 'M') as MaturityModelTemplate;
    const withCategory = { ...model, categories: [...model.categories, newCategory(model)] };
    expect(withCategory.categories.map((c) => c.id)).toEqual(['category-1', 'category-2']);
    const added = addLevel(withCategory);
    expect(added.levels.map((l) => l.id)).toEqual(['low', 'medium', 'high', 'level-4']);
    expect(Object.keys(added.categories[1]?.levels ?? {})).toEqual(['low', 'medium', 'high', 'level-4']);
    const removed = removeLevel(added, 1);
    expect(removed.levels.map((l) => l.id)).toEqual(['low', 'high', 'level-4']);
    expect(Object.keys(removed.categories[0]?.levels ?? {})).toEqual(['low', 'high', 'level-4']);
  });

  it('removes a step and every dependency on it', () => {
    const process = starterTemplate('process', 'p', 'P') as ProcessTemplate;
    const second = { ...newStep(process.steps), depends_on: ['step-1'] };
    const withSteps: ProcessTemplate = { ...process, steps: [...process.steps, second] };
    expect(second.id).toBe('step-2');
    expect(removeStep(withSteps, 0).steps).toEqual([{ id: 'step-2', name: '', depends_on: [] }]);
    expect(removeStep(withSteps, 1).steps.map((s) => s.id)).toEqual(['step-1']);
  });

  it('turns lines into lists and back', () => {
    expect(linesToList(' one \n\n two\n')).toEqual(['one', 'two']);
    expect(listToLines(['one', 'two'])).toBe('one\ntwo');
    expect(listToLines(undefined)).toBe('');
  });
});
