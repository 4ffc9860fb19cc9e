// `waymark map analyze`: the compliance map's analysis on files alone. Two process files (CSV or Excel) and
// an optional links file go in; suggestions, conflicts, evidence reuse, unmapped steps and the integrated
// plan come out, as text or as one JSON object for scripts. Files are read with the app's own checks.
import { lstat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { analyseMap } from '../domain/compliance-map/analyse-map';
import type { MapAnalysis } from '../domain/compliance-map/analysis-types';
import {
  stepKey,
  type ComplianceMap,
  type MapLink,
  type MapProcess,
  type StepRef,
} from '../domain/compliance-map/map-model';
import { readBoundedFile } from '../node/bounded-file';
import { readLinksCsv } from '../packs/links-file-reader';
import { PROCESS_FILE_LIMITS } from '../packs/process-file-limits';
import { readProcessFile } from '../packs/process-file-reader';
import { EXIT, UsageError } from './cli-errors';
import { registerCommand } from './commands';
import type { CliIo } from './io';
import { parseArgs } from './pack-commands';
import { daysInWords } from '../domain/days-in-words';

const COMMAND = 'map analyze';
const SIDES = ['central', 'department'] as const;
type Side = (typeof SIDES)[number];

const HELP = `Usage: waymark map analyze --central <csv|xlsx> --department <csv|xlsx> [--links <csv>] [--json]

Analyses two processes as a compliance map: suggested links between their steps, ordering contradictions
and declared conflicts, evidence both sides ask for, steps with no counterpart, and one plan for both.

  --central <file>     The central route, as CSV or Excel (.xlsx) with the columns
                       id,name,owner,phase,evidence,depends_on,duration_days,description
  --department <file>  The department's own process, in the same columns
  --links <file>       Links already agreed: CSV with the columns central,department,relation,note
                       (relations: equal-to, equivalent-to, subset-of, superset-of, intersects-with,
                       no-relationship, conflicts-with, must-precede, must-follow)
  --json               Print one JSON object instead of text

Exit codes: 0 analysed, 1 a file is not valid (every problem is listed), 2 the command was not understood.`;

/** Reads a file given on the command line, or says in one sentence why it cannot be read. */
async function readGiven(io: CliIo, given: string): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const path = resolve(io.cwd, given);
  if (!(await lstat(path).catch(() => null))) return { problem: `there is no file at ${given}` };
  const read = await readBoundedFile(path, PROCESS_FILE_LIMITS.maxFileBytes);
  if (read.ok) return { bytes: read.bytes };
  const why = {
    link: 'is a symbolic link; give the file itself',
    'not-file': 'is not an ordinary file',
    changed: 'changed while it was being read; try again',
    'too-large': `is larger than the ${PROCESS_FILE_LIMITS.maxFileBytes} bytes a process or links file may be`,
    unreadable: 'could not be read',
  }[read.reason];
  return { problem: `${given} ${why}` };
}

const ref = (key: StepRef): string =>
  stepKey({ processId: key.processId === 'central' ? 'central' : 'department', stepId: key.stepId });

