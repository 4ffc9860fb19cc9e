// Packs for the use-case tests, read from disk the way the CLI reads them.
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { Pack } from '../../src/domain/pack';
import type { PackEntry } from '../../src/packs/pack-entries';

export async function packFrom(folder: string): Promise<{ pack: Pack; files: PackEntry[] }> {
  const { result } = await readPackFromDisk(folder);
  if (!result.ok) throw new Error(`${folder} did not validate`);
  return { pack: result.pack, files: result.files };
}
