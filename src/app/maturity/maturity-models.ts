// The maturity models a project can be scored on: every `kind: maturity-model` template of the installed
// packs (built-in, imported or the department's own), and the exact version a self-assessment is pinned
// to, looked up in any stored version of its pack so that it keeps opening after its pack is updated.
import type { PacksRepository } from '../../db/packs-repository';
import type { StoredPack } from '../../db/stored-pack';
import type { StandardRef } from '../../domain/assessment/assessment-model';
import { maturityRows } from '../../domain/assessment/maturity-self-assessment';
import type { MaturityModelTemplate } from '../../domain/pack';

/** A maturity model that can be chosen for a new self-assessment. */
export interface InstalledMaturityModel {
  ref: StandardRef;
  title: string;
  packName: string;
  /** The number of rows scored: categories, or the dimensions of those that have them. */
  rowCount: number;
  levels: string[];
}

/** The maturity models in the version in use of each installed pack, by title. */
export function installedMaturityModels(packs: readonly StoredPack[]): InstalledMaturityModel[] {
  return packs
    .flatMap((stored) =>
      stored.pack.templates.flatMap((template) =>
        template.kind === 'maturity-model'
          ? [
              {
                ref: { packId: stored.id, templateId: template.id, version: template.version },
                title: template.title,
                packName: stored.pack.manifest.name,
                rowCount: maturityRows(template).length,
                levels: template.levels.map((level) => level.label),
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.title.localeCompare(b.title) || a.ref.packId.localeCompare(b.ref.packId));
}

/** A key for a model in a form's choices ("pack/template/version"). */
export function maturityModelKey(ref: StandardRef): string {
  return `${ref.packId}/${ref.templateId}/${ref.version}`;
}

/** True when two references name the same model (any version). */
export function sameModel(a: StandardRef, b: StandardRef): boolean {
  return a.packId === b.packId && a.templateId === b.templateId;
}

/** The maturity model at exactly the pinned version, from any stored version of its pack. */
export function findMaturityModel(
  versions: readonly StoredPack[],
  ref: StandardRef,
): MaturityModelTemplate | undefined {
  for (const stored of versions) {
    if (stored.id !== ref.packId) continue;
    const template = stored.pack.templates.find(
      (t) => t.kind === 'maturity-model' && t.id === ref.templateId && t.version === ref.version,
    );
    if (template?.kind === 'maturity-model') return template;
  }
  return undefined;
}

/** Reads the pinned model of a self-assessment from the packs; undefined when no stored version holds it. */
export async function maturityModelAt(
  repos: { packs: Pick<PacksRepository, 'versions'> },
  ref: StandardRef,
): Promise<MaturityModelTemplate | undefined> {
  return findMaturityModel(await repos.packs.versions(ref.packId), ref);
}

/** The description of a level for a row: the dimension's own, else the category's, else the level's summary. */
export function levelDescription(
  model: MaturityModelTemplate,
  categoryId: string,
  dimensionId: string | null,
  levelId: string,
): string {
  const category = model.categories.find((c) => c.id === categoryId);
  const dimension = dimensionId === null ? undefined : category?.dimensions?.find((d) => d.id === dimensionId);
  return (
    dimension?.levels[levelId] ??
    category?.levels?.[levelId] ??
    model.levels.find((level) => level.id === levelId)?.summary ??
    ''
  );
}
