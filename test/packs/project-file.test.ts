// The project file format: the writer is deterministic and its output reads back unchanged; every class of
// bad file is refused with the file, the place and the reason.
import { describe, expect, it } from 'vitest';
import { formatPackProblem } from '../../src/domain/pack';
import { readProjectFile } from '../../src/packs/project-file-reader';
import { projectManifestText, writeProjectFile } from '../../src/packs/project-file-writer';
import {
  HOSTILE_PROJECT_CASES,
  goodProjectContents,
  goodProjectContentsWithMap,
  goodProjectFile,
} from '../fixtures/project-files';

describe('writing a project file', () => {
  it('gives the same bytes for the same project, whatever order the records come in', () => {
    const contents = goodProjectContents();
    const reordered = {
      ...contents,
      templates: [...contents.templates].reverse(),
      evidence: [...contents.evidence].reverse(),
      project: Object.fromEntries(Object.entries(contents.project).reverse()) as typeof contents.project,
    };
    expect(writeProjectFile(reordered)).toEqual(writeProjectFile(contents));
  });

  it('writes the manifest with keys in order and records sorted by id', () => {
    const text = projectManifestText(goodProjectContents());
    expect(text.indexOf('"attachments"')).toBeLessThan(text.indexOf('"evidence"'));
    expect(text.indexOf('"evidence"')).toBeLessThan(text.indexOf('"format"'));
    expect(text.startsWith('{\n  "attachments": [')).toBe(true);
  });

  it('stores a file that compresses too well uncompressed, so it does not read as a zip bomb', async () => {
    const contents = goodProjectContents();
    const zeros = new Uint8Array(200_000);
    const digest = await crypto.subtle.digest('SHA-256', zeros);
    const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    const [attachment] = contents.attachments;
    if (!attachment) throw new Error('fixture');
    const file = writeProjectFile({
      ...contents,
      attachments: [{ meta: { ...attachment.meta, size: zeros.length, sha256 }, bytes: zeros }],
    });
    const result = await readProjectFile(file);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('a project file with a compliance map', () => {
  it('carries the map and reads it back unchanged, counting it in the summary', async () => {
    const contents = goodProjectContentsWithMap();
    const result = await readProjectFile(writeProjectFile(contents));
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('not ok');
    expect(result.contents.complianceMaps).toEqual(contents.complianceMaps);
    expect(result.summary.parts.complianceMaps).toBe(1);
  });

  it('writes the same bytes for the same map, and a project without a map exactly as before maps', () => {
    expect(writeProjectFile(goodProjectContentsWithMap())).toEqual(writeProjectFile(goodProjectContentsWithMap()));
    const plain = goodProjectContents();
    expect(writeProjectFile({ ...plain, complianceMaps: [] })).toEqual(writeProjectFile(plain));
    expect(projectManifestText(plain)).not.toContain('complianceMaps');
  });

  it('reads a file with no map (as older files are) as a project without one', async () => {
    const result = await readProjectFile(goodProjectFile());
    if (!result.ok) throw new Error('not ok');
    expect(result.contents.complianceMaps).toBeUndefined();
  });
});

describe('reading a project file', () => {
  it('reads the good file back unchanged', async () => {
    const result = await readProjectFile(goodProjectFile());
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('not ok');
    const contents = goodProjectContents();
    expect(result.contents.project).toEqual(contents.project);
    expect(new Set(result.contents.evidence)).toEqual(new Set(contents.evidence));
    expect(result.contents.attachments).toEqual(contents.attachments);
    expect(result.summary.parts).toEqual({
      evidence: 4,
      businessCases: 0,
      caseRevisions: 0,
      assessments: 0,
      maturityAssessments: 0,
      complianceMaps: 0,
    });
  });

  it.each(HOSTILE_PROJECT_CASES.map((c): [string, (typeof HOSTILE_PROJECT_CASES)[number]] => [c.name, c]))(
    'refuses %s, naming the place and the reason',
    async (_name, hostile) => {
      const result = await readProjectFile(hostile.bytes());
      expect(result.ok).toBe(false);
      const lines = result.problems.map(formatPackProblem);
      expect(lines.filter((line) => hostile.expected.every((part) => line.includes(part)))).not.toEqual([]);
    },
  );
});
