// Builds the desktop shell: electron/main.ts and electron/preload.ts, each bundled into one
// CommonJS file in dist-electron/ (a sandboxed preload cannot load other files).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

/** The project root (the folder holding package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles main and preload into dist-electron/main.cjs and dist-electron/preload.cjs.
 * `electron` stays external: the Electron runtime provides it.
 * @returns {Promise<void>}
 */
export async function buildElectron() {
  const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: projectRoot,
  };
  await Promise.all([
    build({ ...shared, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
    build({ ...shared, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  ]);
  // Ends esbuild's helper process so that nothing lingers while `npm start` keeps running.
  await stop();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildElectron();
  console.log(`Built the desktop shell into dist-electron/ in ${Date.now() - started} ms.`);
}
