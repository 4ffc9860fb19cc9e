// Property-based checks of what comes from outside: any text in any pack field, any bytes as a pack
// zip, a pack file or a process CSV, and any sequence of pack imports, updates and removals. Shared by
// `npm test` (test/fuzz/pack-fuzz.test.ts, a fixed seed and a small budget) and the long run in
// `npm run bench` (test/bench/fuzz.bench.ts), which reports how many inputs ran and what they found.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { packsRepository } from '../../src/db/packs-repository';
import { StorageError } from '../../src/db/storage-errors';
import type { Pack } from '../../src/domain/pack';
import { renderDocx } from '../../src/export/render-docx';
import { renderTemplateDocument } from '../../src/export/render-template';
import type { PackEntry } from '../../src/packs/pack-entries';
import { readPackEntries } from '../../src/packs/pack-reader';
import { freshDatabase } from '../db/test-database';
import { readDocx, textOf } from '../export/docx-reader';
import { docxXmlProblems } from '../export/docx-wellformed';
import { edited, fixtureText, goodEntries } from '../packs/pack-fixtures';

/** Text a fuzzer should try hard: any code point, lone surrogates, controls, non-characters, direction marks. */
export const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '\uFFFE',
        '\uFFFF',
        '\uD800',
        '\uDC00',
        '\u0000',
        '\u001B',
        '\u202E',
        '\u2066',
        '\u0085',
        '&',
        '<',
        '"',
        ']]>',
      ),
    },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 40,
});

/** Which pack field the text goes into, and the template to render afterwards. */
const FIELDS = ['standard title', 'point text', 'guide line', 'guide link', 'marking'] as const;
export type TextField = (typeof FIELDS)[number];

function withText(field: TextField, text: string): { entries: PackEntry[]; template: string; marking: string } {
  const quoted = JSON.stringify(text);
  const standard = fixtureText('standards/example-standard.yaml');
  const guide = fixtureText('guides/two-bosses.md');
  switch (field) {
    case 'standard title':
      return {
        entries: edited({
          'standards/example-standard.yaml': standard.replace('title: Example standard', `title: ${quoted}`),
        }),
        template: 'example-standard',
        marking: 'OFFICIAL',
      };
    case 'point text': {
      const changed = standard.replace(/(\n\s+title: )[^\n]+/, `$1${quoted}`);
      return {
        entries: edited({ 'standards/example-standard.yaml': changed }),
        template: 'example-standard',
        marking: 'OFFICIAL',
      };
    }
    case 'guide line':
      return {
        entries: edited({ 'guides/two-bosses.md': `${guide}\n\n${text}\n` }),
        template: 'two-bosses',
        marking: 'OFFICIAL',
      };
    case 'guide link':
      return {
        entries: edited({ 'guides/two-bosses.md': `${guide}\n\n[read](https://example.org/${text})\n` }),
        template: 'two-bosses',
        marking: 'OFFICIAL',
      };
    case 'marking':
      return { entries: goodEntries(), template: 'example-standard', marking: text };
  }
}

/** One outcome of a text-field input, for the long run's report. */
export type TextOutcome = 'refused' | 'written';

/**
 * Any text in any pack field: the pack is refused with messages, or the document renders, every XML
 * part of the .docx is well-formed, and the text is still there. Throws (failing the property) otherwise.
 */
export async function checkTextField(field: TextField, text: string): Promise<TextOutcome> {
  const { entries, template, marking } = withText(field, text);
  const result = readPackEntries(entries);
  if (!result.ok) {
    if (result.problems.length === 0 || result.problems.some((p) => p.message.trim() === ''))
      throw new Error('a pack was refused without a message');
    return 'refused';
  }
  const model = renderTemplateDocument(result.pack, template, { date: '2026-01-01', marking });
  const bytes = await renderDocx(model, { contentsPageNumbers: false, now: new Date('2026-01-01T00:00:00Z') });
  const problems = docxXmlProblems(bytes);
  if (problems.length > 0) throw new Error(`unreadable document: ${problems.join('; ')}`);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  if (field !== 'marking' && field !== 'guide link' && words.length > 0) {
    const docx = readDocx(bytes);
    const all = `${textOf(docx.part('word/document.xml'))}\n${textOf(docx.part('docProps/core.xml'))}`;
    const lost = words.find((word) => !all.includes(word));
    if (lost !== undefined) throw new Error(`the text "${lost}" did not survive into the document`);
  }
  return 'written';
}

export const textFieldInput = fc.tuple(fc.constantFrom(...FIELDS), hostileText);

