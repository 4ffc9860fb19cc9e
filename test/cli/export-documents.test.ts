// `waymark export <file> --what assessment` and `--what business-case` in-process on real files: the example
// project's alpha assessment (with its maturity self-assessment) and its business case (one revision, or two
// compared as tracked changes) come out as Word documents by the owner or --author, never "Waymark"; a wrong id,
// a missing revision or a standard not installed at the pinned version exits 1 with a sentence and writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFileContents } from '../../src/domain/project-file';
import { readProjectFile } from '../../src/packs/project-file-reader';
import { writeProjectFile } from '../../src/packs/project-file-writer';
import { projectParts } from '../fixtures/project-parts';
import { runCaptured } from './pack-cli-io';

/** Rendering Word documents is slow on a shared machine; the tests that write one or two allow for it. */
const RENDER_TIMEOUT = 120_000;

let work: string;
let example: ProjectFileContents;

function part(name: string, file: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(join(work, file))))[name] ?? new Uint8Array());
}

async function text(file: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: readFileSync(join(work, file)) })).value;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'waymark-export-documents-'));
  const made = await runCaptured(['example', '--out', 'example.waymark'], work);
  if (made.code !== 0) throw new Error(made.err);
  const read = await readProjectFile(new Uint8Array(readFileSync(join(work, 'example.waymark'))));
  if (!read.ok) throw new Error('the example did not read back');
  example = read.contents;
  const [alpha] = example.assessments ?? [];
  const [maturity] = example.maturityAssessments ?? [];
  if (!alpha || !maturity) throw new Error('the example has no assessment');
  // Two assessments (the beta one changed last) and an earlier self-assessment on the same model.
  const beta = {
    ...alpha,
    id: 'beta-assessment',
    stage: 'beta' as const,
    outcome: null,
    updatedAt: '2099-01-01T00:00:00.000Z',
  };
  const earlier = {
    ...maturity,
    id: 'earlier-maturity',
    date: '2020-01-01',
    scores: maturity.scores.map((s) => ({ ...s, current: 'low' })),
  };
  writeFileSync(
    join(work, 'two.waymark'),
    writeProjectFile({ ...example, assessments: [alpha, beta], maturityAssessments: [maturity, earlier] }),
  );
  // An assessment pinned to a version of the GOV.UK standard that is not among the built-in packs.
  const old = projectParts(
    example.project.id,
    example.evidence.map((e) => e.id),
  );
  writeFileSync(join(work, 'old-standard.waymark'), writeProjectFile({ ...example, assessments: old.assessments }));
}, RENDER_TIMEOUT);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('waymark export --what assessment', () => {
  it(
    "writes the example's alpha assessment with the panel's ratings in words and its maturity self-assessment",
    async () => {
      const run = await runCaptured(['export', 'example.waymark', '--what', 'assessment', '--out', 'a.docx'], work);
      expect(run).toMatchObject({ code: 0, err: '' });
      expect(run.out).toContain('the alpha assessment of "Example: Apply for a fishing licence"');
      const body = await text('a.docx');
      for (const words of [
        'GOV.UK Service Standard (version 1.2.0',
        'Make sure everyone can use the service',
        'Operate a reliable service',
        'Amber',
        'Green',
        'Usability testing, round 1: renewing a licence',
        'Modern Software Delivery Maturity Index',
        'Give each retrospective action an owner',
      ])
        expect(body).toContain(words);
      expect(body).not.toMatch(/Waymark/i);
      expect(part('docProps/core.xml', 'a.docx')).toContain('<dc:creator>Sam Taylor (example)</dc:creator>');
    },
    RENDER_TIMEOUT,
  );

  it(
    'picks the most recently changed assessment, or the one --id names, and compares with an earlier self-assessment',
    async () => {
      const latest = await runCaptured(['export', 'two.waymark', '--what', 'assessment', '--out', 'latest.docx'], work);
      expect(latest.code).toBe(0);
      expect(latest.out).toContain('the beta assessment');
      const [alpha] = example.assessments ?? [];
      const byId = await runCaptured(
        [
          'export',
          'two.waymark',
          '--what',
          'assessment',
          '--id',
          alpha?.id ?? '',
          '--out',
          'alpha.docx',
          '--author',
          'Alex Morgan',
        ],
        work,
      );
      expect(byId.code).toBe(0);
      expect(byId.out).toContain('the alpha assessment');
      expect(part('docProps/core.xml', 'alpha.docx')).toContain('<dc:creator>Alex Morgan</dc:creator>');
      expect(await text('alpha.docx')).toContain('Earlier');
    },
    RENDER_TIMEOUT,
  );

  it('lists the assessments when --id names none of them, exit 1, writing nothing', async () => {
    const run = await runCaptured(
      ['export', 'two.waymark', '--what', 'assessment', '--id', 'nope', '--out', 'x.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('has no assessment with the id "nope"');
    expect(run.err).toContain('beta-assessment (Beta assessment, gov-uk-service-standard version 1.2.0');
    expect(existsSync(join(work, 'x.docx'))).toBe(false);
  });

  it('refuses a standard not installed at the pinned version, naming both versions, exit 1', async () => {
    const run = await runCaptured(['export', 'old-standard.waymark', '--what', 'assessment', '--out', 'x.docx'], work);
    expect(run.code).toBe(1);
    expect(run.err).toContain('gov-uk-service-standard version 1.1.0 is not available');
    expect(run.err).toContain('has version 1.2.0 only');
    expect(existsSync(join(work, 'x.docx'))).toBe(false);
  });

  it('refuses --revision with --what assessment, exit 2', async () => {
    const run = await runCaptured(
      ['export', 'example.waymark', '--what', 'assessment', '--revision', '1', '--out', 'x.docx'],
      work,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('--revision goes with --what business-case');
  });
});

describe('waymark export --what business-case', () => {
  it(
    'writes the latest revision by default, and an earlier one when asked',
    async () => {
      const latest = await runCaptured(
        ['export', 'example.waymark', '--what', 'business-case', '--out', 'case.docx'],
        work,
      );
      expect(latest).toMatchObject({ code: 0, err: '' });
      expect(latest.out).toContain('revision 2 of the business case');
      const body = await text('case.docx');
      for (const words of [
        'Strategic case',
        'Economic case',
        'Financial case',
        'Buying a licensing product was closed',
      ])
        expect(body).toContain(words);
      expect(body).not.toMatch(/Waymark/i);
      const first = await runCaptured(
        ['export', 'example.waymark', '--what', 'business-case', '--revision', '1', '--out', 'case-1.docx'],
        work,
      );
      expect(first.code).toBe(0);
      const firstBody = await text('case-1.docx');
      expect(firstBody).toContain('Four options are open');
      expect(firstBody).not.toContain('Buying a licensing product was closed');
    },
    RENDER_TIMEOUT,
  );

  it(
    'writes the changes between two revisions as tracked changes, older and newer by number',
    async () => {
      const run = await runCaptured(
        [
          'export',
          'example.waymark',
          '--what',
          'business-case',
          '--revision',
          '1',
          '--compare-to',
          '2',
          '--out',
          'cmp.docx',
        ],
        work,
      );
      expect(run.code).toBe(0);
      expect(run.out).toContain('from revision 1 to revision 2');
      const document = part('word/document.xml', 'cmp.docx');
      expect(document).toMatch(/<w:ins [^>]*w:author="Priya Shah \(example\)"/);
      expect(document).toContain('<w:del ');
    },
    RENDER_TIMEOUT,
  );

  it('says which revisions there are when one does not exist, exit 1, writing nothing', async () => {
    const run = await runCaptured(
      ['export', 'example.waymark', '--what', 'business-case', '--revision', '7', '--out', 'x.docx'],
      work,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('There is no revision 7; this business case has revisions 1, 2.');
    expect(existsSync(join(work, 'x.docx'))).toBe(false);
  });

  it('refuses a revision that is not a number, exit 2', async () => {
    const run = await runCaptured(
      ['export', 'example.waymark', '--what', 'business-case', '--compare-to', 'two', '--out', 'x.docx'],
      work,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('--compare-to must be a revision number');
  });
});
