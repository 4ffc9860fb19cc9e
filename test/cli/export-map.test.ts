// `waymark export <file> --what map` in-process on real files: the example project's map comes out as the
// compliance map document, analysed as the app does (the design-before-build contradiction explained, no
// plan while it stands), by the owner or --author, never "Waymark"; a project without a map exits 1 with
// one sentence and writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../src/packs/project-file-reader';
import { goodProjectFile } from '../fixtures/project-files';
import { runCaptured } from './pack-cli-io';

let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'waymark-export-map-'));
  writeFileSync(join(work, 'no-map.waymark'), goodProjectFile());
  const made = await runCaptured(['example', '--out', 'example.waymark'], work);
  if (made.code !== 0) throw new Error(made.err);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('waymark example', () => {
  it('writes the example’s compliance map of the two example processes into the project file', async () => {
    const read = await readProjectFile(new Uint8Array(readFileSync(join(work, 'example.waymark'))));
    if (!read.ok) throw new Error('the example did not read back');
    const [map] = read.contents.complianceMaps ?? [];
    expect(map?.projectId).toBe(read.contents.project.id);
    expect(map?.processes.map((p) => p.source)).toEqual([
      {
        type: 'template',
        packId: 'waymark-example-processes',
        templateId: 'central-digital-assurance-2026',
        version: '2.0.0',
      },
      {
        type: 'template',
        packId: 'waymark-example-processes',
        templateId: 'departmental-it-governance',
        version: '1.0.1',
      },
    ]);
  });
});

describe('waymark export --what map', () => {
  it('writes the compliance map document of the example, with its findings, by the project owner', async () => {
    const run = await runCaptured(['export', 'example.waymark', '--what', 'map', '--out', 'map.docx'], work);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('the compliance map of "Example: Apply for a fishing licence"');
    const bytes = readFileSync(join(work, 'map.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const words of [
      'Example: Apply for a fishing licence: compliance map',
      'Department for Rivers and Coasts (example)',
      'Conflict register',
      'The processes in full',
      'Central digital assurance from April 2026 (example)',
      'Enterprise architecture board: solution design sign-off',
      'Departmental IT governance (example)',
      'Head of enterprise architecture (example)',
    ])
      expect(text).toContain(words);
    const core = strFromU8(unzipSync(new Uint8Array(bytes))['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Sam Taylor (example)</dc:creator>');
    expect(core).not.toContain('Waymark');
  });

  it('names the author given with --author', async () => {
    const run = await runCaptured(
      ['export', 'example.waymark', '--what', 'map', '--out', 'by-alex.docx', '--author', 'Alex Morgan'],
      work,
    );
    expect(run.code).toBe(0);
    const core = strFromU8(
      unzipSync(new Uint8Array(readFileSync(join(work, 'by-alex.docx'))))['docProps/core.xml'] ?? new Uint8Array(),
    );
    expect(core).toContain('<dc:creator>Alex Morgan</dc:creator>');
  });

  it('says a project without a map has none, exit 1, and writes nothing', async () => {
    const run = await runCaptured(['export', 'no-map.waymark', '--what', 'map', '--out', 'none.docx'], work);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('has no compliance map');
    expect(existsSync(join(work, 'none.docx'))).toBe(false);
  });

  it('refuses an unknown --what with exit 2, naming the documents it can write', async () => {
    const run = await runCaptured(['export', 'example.waymark', '--what', 'maps', '--out', 'x.docx'], work);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--what must be project, map, assessment or business-case');
  });

  it('lists the documents in the help', async () => {
    const run = await runCaptured(['export', '--help'], work);
    expect(run.code).toBe(0);
    expect(run.out).toContain('--what project|map|assessment|business-case');
  });
});
