// Property: any project, with its template uses, evidence and attached files, survives export -> import into
// an empty database unchanged (every record equal, every attached file's bytes equal).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyProjectImport,
  planProjectImport,
  projectFileContents,
  readChosenProjectFile,
} from '../../../src/app/projects/project-file';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import { EVIDENCE_KINDS, type EvidenceItem } from '../../../src/domain/evidence';
import { PHASES, type Project } from '../../../src/domain/project';
import type { ProjectFileContents } from '../../../src/domain/project-file';
import type { ProjectTemplate } from '../../../src/domain/project-template';
import { writeProjectFile } from '../../../src/packs/project-file-writer';
import { freshDatabase } from '../../db/test-database';

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = timestamp.map((t) => t.slice(0, 10));
const text = (max: number, min = 0) => fc.string({ unit: 'binary', minLength: min, maxLength: max });
const id = fc.uuid();

const projectArb: fc.Arbitrary<Project> = fc.record({
  id,
  name: text(120, 1),
  department: text(120),
  phase: fc.constantFrom(...PHASES),
  owner: text(120),
  description: text(2000),
  isExample: fc.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  archivedAt: fc.option(timestamp, { nil: null }),
  deletedAt: fc.constant(null),
});

interface EvidenceDraft {
  item: Omit<EvidenceItem, 'projectId' | 'source'>;
  source: 'none' | 'link' | 'path' | 'file';
  url: string;
  bytes: Uint8Array;
  name: string;
  mediaType: string;
  addedAt: string;
}

const evidenceArb: fc.Arbitrary<EvidenceDraft> = fc.record({
  item: fc.record({
    id,
    title: text(200, 1),
    kind: fc.constantFrom(...EVIDENCE_KINDS),
    date: fc.option(day, { nil: null }),
    owner: text(120),
    description: text(400),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  source: fc.constantFrom('none', 'link', 'path', 'file'),
  url: text(300, 1),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.constant(new Uint8Array(50_000))),
  name: text(255, 1),
  mediaType: text(60),
  addedAt: timestamp,
});

const templateArb = fc.record({ id, packId: id, templateId: text(100, 1), version: text(50, 1), addedAt: timestamp });

const contentsArb: fc.Arbitrary<ProjectFileContents> = fc
  .record({
    project: projectArb,
    templates: fc.uniqueArray(templateArb, { maxLength: 4, selector: (t) => t.id }),
    evidence: fc.uniqueArray(evidenceArb, { maxLength: 5, selector: (e) => e.item.id }),
  })
  .map(({ project, templates, evidence }) => {
    const uses: ProjectTemplate[] = templates.map((t, i) => ({
      ...t,
      packId: `${t.packId}-${i}`,
      projectId: project.id,
    }));
    const contents: ProjectFileContents = { project, templates: uses, evidence: [], attachments: [] };
    for (const draft of evidence) {
      const attachmentId = `${draft.item.id}-file`;
      const source: EvidenceItem['source'] =
        draft.source === 'none'
          ? { type: 'none' }
          : draft.source === 'link'
            ? { type: 'link', url: draft.url }
            : draft.source === 'path'
              ? { type: 'path', path: draft.url }
              : { type: 'file', attachmentId };
      contents.evidence.push({ ...draft.item, projectId: project.id, source });
      if (draft.source === 'file')
        contents.attachments.push({
          meta: {
            id: attachmentId,
            projectId: project.id,
            evidenceId: draft.item.id,
            name: draft.name,
            mediaType: draft.mediaType,
            size: draft.bytes.length,
            sha256: createHash('sha256').update(draft.bytes).digest('hex'),
            addedAt: draft.addedAt,
          },
          bytes: draft.bytes,
        });
    }
    return contents;
  });

function sortedById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('project file round trip', () => {
  it('any project survives export -> import into an empty database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(contentsArb, async (contents) => {
        const db = freshDatabase();
        try {
          const bundles = projectBundleRepository(db);
          const reading = await readChosenProjectFile(writeProjectFile(contents));
          expect(reading.ok ? [] : reading.problems).toEqual([]);
          if (!reading.ok) return;
          const plan = await planProjectImport(bundles, reading.contents);
          expect(plan.kind).toBe('new');
          await applyProjectImport(bundles, reading.contents, plan, false);
          const bundle = await bundles.load(contents.project.id);
          if (!bundle) throw new Error('The imported project is not there.');
          const back = await projectFileContents(bundle);
          expect(back.project).toEqual(contents.project);
          expect(sortedById(back.templates)).toEqual(sortedById(contents.templates));
          expect(sortedById(back.evidence)).toEqual(sortedById(contents.evidence));
          expect(sortedById(back.attachments.map((a) => ({ ...a.meta, bytes: a.bytes })))).toEqual(
            sortedById(contents.attachments.map((a) => ({ ...a.meta, bytes: a.bytes }))),
          );
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  });
});
