// `waymark example`, `waymark project check` and `waymark export --what project`, in-process on real files:
// the example reads back as valid, the JSON has exactly the promised shape, every class of bad project file
// (test/fixtures/project-files.ts, shared with the import screen's end-to-end test) is refused with exit 1
// and a reason, and the summary document names the project and the author, never "Waymark".
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import {
  HOSTILE_PROJECT_CASES,
  goodProjectContents,
  goodProjectFile,
  hostileProjectFileName,
  type HostileProjectCase,
} from '../fixtures/project-files';
import { runCaptured } from './pack-cli-io';

/** A line of a Node stack trace, such as "    at readPack (/work/src/packs/pack-zip.ts:12:5)". */
const STACK_LINE = /^\s*at .*:\d+:\d+\)?$/m;

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-project-cli-'));
  writeFileSync(join(work, 'good.waymark'), goodProjectFile());
  for (const hostile of HOSTILE_PROJECT_CASES)
    writeFileSync(join(work, hostileProjectFileName(hostile)), hostile.bytes());
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('waymark example', () => {
  it('writes the example project as a project file that checks as valid', async () => {
    const written = await runCaptured(['example', '--out', 'example.waymark'], work);
    expect(written).toMatchObject({ code: 0, err: '' });
    const checked = await runCaptured(['project', 'check', 'example.waymark', '--json'], work);
    expect(checked.code).toBe(0);
    const json: unknown = JSON.parse(checked.out);
    expect(json).toMatchObject({
      ok: true,
      project: {
        name: 'Example: Apply for a fishing licence',
        phase: 'alpha',
        parts: { evidence: 4, complianceMaps: 1 },
      },
      problems: [],
    });
  });

  it('refuses an --out that is not a project file name, with exit 2', async () => {
    const run = await runCaptured(['example', '--out', 'example.zip'], work);
    expect(run.code).toBe(2);
    expect(run.err).toContain('.waymark');
  });
});

describe('waymark project check', () => {
  it('prints exactly the promised JSON for a good file', async () => {
    const run = await runCaptured(['project', 'check', 'good.waymark', '--json'], work);
    expect(run.code).toBe(0);
    const { project } = goodProjectContents();
    expect(JSON.parse(run.out)).toStrictEqual({
      ok: true,
      project: {
        id: project.id,
        name: project.name,
        phase: project.phase,
        department: project.department,
        owner: project.owner,
        parts: {
          evidence: 4,
          businessCases: 0,
          caseRevisions: 0,
          assessments: 0,
          maturityAssessments: 0,
          complianceMaps: 0,
        },
      },
      problems: [],
    });
  });

  it('says in words that a good file is valid', async () => {
    const run = await runCaptured(['project', 'check', 'good.waymark'], work);
    expect(run.code).toBe(0);
    expect(run.out).toContain('is valid: Example: Apply for a fishing licence (Alpha phase)');
  });

  it('gives a null project and one problem for a file that is not there', async () => {
    const run = await runCaptured(['project', 'check', 'missing.waymark', '--json'], work);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toStrictEqual({
      ok: false,
      project: null,
      problems: [{ file: '', location: '', message: 'there is no file at missing.waymark' }],
    });
  });

  it.each(HOSTILE_PROJECT_CASES.map((c): [string, HostileProjectCase] => [c.name, c]))(
    'refuses %s with exit 1 and the reason, no stack trace',
    async (_name, hostile) => {
      const file = hostileProjectFileName(hostile);
      const json = await runCaptured(['project', 'check', file, '--json'], work);
      expect(json.code).toBe(1);
      expect(json.err).toBe('');
      const parsed: unknown = JSON.parse(json.out);
      expect(parsed).toMatchObject({ ok: false, problems: expect.any(Array) });
      const human = await runCaptured(['project', 'check', file], work);
      expect(human.code).toBe(1);
      const lines = human.out.split('\n');
      expect(lines[0]).toMatch(/is not valid \(\d+ problems?\):$/);
      expect(lines.filter((line) => hostile.expected.every((part) => line.includes(part)))).not.toEqual([]);
      expect(human.out + human.err).not.toMatch(STACK_LINE);
    },
  );
});

describe('waymark export --what project', () => {
  it('writes the summary with the project on the cover and in the properties, the owner as author', async () => {
    const run = await runCaptured(['export', 'good.waymark', '--what', 'project', '--out', 'summary.docx'], work);
    expect(run).toMatchObject({ code: 0, err: '' });
    const bytes = readFileSync(join(work, 'summary.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const { project, evidence } = goodProjectContents();
    for (const part of [project.name, project.department, project.owner, 'Alpha', 'gov-uk-service-standard', '1.2.0'])
      expect(text).toContain(part);
    for (const item of evidence) expect(text).toContain(item.title);
    expect(text).toContain('Attached file: Discovery report.txt');
    const files = unzipSync(new Uint8Array(bytes));
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    const custom = strFromU8(files['docProps/custom.xml'] ?? new Uint8Array());
    expect(core).toContain(`<dc:creator>${project.owner}</dc:creator>`);
    expect(core).not.toContain('Waymark');
    expect(custom).toContain(project.department);
    expect(custom).toContain('name="Project owner"');
  });

  it('names the author given with --author', async () => {
    const run = await runCaptured(
      ['export', 'good.waymark', '--what', 'project', '--out', 'by-alex.docx', '--author', 'Alex Morgan'],
      work,
    );
    expect(run.code).toBe(0);
    const core = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(work, 'by-alex.docx'))))['docProps/core.xml'] ?? new Uint8Array(),
    );
    expect(core).toContain('<dc:creator>Alex Morgan</dc:creator>');
  });

  it.each([
    ['business-case', 'has no business case'],
    ['assessment', 'has no assessments'],
  ])('says a project without a %s has nothing to export, exit 1', async (what, words) => {
    const run = await runCaptured(['export', 'good.waymark', '--what', what, '--out', 'x.docx'], work);
    expect(run.code).toBe(1);
    expect(run.err).toContain(words);
    expect(existsSync(join(work, 'x.docx'))).toBe(false);
  });

  it('writes nothing for a bad project file, exit 1', async () => {
    const [hostile] = HOSTILE_PROJECT_CASES;
    if (!hostile) throw new Error('no cases');
    const run = await runCaptured(
      ['export', hostileProjectFileName(hostile), '--what', 'project', '--out', 'bad.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expect(() => readFileSync(join(work, 'bad.docx'))).toThrow();
  });
});
