// Remembers which folder is the shared library folder, in a small JSON file in the user-data folder.
// Only the main process knows the path. What is read back is validated: a missing, corrupt or odd file
// means no folder is chosen.
import { rm, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const LIBRARY_FOLDER_FILE = 'library-folder.json';
/** Longest folder path remembered; longer ones are treated as corrupt. */
export const MAX_LIBRARY_FOLDER_PATH = 4096;

const storedSchema = z.strictObject({
  version: z.literal(1),
  path: z
    .string()
    .min(1)
    .max(MAX_LIBRARY_FOLDER_PATH)
    .refine((value) => path.isAbsolute(value), 'an absolute path')
    .refine((value) => !value.includes('\0'), 'no NUL characters'),
});

/** The remembered folder's path if the stored value is well formed, otherwise null. */
export function parseLibraryFolderRecord(raw: unknown): string | null {
  const result = storedSchema.safeParse(raw);
  return result.success ? result.data.path : null;
}

/** Reads the remembered folder from `stateFolder`; a missing or corrupt file gives null. */
export async function loadLibraryFolderPath(stateFolder: string): Promise<string | null> {
  try {
    const text = await readFile(path.join(stateFolder, LIBRARY_FOLDER_FILE), 'utf8');
    return parseLibraryFolderRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Remembers `folder`, via a temporary file so that a crash never leaves half a file. */
export async function saveLibraryFolderPath(stateFolder: string, folder: string): Promise<void> {
  const target = path.join(stateFolder, LIBRARY_FOLDER_FILE);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, path: folder })}\n`, 'utf8');
  await rename(temporary, target);
}

/** Forgets the remembered folder. Forgetting when nothing is remembered is not an error. */
export async function clearLibraryFolderPath(stateFolder: string): Promise<void> {
  await rm(path.join(stateFolder, LIBRARY_FOLDER_FILE), { force: true });
}
