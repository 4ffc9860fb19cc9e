// Application settings and first-start bookkeeping, stored as key/value records.
import type { WaymarkDatabase } from './database';
import { guarded } from './storage-errors';

export interface AppSettings {
  /** The default security classification marking on exported documents. */
  defaultMarking: string;
  /** Whether first-start set-up (example project, storage request) has run. */
  firstStartDone: boolean;
  /** The last answer from the browser to the persistent storage request. */
  persistentStorageGranted: boolean | null;
  /** The person's own name, written as the author of the documents they export ('' until given). */
  authorName: string;
}

export const DEFAULT_SETTINGS: AppSettings = {
  defaultMarking: 'OFFICIAL',
  firstStartDone: false,
  persistentStorageGranted: null,
  authorName: '',
};

export function settingsRepository(db: WaymarkDatabase) {
  return {
    async getAll(): Promise<AppSettings> {
      const records = await db.settings.toArray();
      const settings: AppSettings = { ...DEFAULT_SETTINGS };
      for (const { key, value } of records) {
        if (key === 'defaultMarking' && typeof value === 'string') settings.defaultMarking = value;
        if (key === 'authorName' && typeof value === 'string') settings.authorName = value;
        if (key === 'firstStartDone' && typeof value === 'boolean') settings.firstStartDone = value;
        if (key === 'persistentStorageGranted' && (typeof value === 'boolean' || value === null))
          settings.persistentStorageGranted = value;
      }
      return settings;
    },

    async set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): Promise<void> {
      await guarded(() => db.settings.put({ key, value }));
    },
  };
}

export type SettingsRepository = ReturnType<typeof settingsRepository>;
