// The one local database. Stores everything a person creates, on their own machine.
import { Dexie, type Table } from 'dexie';
import type { Assessment } from '../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import type { EvidenceAttachment, EvidenceItem } from '../domain/evidence';
import type { Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import type { StoredPack } from './stored-pack';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'waymark';

export class WaymarkDatabase extends Dexie {
  projects!: Table<Project, string>;
  settings!: Table<SettingRecord, string>;
  packs!: Table<StoredPack, string>;
  projectTemplates!: Table<ProjectTemplate, string>;
  evidence!: Table<EvidenceItem, string>;
  attachments!: Table<EvidenceAttachment, string>;
  complianceMaps!: Table<ComplianceMap, string>;
  assessments!: Table<Assessment, string>;
  maturityAssessments!: Table<MaturitySelfAssessment, string>;
  businessCases!: Table<BusinessCase, string>;
  caseRevisions!: Table<CaseRevision, string>;

  /**
   * @param name database name (tests use unique names)
   * @param upTo apply schema versions up to and including this one (the migration harness uses it)
   */
  constructor(name: string = DATABASE_NAME, upTo?: number, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applyVersions(
      this,
      SCHEMA_VERSIONS.filter((v) => upTo === undefined || v.version <= upTo),
    );
  }
}

function applyVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

let current: WaymarkDatabase | null = null;

/** The app's database, opened on first use. */
export function getDatabase(): WaymarkDatabase {
  current ??= new WaymarkDatabase();
  return current;
}

/** Replaces the app database (tests, and a restore of a backup in later versions). */
export function setDatabase(db: WaymarkDatabase): void {
  current = db;
}
