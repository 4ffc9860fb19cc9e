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

/**
 * On first start: asks the browser to keep Waymark's data (persistent storage) and creates the
 * example project. On every start: removes projects whose undo window has passed.
 */
export async function runStartup(db: WaymarkDatabase, storage: StorageManagerLike | undefined): Promise<void> {
  const settings = settingsRepository(db);
  const projects = projectsRepository(db);
  const current = await settings.getAll();
  if (!current.firstStartDone) {
    let granted: boolean | null = null;
    try {
      granted = storage?.persist ? await storage.persist() : null;
    } catch {
      granted = null;
    }
    await db.transaction('rw', [db.projects, db.projectTemplates, db.evidence, db.settings], async () => {
      await addExampleProject(db, newId, new Date());
      await settings.set('persistentStorageGranted', granted);
      await settings.set('firstStartDone', true);
    });
  }
  await projects.purgeDeleted();
}
