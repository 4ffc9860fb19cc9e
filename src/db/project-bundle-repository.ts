// A project with everything that belongs to it (template uses, evidence, attached files, its compliance map, its
// assessments and maturity self-assessments, its business case and the case's revisions), read or replaced as one. Used to export a project as a file and to import one: replacing is one transaction, so an import
// is all there or not there at all.
import type { Assessment } from '../domain/assessment/assessment-model';
import { assessmentRecordSchema } from '../domain/assessment/assessment-schemas';
import type { MaturitySelfAssessment } from '../domain/assessment/maturity-self-assessment';
import type { BusinessCase, CaseRevision } from '../domain/business-case/model';
import { businessCaseRecordSchema, caseRevisionRecordSchema } from '../domain/business-case/schemas';
import type { ComplianceMap } from '../domain/compliance-map/map-model';
import type { EvidenceAttachment, EvidenceItem } from '../domain/evidence';
import type { Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

export interface ProjectBundle {
  project: Project;
  templates: ProjectTemplate[];
  evidence: EvidenceItem[];
  attachments: EvidenceAttachment[];
  /** The project's compliance map, or null when it has none. */
  complianceMap: ComplianceMap | null;
  assessments: Assessment[];
  maturityAssessments: MaturitySelfAssessment[];
  /** The project's business case, or null when it has none. */
  businessCase: BusinessCase | null;
  /** The revisions of the project's business case (none without a case). */
  caseRevisions: CaseRevision[];
}

/** The records of one project that cite evidence, as the evidence "where is this used" list reads them. */
export interface EvidenceCitingRecords {
  assessments: Assessment[];
  businessCase: BusinessCase | null;
  caseRevisions: CaseRevision[];
}

export function projectBundleRepository(db: WaymarkDatabase) {
  const tables = [
    db.projects,
    db.projectTemplates,
    db.evidence,
    db.attachments,
    db.complianceMaps,
    db.assessments,
    db.maturityAssessments,
    db.businessCases,
    db.caseRevisions,
  ] as const;
  return {
    /** The project (not deleted) and all it holds, or undefined. */
    async load(projectId: string): Promise<ProjectBundle | undefined> {
      return db.transaction('r', [...tables], async () => {
        const project = await db.projects.get(projectId);
        if (!project || project.deletedAt !== null) return undefined;
        const [templates, evidence, attachments, complianceMap, assessments, maturityAssessments, businessCase] =
          await Promise.all([
            db.projectTemplates.where('projectId').equals(projectId).toArray(),
            db.evidence.where('projectId').equals(projectId).toArray(),
            db.attachments.where('projectId').equals(projectId).toArray(),
            db.complianceMaps.where('projectId').equals(projectId).first(),
            db.assessments.where('projectId').equals(projectId).toArray(),
            db.maturityAssessments.where('projectId').equals(projectId).toArray(),
            db.businessCases.where('projectId').equals(projectId).first(),
          ]);
        const caseRevisions = businessCase
          ? await db.caseRevisions.where('caseId').equals(businessCase.id).toArray()
          : [];
        return {
          project,
          templates,
          evidence,
          attachments,
          complianceMap: complianceMap ?? null,
          assessments,
          maturityAssessments,
          businessCase: businessCase ?? null,
          caseRevisions,
        };
      });
    },

    /**
     * A project's assessments, business case and case revisions that can be read (each checked against its
     * schema; one this version cannot understand is left out), for finding where evidence is cited.
     */
    async evidenceCiting(projectId: string): Promise<EvidenceCitingRecords> {
      return db.transaction('r', [db.assessments, db.businessCases, db.caseRevisions], async () => {
        const assessments: unknown[] = await db.assessments.where('projectId').equals(projectId).toArray();
        const stored: unknown = await db.businessCases.where('projectId').equals(projectId).first();
        const businessCase = businessCaseRecordSchema.safeParse(stored);
        const revisions: unknown[] = businessCase.success
          ? await db.caseRevisions.where('caseId').equals(businessCase.data.id).toArray()
          : [];
        return {
          assessments: assessments.flatMap((record) => {
            const parsed = assessmentRecordSchema.safeParse(record);
            return parsed.success ? [parsed.data] : [];
          }),
          businessCase: businessCase.success ? businessCase.data : null,
          caseRevisions: revisions.flatMap((record) => {
            const parsed = caseRevisionRecordSchema.safeParse(record);
            return parsed.success ? [parsed.data] : [];
          }),
        };
      });
    },

    /** The stored record of a project, deleted or not. */
    async record(projectId: string): Promise<Project | undefined> {
      return db.projects.get(projectId);
    },

    /**
     * Replaces a project and everything it holds with `bundle`, in one transaction. `expected` is the
     * project record the person was shown (undefined when there was none); if the stored one has changed
     * since, nothing is written and a conflict is raised, so an edit made meanwhile is never silently lost.
     */
    async replace(bundle: ProjectBundle, expected: Project | undefined): Promise<void> {
      const id = bundle.project.id;
      await guarded(() =>
        db.transaction('rw', [...tables], async () => {
          const current = await db.projects.get(id);
          if (current?.updatedAt !== expected?.updatedAt || current?.deletedAt !== expected?.deletedAt)
            throw new StorageError(
              'The project was changed while you were looking at the preview. Choose the file again to see what importing would do now.',
              'conflict',
            );
          // Ids in a file are the sender's: one that already belongs to another project here would move or
          // overwrite that project's record, so such a file is refused and nothing is written.
          const owners = await Promise.all([
            db.projectTemplates.bulkGet(bundle.templates.map((t) => t.id)),
            db.evidence.bulkGet(bundle.evidence.map((e) => e.id)),
            db.attachments.bulkGet(bundle.attachments.map((a) => a.id)),
            db.complianceMaps.bulkGet(bundle.complianceMap ? [bundle.complianceMap.id] : []),
            db.assessments.bulkGet(bundle.assessments.map((a) => a.id)),
            db.maturityAssessments.bulkGet(bundle.maturityAssessments.map((m) => m.id)),
            db.businessCases.bulkGet(bundle.businessCase ? [bundle.businessCase.id] : []),
          ]);
          // A revision belongs to its project through its case: one stored under a case of another project is
          // that project's record.
          const ownCase = bundle.businessCase?.id;
          const storedRevisions = await db.caseRevisions.bulkGet(bundle.caseRevisions.map((r) => r.id));
          const otherCases = await db.businessCases.bulkGet([
            ...new Set(storedRevisions.flatMap((r) => (r && r.caseId !== ownCase ? [r.caseId] : []))),
          ]);
          const foreignRevision = otherCases.some((c) => c !== undefined && c.projectId !== id);
          if (foreignRevision || owners.flat().some((record) => record !== undefined && record.projectId !== id))
            throw new StorageError(
              'This project file reuses records that belong to another project on this computer, so it was not imported and nothing was changed. Ask whoever sent it to export it again.',
              'conflict',
            );
          await db.projectTemplates.where('projectId').equals(id).delete();
          await db.evidence.where('projectId').equals(id).delete();
          await db.attachments.where('projectId').equals(id).delete();
          // The project's map is replaced too: an old map must not stay behind beside the file's project.
          await db.complianceMaps.where('projectId').equals(id).delete();
          // So are its assessments, its business case and the case's revisions.
          await db.assessments.where('projectId').equals(id).delete();
          await db.maturityAssessments.where('projectId').equals(id).delete();
          const oldCases = await db.businessCases.where('projectId').equals(id).primaryKeys();
          if (oldCases.length > 0) await db.caseRevisions.where('caseId').anyOf(oldCases).delete();
          if (ownCase !== undefined) await db.caseRevisions.where('caseId').equals(ownCase).delete();
          await db.businessCases.where('projectId').equals(id).delete();
          await db.projects.put(bundle.project);
          await db.projectTemplates.bulkPut(bundle.templates);
          await db.evidence.bulkPut(bundle.evidence);
          await db.attachments.bulkPut(bundle.attachments);
          if (bundle.complianceMap) await db.complianceMaps.put(bundle.complianceMap);
          await db.assessments.bulkPut(bundle.assessments);
          await db.maturityAssessments.bulkPut(bundle.maturityAssessments);
          if (bundle.businessCase) await db.businessCases.put(bundle.businessCase);
          await db.caseRevisions.bulkPut(bundle.caseRevisions);
        }),
      );
    },
  };
}

export type ProjectBundleRepository = ReturnType<typeof projectBundleRepository>;
