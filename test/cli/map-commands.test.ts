// `waymark map analyze` in-process on the sample process files (test/fixtures/processes): the --json object
// has exactly the promised shape; suggestions come best first with at most 5 per step; the example's
// design-before-build loop is an order-cycle conflict and the plan is null while it stands; links that close
// no loop give a plan whose stages keep every dependency and whose critical path runs forward through them;
// bad files exit 1 with every problem listed; usage errors exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProcessFile } from '../../src/packs/process-file-reader';
import { runCaptured } from './pack-cli-io';

const FIXTURES = join(import.meta.dirname, '../fixtures/processes');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-map-cli-'));
  // The agreed set links of links.csv, without its conflict and ordering links: no loop is closed.
  writeFileSync(
    join(work, 'set-links.csv'),
    [
      'central,department,relation,note',
      'data-protection-impact-assessment,data-protection-impact-assessment,equal-to,One assessment',
      'security-testing,it-health-check,equivalent-to,One test',
    ].join('\n'),
  );
  writeFileSync(
    join(work, 'bad-links.csv'),
    'central,department,relation,note\nno-such,project-mandate,equal-to,x\npipeline-entry,project-mandate,sideways,y\n',
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string): string => join(FIXTURES, name);

interface AnalysisJson {
  suggestions: { central: string; department: string; score: number; reasons: string[] }[];
  conflicts: { kind: string; steps: string[]; explanation: string }[];
  evidenceReuse: { evidence: string; steps: string[]; daysSaved: number }[];
  unmapped: { central: string[]; department: string[] };
  plan: { stages: { stage: number; steps: string[] }[]; criticalPath: string[]; days: number } | null;
}

async function analysed(links: string | null, department = 'department.csv'): Promise<AnalysisJson> {
  const args = ['map', 'analyze', '--central', fixture('central.csv'), '--department', fixture(department)];
  if (links) args.push('--links', links);
  const run = await runCaptured([...args, '--json'], work);
  expect(run).toMatchObject({ code: 0, err: '' });
  return JSON.parse(run.out) as AnalysisJson;
}

async function processSteps(file: string, processId: string) {
  const read = await readProcessFile(new Uint8Array(readFileSync(fixture(file))), file, {
    processId,
    side: processId === 'central' ? 'central' : 'departmental',
    now: new Date('2026-12-01T00:00:00.000Z'),
  });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.process.steps;
}

