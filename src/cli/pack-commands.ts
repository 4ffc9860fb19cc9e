// `waymark pack validate` and `waymark pack build`: check a template pack (folder or zip) and build a
// shareable zip from a pack folder. Both work on files alone, so departments can run them in their own CI.
import { formatCheckedDate, isoDay, overdueContent, type OverdueContent } from '../domain/content-age';
import { lstat } from 'node:fs/promises';
import { relative, resolve, isAbsolute } from 'node:path';
import { FileWriteError, writeFileAtomically } from '../node/atomic-write';
import { shown } from './terminal-text';
import { registerCommand } from './commands';
import { EXIT, InputError, UsageError } from './cli-errors';
import type { CliIo } from './io';
import { packSummaryText, problemsText, validationJson } from './pack-report';
import { readPackFromDisk } from './pack-source';
import { readPackZipBytes } from '../packs/pack-reader';
import { writePackZip } from '../packs/pack-zip';

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Splits arguments into positional words, flags (`--json`) and options with a value (`--out file`, `--out=file`). */
export function parseArgs(
  args: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
  command: string,
): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name) && inline === undefined) parsed.flags.add(name);
    else if (valued.includes(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined || value === '')
        throw new UsageError(`--${name} needs a value; see "waymark ${command} --help".`);
      parsed.values.set(name, value);
      if (inline === undefined) i += 1;
    } else throw new UsageError(`"${arg}" is not an option of "waymark ${command}".`);
  }
  return parsed;
}

export function onePath(parsed: ParsedArgs, command: string, what: string): string {
  if (parsed.positional.length === 0) throw new UsageError(`"waymark ${command}" needs the path of ${what}.`);
  if (parsed.positional.length > 1)
    throw new UsageError(`"waymark ${command}" takes one path, but was given ${parsed.positional.length}.`);
  return parsed.positional[0] ?? '';
}

/** A warning about content not checked against its sources for over a year; it does not fail validation. */
function overdueText(item: OverdueContent): string {
  const what = item.templateId === undefined ? 'The pack' : `The template ${item.templateId}`;
  return `Warning: ${what} was last checked against its sources on ${formatCheckedDate(item.checked)}, more than a year ago.`;
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['json'], [], 'pack validate');
  const given = onePath(parsed, 'pack validate', 'a pack folder or zip');
  const json = parsed.flags.has('json');
  let outcome: Awaited<ReturnType<typeof readPackFromDisk>>;
  try {
    outcome = await readPackFromDisk(resolve(io.cwd, given));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!json) throw new InputError(message);
    io.out(JSON.stringify(validationJson(null, [{ file: '', location: '', message }]), null, 2));
    return EXIT.invalid;
  }
  const { result } = outcome;
  const today = isoDay(io.now?.() ?? new Date());
  const overdue = result.ok && result.pack ? overdueContent(result.pack, today) : [];
  const report = validationJson(result.pack, result.problems);
  if (json) io.out(JSON.stringify(overdue.length > 0 ? { ...report, warnings: overdue } : report, null, 2));
  else if (result.ok) io.out([packSummaryText(result.pack), ...overdue.map(overdueText)].join('\n'));
  else io.out(problemsText(given, result.problems));
  return result.ok ? EXIT.ok : EXIT.invalid;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function build(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, [], ['out'], 'pack build');
  const given = onePath(parsed, 'pack build', 'a pack folder');
  const outGiven = parsed.values.get('out');
  if (outGiven === undefined) throw new UsageError('"waymark pack build" needs --out <file.zip>, the zip to write.');
  if (!outGiven.toLowerCase().endsWith('.zip')) throw new UsageError(`--out must name a .zip file, not "${outGiven}".`);
  const source = resolve(io.cwd, given);
  const out = resolve(io.cwd, outGiven);
  const sourceStats = await lstat(source).catch(() => null);
  if (!sourceStats) throw new InputError(`there is no folder at ${given}.`);
  if (!sourceStats.isDirectory())
    throw new UsageError(`"waymark pack build" builds from a pack folder, and ${given} is not a folder.`);
  if (isInside(source, out))
    throw new InputError(`the zip would be written inside the pack folder ${given}; choose a path outside it.`);
  const outStats = await lstat(out).catch(() => null);
  if (outStats && !outStats.isFile())
    throw new InputError(`${outGiven} exists and is not an ordinary file; choose another path for the zip.`);

  const { result } = await readPackFromDisk(source);
  if (!result.ok) {
    io.out(problemsText(given, result.problems));
    io.err(`waymark: no zip was written because the pack is not valid.`);
    return EXIT.invalid;
  }
  const zip = writePackZip(result.files);
  const check = readPackZipBytes(zip);
  if (!check.ok) throw new InputError('the built zip did not read back as a valid pack, so it was not written.');
  try {
    await writeFileAtomically(out, zip, outGiven);
  } catch (error) {
    throw new InputError(
      `the zip could not be written: ${error instanceof FileWriteError ? error.message : String(error)}.`,
    );
  }
  const { manifest } = result.pack;
  io.out(
    `Built ${shown(outGiven)}: ${shown(manifest.name)} (${manifest.id}) version ${manifest.version}, ${result.files.length} files, ${zip.length} bytes.`,
  );
  return EXIT.ok;
}

const VALIDATE_HELP = [
  'Usage: waymark pack validate <folder|zip> [--json]',
  '',
  'Checks a template pack, a folder or a zip, as the app checks it before import. Exits 0 when the pack is',
  'valid and 1 when it is not, listing each problem with its file and place.',
  '',
  'Options:',
  '  --json  Print one JSON object (ok, pack, problems) instead of text',
].join('\n');

const BUILD_HELP = [
  'Usage: waymark pack build <folder> --out <file.zip>',
  '',
  'Checks a pack folder and, when it is valid, writes it as a zip that people can import. The zip is',
  'written whole or not at all; an existing read-only file is never replaced.',
  '',
  'Options:',
  '  --out <file.zip>  The zip to write (required); its folder must already exist',
].join('\n');

registerCommand({
  path: ['pack', 'validate'],
  usage: 'pack validate <folder|zip> [--json]',
  help: VALIDATE_HELP,
  summary: 'Check a template pack; exit 0 if valid, 1 if not',
  run: validate,
});

registerCommand({
  path: ['pack', 'build'],
  usage: 'pack build <folder> --out <file.zip>',
  help: BUILD_HELP,
  summary: 'Check a pack folder and write it as a zip',
  run: build,
});
