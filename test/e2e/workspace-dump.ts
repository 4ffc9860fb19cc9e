// Reads (and writes) the app's IndexedDB directly from the page, so that end-to-end tests can put
// records in place and compare every record, attachment bytes included, before and after.
import type { Page } from 'playwright-core';

export interface Dump {
  version: number;
  tables: Record<string, unknown[]>;
}

/** Every record of every table of the database `name`, sorted by key; blobs as byte arrays. */
export function dumpDatabase(page: Page, name = 'waymark'): Promise<Dump> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tables: Record<string, unknown[]> = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      tables[storeName] = await Promise.all(
        records.map(async (record) => {
          if (typeof record !== 'object' || record === null || !('data' in record) || !(record.data instanceof Blob))
            return record;
          return { ...record, data: Array.from(new Uint8Array(await record.data.arrayBuffer())) };
        }),
      );
    }
    const version = db.version;
    db.close();
    return { version, tables };
  }, name);
}

/** Adds evidence with an attached file to a project, straight into the database. */
export function addEvidenceWithFile(page: Page, projectId: string, bytes: number[]): Promise<void> {
  return page.evaluate(
    async ({ projectId: id, bytes: raw }) => {
      const data = new Uint8Array(raw);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
      const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      const at = '2026-11-20T10:00:00.000Z';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['evidence', 'attachments'], 'readwrite');
      tx.objectStore('evidence').put({
        id: 'ev-1',
        projectId: id,
        title: 'Discovery research report',
        kind: 'research-finding',
        source: { type: 'file', attachmentId: 'att-1' },
        date: '2026-11-19',
        owner: 'Priya',
        description: 'What we learnt from twelve interviews.',
        createdAt: at,
        updatedAt: at,
      });
      tx.objectStore('attachments').put({
        id: 'att-1',
        projectId: id,
        evidenceId: 'ev-1',
        name: 'report.pdf',
        mediaType: 'application/pdf',
        size: data.length,
        sha256,
        data: new Blob([data], { type: 'application/pdf' }),
        addedAt: at,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { projectId, bytes },
  );
}
