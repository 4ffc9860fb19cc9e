// A fresh in-memory database for each test (fake-indexeddb stands in for the browser's IndexedDB).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { WaymarkDatabase } from '../../src/db/database';

let counter = 0;

export function freshDatabase(upTo?: number, name = `waymark-test-${process.pid}-${counter++}`): WaymarkDatabase {
  return new WaymarkDatabase(name, upTo, { indexedDB, IDBKeyRange });
}
