// Deciding what importing a pack would do, before anything is stored: is it new, a newer or older version of
// an installed pack, the same pack again, or a different pack using an installed pack's id and version; and
// for each template, whether it is added, updated, unchanged or removed.
import { templateItemCount, type Pack, type TemplateKind } from './pack';
import { packContentHash, templateContentHash } from './pack-hash';
import { compareVersions } from './pack-version';

/** What the app keeps about an installed template, enough to plan an import. */
export interface InstalledTemplate {
  id: string;
  kind: TemplateKind;
  version: string;
  contentHash: string;
}

/** What the app keeps about an installed pack, enough to plan an import. */
export interface InstalledPack {
  id: string;
  version: string;
  contentHash: string;
  templates: InstalledTemplate[];
}

/** How an incoming pack relates to what is installed. */
export type PackImportStatus = 'new' | 'newer-version' | 'same-version' | 'id-clash' | 'older-version';

/** What importing would do: install, upgrade, nothing, refuse, or downgrade only if the person confirms. */
export type PackImportAction = 'install' | 'upgrade' | 'none' | 'refuse' | 'confirm-downgrade';

/**
 * How one template changes. `changed-without-new-version` marks a template whose text differs but whose
 * version number does not (projects record template versions, so this is worth a warning);
 * `older-version` marks a template whose incoming version is lower than the installed one.
 */
export type TemplateImportChange =
  'added' | 'updated' | 'unchanged' | 'removed' | 'changed-without-new-version' | 'older-version';

export interface TemplateImportLine {
  id: string;
  kind: TemplateKind;
  change: TemplateImportChange;
  installedVersion: string | null;
  incomingVersion: string | null;
  /** Points, categories, sections or steps in the incoming template (0 when removed). */
  items: number;
}

export interface PackImportPlan {
  packId: string;
  status: PackImportStatus;
  action: PackImportAction;
  installedVersion: string | null;
  incomingVersion: string;
  incomingHash: string;
  templates: TemplateImportLine[];
  /** One plain sentence for the person importing. */
  summary: string;
}

const ACTIONS: Record<PackImportStatus, PackImportAction> = {
  new: 'install',
  'newer-version': 'upgrade',
  'same-version': 'none',
  'id-clash': 'refuse',
  'older-version': 'confirm-downgrade',
};

function summaryOf(status: PackImportStatus, name: string, incoming: string, installed: string | null): string {
  switch (status) {
    case 'new':
      return `${name} ${incoming} is new and can be added.`;
    case 'newer-version':
      return `${name} ${incoming} is newer than the installed ${installed ?? ''} and can replace it.`;
    case 'same-version':
      return `${name} ${incoming} is already installed with the same content; there is nothing to do.`;
    case 'id-clash':
      return `A different ${name} ${incoming} is already installed: the content differs but the version is the same, so this pack needs a new version number before it can be imported.`;
    case 'older-version':
      return `${name} ${incoming} is older than the installed ${installed ?? ''}; importing it would go back a version.`;
  }
}

function templateChange(
  installed: InstalledTemplate,
  incomingVersion: string,
  incomingHash: string,
): TemplateImportChange {
  const order = compareVersions(incomingVersion, installed.version);
  if (order > 0) return 'updated';
  if (order < 0) return 'older-version';
  return incomingHash === installed.contentHash ? 'unchanged' : 'changed-without-new-version';
}

/**
 * Plans the import of a validated pack against the installed packs. Pure apart from hashing; stores nothing.
 * Templates are listed in the incoming pack's order, then removed ones in installed order.
 */
export async function planPackImport(installed: readonly InstalledPack[], incoming: Pack): Promise<PackImportPlan> {
  const { manifest } = incoming;
  const incomingHash = await packContentHash(incoming);
  const current = installed.find((pack) => pack.id === manifest.id);
  let status: PackImportStatus = 'new';
  if (current) {
    const order = compareVersions(manifest.version, current.version);
    if (order > 0) status = 'newer-version';
    else if (order < 0) status = 'older-version';
    else status = current.contentHash === incomingHash ? 'same-version' : 'id-clash';
  }
  const templates: TemplateImportLine[] = [];
  for (const template of incoming.templates) {
    const before = current?.templates.find((t) => t.id === template.id);
    const hash = await templateContentHash(template);
    templates.push({
      id: template.id,
      kind: template.kind,
      change: before ? templateChange(before, template.version, hash) : 'added',
      installedVersion: before?.version ?? null,
      incomingVersion: template.version,
      items: templateItemCount(template),
    });
  }
  for (const before of current?.templates ?? [])
    if (!incoming.templates.some((t) => t.id === before.id))
      templates.push({
        id: before.id,
        kind: before.kind,
        change: 'removed',
        installedVersion: before.version,
        incomingVersion: null,
        items: 0,
      });
  const installedVersion = current?.version ?? null;
  return {
    packId: manifest.id,
    status,
    action: ACTIONS[status],
    installedVersion,
    incomingVersion: manifest.version,
    incomingHash,
    templates,
    summary: summaryOf(status, manifest.name, manifest.version, installedVersion),
  };
}

/** What to keep about a pack once it is installed, so that later imports can be planned against it. */
export async function installedPackRecord(pack: Pack): Promise<InstalledPack> {
  const templates: InstalledTemplate[] = [];
  for (const template of pack.templates)
    templates.push({
      id: template.id,
      kind: template.kind,
      version: template.version,
      contentHash: await templateContentHash(template),
    });
  return { id: pack.manifest.id, version: pack.manifest.version, contentHash: await packContentHash(pack), templates };
}
