// Reads the stored versions of a pack straight from the app's IndexedDB, to check what was saved.
import type { Page } from 'playwright-core';

export interface StoredVersion {
  version: string;
  active: boolean;
  origin: string;
}

export async function storedVersions(page: Page, packId: string): Promise<StoredVersion[]> {
  return page.evaluate(
    (id) =>
      new Promise<StoredVersion[]>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const request = open.result.transaction('packs').objectStore('packs').getAll();
          request.onsuccess = () => {
            const rows = request.result as (StoredVersion & { id: string })[];
            resolve(
              rows.filter((r) => r.id === id).map(({ version, active, origin }) => ({ version, active, origin })),
            );
            open.result.close();
          };
        };
      }),
    packId,
  );
}
