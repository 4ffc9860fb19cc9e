// Validation of everything the renderer sends, treated as untrusted: file names, dialog filters,
// bytes to save and links to open. Each parser returns the checked value or null.
import { z } from 'zod';
import { FILE_LIMITS, type FileFilter, type SaveFileRequest } from '../../src/contract/bridge';

/** Longest file name accepted from the renderer. */
export const MAX_FILE_NAME_LENGTH = 200;
/** Most dialog filters accepted in one request. */
export const MAX_FILTERS = 20;

const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !/[/\\:\0]/.test(name), 'no folders')
  .refine((name) => !Array.from(name).some((char) => char.charCodeAt(0) < 0x20), 'no control characters')
  .refine((name) => name.trim() === name && name !== '.' && name !== '..', 'not a bare dot name');

const filterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(?:[A-Za-z0-9]{1,16}|\*)$/))
    .min(1)
    .max(20),
});

const filtersSchema = z.array(filterSchema).max(MAX_FILTERS);

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= FILE_LIMITS.maxFileBytes, 'too large');

const saveRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  bytes: bytesSchema,
  filters: filtersSchema,
});

/** A bare file name: no folders, drive letters, control characters or dot names. */
export function parseFileName(value: unknown): string | null {
  const result = fileNameSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Dialog filters: at most 20, each with a name and plain extensions (no dots). */
export function parseFilters(value: unknown): FileFilter[] | null {
  const result = filtersSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** A save request: a bare file name, filters and at most FILE_LIMITS.maxFileBytes of bytes. */
export function parseSaveRequest(value: unknown): SaveFileRequest | null {
  const result = saveRequestSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** True when the bytes are larger than a single file may be. */
export function isOversize(value: unknown): boolean {
  return value instanceof Uint8Array && value.byteLength > FILE_LIMITS.maxFileBytes;
}
