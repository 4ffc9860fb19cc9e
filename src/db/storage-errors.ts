// Turns storage failures into one plain-English message, so a failed save never shows a stack trace
// and the person knows their earlier work is safe.

export class StorageError extends Error {
  constructor(
    message: string,
    /** `limit`: a limit Waymark sets (such as the size of attached files) would be passed. */
    readonly kind: 'quota' | 'unavailable' | 'conflict' | 'limit' | 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  const inner = (error as { inner?: unknown }).inner;
  const innerName = typeof inner === 'object' && inner !== null ? (inner as { name?: unknown }).name : undefined;
  return [name, innerName].filter((n) => typeof n === 'string').join(' ');
}

/** Maps any error thrown by IndexedDB or Dexie to a StorageError with a message for people. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name.includes('QuotaExceeded'))
    return new StorageError(
      'Your change could not be saved because this computer has run out of storage space for Waymark. Everything saved before is safe. Free some disk space, then try again.',
      'quota',
      { cause: error },
    );
  if (name.includes('Constraint'))
    return new StorageError(
      'Your change could not be saved because a record with the same identifier already exists.',
      'conflict',
      { cause: error },
    );
  if (/MissingAPI|InvalidState|DatabaseClosed|Open|Version|Abort|Unknown/.test(name))
    return new StorageError(
      'Waymark cannot reach its local storage just now. Everything saved before is safe. Close other Waymark windows and try again.',
      'unavailable',
      { cause: error },
    );
  return new StorageError('Your change could not be saved. Everything saved before is safe. Try again.', 'unknown', {
    cause: error,
  });
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
