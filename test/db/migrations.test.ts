// The migration harness: for every schema version, create a database at that version with the data
// that version held, then open it with the current code and check nothing was lost.
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { complianceMapRepository } from '../../src/db/compliance-map-repository';
import { projectsRepository } from '../../src/db/projects-repository';
import { settingsRepository } from '../../src/db/settings-repository';
import type { WaymarkDatabase } from '../../src/db/database';
import { freshDatabase } from './test-database';

/** What a database held at each version, written with that version's tables only. */
const FIXTURES: Record<number, (db: WaymarkDatabase) => Promise<void>> = {
  1: async (db) => {
    await db.table('projects').add({
      id: 'v1-project',
      name: 'Made at version 1',
      department: 'Dept',
      phase: 'alpha',
      owner: 'Sam',
      description: 'Kept through every upgrade',
      isExample: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      archivedAt: null,
      deletedAt: null,
    });
    await db.table('settings').bulkAdd([
      { key: 'firstStartDone', value: true },
      { key: 'defaultMarking', value: 'OFFICIAL-SENSITIVE' },
    ]);
  },
  2: async (db) => {
    await db.table('packs').add({
      key: 'fixture-pack@1.0.0',
      id: 'fixture-pack',
      version: '1.0.0',
      origin: 'imported',
      active: true,
      pack: { manifest: { id: 'fixture-pack', name: 'Fixture pack', version: '1.0.0' }, templates: [] },
      files: [{ path: 'pack.yaml', bytes: new Uint8Array([1, 2, 3]) }],
      installed: { id: 'fixture-pack', version: '1.0.0', contentHash: 'x', templates: [] },
      installedAt: '2026-01-03T00:00:00.000Z',
    });
  },
  3: async (db) => {
    await db.table('projectTemplates').add({
      id: 'use-1',
      projectId: 'v1-project',
      packId: 'fixture-pack',
      templateId: 'fixture-template',
      version: '1.0.0',
      addedAt: '2026-01-04T00:00:00.000Z',
    });
  },
  4: async (db) => {
    await db.table('evidence').add({
      id: 'evidence-1',
      projectId: 'v1-project',
      title: 'Discovery report',
      kind: 'document',
      source: { type: 'path', path: 'S:\\Projects\\discovery-report.docx' },
      date: '2026-01-05',
      owner: 'Sam',
      description: '',
      createdAt: '2026-01-05T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
    });
  },
  5: async (db) => {
    await db.table('complianceMaps').add({
      id: 'map-1',
      projectId: 'v1-project',
      title: 'Compliance map',
      processes: [
        {
          id: 'central',
          title: 'Central route',
          side: 'central',
          organisation: '',
          source: { type: 'manual' },
          steps: [
            {
              id: 'alpha-assessment',
              name: 'Alpha assessment',
              owner: '',
              phase: 'alpha',
              evidence: [],
              dependsOn: [],
              durationDays: 10,
              description: '',
            },
          ],
        },
      ],
      links: [],
      conflicts: [],
      exceptions: [],
      rejectedSuggestions: [],
      createdAt: '2026-01-06T00:00:00.000Z',
      updatedAt: '2026-01-06T00:00:00.000Z',
    });
  },
  6: async (db) => {
    await db.table('assessments').add({
      id: 'assessment-1',
      projectId: 'v1-project',
      standard: { packId: 'fixture-pack', templateId: 'fixture-template', version: '1.0.0' },
      stage: 'alpha',
      scope: null,
      panelDate: '2026-03-02',
      createdAt: '2026-01-07T00:00:00.000Z',
      updatedAt: '2026-01-07T00:00:00.000Z',
      carriedFrom: null,
      answers: [],
      actions: [],
      outcome: null,
    });
    await db.table('businessCases').add({
      id: 'case-1',
      projectId: 'v1-project',
      title: 'Business case',
      template: { packId: 'fixture-pack', templateId: 'fixture-case', version: '1.0.0' },
      gate: 'alpha-to-beta',
      smallScheme: false,
      createdAt: '2026-01-08T00:00:00.000Z',
      updatedAt: '2026-01-08T00:00:00.000Z',
    });
    await db.table('caseRevisions').add({ id: 'revision-1', caseId: 'case-1', number: 1 });
  },
};

describe('database migrations', () => {
  it('has a fixture for every schema version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('numbers versions in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'upgrades a database created at version %i to the latest',
    async (version) => {
      const name = `migration-from-${version}-${Date.now()}`;
      const old = freshDatabase(version, name);
      await old.open();
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) await FIXTURES[v.version]?.(old);
      old.close();

      const current = freshDatabase(undefined, name);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      const project = await projectsRepository(current).get('v1-project');
      expect(project).toMatchObject({
        name: 'Made at version 1',
        description: 'Kept through every upgrade',
        phase: 'alpha',
      });
      expect(await settingsRepository(current).getAll()).toMatchObject({
        firstStartDone: true,
        defaultMarking: 'OFFICIAL-SENSITIVE',
      });
      if (version >= 3) expect((await current.projectTemplates.get('use-1'))?.projectId).toBe('v1-project');
      if (version >= 4) expect((await current.evidence.get('evidence-1'))?.title).toBe('Discovery report');
      if (version >= 5) {
        const map = await complianceMapRepository(current).get('v1-project');
        expect(map?.processes[0]?.steps[0]?.name).toBe('Alpha assessment');
      }
      if (version >= 6) {
        expect((await current.assessments.get('assessment-1'))?.panelDate).toBe('2026-03-02');
        expect((await current.businessCases.where('projectId').equals('v1-project').first())?.id).toBe('case-1');
        expect((await current.caseRevisions.where('[caseId+number]').equals(['case-1', 1]).first())?.id).toBe(
          'revision-1',
        );
      }
      if (version >= 2) {
        const pack = await current.packs.get('fixture-pack@1.0.0');
        expect(pack?.files[0]?.bytes).toEqual(new Uint8Array([1, 2, 3]));
      }
      current.close();
    },
  );
});
