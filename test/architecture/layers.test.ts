// Proves that the lint rules between layers bite: each forbidden import is reported, and allowed
// ones are not. Uses ESLint's own API with the project's configuration.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each(['react', 'dexie', 'zustand', 'electron', 'docx'])('src/domain may not import %s', async (name) => {
    const messages = await restrictedImports(
      'src/domain/example.ts',
      `import { x } from '${name}';\nexport const y = x;\n`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/domain is pure TypeScript');
  });

  it('src/domain may not reach into other layers', async () => {
    const messages = await restrictedImports(
      'src/domain/example.ts',
      `import { getDatabase } from '../db/database';\nexport const y = getDatabase;\n`,
    );
    expect(messages).toHaveLength(1);
  });

  it('src/domain may import its own modules', async () => {
    expect(
      await restrictedImports(
        'src/domain/example.ts',
        `import { PHASES } from './project';\nexport const y = PHASES;\n`,
      ),
    ).toEqual([]);
  });

  it('the CLI may not open the database or the UI', async () => {
    expect(
      await restrictedImports(
        'src/cli/example.ts',
        `import { getDatabase } from '../db/database';\nexport const y = getDatabase;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports('src/cli/example.ts', `import { App } from '../ui/App';\nexport const y = App;\n`),
    ).toHaveLength(1);
  });

  it('the renderer may not import electron or the main process', async () => {
    expect(
      await restrictedImports('src/ui/example.ts', `import { app } from 'electron';\nexport const y = app;\n`),
    ).toHaveLength(1);
    expect(
      await restrictedImports('src/ui/example.ts', `import { x } from '../../electron/main';\nexport const y = x;\n`),
    ).toHaveLength(1);
  });

  it('the renderer may import the Electron contract types', async () => {
    expect(
      await restrictedImports(
        'src/platform/example.ts',
        `import type { AppApi } from '../../src/contract/bridge';\nexport type Y = AppApi;\n`,
      ),
    ).toEqual([]);
  });

  it('src/node holds Node helpers only: no React, no other layer', async () => {
    expect(
      await restrictedImports('src/node/example.ts', `import { x } from 'react';\nexport const y = x;\n`),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'src/node/example.ts',
        `import { x } from '../packs/pack-reader';\nexport const y = x;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'src/node/example.ts',
        `import { readFile } from 'node:fs/promises';\nexport const y = readFile;\n`,
      ),
    ).toEqual([]);
  });

  it('src/export may not import the database or React', async () => {
    expect(
      await restrictedImports('src/export/example.ts', `import { x } from 'react';\nexport const y = x;\n`),
    ).toHaveLength(1);
    expect(
      await restrictedImports('src/export/example.ts', `import { x } from '../db/hooks';\nexport const y = x;\n`),
    ).toHaveLength(1);
  });
});
