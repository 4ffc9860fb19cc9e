// Reads the whole workspace for a backup and writes a restore, in one transaction, all or nothing.
// The only module that reads or writes every table at once.
import type { Assessment } from '../domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import type { EvidenceAttachment, EvidenceItem } from '../domain/evidence';
import type { Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import type { SettingRecord, WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';
import type { StoredPack } from './stored-pack';

/** Every record a backup holds, as stored. */
export interface WorkspaceRecords {
  projects: Project[];
  projectTemplates: ProjectTemplate[];
  evidence: EvidenceItem[];
  attachments: EvidenceAttachment[];
  /** Packs made in the app (origin "own"), every stored version. */
  ownPacks: StoredPack[];
  settings: SettingRecord[];
  /** Every project's compliance map, as stored (one per project). */
  complianceMaps: ComplianceMap[];
  assessments: Assessment[];
  maturityAssessments: MaturitySelfAssessment[];
  /** Every project's business case, as stored (one per project). */
  businessCases: BusinessCase[];
  caseRevisions: CaseRevision[];
}

/** What a restore compares against: each record's key and dates, without the bytes. */
export interface WorkspaceSummary {
  projects: Pick<Project, 'id' | 'name' | 'updatedAt'>[];
  evidence: Pick<EvidenceItem, 'id' | 'projectId' | 'title' | 'updatedAt'>[];
  packs: Pick<StoredPack, 'key' | 'id' | 'version' | 'origin' | 'active' | 'installedAt'>[];
  settings: string[];
  complianceMaps: Pick<ComplianceMap, 'id' | 'projectId' | 'title' | 'updatedAt'>[];
  assessments: Pick<Assessment, 'id' | 'projectId' | 'stage' | 'panelDate'>[];
  maturityAssessments: Pick<MaturitySelfAssessment, 'id' | 'projectId' | 'date'>[];
  businessCases: Pick<BusinessCase, 'id' | 'projectId' | 'title'>[];
  caseRevisions: Pick<CaseRevision, 'id' | 'caseId' | 'number'>[];
}

/** The writes of a restore, worked out beforehand; `check` runs first inside the transaction. */
export interface RestoreWrites {
  /** Replace everything: clear the person's records first (packs from elsewhere stay). */
  clear: boolean;
  /** Settings left alone by a clear (they describe this machine). */
  keepSettings: readonly string[];
  projects: Project[];
  /** Projects whose template uses are replaced by the ones given. */
  templatesOf: string[];
  projectTemplates: ProjectTemplate[];
  evidence: EvidenceItem[];
  /** Evidence whose attached files are replaced by the ones given. */
  attachmentsOf: string[];
  attachments: EvidenceAttachment[];
  packs: StoredPack[];
  settings: SettingRecord[];
  removeSettings: string[];
  removeOwnPackKeys: string[];
  /** Projects whose compliance map is replaced by the one given (or removed, when none is given). */
  mapsOf: string[];
  complianceMaps: ComplianceMap[];
  /**
   * Projects whose assessments, maturity self-assessments, business case and case revisions are replaced by
   * the ones given (or removed, when none are given).
   */
  partsOf: string[];
  assessments: Assessment[];
  maturityAssessments: MaturitySelfAssessment[];
  businessCases: BusinessCase[];
  caseRevisions: CaseRevision[];
  check: (current: WorkspaceSummary) => void;
}

export function workspaceRepository(db: WaymarkDatabase) {
  /**
   * Ids in a backup are the sender's: an assessment, self-assessment, business case or revision whose id is held
   * here by another project would be moved to the backup's project, and that project's work lost. Refused.
   */
  async function refuseForeignParts(writes: RestoreWrites): Promise<void> {
    const [assessments, maturity, cases] = await Promise.all([
      db.assessments.bulkGet(writes.assessments.map((a) => a.id)),
      db.maturityAssessments.bulkGet(writes.maturityAssessments.map((m) => m.id)),
      db.businessCases.bulkGet(writes.businessCases.map((c) => c.id)),
    ]);
    const ownerOf = new Map<string, string>();
    for (const c of writes.businessCases) ownerOf.set(c.id, c.projectId);
    const revisions = await db.caseRevisions.bulkGet(writes.caseRevisions.map((r) => r.id));
    const storedCases = await db.businessCases.bulkGet(revisions.flatMap((r) => (r === undefined ? [] : [r.caseId])));
    for (const c of storedCases) if (c && !ownerOf.has(c.id)) ownerOf.set(`stored:${c.id}`, c.projectId);
    const incoming = [...writes.assessments, ...writes.maturityAssessments, ...writes.businessCases];
    const stored = [...assessments, ...maturity, ...cases];
    const clash =
      stored.some((record, i) => record !== undefined && record.projectId !== incoming[i]?.projectId) ||
      revisions.some((record, i) => {
        if (record === undefined) return false;
        const coming = writes.caseRevisions[i];
        const storedOwner = ownerOf.get(`stored:${record.caseId}`) ?? ownerOf.get(record.caseId);
        const comingOwner = coming ? ownerOf.get(coming.caseId) : undefined;
        return storedOwner !== comingOwner;
      });
    if (clash)
      throw new StorageError(
        'This backup holds an assessment or business case whose id belongs to another project on this computer, so merging it would move that work into a different project. Nothing was changed. Restore the backup with "Replace everything" instead, or ask whoever made it to make it again.',
        'conflict',
      );
  }

  async function summary(): Promise<WorkspaceSummary> {
    const [projects, evidence, packs, settings, maps, assessments, maturity, cases, revisions] = await Promise.all([
      db.projects.toArray(),
      db.evidence.toArray(),
      db.packs.toArray(),
      db.settings.toCollection().primaryKeys(),
      db.complianceMaps.toArray(),
      db.assessments.toArray(),
      db.maturityAssessments.toArray(),
      db.businessCases.toArray(),
      db.caseRevisions.toArray(),
    ]);
    return {
      projects: projects.map(({ id, name, updatedAt }) => ({ id, name, updatedAt })),
      evidence: evidence.map(({ id, projectId, title, updatedAt }) => ({ id, projectId, title, updatedAt })),
      packs: packs.map(({ key, id, version, origin, active, installedAt }) => ({
        key,
        id,
        version,
        origin,
        active,
        installedAt,
      })),
      settings: settings.map(String),
      complianceMaps: maps.map(({ id, projectId, title, updatedAt }) => ({ id, projectId, title, updatedAt })),
      assessments: assessments.map(({ id, projectId, stage, panelDate }) => ({ id, projectId, stage, panelDate })),
      maturityAssessments: maturity.map(({ id, projectId, date }) => ({ id, projectId, date })),
      businessCases: cases.map(({ id, projectId, title }) => ({ id, projectId, title })),
      caseRevisions: revisions.map(({ id, caseId, number }) => ({ id, caseId, number })),
    };
  }

  const tables = [
    db.projects,
    db.projectTemplates,
    db.evidence,
    db.attachments,
    db.packs,
    db.settings,
    db.complianceMaps,
    db.assessments,
    db.maturityAssessments,
    db.businessCases,
    db.caseRevisions,
  ];

  return {
    summary,

    /** Every record of the workspace, read in one transaction so that the copy is consistent. */
    async readAll(): Promise<WorkspaceRecords> {
      return guarded(() =>
        db.transaction('r', tables, async () => {
          const [projects, projectTemplates, evidence, attachments, packs, settings, complianceMaps] =
            await Promise.all([
              db.projects.toArray(),
              db.projectTemplates.toArray(),
              db.evidence.toArray(),
              db.attachments.toArray(),
              db.packs.where('origin').equals('own').toArray(),
              db.settings.toArray(),
              db.complianceMaps.toArray(),
            ]);
          const [assessments, maturityAssessments, businessCases, caseRevisions] = await Promise.all([
            db.assessments.toArray(),
            db.maturityAssessments.toArray(),
            db.businessCases.toArray(),
            db.caseRevisions.toArray(),
          ]);
          return {
            projects,
            projectTemplates,
            evidence,
            attachments,
            ownPacks: packs,
            settings,
            complianceMaps,
            assessments,
            maturityAssessments,
            businessCases,
            caseRevisions,
          };
        }),
      );
    },

    /** True when the person has made something that a loss would take away. */
    async hasWork(): Promise<boolean> {
      const projects = await db.projects.filter((p) => !p.isExample).count();
      return (
        projects > 0 || (await db.evidence.count()) > 0 || (await db.packs.where('origin').equals('own').count()) > 0
      );
    },

    /**
     * Applies a restore in one transaction: every write happens, or none does. A merge that would write an
     * assessment, self-assessment, business case or revision over a record of another project here is refused.
     */
    async applyRestore(writes: RestoreWrites): Promise<void> {
      await guarded(() =>
        db.transaction('rw', tables, async () => {
          writes.check(await summary());
          if (!writes.clear) await refuseForeignParts(writes);
          if (writes.clear) {
            await Promise.all([
              db.projects.clear(),
              db.projectTemplates.clear(),
              db.evidence.clear(),
              db.attachments.clear(),
              db.packs.where('origin').equals('own').delete(),
              db.settings.filter((s) => !writes.keepSettings.includes(s.key)).delete(),
              db.complianceMaps.clear(),
              db.assessments.clear(),
              db.maturityAssessments.clear(),
              db.businessCases.clear(),
              db.caseRevisions.clear(),
            ]);
          }
          if (writes.templatesOf.length > 0)
            await db.projectTemplates.where('projectId').anyOf(writes.templatesOf).delete();
          if (writes.attachmentsOf.length > 0)
            await db.attachments.where('evidenceId').anyOf(writes.attachmentsOf).delete();
          // A project holds one map (a unique index): its old map goes before the backup's copy is written.
          if (writes.mapsOf.length > 0) await db.complianceMaps.where('projectId').anyOf(writes.mapsOf).delete();
          // So do a project's assessments and business case (one per project, a unique index) with its revisions
          // (numbered once per case, a unique index), and the revisions of the cases the backup brings.
          if (writes.partsOf.length > 0) {
            await db.assessments.where('projectId').anyOf(writes.partsOf).delete();
            await db.maturityAssessments.where('projectId').anyOf(writes.partsOf).delete();
            const cases = await db.businessCases.where('projectId').anyOf(writes.partsOf).primaryKeys();
            const incoming = writes.businessCases.map((c) => c.id);
            if (cases.length + incoming.length > 0)
              await db.caseRevisions
                .where('caseId')
                .anyOf([...cases, ...incoming])
                .delete();
            await db.businessCases.where('projectId').anyOf(writes.partsOf).delete();
          }
          if (writes.removeOwnPackKeys.length > 0) await db.packs.bulkDelete(writes.removeOwnPackKeys);
          if (writes.removeSettings.length > 0) await db.settings.bulkDelete(writes.removeSettings);
          await db.projects.bulkPut(writes.projects);
          await db.projectTemplates.bulkPut(writes.projectTemplates);
          await db.evidence.bulkPut(writes.evidence);
          await db.attachments.bulkPut(writes.attachments);
          await db.packs.bulkPut(writes.packs);
          await db.settings.bulkPut(writes.settings);
          await db.complianceMaps.bulkPut(writes.complianceMaps);
          await db.assessments.bulkPut(writes.assessments);
          await db.maturityAssessments.bulkPut(writes.maturityAssessments);
          await db.businessCases.bulkPut(writes.businessCases);
          await db.caseRevisions.bulkPut(writes.caseRevisions);
        }),
      );
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof workspaceRepository>;
