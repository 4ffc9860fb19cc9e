// A project with everything that belongs to it (template uses, evidence, attached files, its compliance map), read or replaced
// as one. Used to export a project as a file and to import one: replacing is one transaction, so an import
// is all there or not there at all.
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
}

export function projectBundleRepository(db: WaymarkDatabase) {
  const tables = [db.projects, db.projectTemplates, db.evidence, db.attachments, db.complianceMaps] as const;
  return {
    /** The project (not deleted) and all it holds, or undefined. */
    async load(projectId: string): Promise<ProjectBundle | undefined> {
      return db.transaction('r', [...tables], async () => {
        const project = await db.projects.get(projectId);
        if (!project || project.deletedAt !== null) return undefined;
        const [templates, evidence, attachments, complianceMap] = await Promise.all([
          db.projectTemplates.where('projectId').equals(projectId).toArray(),
          db.evidence.where('projectId').equals(projectId).toArray(),
          db.attachments.where('projectId').equals(projectId).toArray(),
          db.complianceMaps.where('projectId').equals(projectId).first(),
        ]);
        return { project, templates, evidence, attachments, complianceMap: complianceMap ?? null };
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
          ]);
          if (owners.flat().some((record) => record !== undefined && record.projectId !== id))
            throw new StorageError(
              'This project file reuses records that belong to another project on this computer, so it was not imported and nothing was changed. Ask whoever sent it to export it again.',
              'conflict',
            );
          await db.projectTemplates.where('projectId').equals(id).delete();
          await db.evidence.where('projectId').equals(id).delete();
          await db.attachments.where('projectId').equals(id).delete();
          // The project's map is replaced too: an old map must not stay behind beside the file's project.
          await db.complianceMaps.where('projectId').equals(id).delete();
          await db.projects.put(bundle.project);
          await db.projectTemplates.bulkPut(bundle.templates);
          await db.evidence.bulkPut(bundle.evidence);
          await db.attachments.bulkPut(bundle.attachments);
          if (bundle.complianceMap) await db.complianceMaps.put(bundle.complianceMap);
        }),
      );
    },
  };
}

export type ProjectBundleRepository = ReturnType<typeof projectBundleRepository>;
