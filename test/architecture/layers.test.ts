// Proves that the lint rules between layers bite: each forbidden import or global is reported, and the
// allowed ones are not. Uses ESLint's own API with the project's configuration (eslint.config.js), so
// every rule written there is exercised here, one layer at a time.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

const LAYER_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-globals']);

/** The layer-rule messages ESLint reports for `code` placed at `filePath`. */
async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

const importing = (from: string, name = 'x'): string =>
  `import { ${name} } from '${from}';\nexport const y = ${name};\n`;
const importingType = (from: string): string => `import type { X } from '${from}';\nexport type Y = X;\n`;
const using = (global: string): string => `export const y = ${global};\n`;

/** Each row: a file in a layer, an import it must not make, and a piece of the message. */
const forbiddenImports: [string, string, string][] = [
  ['src/domain/example.ts', 'react', 'src/domain is pure'],
  ['src/domain/example.ts', 'dexie', 'src/domain is pure'],
  ['src/domain/example.ts', 'electron', 'src/domain is pure'],
  ['src/domain/example.ts', 'docx', 'src/domain is pure'],
  ['src/domain/example.ts', 'fs', 'no fs, no path'],
  ['src/domain/example.ts', 'path', 'no fs, no path'],
  ['src/domain/example.ts', 'node:fs', 'Node built-ins'],
  ['src/domain/example.ts', '../db/database', 'other layers'],
  ['src/domain/example.ts', '../app/packs/publish-own-pack', 'other layers'],
  ['src/contract/example.ts', '../platform/platform', 'nothing but domain types'],
  ['src/contract/example.ts', '../domain/project', 'only types from src/domain'],
  ['src/contract/example.ts', 'electron', 'nothing but domain types'],
  ['src/packs/example.ts', 'fs', 'Node built-ins'],
  ['src/packs/example.ts', 'node:path', 'file access lives in src/node'],
  ['src/packs/example.ts', '../node/bounded-file', 'only src/domain'],
  ['src/packs/example.ts', '../db/hooks', 'only src/domain'],
  ['src/export/example.ts', 'fs/promises', 'Node built-ins'],
  ['src/export/example.ts', 'node:fs', 'file access lives in src/node'],
  ['src/export/example.ts', 'react', 'no UI'],
  ['src/export/example.ts', '../db/hooks', 'only src/domain and src/packs'],
  ['src/db/example.ts', '../export/render-docx', 'only src/domain and src/packs'],
  ['src/db/example.ts', '../ui/App', 'only src/domain and src/packs'],
  ['src/platform/example.ts', '../db/database', 'only src/domain and src/contract'],
  ['src/platform/example.ts', '../../electron/main', 'only src/domain and src/contract'],
  ['src/app/example.ts', 'react', 'no React'],
  ['src/app/example.ts', '../ui/App', 'never the UI'],
  ['src/app/example.ts', 'node:fs', 'never the UI'],
  ['src/node/example.ts', 'react', 'Node file helpers'],
  ['src/node/example.ts', '../packs/pack-reader', 'only Node built-ins'],
  ['src/cli/example.ts', '../db/database', 'domain, packs, export and node'],
  ['src/cli/example.ts', '../ui/App', 'domain, packs, export and node'],
  ['src/cli/example.ts', '../app/packs/import-pack', 'domain, packs, export and node'],
  ['src/ui/example.ts', 'electron', 'only through src/platform'],
  ['src/ui/example.ts', '../../electron/main', 'main-process'],
  ['src/ui/example.ts', '../node/bounded-file', 'main-process, CLI or Node'],
  ['src/ui/components/Example.tsx', '../../db/hooks', 'do not import src/db'],
  ['src/ui/components/Example.tsx', '../../db/database', 'do not import src/db'],
  ['src/ui/routes/ExamplePage.tsx', '../../db/packs-repository', 'do not import src/db'],
  ['electron/example.ts', '../src/ui/App', 'only src/contract, src/node'],
  ['electron/example.ts', '../src/db/database', 'only src/contract, src/node'],
  ['electron/ipc/example.ts', '../../src/packs/pack-reader', 'only src/contract, src/node'],
  ['electron/ipc/example.ts', '../../src/platform/platform', 'only src/contract, src/node'],
  ['electron/example.ts', 'react', 'renderer libraries'],
];

