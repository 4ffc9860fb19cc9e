// Reads and writes template packs. Imports are planned first (pure, see src/domain/pack-import-plan)
// and then applied in one transaction: all or nothing.
import type { Pack } from '../domain/pack';
import {
  installedPackRecord,
  planPackImport,
  type InstalledPack,
  type PackImportPlan,
} from '../domain/pack-import-plan';
import { compareVersions } from '../domain/pack-version';
import type { PackEntry } from '../packs/pack-entries';
import type { WaymarkDatabase } from './database';
import { guarded, StorageError } from './storage-errors';
import { packKey, type PackOrigin, type StoredPack } from './stored-pack';

export interface PreparedImport {
  pack: Pack;
  files: PackEntry[];
  plan: PackImportPlan;
  installed: InstalledPack;
  /**
   * Set when the import would replace a pack that comes with Waymark, with that pack's publisher: the
   * screen warns, because a pack can claim any id and a newer version number.
   */
  replacesBuiltIn: { publisher: string } | null;
}

/** A stored version that no project uses and that is neither in use nor the current built-in version. */
export interface RemovablePackVersion {
  key: string;
  id: string;
  name: string;
  version: string;
  /** Bytes of the pack's stored files. */
  fileBytes: number;
  /** Files plus the validated content and hashes kept with them: an estimate of the whole record. */
  estimatedBytes: number;
}

/** How much space template packs take, and which stored versions could go. */
export interface PackStorageReport {
  versionCount: number;
  fileBytes: number;
  estimatedBytes: number;
  removable: RemovablePackVersion[];
  removableBytes: number;
}

function fileBytes(record: StoredPack): number {
  return record.files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
}

// Cheap rather than exact: the content and hashes are measured as JSON characters, which is close to
// what the structured clone keeps for text-heavy records; the files are counted exactly.
function estimatedBytes(record: StoredPack): number {
  return fileBytes(record) + JSON.stringify(record.pack).length + JSON.stringify(record.installed).length;
}

/**
 * The stored versions that may be removed: never the version in use, never one a project uses (the
 * project-templates table keeps the uses of archived and deleted-but-undoable projects too, so those
 * count), and never the newest built-in version of a pack, which Waymark would not install again.
 */
function removableRecords(records: readonly StoredPack[], usedKeys: ReadonlySet<string>): StoredPack[] {
  const newestBuiltIn = new Map<string, string>();
  for (const r of records) {
    if (r.origin !== 'built-in') continue;
    const seen = newestBuiltIn.get(r.id);
    if (seen === undefined || compareVersions(r.version, seen) > 0) newestBuiltIn.set(r.id, r.version);
  }
  return records.filter(
    (r) =>
      !r.active &&
      !usedKeys.has(packKey(r.id, r.version)) &&
      !(r.origin === 'built-in' && newestBuiltIn.get(r.id) === r.version),
  );
}

