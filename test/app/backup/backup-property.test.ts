// Property: any workspace survives backup -> restore into an empty database unchanged, every record and
// every attachment byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backUpWorkspace } from '../../../src/app/backup/back-up-workspace';
import { applyRestore, openBackup, previewRestore } from '../../../src/app/backup/restore-workspace';
import { backupStatusRepository } from '../../../src/db/backup-status';
import { workspaceRepository } from '../../../src/db/workspace-repository';
import { EVIDENCE_KINDS, type EvidenceItem } from '../../../src/domain/evidence';
import { PHASES, type Project } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { dumpWorkspace, fillWorkspace, type FixtureWorkspace } from './workspace-fixture';

const timestamp = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max);
const name = (max: number) => text(max).filter((s) => s.length > 0);

const workspace: fc.Arbitrary<FixtureWorkspace> = fc
  .record({
    projects: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        name: name(120),
        department: text(120),
        phase: fc.constantFrom(...PHASES),
        owner: text(120),
        description: text(300),
        isExample: fc.boolean(),
        createdAt: timestamp,
        updatedAt: timestamp,
        archivedAt: fc.option(timestamp, { nil: null }),
        deletedAt: fc.option(timestamp, { nil: null }),
      }) satisfies fc.Arbitrary<Project>,
      { selector: (p) => p.id, minLength: 1, maxLength: 5 },
    ),
    evidenceSeeds: fc.array(
      fc.record({
        id: fc.uuid(),
        project: fc.nat(),
        title: name(200),
        kind: fc.constantFrom(...EVIDENCE_KINDS),
        source: fc.oneof(
          fc.constant({ type: 'none' as const }),
          fc.record({ type: fc.constant('link' as const), url: name(200) }),
          fc.record({ type: fc.constant('path' as const), path: name(200) }),
          fc.constant({ type: 'file' as const, attachmentId: '' }),
        ),
        date: fc.option(fc.constantFrom('2024-02-29', '2025-12-31', '2026-01-01'), { nil: null }),
        owner: text(120),
        description: text(300),
        createdAt: timestamp,
        updatedAt: timestamp,
        bytes: fc.uint8Array({ maxLength: 2000 }),
        fileName: name(60),
      }),
      { maxLength: 8 },
    ),
    templates: fc.array(fc.record({ id: fc.uuid(), project: fc.nat(), version: fc.constantFrom('1.0.0', '2.1.3') }), {
      maxLength: 5,
    }),
    marking: text(40),
    author: text(60),
  })
  .map(({ projects, evidenceSeeds, templates, marking, author }) => {
    const pick = (n: number) => projects[n % projects.length]?.id ?? '';
    const seen = new Set<string>();
    const seeds = evidenceSeeds.filter((s) => !seen.has(s.id) && seen.add(s.id));
    const evidence: EvidenceItem[] = seeds.map(({ project, bytes: _bytes, fileName: _fileName, source, ...e }) => ({
      ...e,
      projectId: pick(project),
      source: source.type === 'file' ? { type: 'file', attachmentId: `file-${e.id}` } : source,
    }));
    return {
      projects,
      evidence,
      attachments: seeds
        .filter((s) => s.source.type === 'file')
        .map((s) => ({ id: `file-${s.id}`, evidenceId: s.id, name: s.fileName, bytes: s.bytes })),
      projectTemplates: templates
        .filter((t) => !seen.has(t.id) && seen.add(t.id))
        .map((t) => ({
          id: t.id,
          projectId: pick(t.project),
          packId: 'gov-uk-service-standard',
          templateId: 'service-standard',
          version: t.version,
          addedAt: '2026-01-01T00:00:00.000Z',
        })),
      settings: [
        { key: 'defaultMarking', value: marking },
        { key: 'authorName', value: author },
      ],
    };
  });

describe('backup and restore (property)', () => {
  it('any workspace comes back unchanged in an empty database', async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (w) => {
        const source = freshDatabase();
        await fillWorkspace(source, w);
        const before = await dumpWorkspace(source);
        const made = await backUpWorkspace(workspaceRepository(source), backupStatusRepository(source), {
          now: new Date('2026-12-01T00:00:00.000Z'),
          appVersion: '0.1.0',
        });
        const opened = await openBackup(made.bytes);
        if (!opened.ok) throw new Error(opened.problems.join('\n'));
        const target = freshDatabase();
        const repo = workspaceRepository(target);
        await applyRestore(repo, opened.backup, await previewRestore(repo, opened.backup, 'replace'));
        expect(await dumpWorkspace(target)).toEqual(before);
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  });
});
