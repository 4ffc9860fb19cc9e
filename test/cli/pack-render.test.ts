// `waymark pack render`, run in-process with captured output (every exit code) and once as a real process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocx, textOf } from '../export/docx-reader';
import { GOOD_PACK } from '../packs/pack-fixtures';
import { runCaptured } from './pack-cli-io';

const ROOT = join(import.meta.dirname, '../..');
const GOV_UK = join(ROOT, 'templates/gov-uk-service-standard');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-render-cli-'));
  cpSync(GOOD_PACK, join(work, 'pack'), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function headerText(bytes: Uint8Array): string {
  const docx = readDocx(bytes);
  return docx.names
    .filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name))
    .map((name) => textOf(docx.part(name)))
    .join('\n');
}

describe('waymark pack render: success', () => {
  it('writes a checklist for a built-in standard and prints one line naming the file', async () => {
    const run = await runCaptured(
      ['pack', 'render', GOV_UK, '--template', 'gov-uk-service-standard', '--out', 'gov.docx'],
      work,
    );
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toBe(
      'Wrote gov.docx: GOV.UK Service Standard (gov-uk-service-standard version 1.2.0) as a checklist, marked OFFICIAL.\n',
    );
    const bytes = new Uint8Array(readFileSync(join(work, 'gov.docx')));
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('Point 14: Operate a reliable service');
    expect(headerText(bytes)).toContain('OFFICIAL');
    expect(readDocx(bytes).part('docProps/core.xml')).toContain(
      'template gov-uk-service-standard; template version 1.2.0',
    );
    expect(readdirSync(work).sort()).toEqual(['gov.docx', 'pack']);
  });

  it('renders from a zip with a custom marking, a phase and --final', async () => {
    expect((await runCaptured(['pack', 'build', 'pack', '--out', 'example.zip'], work)).code).toBe(0);
    const run = await runCaptured(
      [
        'pack',
        'render',
        'example.zip',
        '--template=example-case',
        '--out',
        'case.docx',
        '--marking',
        'official-sensitive',
        '--phase',
        'alpha',
        '--final',
      ],
      work,
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('as a business case template, marked OFFICIAL-SENSITIVE.');
    const bytes = new Uint8Array(readFileSync(join(work, 'case.docx')));
    expect(headerText(bytes)).toContain('OFFICIAL-SENSITIVE');
    expect(readDocx(bytes).part('docProps/core.xml')).toContain('<cp:contentStatus>Final</cp:contentStatus>');
    expect(textOf(readDocx(bytes).part('word/document.xml'))).toContain('Phase shown\nAlpha');
  });

  it('renders every template of the fixture pack', async () => {
    for (const id of [
      'example-standard',
      'example-maturity',
      'example-case',
      'central-review',
      'department-gates',
      'two-bosses',
    ]) {
      const run = await runCaptured(['pack', 'render', 'pack', '--template', id, '--out', `${id}.docx`], work);
      expect(run.code, `${id}: ${run.err}`).toBe(0);
      expect(
        readFileSync(join(work, `${id}.docx`))
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    }
  });

  it('prints its help and exits 0', async () => {
    const run = await runCaptured(['pack', 'render', '--help'], work);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: waymark pack render <folder|zip> --template <id> --out <file.docx>');
  });
});

describe('waymark pack render: invalid input (exit 1)', () => {
  it('prints the problems of an invalid pack like pack validate, and writes nothing', async () => {
    const file = join(work, 'pack/standards/example-standard.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    title: Work in the open\n', ''));
    const run = await runCaptured(
      ['pack', 'render', 'pack', '--template', 'example-standard', '--out', 'out.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      'The pack at pack is not valid (1 problem):\n  standards/example-standard.yaml, points[1]: the point has no title\n',
    );
    expect(run.err).toBe('waymark: no document was written because the pack is not valid.\n');
    expect(existsSync(join(work, 'out.docx'))).toBe(false);
  });

  it('lists the template ids when the template is not in the pack', async () => {
    const run = await runCaptured(['pack', 'render', 'pack', '--template', 'nope', '--out', 'out.docx'], work);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^waymark: the pack example-pack has no template nope; its templates are [a-z0-9, -]+\.\n$/,
    );
    expect(run.err).toContain('example-standard');
    expect(existsSync(join(work, 'out.docx'))).toBe(false);
  });

  it('refuses an output folder that does not exist, without creating it', async () => {
    const run = await runCaptured(
      ['pack', 'render', 'pack', '--template', 'example-standard', '--out', 'missing/out.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'waymark: the folder missing does not exist; create it first or choose another place for out.docx.\n',
    );
    expect(existsSync(join(work, 'missing'))).toBe(false);
  });

  it('never writes over or inside the source pack', async () => {
    expect((await runCaptured(['pack', 'build', 'pack', '--out', 'example.docx.zip'], work)).code).toBe(0);
    const inside = await runCaptured(
      ['pack', 'render', 'pack', '--template', 'example-standard', '--out', 'pack/out.docx'],
      work,
    );
    expect(inside.code).toBe(1);
    expect(inside.err).toContain('inside the pack');
    expect(existsSync(join(work, 'pack/out.docx'))).toBe(false);
    cpSync(join(work, 'example.docx.zip'), join(work, 'source.docx'));
    const before = readFileSync(join(work, 'source.docx'));
    const over = await runCaptured(
      ['pack', 'render', 'source.docx', '--template', 'example-standard', '--out', 'source.docx'],
      work,
    );
    expect(over.code).toBe(1);
    expect(readFileSync(join(work, 'source.docx')).equals(before)).toBe(true);
  });

  it('refuses a phase for a template that has nothing per phase', async () => {
    const run = await runCaptured(
      ['pack', 'render', 'pack', '--template', 'example-maturity', '--out', 'out.docx', '--phase', 'beta'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('a phase can be chosen only for a standard or a business case');
  });

  it('reports a missing pack in one sentence', async () => {
    const run = await runCaptured(['pack', 'render', 'nowhere', '--template', 'x', '--out', 'out.docx'], work);
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('there is no file or folder at');
  });
});

describe('waymark pack render: usage errors (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['no --template', ['pack', '--out', 'out.docx'], /needs --template <id>/],
    ['no --out', ['pack', '--template', 'example-standard'], /needs --out <file\.docx>/],
    ['no pack path', ['--template', 'example-standard', '--out', 'out.docx'], /needs the path of a pack folder or zip/],
    [
      'an unknown option',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--colour', 'red'],
      /"--colour" is not an option of "waymark pack render"/,
    ],
    [
      'an --out that is not .docx',
      ['pack', '--template', 'example-standard', '--out', 'out.pdf'],
      /--out must name a \.docx file/,
    ],
    [
      'an empty marking',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--marking=  '],
      /--marking cannot be empty/,
    ],
    [
      'a marking that is too long',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--marking', 'X'.repeat(61)],
      /at most 60 characters/,
    ],
    [
      'a marking with a control character',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--marking', 'OFFICIAL\u0007'],
      /control characters/,
    ],
    [
      'a marking with a right-to-left override',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--marking', '\u202ELAICIFFO'],
      /text-direction characters/,
    ],
    [
      'a marking with a character Word cannot hold',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--marking', 'OFFICIAL\uFFFE'],
      /U\+FFFE, which Word documents cannot hold/,
    ],
    [
      'an unknown phase',
      ['pack', '--template', 'example-standard', '--out', 'out.docx', '--phase', 'gamma'],
      /--phase must be one of discovery, alpha, beta, live/,
    ],
  ];
  for (const [name, args, message] of cases) {
    it(`exits 2 for ${name}, with one sentence and nothing written`, async () => {
      const run = await runCaptured(['pack', 'render', ...args], work);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err.trim().split('\n')).toHaveLength(1);
      expect(run.err).toMatch(message);
      expect(existsSync(join(work, 'out.docx'))).toBe(false);
    });
  }
});

describe('waymark pack render as a real process', () => {
  it('renders a guide and exits 0, and exits 2 on a usage error', () => {
    const out = join(work, 'two-bosses.docx');
    const ok = spawnSync(
      'node',
      ['bin/waymark.mjs', 'pack', 'render', 'templates/waymark-playbook', '--template', 'two-bosses', '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe(
      `Wrote ${out}: Answering to two bosses (two-bosses version 1.1.0) as a guide, marked OFFICIAL.`,
    );
    expect(existsSync(out)).toBe(true);
    const bad = spawnSync('node', ['bin/waymark.mjs', 'pack', 'render', 'templates/waymark-playbook', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
