// Checks that span more than one field once each file has its shape: unique ids (templates, points, levels,
// categories, sections, steps), level descriptions that match the levels, dependencies that exist and never
// loop, and guide references that resolve inside the pack.
import type {
  BusinessCaseTemplate,
  CrosswalkTemplate,
  MaturityModelTemplate,
  PackManifest,
  PackTemplate,
  ProcessStep,
  ProcessTemplate,
} from '../domain/pack';
import { REFERENCE_PATTERN } from '../domain/pack-text';
import { locationOf, type PackProblems } from './pack-problems';

type Path = readonly PropertyKey[];

/** A template that has its shape, with the file it came from and how paths in it become places. */
export interface CheckedTemplate {
  file: string;
  template: PackTemplate;
  place?: (path: Path) => string;
}

function reporter(entry: CheckedTemplate, problems: PackProblems) {
  const place = entry.place ?? locationOf;
  return (path: Path, message: string) => problems.add(entry.file, place(path), message);
}

type Report = ReturnType<typeof reporter>;

/** Reports every id used twice in a list of [path, id] pairs. */
function checkUnique(items: readonly { path: Path; id: string }[], noun: string, report: Report): void {
  const first = new Map<string, Path>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier)
      report([...item.path, 'id'], `the ${noun} id "${item.id}" is used twice (first at ${locationOf(earlier)})`);
    else first.set(item.id, item.path);
  }
}

function checkLevelDescriptions(
  levels: Record<string, string> | undefined,
  levelIds: string[],
  path: Path,
  noun: string,
  report: Report,
): void {
  if (!levels) return;
  for (const key of Object.keys(levels))
    if (!levelIds.includes(key))
      report([...path, 'levels', key], `"${key}" is not one of the template's levels (${levelIds.join(', ')})`);
  for (const id of levelIds)
    if (!(id in levels)) report([...path, 'levels'], `the ${noun} has no description for the level "${id}"`);
}

function checkMaturityModel(template: MaturityModelTemplate, report: Report): void {
  const levelIds = template.levels.map((level) => level.id);
  checkUnique(
    template.levels.map((level, i) => ({ path: ['levels', i], id: level.id })),
    'level',
    report,
  );
  const ids: { path: Path; id: string }[] = [];
  template.categories.forEach((category, i) => {
    const path = ['categories', i];
    ids.push({ path, id: category.id });
    if (!category.levels && !category.dimensions) report(path, 'the category needs levels, dimensions, or both');
    checkLevelDescriptions(category.levels, levelIds, path, 'category', report);
    category.dimensions?.forEach((dimension, j) => {
      const dimensionPath = [...path, 'dimensions', j];
      ids.push({ path: dimensionPath, id: dimension.id });
      checkLevelDescriptions(dimension.levels, levelIds, dimensionPath, 'dimension', report);
    });
  });
  checkUnique(ids, 'category or dimension', report);
}

function checkBusinessCase(template: BusinessCaseTemplate, report: Report): void {
  checkUnique(
    template.phases.map((phase, i) => ({ path: ['phases', i], id: phase })),
    'phase',
    report,
  );
  const ids: { path: Path; id: string }[] = [];
  const checkPrompts = (prompts: Partial<Record<string, unknown>> | undefined, path: Path) => {
    for (const phase of Object.keys(prompts ?? {}))
      if (!template.phases.some((p) => p === phase))
        report(
          [...path, 'prompts', phase],
          `there are prompts for ${phase}, but the template's phases do not include ${phase}`,
        );
  };
  template.sections.forEach((section, i) => {
    ids.push({ path: ['sections', i], id: section.id });
    checkPrompts(section.prompts, ['sections', i]);
    section.sections?.forEach((sub, j) => {
      ids.push({ path: ['sections', i, 'sections', j], id: sub.id });
      checkPrompts(sub.prompts, ['sections', i, 'sections', j]);
    });
  });
  checkUnique(ids, 'section', report);
}

