// Publishing a new version of an own pack: the version is raised (patch, minor or major) for the pack
// and for each template that changed since the last published version, the result is checked exactly
// as an import would be, and it is stored as the version in use while the earlier one is kept.
import type { PacksRepository } from '../../db/packs-repository';
import { publishPack, type VersionBump } from '../../domain/own-pack';
import type { Pack } from '../../domain/pack';
import { compareVersions } from '../../domain/pack-version';
import type { PackEntry } from '../../packs/pack-entries';

/** A check of a whole pack: the pack as read back and its files, or the problems (in the caller's words). */
export type PackCheck<Problem> = (
  pack: Pack,
) => { ok: true; pack: Pack; files: PackEntry[] } | { ok: false; problems: Problem[] };

export type PublishOutcome<Problem> =
  { ok: true; version: string; previousVersion: string; message: string } | { ok: false; problems: Problem[] };

/**
 * Publishes `current` (the own pack as edited, at the version in use) as a new version. Nothing is stored
 * when the published pack would not validate; the problems come back instead.
 */
export async function publishOwnPack<Problem>(
  packs: PacksRepository,
  current: Pack,
  bump: VersionBump,
  check: PackCheck<Problem>,
): Promise<PublishOutcome<Problem>> {
  const { id, version, name } = current.manifest;
  const baseline = (await packs.versions(id)).find((v) => compareVersions(v.version, version) < 0)?.pack ?? null;
  const result = check(publishPack(baseline, current, bump));
  if (!result.ok) return result;
  await packs.applyImport(await packs.prepareImport(result.pack, result.files), 'own');
  const published = result.pack.manifest.version;
  return {
    ok: true,
    version: published,
    previousVersion: version,
    message: `Version ${published} of \u201c${name}\u201d is published. Version ${version} is kept to compare with.`,
  };
}