export function packsRepository(db: WaymarkDatabase, clock: () => Date = () => new Date()) {
  function activeRecord(pack: Pack, files: PackEntry[], installed: InstalledPack, origin: PackOrigin): StoredPack {
    const { id, version } = pack.manifest;
    return {
      key: packKey(id, version),
      id,
      version,
      origin,
      active: true,
      pack,
      files,
      installed,
      installedAt: clock().toISOString(),
    };
  }

  async function activeRecords(): Promise<StoredPack[]> {
    return (await db.packs.toArray()).filter((p) => p.active);
  }

  async function usedKeys(): Promise<Set<string>> {
    return new Set((await db.projectTemplates.toArray()).map((u) => packKey(u.packId, u.version)));
  }

  return {
    /** The space template packs take, and the stored versions no project needs. */
    async storageReport(): Promise<PackStorageReport> {
      const [records, used] = await Promise.all([db.packs.toArray(), usedKeys()]);
      const removable = removableRecords(records, used)
        .map((r) => ({
          key: r.key,
          id: r.id,
          name: r.pack.manifest.name,
          version: r.version,
          fileBytes: fileBytes(r),
          estimatedBytes: estimatedBytes(r),
        }))
        .sort((a, b) => a.name.localeCompare(b.name) || compareVersions(b.version, a.version));
      return {
        versionCount: records.length,
        fileBytes: records.reduce((sum, r) => sum + fileBytes(r), 0),
        estimatedBytes: records.reduce((sum, r) => sum + estimatedBytes(r), 0),
        removable,
        removableBytes: removable.reduce((sum, r) => sum + r.estimatedBytes, 0),
      };
    },

    /**
     * Removes the given stored versions in one transaction, checking again inside it that each may
     * still go: a version that became used or active since the report was read is kept. Returns the
     * keys removed.
     */
    async removeUnusedVersions(keys: readonly string[]): Promise<string[]> {
      return guarded(() =>
        db.transaction('rw', db.packs, db.projectTemplates, async () => {
          const [records, used] = await Promise.all([db.packs.toArray(), usedKeys()]);
          const allowed = new Set(removableRecords(records, used).map((r) => r.key));
          const removed = keys.filter((k) => allowed.has(k));
          await db.packs.bulkDelete(removed);
          return removed;
        }),
      );
    },

    /** The version in use of every installed pack, by name. */
    async listActive(): Promise<StoredPack[]> {
      return (await activeRecords()).sort((a, b) => a.pack.manifest.name.localeCompare(b.pack.manifest.name));
    },

    /** Every stored version of one pack, newest first. */
    async versions(id: string): Promise<StoredPack[]> {
      return (await db.packs.where('id').equals(id).toArray()).sort((a, b) => compareVersions(b.version, a.version));
    },

    async get(id: string, version?: string): Promise<StoredPack | undefined> {
      if (version) return db.packs.get(packKey(id, version));
      return (await db.packs.where('id').equals(id).toArray()).find((p) => p.active);
    },

    /** Works out what importing a validated pack would do, without storing anything. */
    async prepareImport(pack: Pack, files: PackEntry[]): Promise<PreparedImport> {
      const active = await activeRecords();
      const [plan, installed] = await Promise.all([
        planPackImport(
          active.map((p) => p.installed),
          pack,
        ),
        installedPackRecord(pack),
      ]);
      const current = active.find((p) => p.id === pack.manifest.id);
      const replaces =
        current?.origin === 'built-in' && (plan.action === 'upgrade' || plan.action === 'confirm-downgrade');
      return {
        pack,
        files,
        plan,
        installed,
        replacesBuiltIn: replaces && current ? { publisher: current.pack.manifest.publisher } : null,
      };
    },

    /**
     * Applies a prepared import in one transaction. Refuses an id clash, needs `confirmDowngrade` to go
     * back a version, and refuses if the installed packs changed since the import was prepared.
     * Returns false when there was nothing to do.
     */
    async applyImport(
      prepared: PreparedImport,
      origin: PackOrigin,
      options: { confirmDowngrade?: boolean } = {},
    ): Promise<boolean> {
      const { plan, pack, files, installed } = prepared;
      if (plan.action === 'none') return false;
      if (plan.action === 'refuse') throw new StorageError(plan.summary, 'conflict');
      if (plan.action === 'confirm-downgrade' && !options.confirmDowngrade)
        throw new StorageError(`${plan.summary} Confirm to go back a version.`, 'conflict');
      return guarded(() =>
        db.transaction('rw', db.packs, async () => {
          const versions = await db.packs.where('id').equals(plan.packId).toArray();
          const current = versions.find((v) => v.active);
          if ((current?.version ?? null) !== plan.installedVersion)
            throw new StorageError(
              'The installed packs changed while this import was being prepared. Check the pack again, then import it.',
              'conflict',
            );
          for (const v of versions) if (v.active) await db.packs.put({ ...v, active: false });
          await db.packs.put(activeRecord(pack, files, installed, origin));
          return true;
        }),
      );
    },

    /** Makes an earlier stored version the one in use again. */
    async activate(id: string, version: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.packs, async () => {
          const versions = await db.packs.where('id').equals(id).toArray();
          if (!versions.some((v) => v.version === version))
            throw new StorageError('That version of the pack is not stored.', 'unknown');
          for (const v of versions) await db.packs.put({ ...v, active: v.version === version });
        }),
      );
    },

    /**
     * Saves a pack made in the app, replacing the stored copy of the same version in place. Changing the
     * version number instead goes through `prepareImport` and `applyImport`, which keeps the old version
     * to compare with. Refuses to overwrite a pack that was not made in the app.
     */
    async saveOwnPack(pack: Pack, files: PackEntry[]): Promise<StoredPack> {
      const installed = await installedPackRecord(pack);
      return guarded(() =>
        db.transaction('rw', db.packs, async () => {
          const versions = await db.packs.where('id').equals(pack.manifest.id).toArray();
          if (versions.some((v) => v.origin !== 'own'))
            throw new StorageError(
              `A pack with the id "${pack.manifest.id}" is already installed and was not made in Waymark. Choose another id.`,
              'conflict',
            );
          for (const v of versions)
            if (v.active && v.version !== pack.manifest.version) await db.packs.put({ ...v, active: false });
          const record = activeRecord(pack, files, installed, 'own');
          await db.packs.put(record);
          return record;
        }),
      );
    },

    /** Removes every version of a pack. Packs that come with Waymark cannot be removed. */
    async remove(id: string): Promise<void> {
      await guarded(() =>
        db.transaction('rw', db.packs, async () => {
          const versions = await db.packs.where('id').equals(id).toArray();
          if (versions.some((v) => v.origin === 'built-in'))
            throw new StorageError('Packs that come with Waymark cannot be removed.', 'conflict');
          await db.packs.where('id').equals(id).delete();
        }),
      );
    },

    /**
     * Installs or updates the packs that come with Waymark. A pack is installed when it is new or newer
     * than the one in use; anything the person imported or made that is newer is left alone.
     * Returns the ids installed.
     */
    async installBuiltIns(packs: readonly { pack: Pack; files: PackEntry[] }[]): Promise<string[]> {
      const done: string[] = [];
      for (const { pack, files } of packs) {
        const prepared = await this.prepareImport(pack, files);
        if (prepared.plan.action === 'install' || prepared.plan.action === 'upgrade') {
          await this.applyImport(prepared, 'built-in');
          done.push(pack.manifest.id);
        }
      }
      return done;
    },
  };
}

export type PacksRepository = ReturnType<typeof packsRepository>;