/** Where a byte sequence is put: a whole pack zip, one pack file, or the process CSV. */
const PLACES = ['zip', 'pack file', 'process csv', 'mutated zip'] as const;
export type BytePlace = (typeof PLACES)[number];

function goodZip(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of goodEntries()) files[entry.path] = entry.bytes;
  return zipSync(files);
}
const GOOD_ZIP = goodZip();

export const byteInput = fc.tuple(
  fc.constantFrom(...PLACES),
  fc.uint8Array({ maxLength: 2048 }),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
);

/** Runs `pack validate` on the bytes in their place; exit 0 or 1 with a message, never a crash or a trace. */
export async function checkBytes(
  place: BytePlace,
  bytes: Uint8Array,
  flips: readonly [number, number][],
): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'waymark-fuzz-'));
  try {
    let target = join(work, 'pack.zip');
    if (place === 'zip') writeFileSync(target, bytes);
    else if (place === 'mutated zip') {
      const copy = GOOD_ZIP.slice();
      for (const [at, value] of flips) copy[at % copy.length] = value;
      writeFileSync(target, copy);
    } else {
      const changed = place === 'pack file' ? 'standards/example-standard.yaml' : 'processes/department-gates.csv';
      const entries = goodEntries().map((entry) => (entry.path === changed ? { path: entry.path, bytes } : entry));
      const files: Record<string, Uint8Array> = {};
      for (const entry of entries) files[entry.path] = entry.bytes;
      target = join(work, 'pack.zip');
      writeFileSync(target, zipSync(files));
    }
    let printed = '';
    const io: CliIo = { cwd: work, out: (text) => (printed += text), err: (text) => (printed += text) };
    const code = await runCli(['pack', 'validate', target], io);
    if (code !== 0 && code !== 1) throw new Error(`exit ${code}: ${printed}`);
    if (printed.trim() === '') throw new Error('nothing was printed');
    if (/something went wrong|\n\s+at .*:\d+:\d+/.test(printed)) throw new Error(`a crash was printed: ${printed}`);
    return code;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function packVersion(base: Pack, id: string, version: string): Pack {
  const copy = structuredClone(base);
  copy.manifest.id = id;
  copy.manifest.version = version;
  return copy;
}

export const libraryCommands = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('import' as const),
      id: fc.constantFrom('pack-a', 'pack-b'),
      version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0'),
    }),
    fc.record({
      kind: fc.constant('activate' as const),
      id: fc.constantFrom('pack-a', 'pack-b'),
      version: fc.constantFrom('1.0.0', '1.1.0', '2.0.0'),
    }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('pack-a', 'pack-b') }),
  ),
  { maxLength: 12 },
);

export type LibraryCommand =
  | { kind: 'import'; id: string; version: string }
  | { kind: 'activate'; id: string; version: string }
  | { kind: 'remove'; id: string };

const GOOD = readPackEntries(goodEntries());

/**
 * Runs a sequence of imports (downgrades confirmed), activations and removals, and checks the library
 * after each: every stored version is complete, and each pack with versions has exactly one in use.
 */
export async function checkLibrary(commands: readonly LibraryCommand[]): Promise<void> {
  if (!GOOD.ok) throw new Error('the good fixture pack did not validate');
  const repo = packsRepository(freshDatabase());
  for (const command of commands) {
    try {
      if (command.kind === 'import') {
        const pack = packVersion(GOOD.pack, command.id, command.version);
        const prepared = await repo.prepareImport(pack, GOOD.files);
        await repo.applyImport(prepared, 'imported', { confirmDowngrade: true });
      } else if (command.kind === 'activate') await repo.activate(command.id, command.version);
      else await repo.remove(command.id);
    } catch (error) {
      // A refusal (activating a version that is not stored) is fine if it is a plain StorageError.
      if (!(error instanceof StorageError)) throw error;
    }
    for (const id of ['pack-a', 'pack-b']) {
      const versions = await repo.versions(id);
      if (versions.length === 0) continue;
      const active = versions.filter((v) => v.active);
      if (active.length !== 1) throw new Error(`${id} has ${active.length} versions in use after ${command.kind}`);
      for (const v of versions) {
        if (v.key !== `${id}@${v.version}` || v.pack.manifest.id !== id || v.pack.manifest.version !== v.version)
          throw new Error(`${v.key} is not the version it says it is`);
        if (v.files.length === 0 || !v.installed) throw new Error(`${v.key} is stored incomplete`);
      }
    }
  }
}
