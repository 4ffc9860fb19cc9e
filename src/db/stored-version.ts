// Checks, before the database is opened, whether it was made by a newer Waymark. Dexie would open such a
// database and quietly add what it lacks, so a newer database is never touched: the app says which
// version is needed, and the data stays as it is for the newer Waymark.
import { LATEST_VERSION } from './schema';

/** What `indexedDB.databases()` lists; absent in older browsers. */
export interface DatabaseLister {
  databases?: () => Promise<{ name?: string; version?: number }[]>;
}

export type StoredVersion =
  | { status: 'absent' }
  | { status: 'current' }
  | { status: 'newer'; storedVersion: number; readsUpTo: number }
  | { status: 'unknown' };

/** Dexie stores schema version N as native IndexedDB version N × 10 (and may add one to patch a schema). */
const DEXIE_FACTOR = 10;

export async function checkStoredVersion(factory: DatabaseLister | undefined, name: string): Promise<StoredVersion> {
  if (!factory?.databases) return { status: 'unknown' };
  let list: { name?: string; version?: number }[];
  try {
    list = await factory.databases();
  } catch {
    return { status: 'unknown' };
  }
  const found = list.find((d) => d.name === name);
  if (!found) return { status: 'absent' };
  const stored = Math.floor((found.version ?? 0) / DEXIE_FACTOR);
  if (stored > LATEST_VERSION) return { status: 'newer', storedVersion: stored, readsUpTo: LATEST_VERSION };
  return { status: 'current' };
}

/** Recognises the error a browser gives when a database is newer than the one asked for. */
export function isVersionError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'VersionError';
}
