// Reads and writes which templates each project uses, and at which version.
import { newId } from '../domain/ids';
import type { ProjectTemplate, TemplateRef } from '../domain/project-template';
import type { Project } from '../domain/project';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';

export interface TemplateUsage {
  project: Project;
  use: ProjectTemplate;
}

export function projectTemplatesRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  return {
    /** The templates a project uses, in the order they were added. */
    async forProject(projectId: string): Promise<ProjectTemplate[]> {
      return (await db.projectTemplates.where('projectId').equals(projectId).toArray()).sort((a, b) =>
        a.addedAt.localeCompare(b.addedAt),
      );
    },

    /** The projects (not deleted) that use a template, with the version each uses. */
    async usages(packId: string, templateId: string): Promise<TemplateUsage[]> {
      const uses = await db.projectTemplates.where('[packId+templateId]').equals([packId, templateId]).toArray();
      const projects = await db.projects.bulkGet(uses.map((u) => u.projectId));
      const result: TemplateUsage[] = [];
      uses.forEach((use, i) => {
        const project = projects[i];
        if (project && project.deletedAt === null) result.push({ project, use });
      });
      return result.sort((a, b) => a.project.name.localeCompare(b.project.name));
    },

    /** Records that a project uses a template. A project uses each template once, at one version. */
    async add(projectId: string, ref: TemplateRef): Promise<ProjectTemplate> {
      return guarded(() =>
        db.transaction('rw', db.projectTemplates, db.projects, async () => {
          const project = await db.projects.get(projectId);
          if (!project || project.deletedAt !== null)
            throw new StorageError('That project no longer exists.', 'unknown');
          const existing = await db.projectTemplates.where('projectId').equals(projectId).toArray();
          if (existing.some((u) => u.packId === ref.packId && u.templateId === ref.templateId))
            throw new StorageError('This project already uses that template.', 'conflict');
          const use: ProjectTemplate = { id: newId(), projectId, ...ref, addedAt: clock().toISOString() };
          await db.projectTemplates.add(use);
          return use;
        }),
      );
    },

    /** Moves a project to another version of a template it uses. */
    async setVersion(id: string, version: string): Promise<void> {
      await guarded(async () => {
        const updated = await db.projectTemplates.update(id, { version });
        if (updated === 0) throw new StorageError('The project no longer uses that template.', 'unknown');
      });
    },

    /**
     * Moves a project from a template it uses to the one that replaces it, in one step: the old use goes and
     * the replacement is added at the given version (or kept as it is, if the project already uses it).
     */
    async moveTo(id: string, ref: TemplateRef): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.projectTemplates, async () => {
          const old = await db.projectTemplates.get(id);
          if (!old) throw new StorageError('The project no longer uses that template.', 'unknown');
          const existing = await db.projectTemplates.where('projectId').equals(old.projectId).toArray();
          await db.projectTemplates.delete(id);
          if (existing.some((u) => u.packId === ref.packId && u.templateId === ref.templateId)) return;
          await db.projectTemplates.add({
            id: newId(),
            projectId: old.projectId,
            ...ref,
            addedAt: clock().toISOString(),
          });
        }),
      );
    },

    async remove(id: string): Promise<void> {
      await guarded(() => db.projectTemplates.delete(id));
    },
  };
}

export type ProjectTemplatesRepository = ReturnType<typeof projectTemplatesRepository>;
