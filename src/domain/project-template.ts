// Which templates a project works from, and the exact version of each, so that an update to a
// template never silently changes a project's checklist or business case.
import { compareVersions } from './pack-version';

/** A template of a pack, at one version. */
export interface TemplateRef {
  packId: string;
  templateId: string;
  version: string;
}

/** A project's use of a template. */
export interface ProjectTemplate extends TemplateRef {
  id: string;
  projectId: string;
  addedAt: string;
}

/** How a project's version of a template compares with the version installed now. */
export type UsageState = 'current' | 'newer-installed' | 'older-installed' | 'not-installed';

export function usageState(used: string, installed: string | undefined): UsageState {
  if (installed === undefined) return 'not-installed';
  const order = compareVersions(installed, used);
  return order > 0 ? 'newer-installed' : order < 0 ? 'older-installed' : 'current';
}
