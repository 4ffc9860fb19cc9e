// The shared library folder: the person chooses a folder (a synced drive, a clone of a git repository)
// and the packs in it are offered in the Library. Main owns the folder's path: the renderer sees only
// its display name and the files read from it. While a window uses the folder, it is watched and the
// window is told when it changes; the watch stops when the folder is forgotten or the window closes.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { LIBRARY_FOLDER_CHANGED_CHANNEL, type LibraryFolderEvent } from '../../src/contract/bridge';
import { isAppUrl } from '../app-origin';
import { scanLibraryFolder, type LibraryScanLimits } from './library-folder-scan';
import { clearLibraryFolderPath, loadLibraryFolderPath, saveLibraryFolderPath } from './library-folder-store';
import { watchLibraryFolder, type LibraryFolderWatch, type LibraryFolderWatchOptions } from './library-folder-watch';
import { showOpenDialogFor } from './open-file';
import { failure, mainHandler, registerHandlers, type MainHandlers } from './trusted-sender';

export const LIBRARY_FOLDER_INVALID_ERROR =
  'Waymark could not do that with the shared folder because the request was not valid.';
export const LIBRARY_FOLDER_NOT_FOLDER_ERROR =
  'Waymark could not open that folder. Please choose a folder you can open.';
export const LIBRARY_FOLDER_SAVE_ERROR = 'Waymark could not remember that folder on this computer. Please try again.';
export const LIBRARY_FOLDER_FORGET_ERROR =
  'Waymark could not stop using that folder on this computer. Please try again.';

/** What the service needs from the page that calls it, to tell it about changes. */
export interface NotifiedContents {
  send(channel: string, event: LibraryFolderEvent): void;
  isDestroyed(): boolean;
  getURL(): string;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface LibraryFolderServiceOptions {
  /** The folder where the choice is remembered (the app's user-data folder). */
  stateFolder(): string;
  /** Shows the folder chooser; the chosen path, or null when cancelled. */
  chooseFolder(event: IpcMainInvokeEvent): Promise<string | null>;
  watch?: LibraryFolderWatchOptions;
  limits?: LibraryScanLimits;
}

/** The shared library folder's channels, served by one service. */
export const LIBRARY_FOLDER_CHANNELS = [
  'libraryFolder',
  'chooseLibraryFolder',
  'forgetLibraryFolder',
  'readLibraryFolder',
] as const;

export interface LibraryFolderService extends Pick<MainHandlers, (typeof LIBRARY_FOLDER_CHANNELS)[number]> {
  /** True while the folder is being watched. */
  isWatching(): boolean;
  /** Stops watching and forgets every window; for shutting down and for tests. */
  stop(): void;
}

/** The name shown for a folder: its last part (the whole path for a drive's top). */
function displayName(folder: string): string {
  return path.basename(folder) || folder;
}

/** Builds the handlers around one remembered folder and one watch. */
export function createLibraryFolderService(options: LibraryFolderServiceOptions): LibraryFolderService {
  /** The remembered folder: undefined until first read from disk, null when none is chosen. */
  let remembered: string | null | undefined;
  let watch: LibraryFolderWatch | null = null;
  let watchedFolder: string | null = null;
  const windows = new Set<NotifiedContents>();

  async function currentFolder(): Promise<string | null> {
    remembered ??= await loadLibraryFolderPath(options.stateFolder());
    return remembered;
  }

  function stopWatching(): void {
    watch?.close();
    watch = null;
    watchedFolder = null;
  }

  function notify(): void {
    for (const contents of windows)
      if (!contents.isDestroyed() && isAppUrl(contents.getURL()))
        contents.send(LIBRARY_FOLDER_CHANGED_CHANNEL, 'changed');
  }

  /** Watches `folder` while some window uses it; restarts a watch that stopped (a drive came back). */
  function keepWatching(folder: string | null): void {
    if (folder === null || windows.size === 0) {
      stopWatching();
      return;
    }
    if (watch !== null && !watch.closed && watchedFolder === folder) return;
    stopWatching();
    watch = watchLibraryFolder(folder, notify, options.watch);
    watchedFolder = folder;
  }

  function remember(contents: NotifiedContents): void {
    if (windows.has(contents)) return;
    windows.add(contents);
    contents.once('destroyed', () => {
      windows.delete(contents);
      if (windows.size === 0) stopWatching();
    });
  }

  return {
    libraryFolder: mainHandler('libraryFolder', async (event, args) => {
      if (args.length !== 0) return failure(LIBRARY_FOLDER_INVALID_ERROR);
      remember(event.sender);
      const folder = await currentFolder();
      keepWatching(folder);
      return { ok: true, value: folder === null ? null : { name: displayName(folder) } };
    }),

    chooseLibraryFolder: mainHandler('chooseLibraryFolder', async (event, args) => {
      if (args.length !== 0) return failure(LIBRARY_FOLDER_INVALID_ERROR);
      const chosen = await options.chooseFolder(event);
      if (chosen === null) return { ok: true, value: null };
      const folder = path.resolve(chosen);
      const isFolder = await realpath(folder)
        .then((real) => stat(real))
        .then(
          (info) => info.isDirectory(),
          () => false,
        );
      if (!isFolder) return failure(LIBRARY_FOLDER_NOT_FOLDER_ERROR);
      try {
        await saveLibraryFolderPath(options.stateFolder(), folder);
      } catch {
        return failure(LIBRARY_FOLDER_SAVE_ERROR);
      }
      remembered = folder;
      remember(event.sender);
      keepWatching(folder);
      notify();
      return { ok: true, value: { name: displayName(folder) } };
    }),

    forgetLibraryFolder: mainHandler('forgetLibraryFolder', async (_event, args) => {
      if (args.length !== 0) return failure(LIBRARY_FOLDER_INVALID_ERROR);
      stopWatching();
      try {
        await clearLibraryFolderPath(options.stateFolder());
      } catch {
        return failure(LIBRARY_FOLDER_FORGET_ERROR);
      }
      remembered = null;
      notify();
      return { ok: true, value: undefined };
    }),

    readLibraryFolder: mainHandler('readLibraryFolder', async (event, args) => {
      if (args.length !== 0) return failure(LIBRARY_FOLDER_INVALID_ERROR);
      remember(event.sender);
      const folder = await currentFolder();
      keepWatching(folder);
      if (folder === null) return { ok: true, value: null };
      const scan = await scanLibraryFolder(folder, options.limits);
      return scan.ok ? { ok: true, value: { ...scan.value, name: displayName(folder) } } : scan;
    }),

    isWatching: () => watch !== null && !watch.closed,

    stop() {
      stopWatching();
      windows.clear();
    },
  };
}

/** The app's one service: the choice is kept in the user-data folder and chosen with the system dialog. */
export const libraryFolderService = createLibraryFolderService({
  stateFolder: () => app.getPath('userData'),
  chooseFolder: (event) =>
    showOpenDialogFor(event, { title: 'Choose the shared library folder', properties: ['openDirectory'] }),
});

/** Registers the shared library folder's handlers, each behind the sender check. */
export function registerLibraryFolderHandlers(
  ipcMain: IpcMain,
  service: LibraryFolderService = libraryFolderService,
): void {
  registerHandlers(ipcMain, service, LIBRARY_FOLDER_CHANNELS);
}
