// Live-query hooks: components read persisted data through these and re-render when it changes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../domain/project';
import { getDatabase } from './database';
import { projectsRepository, type ProjectLists } from './projects-repository';
import { settingsRepository, type AppSettings } from './settings-repository';

/** The repositories bound to the app database. */
export function repositories() {
  const db = getDatabase();
  return { projects: projectsRepository(db), settings: settingsRepository(db) };
}

/** Active and archived projects; undefined while loading. */
export function useProjectLists(): ProjectLists | undefined {
  return useLiveQuery(() => repositories().projects.list(), []);
}

/** One project; undefined while loading, null when it does not exist. */
export function useProject(id: string | undefined): Project | null | undefined {
  return useLiveQuery(async () => (id ? ((await repositories().projects.get(id)) ?? null) : null), [id]);
}

export function useSettings(): AppSettings | undefined {
  return useLiveQuery(() => repositories().settings.getAll(), []);
}
