import { describe, expect, it } from 'vitest';
import { guarded, StorageError, toStorageError } from '../../src/db/storage-errors';

describe('toStorageError', () => {
  it('recognises a quota failure, also when Dexie wraps it', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota');
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(toStorageError(wrapped).kind).toBe('quota');
  });

  it('says to free space, never to close other windows, when a full disk aborts a write or a bulk write', () => {
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('Write failed'), {
        name: 'UnknownError',
        cause: new DOMException('q', 'QuotaExceededError'),
      }),
    });
    const bulk = Object.assign(new Error('2 of 2 failed'), {
      name: 'BulkError',
      failures: [new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    });
    const diskFull = Object.assign(new Error('Internal error: disk full'), { name: 'UnknownError' });
    for (const error of [aborted, bulk, diskFull]) {
      const storageError = toStorageError(error);
      expect(storageError.kind).toBe('quota');
      expect(storageError.message).toContain('Free some disk space');
      expect(storageError.message).toContain('Everything saved before is safe');
      expect(storageError.message).not.toContain('Close other');
    }
  });

  it('recognises storage that cannot be opened', () => {
    expect(toStorageError(Object.assign(new Error('x'), { name: 'MissingAPIError' })).kind).toBe('unavailable');
    expect(toStorageError(Object.assign(new Error('x'), { name: 'DatabaseClosedError' })).kind).toBe('unavailable');
  });

  it('gives anything else a plain message and keeps the cause', () => {
    const cause = new TypeError('boom');
    const error = toStorageError(cause);
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('Your change could not be saved. Everything saved before is safe. Try again.');
    expect(error.cause).toBe(cause);
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('x', 'conflict');
    expect(toStorageError(original)).toBe(original);
  });
});

describe('guarded', () => {
  it('returns the value or rethrows as a StorageError', async () => {
    await expect(guarded(async () => 42)).resolves.toBe(42);
    await expect(guarded(async () => Promise.reject(new Error('nope')))).rejects.toBeInstanceOf(StorageError);
  });
});
