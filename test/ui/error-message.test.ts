// Failures are told in plain sentences: the app's own messages pass through, technical ones do not.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/ui/components/error-message';
import { StorageError } from '../../src/db/storage-errors';
import { PlatformError } from '../../src/platform/platform';

const FALLBACK = 'The pack could not be removed. Try again.';

describe('error messages', () => {
  it('passes on the plain sentence of an error the app raised', () => {
    expect(errorMessage(new PlatformError('Only web and email links can be opened.'), FALLBACK)).toBe(
      'Only web and email links can be opened.',
    );
    const storage = new StorageError(
      'Your change could not be saved. Everything saved before is safe. Try again.',
      'unknown',
    );
    expect(errorMessage(storage, FALLBACK)).toBe(storage.message);
  });

  it('replaces a technical message, an empty one, or something that is not an error', () => {
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'pack')"), FALLBACK)).toBe(
      FALLBACK,
    );
    expect(errorMessage(new Error('QuotaExceededError: the quota has been exceeded'), FALLBACK)).toBe(FALLBACK);
    expect(errorMessage(new Error('Line one.\n    at render (App.tsx:3)'), FALLBACK)).toBe(FALLBACK);
    expect(errorMessage(new Error(''), FALLBACK)).toBe(FALLBACK);
    expect(errorMessage(new Error(`${'A very long message '.repeat(20)}.`), FALLBACK)).toBe(FALLBACK);
    expect(errorMessage('a string', FALLBACK)).toBe(FALLBACK);
    expect(errorMessage(undefined, FALLBACK)).toBe(FALLBACK);
  });
});
