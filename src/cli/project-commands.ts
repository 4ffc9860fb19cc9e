// `waymark example`, `waymark project check` and `waymark export` (the project summary, the compliance map, an
// assessment or the business case; the last two are in document-commands.ts): project files on the command line, with no database. A project file is read with the same checks the app's
// import screen makes, and carries everything it holds (assessments, the business case and its revisions too).
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PackProblem } from '../domain/pack';
import { formatPackProblem } from '../domain/pack';
import { analyseMap } from '../domain/compliance-map/analyse-map';
import { EXAMPLE_MAP_PACK } from '../domain/compliance-map/example-map';
import { buildExampleProject, exampleProcesses } from '../domain/example-project';
import { newId } from '../domain/ids';
import { PHASE_LABELS } from '../domain/project';
import { PROJECT_FILE_EXTENSION, type ProjectFileContents } from '../domain/project-file';
import { MARKING_MAX_LENGTH } from '../domain/document-model';
import { renderDocx } from '../export/render-docx';
import { runExport } from '../export/export-request';
import { renderProjectSummary } from '../export/render-project-summary';
import { readBoundedFile } from '../node/bounded-file';
import { readProjectFile, PROJECT_ZIP_RULES, type ProjectFileSummary } from '../packs/project-file-reader';
import { writeProjectFile } from '../packs/project-file-writer';
import { readBuiltInPack } from './builtin-packs';
import { EXIT, InputError, UsageError } from './cli-errors';
import { registerCommand } from './commands';
import { exportAssessment, exportBusinessCase } from './document-commands';
import type { CliIo } from './io';
import { onePath, parseArgs } from './pack-commands';

const EXPORTS = ['project', 'map', 'assessment', 'business-case'] as const;
/** The options only some documents take. */
const DOCUMENT_OPTIONS: Record<string, readonly (typeof EXPORTS)[number][]> = {
  id: ['assessment'],
  revision: ['business-case'],
  'compare-to': ['business-case'],
};

const REFUSALS = {
  link: 'is a symbolic link; give the file itself',
  'not-file': 'is not an ordinary file',
  changed: 'changed while it was being read; try again',
  'too-large': `is larger than the ${PROJECT_ZIP_RULES.maxZipBytes} bytes a project file may be`,
  unreadable: 'could not be read',
} as const;

/** Reads a project file from disk and checks it. Problems reading the file itself come back as one problem. */
async function checkFile(
  io: CliIo,
  given: string,
): Promise<{
  ok: boolean;
  summary: ProjectFileSummary | null;
  problems: PackProblem[];
  contents?: ProjectFileContents;
}> {
  const path = resolve(io.cwd, given);
  const stats = await lstat(path).catch(() => null);
  if (!stats)
    return {
      ok: false,
      summary: null,
      problems: [{ file: '', location: '', message: `there is no file at ${given}` }],
    };
  const read = await readBoundedFile(path, PROJECT_ZIP_RULES.maxZipBytes);
  if (!read.ok)
    return {
      ok: false,
      summary: null,
      problems: [{ file: '', location: '', message: `${given} ${REFUSALS[read.reason]}` }],
    };
  const result = await readProjectFile(read.bytes);
  return result.ok
    ? { ok: true, summary: result.summary, problems: [], contents: result.contents }
    : { ok: false, summary: result.summary, problems: result.problems };
}

function checkJson(ok: boolean, summary: ProjectFileSummary | null, problems: readonly PackProblem[]) {
  const project = summary
    ? {
        id: summary.project.id,
        name: summary.project.name,
        phase: summary.project.phase,
        department: summary.project.department,
        owner: summary.project.owner,
        parts: summary.parts,
      }
    : null;
  return { ok, project, problems: problems.map(({ file, location, message }) => ({ file, location, message })) };
}

