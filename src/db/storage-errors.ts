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

/**
 * Every name and message in an error and what it wraps: Dexie puts the browser's error in `inner`, a
 * bulk write lists its failures in `failures`, and a transaction aborted by a full disk may only say so
 * in its cause.
 */
function errorSignals(error: unknown, depth = 0): string {
  if (typeof error !== 'object' || error === null || depth > 4) return '';
  const record = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const parts: string[] = [];
  if (typeof record.name === 'string') parts.push(record.name);
  if (typeof record.message === 'string') parts.push(record.message);
  parts.push(errorSignals(record.inner, depth + 1), errorSignals(record.cause, depth + 1));
  const failures = Array.isArray(record.failures) ? record.failures : [];
  for (const failure of failures.slice(0, 5)) parts.push(errorSignals(failure, depth + 1));
  return parts.filter((p) => p.length > 0).join(' ');
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  const inner = (error as { inner?: unknown }).inner;
  const innerName = typeof inner === 'object' && inner !== null ? (inner as { name?: unknown }).name : undefined;
  return [name, innerName].filter((n) => typeof n === 'string').join(' ');
}

/** A full disk or a refused quota, however deeply the browser or Dexie wrapped it. */
function isOutOfSpace(error: unknown): boolean {
  return /QuotaExceeded|quota|disk (is )?full|no space|out of (disk )?space/i.test(errorSignals(error));
}

/** Maps any error thrown by IndexedDB or Dexie to a StorageError with a message for people. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (isOutOfSpace(error))
    return new StorageError(
      'Your change could not be saved because this computer has run out of storage space for Waymark. Everything saved before is safe. Free some disk space (or remove large attached files you no longer need), then try again.',
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
