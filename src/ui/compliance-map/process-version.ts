// Whether a process copied from a template has a newer version installed, and what moving to it would do:
// which steps change, which are new, which are no longer in it and how many links would be flagged.
import { keepUsedSteps } from '../../app/compliance-map/process-version-actions';
import type { ComplianceMap, MapProcess } from '../../domain/compliance-map/map-model';
import { mapProcessFromTemplate } from '../../domain/compliance-map/process-from-template';
import { stepChanges, updateProcessVersion } from '../../domain/compliance-map/process-version';
import type { ProcessTemplate } from '../../domain/pack';
import { compareVersions } from '../../domain/pack-version';
import type { StoredPack } from '../../db/stored-pack';

/** The newer version of the process's template in the installed (active) packs, or null. */
export function newerTemplate(packs: readonly StoredPack[], process: MapProcess): ProcessTemplate | null {
  const source = process.source;
  if (source.type !== 'template') return null;
  const template = packs
    .find((p) => p.id === source.packId)
    ?.pack.templates.find((t): t is ProcessTemplate => t.kind === 'process' && t.id === source.templateId);
  return template && compareVersions(template.version, source.version) > 0 ? template : null;
}

export interface VersionPreview {
  changed: string[];
  added: string[];
  /** Steps not in the newer version that nothing uses: they leave the process. */
  removed: string[];
  /** Steps not in the newer version that the map still uses: they stay until someone deals with them. */
  kept: string[];
  flaggedLinks: number;
}

/** What moving `process` to `template` would do to the map, worked out without saving anything. */
export function versionPreview(map: ComplianceMap, process: MapProcess, template: ProcessTemplate): VersionPreview {
  const packId = process.source.type === 'template' ? process.source.packId : '';
  const next = mapProcessFromTemplate(packId, template, process.id);
  const before = new Map(process.steps.map((s) => [s.id, s]));
  const after = new Set(next.steps.map((s) => s.id));
  const update = updateProcessVersion(map, process.id, next, map.updatedAt, '');
  const { keptStepNames } = keepUsedSteps(map, update.map, process.id);
  const gone = process.steps.filter((s) => !after.has(s.id)).map((s) => s.name);
  return {
    changed: next.steps.flatMap((s) => {
      const old = before.get(s.id);
      return old && stepChanges(old, s).length > 0 ? [s.name] : [];
    }),
    added: next.steps.filter((s) => !before.has(s.id)).map((s) => s.name),
    removed: gone.filter((name) => !keptStepNames.includes(name)),
    kept: keptStepNames,
    flaggedLinks: update.flaggedLinkIds.length,
  };
}
