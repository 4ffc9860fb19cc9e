// What the app says about itself: its name, version and the Electron and Chrome it runs on.
import { app } from 'electron';
import type { AboutInfo } from '../../src/contract/bridge';
import { failure, mainHandler } from './trusted-sender';

/** The facts shown in the About box and returned to the renderer. */
export function aboutInfo(): AboutInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? 'unknown',
    chrome: process.versions.chrome ?? 'unknown',
  };
}

/** Returns the About facts. Takes no arguments. */
export const about = mainHandler('about', async (_event, args) => {
  if (args.length !== 0) return failure('Waymark could not show its details because the request was not valid.');
  return { ok: true, value: aboutInfo() };
});
