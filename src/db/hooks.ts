// Live-query hooks: components read persisted data through these and re-render when it changes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../domain/project';
import type { ProjectTemplate } from '../domain/project-template';
import { businessCaseRepository } from './business-case-repository';
import { assessmentsRepository } from './assessments-repository';
import { complianceMapRepository } from './compliance-map-repository';
import { projectBundleRepository } from './project-bundle-repository';
import { getDatabase } from './database';
import { evidenceRepository } from './evidence-repository';
import { maturityRepository } from './maturity-repository';
import { packsRepository, type PackStorageReport } from './packs-repository';
import { projectTemplatesRepository, type TemplateUsage } from './project-templates-repository';
import { projectsRepository, type ProjectLists } from './projects-repository';
import { settingsRepository, type AppSettings } from './settings-repository';
import type { StoredPack } from './stored-pack';

/** The repositories bound to the app database. */
export function repositories() {
  const db = getDatabase();
  return {
    projects: projectsRepository(db),
    settings: settingsRepository(db),
    packs: packsRepository(db),
    projectTemplates: projectTemplatesRepository(db),
    evidence: evidenceRepository(db),
    complianceMaps: complianceMapRepository(db),
    businessCases: businessCaseRepository(db),
    assessments: assessmentsRepository(db),
    bundles: projectBundleRepository(db),
    maturity: maturityRepository(db),
  };
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

/** The version in use of every installed pack; undefined while loading. */
export function useActivePacks(): StoredPack[] | undefined {
  return useLiveQuery(() => repositories().packs.listActive(), []);
}

/** One pack (the version in use, or the given version); undefined while loading, null when missing. */
export function usePack(id: string | undefined, version?: string): StoredPack | null | undefined {
  return useLiveQuery(async () => (id ? ((await repositories().packs.get(id, version)) ?? null) : null), [id, version]);
}

/** The space template packs take and the stored versions no project needs; undefined while loading. */
export function usePackStorage(): PackStorageReport | undefined {
  return useLiveQuery(() => repositories().packs.storageReport(), []);
}

/**
 * Every stored version of a pack, newest first; undefined while loading. When `id` changes, the versions
 * read for the previous id are not given as this one's: a live query keeps its last result until the new
 * one arrives, and a screen would take another pack's versions (or none) for this pack's.
 */
export function usePackVersions(id: string | undefined): StoredPack[] | undefined {
  const read = useLiveQuery(async () => ({ id, versions: id ? await repositories().packs.versions(id) : [] }), [id]);
  return read !== undefined && read.id === id ? read.versions : undefined;
}

/** The templates a project uses; undefined while loading. */
export function useProjectTemplates(projectId: string | undefined): ProjectTemplate[] | undefined {
  return useLiveQuery(
    async () => (projectId ? repositories().projectTemplates.forProject(projectId) : []),
    [projectId],
  );
}

/** The projects that use a template; undefined while loading. */
export function useTemplateUsages(
  packId: string | undefined,
  templateId: string | undefined,
): TemplateUsage[] | undefined {
  return useLiveQuery(
    async () => (packId && templateId ? repositories().projectTemplates.usages(packId, templateId) : []),
    [packId, templateId],
  );
}