function problemsListing(given: string, problems: readonly PackProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `The project file at ${given} is not valid (${count}):`,
    ...problems.map((p) => `  ${formatPackProblem(p)}`),
  ].join('\n');
}

function counted(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function summaryLine(summary: ProjectFileSummary): string {
  const { project, parts } = summary;
  const held = [counted(parts.evidence, 'evidence item', 'evidence items')];
  if (parts.complianceMaps > 0) held.push('a compliance map');
  if (parts.businessCases > 0) held.push(`a business case (${counted(parts.caseRevisions, 'revision', 'revisions')})`);
  if (parts.assessments > 0) held.push(counted(parts.assessments, 'assessment', 'assessments'));
  if (parts.maturityAssessments > 0)
    held.push(counted(parts.maturityAssessments, 'maturity self-assessment', 'maturity self-assessments'));
  const list = held.length === 1 ? held[0] : `${held.slice(0, -1).join(', ')} and ${held.at(-1) ?? ''}`;
  return `${project.name} (${PHASE_LABELS[project.phase]} phase), owner ${project.owner || 'not given'}, ${list}.`;
}

async function check(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['json'], [], 'project check');
  const given = onePath(parsed, 'project check', 'a project file');
  const result = await checkFile(io, given);
  if (parsed.flags.has('json')) io.out(JSON.stringify(checkJson(result.ok, result.summary, result.problems), null, 2));
  else if (result.ok && result.summary) io.out(`The project file at ${given} is valid: ${summaryLine(result.summary)}`);
  else io.out(problemsListing(given, result.problems));
  return result.ok ? EXIT.ok : EXIT.invalid;
}

/** Writes bytes to `out` through a temporary file beside it, so a failed write never leaves half a file. */
async function writeOut(out: string, outGiven: string, bytes: Uint8Array): Promise<void> {
  const stats = await lstat(out).catch(() => null);
  if (stats && !stats.isFile())
    throw new InputError(`${outGiven} exists and is not an ordinary file; choose another path.`);
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(`the file could not be written to ${outGiven}: ${reason}`);
  }
}

async function example(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, [], ['out'], 'example');
  if (parsed.positional.length > 0) throw new UsageError('"waymark example" takes no paths; give --out <file>.');
  const outGiven = parsed.values.get('out');
  if (outGiven === undefined) throw new UsageError(`"waymark example" needs --out <file${PROJECT_FILE_EXTENSION}>.`);
  if (!outGiven.toLowerCase().endsWith(PROJECT_FILE_EXTENSION))
    throw new UsageError(`--out must name a ${PROJECT_FILE_EXTENSION} file, not "${outGiven}".`);
  const pack = await readBuiltInPack(EXAMPLE_MAP_PACK);
  const processes = pack ? exampleProcesses([pack]) : null;
  if (!processes)
    throw new InputError(
      `the built-in pack ${EXAMPLE_MAP_PACK} could not be read, so the example's compliance map cannot be made; the example was not written.`,
    );
  const { complianceMap, ...records } = buildExampleProject(newId, new Date(), processes);
  const bytes = writeProjectFile({ ...records, attachments: [], complianceMaps: complianceMap ? [complianceMap] : [] });
  const check = await readProjectFile(bytes);
  if (!check.ok) throw new InputError('the example did not read back as a valid project file, so it was not written.');
  await writeOut(resolve(io.cwd, outGiven), outGiven, bytes);
  io.out(`Wrote ${outGiven}: the example project, ${summaryLine(check.summary)}`);
  return EXIT.ok;
}

