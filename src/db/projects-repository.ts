// Reads and writes projects. The only module that touches the projects table.
import { applyProjectEdit, createProject, sortProjects, type Project, type ProjectDraft } from '../domain/project';
import { newId } from '../domain/ids';
import { projectRecordSchema } from '../domain/record-schemas';
import type { WaymarkDatabase } from './database';
import { addExampleProject } from './example-project-store';
import { guarded, StorageError } from './storage-errors';

/**
 * Raised when a project changed (in another window or tab) after the form that edits it was opened, so
 * that neither person's edit is silently lost. Holds the project as it is now.
 */
export class ProjectChangedError extends StorageError {
  constructor(readonly current: Project) {
    super('This project was changed in another window or tab after you opened this form.', 'conflict');
    this.name = 'ProjectChangedError';
  }
}

/** How long a deleted project can be brought back before it is removed for good. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface ProjectLists {
  active: Project[];
  archived: Project[];
  /** Stored projects this version cannot understand (damaged, or written by another version): left untouched. */
  unreadable: number;
}

/** True when a stored record has the shape of a project; checked as records are read. */
function isReadable(record: unknown): record is Project {
  return projectRecordSchema.safeParse(record).success;
}

export function projectsRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  async function mustGet(id: string): Promise<Project> {
    const project = await db.projects.get(id);
    if (!project || project.deletedAt !== null) throw new StorageError('That project no longer exists.', 'unknown');
    return project;
  }

  return {
    /** Every project that has not been deleted, split into active and archived. */
    async list(): Promise<ProjectLists> {
      const all: unknown[] = await db.projects.toArray();
      const readable = all.filter(isReadable);
      const sorted = sortProjects(readable.filter((p) => p.deletedAt === null));
      return {
        active: sorted.filter((p) => p.archivedAt === null),
        archived: sorted.filter((p) => p.archivedAt !== null),
        unreadable: all.length - readable.length,
      };
    },

    /** One project; undefined when it does not exist, is deleted, or cannot be understood. */
    async get(id: string): Promise<Project | undefined> {
      const project: unknown = await db.projects.get(id);
      return isReadable(project) && project.deletedAt === null ? project : undefined;
    },

    async create(draft: ProjectDraft, isExample = false): Promise<Project> {
      const project = createProject(draft, newId(), clock(), isExample);
      await guarded(() => db.projects.add(project));
      return project;
    },

    /**
     * Saves an edit. With `expectedUpdatedAt` (when the edited copy was last changed), refuses with a
     * ProjectChangedError if the stored project has changed since.
     */
    async update(id: string, draft: ProjectDraft, expectedUpdatedAt?: string): Promise<Project> {
      return guarded(() =>
        db.transaction('rw', db.projects, async () => {
          const stored = await mustGet(id);
          if (expectedUpdatedAt !== undefined && stored.updatedAt !== expectedUpdatedAt)
            throw new ProjectChangedError(stored);
          const updated = applyProjectEdit(stored, draft, clock());
          await db.projects.put(updated);
          return updated;
        }),
      );
    },

    async setArchived(id: string, archived: boolean): Promise<Project> {
      return guarded(() =>
        db.transaction('rw', db.projects, async () => {
          const project = await mustGet(id);
          const at = clock().toISOString();
          const updated: Project = { ...project, archivedAt: archived ? at : null, updatedAt: at };
          await db.projects.put(updated);
          return updated;
        }),
      );
    },

    /** Marks a project deleted. It disappears from every list and can be restored with `undoDelete`. */
    async delete(id: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.projects, async () => {
          const project = await mustGet(id);
          await db.projects.put({ ...project, deletedAt: clock().toISOString() });
        }),
      );
    },

    async undoDelete(id: string): Promise<Project> {
      return guarded(() =>
        db.transaction('rw', db.projects, async () => {
          const project = await db.projects.get(id);
          if (!project) throw new StorageError('That project can no longer be restored.', 'unknown');
          const restored: Project = { ...project, deletedAt: null };
          await db.projects.put(restored);
          return restored;
        }),
      );
    },

    /** Removes for good the projects deleted longer ago than the undo window, with what they held. Returns how many. */
    async purgeDeleted(): Promise<number> {
      const cutoff = new Date(clock().getTime() - UNDO_WINDOW_MS).toISOString();
      return guarded(() =>
        db.transaction(
          'rw',
          [
            db.projects,
            db.projectTemplates,
            db.evidence,
            db.attachments,
            db.complianceMaps,
            db.assessments,
            db.maturityAssessments,
            db.businessCases,
            db.caseRevisions,
          ],
          async () => {
            const ids = (await db.projects.where('deletedAt').below(cutoff).primaryKeys()).map(String);
            if (ids.length === 0) return 0;
            await db.projectTemplates.where('projectId').anyOf(ids).delete();
            await db.complianceMaps.where('projectId').anyOf(ids).delete();
            await db.assessments.where('projectId').anyOf(ids).delete();
            await db.maturityAssessments.where('projectId').anyOf(ids).delete();
            // A case's revisions go with it: they belong to the project through the case.
            const cases = await db.businessCases.where('projectId').anyOf(ids).primaryKeys();
            if (cases.length > 0) await db.caseRevisions.where('caseId').anyOf(cases).delete();
            await db.businessCases.where('projectId').anyOf(ids).delete();
            await db.attachments.where('projectId').anyOf(ids).delete();
            await db.evidence.where('projectId').anyOf(ids).delete();
            await db.projects.bulkDelete(ids);
            return ids.length;
          },
        ),
      );
    },

    /** Creates the example project with its templates and evidence (used from Settings). */
    async createExample(): Promise<Project> {
      return (await addExampleProject(db, newId, clock())).project;
    },
  };
}

export type ProjectsRepository = ReturnType<typeof projectsRepository>;