/**
 * Finds the loops in a process's dependencies, without recursion (processes may have thousands of steps).
 * Each loop is a list of step positions, each step depending on the next and the last on the first.
 */
export function findLoops(steps: readonly Pick<ProcessStep, 'id' | 'depends_on'>[], limit = 10): number[][] {
  const index = new Map(steps.map((step, i) => [step.id, i]));
  const state = new Uint8Array(steps.length); // 0 unseen, 1 on the current path, 2 done
  const loops: number[][] = [];
  for (let start = 0; start < steps.length; start += 1) {
    if (state[start] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const deps = steps[top.node]?.depends_on ?? [];
      if (top.next >= deps.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const dep = index.get(deps[top.next] ?? '');
      top.next += 1;
      if (dep === undefined || dep === top.node) continue;
      if (state[dep] === 1) {
        const from = stack.findIndex((frame) => frame.node === dep);
        loops.push(stack.slice(from).map((frame) => frame.node));
        // Only the first few loops are reported; stopping here keeps a file full of loops from filling memory.
        if (loops.length >= limit) return loops;
      } else if (state[dep] === 0) {
        state[dep] = 1;
        stack.push({ node: dep, next: 0 });
      }
    }
  }
  return loops;
}

function checkProcess(template: ProcessTemplate, report: Report): void {
  checkUnique(
    template.steps.map((step, i) => ({ path: ['steps', i], id: step.id })),
    'step',
    report,
  );
  const ids = new Set(template.steps.map((step) => step.id));
  template.steps.forEach((step, i) => {
    step.depends_on?.forEach((dep, j) => {
      if (dep === step.id) report(['steps', i, 'depends_on', j], 'the step depends on itself');
      else if (!ids.has(dep))
        report(['steps', i, 'depends_on', j], `the step depends on "${dep}", which is not a step of this process`);
    });
  });
  for (const loop of findLoops(template.steps).slice(0, 10)) {
    const names = [...loop, loop[0] ?? 0].map((i) => template.steps[i]?.id ?? '?');
    report(['steps', loop[0] ?? 0], `these steps depend on each other in a loop: ${names.join(' -> ')}`);
  }
}

/** The ids a guide may point at in a template: points, categories, dimensions, sections and steps. */
function itemIds(template: PackTemplate): Set<string> {
  switch (template.kind) {
    case 'standard':
      return new Set(template.points.map((point) => point.id));
    case 'maturity-model':
      return new Set(template.categories.flatMap((c) => [c.id, ...(c.dimensions ?? []).map((d) => d.id)]));
    case 'business-case':
      return new Set(template.sections.flatMap((s) => [s.id, ...(s.sections ?? []).map((sub) => sub.id)]));
    case 'process':
      return new Set(template.steps.map((step) => step.id));
    case 'guide':
    case 'crosswalk':
      return new Set();
  }
}

function checkReferences(
  entry: CheckedTemplate,
  all: readonly CheckedTemplate[],
  context: PackContext,
  report: Report,
): void {
  if (entry.template.kind !== 'guide') return;
  entry.template.helps_with?.forEach((reference, i) => {
    const match = REFERENCE_PATTERN.exec(reference);
    if (!match || (match[1] !== undefined && match[1] !== context.packId)) return;
    if (context.unreadable.has(match[2] ?? '')) return;
    const target = all.find((other) => other.template.id === match[2]);
    if (!target)
      report(
        ['helps_with', i],
        `the reference "${reference}" names the template "${match[2] ?? ''}", which is not in this pack`,
      );
    else if (!itemIds(target.template).has(match[3] ?? ''))
      report(
        ['helps_with', i],
        `the reference "${reference}" names "${match[3] ?? ''}", which is not an item of the template "${target.template.id}"`,
      );
  });
}

/** A superseded template names its replacement in the same pack, and not itself. */
function checkSuperseded(
  entry: CheckedTemplate,
  all: readonly CheckedTemplate[],
  context: PackContext,
  report: Report,
): void {
  const by = entry.template.superseded?.by;
  if (by === undefined || context.unreadable.has(by)) return;
  if (by === entry.template.id) report(['superseded', 'by'], 'the template cannot be superseded by itself');
  else if (!all.some((other) => other.template.id === by))
    report(['superseded', 'by'], `the template is superseded by "${by}", which is not in this pack`);
}

/**
 * A crosswalk links each pair of points once; when it names a standard in this same pack, every point it
 * names must be a point of that standard. Standards in other packs are checked when both are installed.
 */
function checkCrosswalk(
  template: CrosswalkTemplate,
  all: readonly CheckedTemplate[],
  context: PackContext,
  report: Report,
): void {
  const seen = new Set<string>();
  template.links.forEach((link, i) => {
    const pair = `${link.from}\u0000${link.to}`;
    if (seen.has(pair)) report(['links', i], `point ${link.from} is linked to point ${link.to} twice`);
    seen.add(pair);
  });
  for (const end of ['from', 'to'] as const) {
    const named = template[end];
    if (named.pack !== context.packId || context.unreadable.has(named.template)) continue;
    const standard = all.find((other) => other.template.id === named.template)?.template;
    if (!standard || standard.kind !== 'standard') {
      report([end, 'template'], `the crosswalk names "${named.template}", which is not a standard in this pack`);
      continue;
    }
    const points = new Set(standard.points.map((point) => point.id));
    template.links.forEach((link, i) => {
      if (!points.has(link[end]))
        report(['links', i, end], `"${link[end]}" is not a point of the standard "${standard.id}"`);
    });
  }
}

/** What the cross-file checks need to know about the pack beyond its readable templates. */
interface PackContext {
  packId: string | undefined;
  /** Ids (file names) of templates whose files had problems: references to them are not checked again. */
  unreadable: ReadonlySet<string>;
}

/**
 * Runs every check that spans fields, files or the whole pack, recording problems. `unreadable` names the
 * templates that could not be read, so that their problems are not repeated as broken references.
 */
export function checkPackConsistency(
  manifest: PackManifest | undefined,
  templates: readonly CheckedTemplate[],
  unreadable: ReadonlySet<string>,
  problems: PackProblems,
): void {
  const context: PackContext = { packId: manifest?.id, unreadable };
  const files = new Map<string, string>();
  for (const entry of templates) {
    const other = files.get(entry.template.id);
    if (other) problems.add(entry.file, 'id', `the template id "${entry.template.id}" is also used by ${other}`);
    else files.set(entry.template.id, entry.file);
    const report = reporter(entry, problems);
    const template = entry.template;
    if (template.kind === 'standard') {
      checkUnique(
        template.points.map((p, i) => ({ path: ['points', i], id: p.id })),
        'point',
        report,
      );
      checkUnique(
        (template.rating_scale?.values ?? []).map((v, i) => ({ path: ['rating_scale', 'values', i], id: v.id })),
        'rating',
        report,
      );
    } else if (template.kind === 'maturity-model') checkMaturityModel(template, report);
    else if (template.kind === 'business-case') checkBusinessCase(template, report);
    else if (template.kind === 'process') checkProcess(template, report);
    else if (template.kind === 'crosswalk') checkCrosswalk(template, templates, context, report);
    checkReferences(entry, templates, context, report);
    checkSuperseded(entry, templates, context, report);
  }
  const needsSources = templates.some(
    (entry) => entry.template.kind === 'standard' || entry.template.kind === 'maturity-model',
  );
  if (manifest && needsSources && (manifest.sources ?? []).length === 0)
    problems.add(
      'pack.yaml',
      'sources',
      'a pack with a standard or maturity model must list at least one source it draws on',
    );
}
