// The standards an assessment can be made against: every `kind: standard` template of the installed packs
// (built-in, imported or the department's own), and the exact version an assessment is pinned to, looked up
// in any stored version of its pack so that an assessment keeps opening after its pack is updated.
import type { PacksRepository } from '../../db/packs-repository';
import type { StoredPack } from '../../db/stored-pack';
import { STAGE_PHASE, type AssessmentStage, type StandardRef } from '../../domain/assessment/assessment-model';
import type { StandardPoint, StandardTemplate } from '../../domain/pack';
import type { Phase } from '../../domain/project';

/** A standard that can be chosen for a new assessment. */
export interface InstalledStandard {
  ref: StandardRef;
  title: string;
  packName: string;
  pointCount: number;
  /** True when the pack says the standard has been replaced. */
  superseded: boolean;
}

/** The standards in the version in use of each installed pack, by title. */
export function installedStandards(packs: readonly StoredPack[]): InstalledStandard[] {
  return packs
    .flatMap((stored) =>
      stored.pack.templates.flatMap((template) =>
        template.kind === 'standard'
          ? [
              {
                ref: { packId: stored.id, templateId: template.id, version: template.version },
                title: template.title,
                packName: stored.pack.manifest.name,
                pointCount: template.points.length,
                superseded: template.superseded !== undefined,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.title.localeCompare(b.title) || a.ref.packId.localeCompare(b.ref.packId));
}

/** A key for a standard in a form's choices ("pack/template/version"). */
export function standardKey(ref: StandardRef): string {
  return `${ref.packId}/${ref.templateId}/${ref.version}`;
}

/** The standard template at exactly the pinned version, from any stored version of its pack. */
export function findStandard(versions: readonly StoredPack[], ref: StandardRef): StandardTemplate | undefined {
  for (const stored of versions) {
    if (stored.id !== ref.packId) continue;
    const template = stored.pack.templates.find(
      (t) => t.kind === 'standard' && t.id === ref.templateId && t.version === ref.version,
    );
    if (template?.kind === 'standard') return template;
  }
  return undefined;
}

/** Reads the pinned standard of an assessment from the packs; undefined when no stored version holds it. */
export async function standardAt(
  repos: { packs: Pick<PacksRepository, 'versions'> },
  ref: StandardRef,
): Promise<StandardTemplate | undefined> {
  return findStandard(await repos.packs.versions(ref.packId), ref);
}

/** The phase whose guidance applies: the stage's own, or the project's phase for a self check. */
export function guidancePhase(stage: AssessmentStage, projectPhase: Phase): Phase {
  return STAGE_PHASE[stage] ?? projectPhase;
}

/** What assessors look for on a point in a phase (an empty list when the pack says nothing for it). */
export function lookFor(point: StandardPoint, phase: Phase): string[] {
  return point.look_for?.[phase] ?? [];
}