/** The analysis as `--json` prints it: a shape kept stable for scripts (see the README). */
export function analysisJson(analysis: MapAnalysis) {
  const bySide = (side: Side, s: { from: StepRef; to: StepRef }): string =>
    (s.from.processId === side ? s.from : s.to).stepId;
  return {
    suggestions: analysis.suggestions.map((s) => ({
      central: bySide('central', s),
      department: bySide('department', s),
      score: Math.round(s.score * 1000) / 1000,
      reasons: s.reasons,
    })),
    conflicts: [
      ...analysis.cycles.map((c) => ({
        kind: 'order-cycle' as const,
        steps: c.steps.map(ref),
        explanation: c.explanation,
      })),
      ...analysis.declaredConflicts.map((c) => ({
        kind: 'declared' as const,
        steps: c.steps.map(ref),
        explanation: c.reason,
      })),
    ],
    evidenceReuse: analysis.evidenceReuse.map((e) => ({
      evidence: e.evidence,
      steps: e.steps.map(ref),
      daysSaved: e.daysSaved,
    })),
    unmapped: { central: analysis.unmapped.central ?? [], department: analysis.unmapped.department ?? [] },
    plan: analysis.plan
      ? {
          stages: analysis.plan.stages.map((s) => ({ stage: s.stage, steps: s.steps.flat().map(ref) })),
          criticalPath: analysis.plan.criticalPath.map(ref),
          days: analysis.plan.days,
        }
      : null,
  };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function report(map: ComplianceMap, analysis: MapAnalysis): string {
  const name = (r: StepRef): string =>
    map.processes.find((p) => p.id === r.processId)?.steps.find((s) => s.id === r.stepId)?.name ?? r.stepId;
  const lines: string[] = [];
  const conflicts = analysis.cycles.length + analysis.declaredConflicts.length;
  lines.push(`Conflicts: ${conflicts === 0 ? 'none' : conflicts}`);
  for (const cycle of analysis.cycles) lines.push(`  Ordering contradiction: ${cycle.explanation}`);
  for (const c of analysis.declaredConflicts)
    lines.push(`  Declared conflict: ${name(c.steps[0])} conflicts with ${name(c.steps[1])}: ${c.reason}`);
  lines.push('', `Evidence both sides ask for: ${analysis.evidenceReuse.length === 0 ? 'none found' : ''}`.trimEnd());
  for (const e of analysis.evidenceReuse)
    lines.push(`  ${e.evidence} (${e.steps.map(name).join('; ')}): ${daysInWords(e.daysSaved)} saved`);
  lines.push('', 'Steps with no counterpart:');
  for (const side of SIDES) {
    const ids = analysis.unmapped[side] ?? [];
    lines.push(`  ${side === 'central' ? 'Central' : 'Department'}: ${ids.length === 0 ? 'none' : ids.join(', ')}`);
  }
  lines.push('');
  if (analysis.plan) {
    lines.push(
      `Integrated plan: ${plural(analysis.plan.stages.length, 'stage', 'stages')}, ${plural(analysis.plan.days, 'day', 'days')} ` +
        `along the critical path, against ${plural(analysis.plan.sequentialDays, 'day', 'days')} following one route after the other.`,
    );
    lines.push(`  Critical path: ${analysis.plan.criticalPath.map(name).join(' > ')}`);
  } else
    lines.push('Integrated plan: none until the ordering contradictions above are settled by an agreed exception.');
  lines.push('', `Suggested links: ${analysis.suggestions.length}`);
  for (const s of analysis.suggestions.slice(0, 20))
    lines.push(`  ${name(s.from)} ~ ${name(s.to)} (${s.score.toFixed(2)}): ${s.reasons.join('; ')}`);
  if (analysis.suggestions.length > 20)
    lines.push(`  … and ${analysis.suggestions.length - 20} more (use --json for all)`);
  return lines.join('\n');
}

async function analyze(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['json'], ['central', 'department', 'links'], COMMAND);
  if (parsed.positional.length > 0)
    throw new UsageError(
      `"waymark ${COMMAND}" takes its files as --central, --department and --links, not "${parsed.positional[0] ?? ''}".`,
    );
  const given = { central: parsed.values.get('central'), department: parsed.values.get('department') };
  for (const side of SIDES)
    if (given[side] === undefined) throw new UsageError(`"waymark ${COMMAND}" needs --${side} <csv|xlsx>.`);
  const now = io.now?.() ?? new Date();
  const problems: string[] = [];
  const processes: Partial<Record<Side, MapProcess>> = {};
  for (const side of SIDES) {
    const file = given[side] ?? '';
    const read = await readGiven(io, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = await readProcessFile(read.bytes, basename(file), {
      processId: side,
      side: side === 'central' ? 'central' : 'departmental',
      now,
    });
    if (result.ok) processes[side] = result.process;
    else problems.push(...result.problems.map((p) => `${file}: ${p}`));
  }
  const links: MapLink[] = [];
  const linksGiven = parsed.values.get('links');
  if (linksGiven !== undefined) {
    const read = await readGiven(io, linksGiven);
    if ('problem' in read) problems.push(read.problem);
    else if (processes.central && processes.department) {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(read.bytes);
      const result = readLinksCsv(text, basename(linksGiven), {
        central: processes.central,
        department: processes.department,
        now,
      });
      if (result.ok) links.push(...result.links.map((link, i) => ({ ...link, id: `link-${i + 1}` })));
      else problems.push(...result.problems.map((p) => `${linksGiven}: ${p}`));
    }
  }
  if (problems.length > 0 || !processes.central || !processes.department) {
    io.out(
      [
        `${plural(problems.length, 'problem', 'problems')} found; nothing was analysed:`,
        ...problems.map((p) => `  ${p}`),
      ].join('\n'),
    );
    return EXIT.invalid;
  }
  const at = now.toISOString();
  const map: ComplianceMap = {
    id: 'command-line',
    projectId: 'command-line',
    title: 'Compliance map',
    processes: [processes.central, processes.department],
    links,
    conflicts: [],
    exceptions: [],
    rejectedSuggestions: [],
    createdAt: at,
    updatedAt: at,
  };
  const analysis = analyseMap(map);
  io.out(parsed.flags.has('json') ? JSON.stringify(analysisJson(analysis), null, 2) : report(map, analysis));
  return EXIT.ok;
}

registerCommand({
  path: ['map', 'analyze'],
  usage: 'map analyze --central <csv|xlsx> --department <csv|xlsx> [--links <csv>] [--json]',
  summary: 'Analyse two processes: suggested links, conflicts, evidence reuse and one plan',
  help: HELP,
  run: analyze,
});
