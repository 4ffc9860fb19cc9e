// Every version of the database schema, oldest first. Never edit a shipped version: add a new one.
// The migration test harness (test/db/migrations.test.ts) creates a database at each version,
// fills it with that version's fixture, and upgrades it to the latest.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexed fields. `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Data migration run when upgrading from the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt, archivedAt, deletedAt',
      settings: 'key',
    },
  },
  {
    // Template packs: every installed version of every pack, keyed "<pack id>@<version>".
    version: 2,
    stores: {
      packs: 'key, id, origin',
    },
  },
  {
    // The templates each project works from, with the version it uses.
    version: 3,
    stores: {
      projectTemplates: 'id, projectId, [packId+templateId]',
    },
  },
  {
    // The evidence library of each project, and the files attached to evidence items.
    version: 4,
    stores: {
      evidence: 'id, projectId, kind, owner, updatedAt',
      attachments: 'id, projectId, evidenceId',
    },
  },
  {
    // The compliance map of each project: one per project, kept as one record.
    version: 5,
    stores: {
      complianceMaps: 'id, &projectId, updatedAt',
    },
  },
  {
    // Assessment preparation and maturity self-assessments (many per project), and each project's business
    // case (one per project) with its revisions (a case's revisions are numbered from 1, frozen ones never change).
    version: 6,
    stores: {
      assessments: 'id, projectId, updatedAt',
      maturityAssessments: 'id, projectId, updatedAt',
      businessCases: 'id, &projectId, updatedAt',
      caseRevisions: 'id, caseId, &[caseId+number]',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