/** Each row: a file and an import its layer allows. */
const allowedImports: [string, string][] = [
  ['src/domain/example.ts', './project'],
  ['src/packs/example.ts', '../domain/pack'],
  ['src/export/example.ts', '../packs/pack-reader'],
  ['src/db/example.ts', '../packs/pack-reader'],
  ['src/platform/example.ts', '../contract/bridge'],
  ['src/app/example.ts', '../db/packs-repository'],
  ['src/app/example.ts', '../export/export-client'],
  ['src/app/example.ts', '../platform/platform'],
  ['src/node/example.ts', 'node:fs/promises'],
  ['src/cli/example.ts', '../node/bounded-file'],
  ['src/cli/example.ts', 'node:fs'],
  ['src/ui/example.ts', './data'],
  ['src/ui/routes/ExamplePage.tsx', '../../app/packs/import-pack'],
  ['src/ui/data.ts', '../db/hooks'],
  ['electron/example.ts', '../src/contract/bridge'],
  ['electron/example.ts', '../src/node/bounded-file'],
  ['electron/example.ts', '../src/domain/safe-link'],
  ['electron/example.ts', 'node:fs'],
];

describe('import rules between layers', () => {
  it.each(forbiddenImports)('%s may not import %s', async (file, from, message) => {
    const messages = await layerMessages(file, importing(from));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each(allowedImports)('%s may import %s', async (file, from) => {
    expect(await layerMessages(file, importing(from))).toEqual([]);
  });

  it('src/contract may import types, and only types, from src/domain', async () => {
    expect(await layerMessages('src/contract/example.ts', importingType('../domain/project'))).toEqual([]);
    expect(await layerMessages('src/contract/example.ts', importing('../domain/project'))).toHaveLength(1);
  });

  it('UI files may import types from src/db, but not its values', async () => {
    expect(await layerMessages('src/ui/library/example.ts', importingType('../../db/stored-pack'))).toEqual([]);
    expect(await layerMessages('src/ui/library/example.ts', importing('../../db/stored-pack'))).toHaveLength(1);
  });
});

/** Each row: a file, a global it must not use, and a piece of the message. */
const forbiddenGlobals: [string, string, string][] = [
  ['src/domain/example.ts', 'document', 'no browser (DOM) or Node globals'],
  ['src/domain/example.ts', 'window', 'no browser (DOM) or Node globals'],
  ['src/domain/example.ts', 'localStorage', 'no browser (DOM) or Node globals'],
  ['src/domain/example.ts', 'fetch', 'no browser (DOM) or Node globals'],
  ['src/domain/example.ts', 'process', 'no browser (DOM) or Node globals'],
  ['src/domain/example.ts', 'Buffer', 'no browser (DOM) or Node globals'],
  ['src/contract/example.ts', 'window', 'no browser (DOM) or Node globals'],
  ['src/packs/example.ts', 'document', 'no browser (DOM) or Node globals'],
  ['src/packs/example.ts', 'process', 'no browser (DOM) or Node globals'],
  ['src/export/example.ts', 'process', 'no Node globals'],
  ['src/db/example.ts', 'Buffer', 'no Node globals'],
  ['src/app/example.ts', 'process', 'no Node globals'],
  ['src/ui/example.ts', 'require', 'no Node globals'],
  ['src/platform/example.ts', '__dirname', 'no Node globals'],
  ['src/cli/example.ts', 'document', 'no DOM globals'],
  ['src/node/example.ts', 'window', 'no DOM globals'],
  ['electron/example.ts', 'document', 'no DOM globals'],
];

/** Each row: a file and a global its layer allows. */
const allowedGlobals: [string, string][] = [
  ['src/domain/example.ts', 'TextEncoder'],
  ['src/domain/example.ts', 'URL'],
  ['src/domain/example.ts', 'Math'],
  ['src/packs/example.ts', 'TextDecoder'],
  ['src/ui/example.ts', 'document'],
  ['src/export/example.ts', 'Worker'],
  ['src/cli/example.ts', 'process'],
  ['electron/example.ts', 'process'],
];

describe('globals per layer', () => {
  it.each(forbiddenGlobals)('%s may not use %s', async (file, global, message) => {
    const messages = await layerMessages(file, using(global));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each(allowedGlobals)('%s may use %s', async (file, global) => {
    expect(await layerMessages(file, using(global))).toEqual([]);
  });
});
