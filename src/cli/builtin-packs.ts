// The built-in packs as the command line finds them: the templates/ folder of the Waymark checkout the
// command runs from (bin/waymark.mjs runs the TypeScript sources in place), read and validated like any pack.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Pack } from '../domain/pack';
import { readPackFromDisk } from './pack-source';

/** The folder of the built-in packs, beside src/ in the checkout. */
export const BUILT_IN_PACKS_FOLDER = fileURLToPath(new URL('../../templates/', import.meta.url));

/** One built-in pack, read and validated; null when it is missing or not valid. */
export async function readBuiltInPack(packId: string, folder = BUILT_IN_PACKS_FOLDER): Promise<Pack | null> {
  const read = await readPackFromDisk(join(folder, packId)).catch(() => null);
  return read?.result.ok && read.result.pack.manifest.id === packId ? read.result.pack : null;
}