describe('waymark map analyze --json', () => {
  it('prints exactly the promised keys at every level', async () => {
    const json = await analysed(fixture('links.csv'));
    expect(Object.keys(json)).toEqual(['suggestions', 'conflicts', 'evidenceReuse', 'unmapped', 'plan']);
    expect(json.suggestions.length).toBeGreaterThan(0);
    for (const s of json.suggestions) {
      expect(Object.keys(s)).toEqual(['central', 'department', 'score', 'reasons']);
      expect(typeof s.score).toBe('number');
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    for (const c of json.conflicts) expect(Object.keys(c)).toEqual(['kind', 'steps', 'explanation']);
    for (const e of json.evidenceReuse) expect(Object.keys(e)).toEqual(['evidence', 'steps', 'daysSaved']);
    expect(Object.keys(json.unmapped)).toEqual(['central', 'department']);
  });

  it('sorts suggestions best first, with at most 5 for any one step, and none for steps already linked', async () => {
    const json = await analysed(fixture('links.csv'));
    const scores = json.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const perStep = new Map<string, number>();
    for (const s of json.suggestions)
      for (const key of [`central:${s.central}`, `department:${s.department}`])
        perStep.set(key, (perStep.get(key) ?? 0) + 1);
    expect(Math.max(...perStep.values())).toBeLessThanOrEqual(5);
    const pairs = json.suggestions.map((s) => `${s.central}|${s.department}`);
    expect(pairs).not.toContain('data-protection-impact-assessment|data-protection-impact-assessment');
    expect(pairs).not.toContain('security-testing|it-health-check');
  });

  it('reports the design-before-build loop as an order-cycle and the declared conflict, with no plan', async () => {
    const json = await analysed(fixture('links.csv'));
    expect(json.conflicts.map((c) => c.kind)).toEqual(['order-cycle', 'declared']);
    const [cycle, declared] = json.conflicts;
    expect(cycle?.steps).toContain('department:architecture-design-sign-off');
    expect(cycle?.steps).toContain('central:alpha-assessment');
    expect(cycle?.steps.every((s) => /^(central|department):/.test(s))).toBe(true);
    expect(cycle?.explanation).toContain('Enterprise architecture board: solution design sign-off');
    expect(cycle?.explanation).toContain('no order of work satisfies');
    expect(declared?.steps).toEqual(['central:alpha-assessment', 'department:architecture-design-sign-off']);
    expect(declared?.explanation).toContain('prototypes built and tested in alpha');
    expect(json.plan).toBeNull();
  });

  it('offers the evidence both sides ask for only across the equal-to and equivalent-to links, and lists steps with no counterpart', async () => {
    const json = await analysed(fixture('links.csv'));
    const linked = [
      ['central:data-protection-impact-assessment', 'department:data-protection-impact-assessment'],
      ['central:security-testing', 'department:it-health-check'],
    ];
    expect(new Set(json.evidenceReuse.map((e) => e.steps.join(' ')))).toEqual(new Set(linked.map((l) => l.join(' '))));
    for (const e of json.evidenceReuse) expect(e.daysSaved).toBeGreaterThan(0);
    expect(json.unmapped.central).not.toContain('data-protection-impact-assessment');
    expect(json.unmapped.central).not.toContain('security-testing');
    expect(json.unmapped.department).not.toContain('it-health-check');
    expect(json.unmapped.department).toContain('benefits-review');
  });

  it('reads the department from Excel as from CSV', async () => {
    expect(await analysed(fixture('links.csv'), 'department.xlsx')).toEqual(await analysed(fixture('links.csv')));
  });

  it('makes a plan when the links close no loop: stages keep every dependency, the critical path runs forward', async () => {
    const json = await analysed(join(work, 'set-links.csv'));
    expect(json.conflicts).toEqual([]);
    const plan = json.plan;
    if (!plan) throw new Error('no plan');
    expect(plan.stages.map((s) => s.stage)).toEqual(plan.stages.map((_, i) => i + 1));
    const stageOf = new Map(plan.stages.flatMap((s) => s.steps.map((step) => [step, s.stage] as const)));
    const central = await processSteps('central.csv', 'central');
    const department = await processSteps('department.csv', 'department');
    const all = [
      ...central.map((s) => ({ key: `central:${s.id}`, side: 'central', step: s })),
      ...department.map((s) => ({ key: `department:${s.id}`, side: 'department', step: s })),
    ];
    expect([...stageOf.keys()].sort()).toEqual(all.map((s) => s.key).sort());
    for (const { key, side, step } of all)
      for (const before of step.dependsOn)
        expect(stageOf.get(key) ?? 0).toBeGreaterThan(stageOf.get(`${side}:${before}`) ?? Infinity);
    const path = plan.criticalPath.map((key) => stageOf.get(key) ?? 0);
    expect(path[0]).toBe(1);
    expect(path).toEqual([...path].sort((a, b) => a - b));
    expect(Number.isInteger(plan.days)).toBe(true);
    const longestSide = Math.max(
      central.reduce((sum, s) => sum + (s.durationDays ?? 0), 0),
      department.reduce((sum, s) => sum + (s.durationDays ?? 0), 0),
    );
    expect(plan.days).toBeGreaterThan(0);
    expect(plan.days).toBeLessThanOrEqual(longestSide + central.reduce((sum, s) => sum + (s.durationDays ?? 0), 0));
  });
});

describe('waymark map analyze: problems', () => {
  it('lists every problem of every file, by file and row, exit 1, and analyses nothing', async () => {
    const run = await runCaptured(
      ['map', 'analyze', '--central', fixture('bad-steps.csv'), '--department', 'nothere.csv', '--json'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('5 problems found; nothing was analysed');
    for (const words of [
      'Row 2: the duration "ten" is not a whole number of days',
      'Row 3: the phase "gate 2" is not discovery, alpha, beta or live',
      'Row 3: depends on "test", which is not a step in this file',
      'Row 4: the id "design" is used again (first on row 2)',
      'there is no file at nothere.csv',
    ])
      expect(run.out).toContain(words);
    expect(run.out).not.toContain('"suggestions"');
  });

  it('lists every bad row of a links file', async () => {
    const run = await runCaptured(
      [
        'map',
        'analyze',
        '--central',
        fixture('central.csv'),
        '--department',
        fixture('department.csv'),
        '--links',
        'bad-links.csv',
      ],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('2 problems found');
    expect(run.out).toContain('Row 2: the central step "no-such" is not a step of');
    expect(run.out).toContain('Row 3: the relation "sideways" is not one of');
  });

  it.each([
    [['map', 'analyze', '--central', 'central.csv'], 'needs --department'],
    [['map', 'analyze', '--department', 'department.csv'], 'needs --central'],
    [['map', 'analyze', 'central.csv', '--central', 'a.csv', '--department', 'b.csv'], 'takes its files as'],
    [['map', 'analyze', '--central', 'a.csv', '--department', 'b.csv', '--bogus', 'x'], 'is not an option'],
  ])('refuses %j as a usage error, exit 2', async (args, words) => {
    const run = await runCaptured(args, work);
    expect(run.code).toBe(2);
    expect(run.err).toContain(words);
    expect(run.out).toBe('');
  });

  it('explains itself in its help and says there is no plan in its text report while a loop stands', async () => {
    const help = await runCaptured(['map', 'analyze', '--help'], work);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--links <file>');
    const run = await runCaptured(
      [
        'map',
        'analyze',
        '--central',
        fixture('central.csv'),
        '--department',
        fixture('department.csv'),
        '--links',
        fixture('links.csv'),
      ],
      work,
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('Ordering contradiction:');
    expect(run.out).toContain('Integrated plan: none until the ordering contradictions above are settled');
  });
});
