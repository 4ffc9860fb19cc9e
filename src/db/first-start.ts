// What happens the first time Waymark starts on a machine, and housekeeping on every start.
import { newId } from '../domain/ids';
import type { WaymarkDatabase } from './database';
import { addExampleProject } from './example-project-store';
import { projectsRepository } from './projects-repository';
import { settingsRepository } from './settings-repository';

export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** A small note kept outside IndexedDB that a workspace existed here (see backup-status.ts). */
export interface WorkspaceMarker {
  exists(): boolean;
  set(): void;
}

/** How start-up went: ready, or the stored data has vanished and the person must choose what to do. */
export type StartupOutcome = 'ready' | 'vanished';

/**
 * On first start: asks the browser to keep Waymark's data (persistent storage) and creates the
 * example project (with its compliance map when the built-in packs are installed, so install them first). On every start: removes projects whose undo window has passed.
 */
export async function runStartup(
  db: WaymarkDatabase,
  storage: StorageManagerLike | undefined,
  marker?: WorkspaceMarker,
): Promise<StartupOutcome> {
  const settings = settingsRepository(db);
  const projects = projectsRepository(db);
  const current = await settings.getAll();
  // A workspace existed here but the database is new: the browser cleared it, or it was dropped. Say
  // so rather than silently starting afresh with the example project.
  if (!current.firstStartDone && marker?.exists()) return 'vanished';
  if (!current.firstStartDone) {
    let granted: boolean | null = null;
    try {
      granted = storage?.persist ? await storage.persist() : null;
    } catch {
      granted = null;
    }
    const tables = [
      db.projects,
      db.projectTemplates,
      db.evidence,
      db.packs,
      db.complianceMaps,
      db.assessments,
      db.maturityAssessments,
      db.businessCases,
      db.caseRevisions,
      db.settings,
    ];
    await db.transaction('rw', tables, async () => {
      await addExampleProject(db, newId, new Date());
      await settings.set('persistentStorageGranted', granted);
      await settings.set('firstStartDone', true);
    });
  }
  await projects.purgeDeleted();
  marker?.set();
  return 'ready';
}

/** Marks start-up done after the person restored a backup into a vanished workspace (no example project). */
export async function finishStartAfterRestore(db: WaymarkDatabase, marker?: WorkspaceMarker): Promise<void> {
  await settingsRepository(db).set('firstStartDone', true);
  marker?.set();
}
