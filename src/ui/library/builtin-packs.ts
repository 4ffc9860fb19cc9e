// The template packs that come with Waymark, bundled from templates/ at build time and validated by
// the same reader as any other pack before they are installed.
import type { Pack } from '../../domain/pack';
import { formatPackProblem } from '../../domain/pack';
import type { PackEntry } from '../../packs/pack-entries';
import { readPackEntries } from '../../packs/pack-reader';

const sources = import.meta.glob<string>('../../../templates/*/**/*', { query: '?raw', import: 'default' });

export interface BuiltInPack {
  pack: Pack;
  files: PackEntry[];
}

/** Reads and validates every built-in pack. A pack that fails validation is left out and reported. */
export async function loadBuiltInPacks(): Promise<BuiltInPack[]> {
  const encoder = new TextEncoder();
  const loaded = await Promise.all(Object.entries(sources).map(async ([path, load]) => ({ path, text: await load() })));
  const folders = new Map<string, PackEntry[]>();
  for (const { path, text } of loaded) {
    const match = /templates\/([^/]+)\/(.+)$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    folders.set(match[1], [...(folders.get(match[1]) ?? []), { path: match[2], bytes: encoder.encode(text) }]);
  }
  const packs: BuiltInPack[] = [];
  for (const [folder, entries] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const result = readPackEntries(entries);
    if (result.ok) packs.push({ pack: result.pack, files: result.files });
    else
      console.error(`The built-in pack ${folder} is not valid: ${result.problems.map(formatPackProblem).join('; ')}`);
  }
  return packs;
}