async function exportDocument(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, [], ['what', 'out', 'author', 'marking', ...Object.keys(DOCUMENT_OPTIONS)], 'export');
  const given = onePath(parsed, 'export', 'a project file');
  const what = parsed.values.get('what');
  if (what === undefined)
    throw new UsageError(
      '"waymark export" needs --what project (the project summary), map (the compliance map), assessment or business-case.',
    );
  const kind = EXPORTS.find((e) => e === what);
  if (kind === undefined)
    throw new UsageError(`--what must be project, map, assessment or business-case, not "${what}".`);
  for (const [option, kinds] of Object.entries(DOCUMENT_OPTIONS))
    if (parsed.values.has(option) && !kinds.includes(kind))
      throw new UsageError(`--${option} goes with --what ${kinds.join(' or ')}, not --what ${kind}.`);
  const outGiven = parsed.values.get('out');
  if (outGiven === undefined) throw new UsageError('"waymark export" needs --out <file.docx>, the document to write.');
  if (!outGiven.toLowerCase().endsWith('.docx'))
    throw new UsageError(`--out must name a .docx file, not "${outGiven}".`);
  const marking = parsed.values.get('marking') ?? 'OFFICIAL';
  if (marking.length > MARKING_MAX_LENGTH)
    throw new UsageError(`--marking must be at most ${MARKING_MAX_LENGTH} characters.`);
  const result = await checkFile(io, given);
  if (!result.ok || !result.contents) {
    io.out(problemsListing(given, result.problems));
    io.err('waymark: no document was written because the project file is not valid.');
    return EXIT.invalid;
  }
  const { contents } = result;
  const author = (parsed.values.get('author') ?? contents.project.owner).trim();
  if (author.length === 0)
    throw new UsageError('the project has no owner to name as the author; give --author <your name>.');
  const now = io.now?.() ?? new Date();
  const date = now.toISOString().slice(0, 10);
  if (kind === 'assessment' || kind === 'business-case') {
    const request = { contents, author, marking, now, values: parsed.values };
    const written = kind === 'assessment' ? await exportAssessment(request) : await exportBusinessCase(request);
    await writeOut(resolve(io.cwd, outGiven), outGiven, written.bytes);
    for (const note of written.notes) io.err(`waymark: ${note}`);
    io.out(`Wrote ${outGiven}: ${written.description}.`);
    return EXIT.ok;
  }
  if (kind === 'map') {
    const map = contents.complianceMaps?.[0];
    if (!map) {
      io.err(
        `waymark: "${contents.project.name}" has no compliance map, so there is nothing to export; start one in the app, or export the project summary with --what project.`,
      );
      return EXIT.invalid;
    }
    // The app's own export path, so the command line writes the same document the app does.
    const { bytes } = await runExport({
      format: 'compliance-map-docx',
      input: {
        project: contents.project,
        map,
        analysis: analyseMap(map),
        evidenceTitles: Object.fromEntries(contents.evidence.map((e) => [e.id, e.title])),
      },
      options: { author, date, marking },
    });
    await writeOut(resolve(io.cwd, outGiven), outGiven, bytes);
    io.out(`Wrote ${outGiven}: the compliance map of "${contents.project.name}", by ${author}.`);
    return EXIT.ok;
  }
  const model = renderProjectSummary(
    { ...contents, attachments: contents.attachments.map((a) => a.meta) },
    { author, date, marking },
  );
  await writeOut(resolve(io.cwd, outGiven), outGiven, await renderDocx(model));
  io.out(`Wrote ${outGiven}: the project summary of "${contents.project.name}", by ${author}.`);
  return EXIT.ok;
}

registerCommand({
  path: ['example'],
  usage: `example --out <file${PROJECT_FILE_EXTENSION}>`,
  summary: 'Write the example project as a project file',
  run: example,
});

registerCommand({
  path: ['project', 'check'],
  usage: 'project check <file> [--json]',
  summary: 'Check a project file; exit 0 if valid, 1 if not',
  run: check,
});

registerCommand({
  path: ['export'],
  usage:
    'export <project file> --what project|map|assessment|business-case --out <file.docx> [--author <name>] [--marking <text>] [--id <assessment id>] [--revision N] [--compare-to M]',
  summary: "Write a project's summary, compliance map, assessment or business case as a Word document",
  run: exportDocument,
});
