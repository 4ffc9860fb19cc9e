// `waymark pack render`: renders one template of a pack (folder or zip) as a Word document through the
// document kit: a checklist, a scoring sheet, a blank business case, a process or a guide.
import { lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { FileWriteError, writeFileAtomically } from '../node/atomic-write';
import type { DocumentModel } from '../domain/document-model';
import { MARKING_MAX_LENGTH } from '../domain/document-model';
import { markingProblem } from '../domain/marking';
import { cutByCharacters } from '../domain/xml-text';
import type { Pack } from '../domain/pack';
import type { Phase } from '../domain/project';
import { PHASES, isPhase } from '../domain/project';
import { DOCUMENT_MAX_HEADINGS, DocumentTooLargeError, renderDocx } from '../export/render-docx';
import { TEMPLATE_DOCUMENT_KINDS, TemplateRenderError, renderTemplateDocument } from '../export/render-template';
import { packReferenceResolver, referencedPackIds } from '../export/template-references';
import { EXIT, InputError, UsageError } from './cli-errors';
import { registerCommand } from './commands';
import type { CliIo } from './io';
import { problemsText } from './pack-report';
import { shown } from './terminal-text';
import { readPackFromDisk } from './pack-source';

const COMMAND = 'pack render';
const USAGE =
  'pack render <folder|zip> --template <id> --out <file.docx> [--marking <text>] [--phase <phase>] [--final]';

const HELP = [
  `Usage: waymark ${USAGE}`,
  '',
  'Renders one template of a pack as a Word document: a standard as a checklist, a maturity model as a',
  'scoring sheet, a business case template as a blank case with its prompts, a process as a table of',
  'steps, and a guide as a document.',
  '',
  'Options:',
  '  --template <id>    The id of the template to render (required)',
  '  --out <file.docx>  The Word document to write (required); its folder must already exist',
  `  --marking <text>   The classification in every header and footer (default OFFICIAL, at most ${MARKING_MAX_LENGTH} characters)`,
  `  --phase <phase>    Only one phase's prompts or assessors' points: ${PHASES.join(', ')} (standards and business cases)`,
  '  --final            Mark the document Final rather than For review',
].join('\n');

interface RenderArgs {
  source: string;
  template: string;
  out: string;
  marking: string;
  phase?: Phase;
  final: boolean;
}

const VALUED = ['template', 'out', 'marking', 'phase'] as const;
type Valued = (typeof VALUED)[number];

function isValued(name: string): name is Valued {
  return (VALUED as readonly string[]).includes(name);
}

/** Checks a marking given on the command line (the same rule as the app's); returns it tidied, or throws a UsageError. */
export function checkMarking(marking: string): string {
  const tidy = marking.trim();
  const problem = markingProblem(marking);
  if (problem === null) return tidy;
  switch (problem.kind) {
    case 'empty':
      throw new UsageError('--marking cannot be empty; leave it out to use OFFICIAL.');
    case 'control':
      throw new UsageError('--marking cannot contain control characters such as tabs or line breaks.');
    case 'direction':
      throw new UsageError(
        '--marking cannot contain invisible text-direction characters (such as U+202E), which make it display as other words.',
      );
    case 'unsupported':
      throw new UsageError(
        `--marking cannot contain the character ${problem.character}, which Word documents cannot hold.`,
      );
    case 'too-long':
      throw new UsageError(
        `--marking can be at most ${MARKING_MAX_LENGTH} characters long, and "${cutByCharacters(tidy, 20)}..." has ${problem.length}.`,
      );
  }
}

function parseRenderArgs(args: readonly string[]): RenderArgs | 'help' {
  const positional: string[] = [];
  const values = new Map<Valued, string>();
  let final = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name === 'final' && inline === undefined) final = true;
    else if (isValued(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value; run "waymark ${COMMAND} --help" to see the options.`);
      if (values.has(name)) throw new UsageError(`--${name} was given more than once.`);
      values.set(name, value);
      if (inline === undefined) i += 1;
    } else
      throw new UsageError(
        `"${arg}" is not an option of "waymark ${COMMAND}"; run "waymark ${COMMAND} --help" to see the options.`,
      );
  }
  if (positional.length === 0) throw new UsageError(`"waymark ${COMMAND}" needs the path of a pack folder or zip.`);
  if (positional.length > 1)
    throw new UsageError(`"waymark ${COMMAND}" takes one pack path, but was given ${positional.length}.`);
  const template = values.get('template');
  if (template === undefined || template.trim() === '')
    throw new UsageError(`"waymark ${COMMAND}" needs --template <id>, the template to render.`);
  const out = values.get('out');
  if (out === undefined || out.trim() === '')
    throw new UsageError(`"waymark ${COMMAND}" needs --out <file.docx>, the Word document to write.`);
  if (!out.toLowerCase().endsWith('.docx')) throw new UsageError(`--out must name a .docx file, not "${out}".`);
  const phase = values.get('phase');
  if (phase !== undefined && !isPhase(phase))
    throw new UsageError(`--phase must be one of ${PHASES.join(', ')}, not "${phase}".`);
  return {
    source: positional[0] ?? '',
    template: template.trim(),
    out,
    marking: checkMarking(values.get('marking') ?? 'OFFICIAL'),
    phase,
    final,
  };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuses an output path that would overwrite the pack or land inside it, or whose folder does not exist. */
async function checkOutPath(source: string, out: string, outGiven: string): Promise<void> {
  if (isInside(source, out))
    throw new InputError(
      `the document would be written over or inside the pack at ${source}; choose a path outside it.`,
    );
  const folder = await lstat(dirname(out)).catch(() => null);
  if (!folder || !folder.isDirectory())
    throw new InputError(
      `the folder ${dirname(outGiven)} does not exist; create it first or choose another place for ${basename(outGiven)}.`,
    );
  const existing = await lstat(out).catch(() => null);
  if (existing && !existing.isFile())
    throw new InputError(`${outGiven} exists and is not an ordinary file; choose another path for the document.`);
}

/** Today's date (yyyy-mm-dd) where the command runs. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function writeAtomically(out: string, outGiven: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(out, bytes, outGiven);
  } catch (error) {
    throw new InputError(
      `the document could not be written: ${error instanceof FileWriteError ? error.message : String(error)}.`,
    );
  }
}

/**
 * The packs a guide refers to that sit beside the rendered pack (as the built-in packs do in
 * templates/), read so the guide can name their points and sections; those missing or not valid
 * are left out, and the guide names their items by id.
 */
async function neighbourPacks(pack: Pack, parsed: RenderArgs, source: string): Promise<Pack[]> {
  const template = pack.templates.find((t) => t.id === parsed.template);
  if (template?.kind !== 'guide') return [];
  const ids = referencedPackIds(template.helps_with ?? [], pack.manifest.id);
  const read = await Promise.all(
    ids.map(async (id) => {
      const folder = join(dirname(source), id);
      const stats = await lstat(folder).catch(() => null);
      if (!stats?.isDirectory()) return undefined;
      const { result } = await readPackFromDisk(folder).catch(() => ({ result: undefined }));
      return result?.ok && result.pack.manifest.id === id ? result.pack : undefined;
    }),
  );
  return read.filter((found): found is Pack => found !== undefined);
}

function templateModel(pack: Pack, parsed: RenderArgs, neighbours: readonly Pack[]): DocumentModel {
  try {
    return renderTemplateDocument(pack, parsed.template, {
      date: today(),
      marking: parsed.marking,
      status: parsed.final ? 'final' : 'for-review',
      phase: parsed.phase,
      resolveReference: packReferenceResolver(neighbours),
    });
  } catch (error) {
    if (error instanceof TemplateRenderError) throw new InputError(error.message);
    throw error;
  }
}

async function render(args: string[], io: CliIo): Promise<number> {
  const parsed = parseRenderArgs(args);
  if (parsed === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const source = resolve(io.cwd, parsed.source);
  const out = resolve(io.cwd, parsed.out);
  await checkOutPath(source, out, parsed.out);
  const outcome = await readPackFromDisk(source).catch((error: unknown) => {
    throw new InputError(error instanceof Error ? error.message : String(error));
  });
  const { result } = outcome;
  if (!result.ok) {
    io.out(problemsText(parsed.source, result.problems));
    io.err('waymark: no document was written because the pack is not valid.');
    return EXIT.invalid;
  }
  const model = templateModel(result.pack, parsed, await neighbourPacks(result.pack, parsed, source));
  // The same rule as the app: contents page numbers only where they are quick to work out, and a
  // document with too many headings refused at once with the reason.
  const bytes = await renderDocx(model, { contentsPageNumbers: 'auto' }).catch((error: unknown) => {
    if (error instanceof DocumentTooLargeError)
      throw new InputError(
        `no document was written: ${parsed.template} has ${error.headings} headings, more than the ${DOCUMENT_MAX_HEADINGS} a Word document from Waymark can hold; split it into smaller guides.`,
      );
    throw error;
  });
  await writeAtomically(out, parsed.out, bytes);
  const template = result.pack.templates.find((t) => t.id === parsed.template);
  const kind = template ? TEMPLATE_DOCUMENT_KINDS[template.kind].toLowerCase() : 'document';
  io.out(
    `Wrote ${shown(parsed.out)}: ${shown(model.meta.title)} (${parsed.template} version ${model.meta.version}) as a ${kind}, marked ${shown(model.meta.marking)}.`,
  );
  return EXIT.ok;
}

registerCommand({
  path: ['pack', 'render'],
  usage: 'pack render <folder|zip> --template <id> --out <file.docx>',
  help: HELP,
  summary: 'Render one template of a pack as a Word document',
  run: render,
});
