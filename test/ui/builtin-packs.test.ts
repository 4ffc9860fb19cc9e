import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPacks } from '../../src/ui/library/builtin-packs';

describe('built-in packs bundled into the app', () => {
  it('loads and validates every pack under templates/', async () => {
    const folders = readdirSync('templates', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const packs = await loadBuiltInPacks();
    expect(packs.map((p) => p.pack.manifest.id).sort()).toEqual(folders);
    const gov = packs.find((p) => p.pack.manifest.id === 'gov-uk-service-standard');
    expect(gov?.files.map((f) => f.path)).toContain('pack.yaml');
  });
});
