// Registers every IPC handler on its channel, each behind the sender check. The table is typed by the
// contract (src/contract/bridge.ts), so each channel gets a handler returning that channel's result.
import type { IpcMain } from 'electron';
import { BRIDGE_CHANNELS } from '../../src/contract/bridge';
import { about } from './about';
import { autoBackupState, chooseAutoBackupFolder, writeAutoBackup } from './auto-backup';
import { libraryFolderService, type LibraryFolderService } from './library-folder';
import { openAttachment } from './open-attachment';
import { openExternal } from './open-external';
import { openFile } from './open-file';
import { openFolder } from './open-folder';
import { saveFile } from './save-file';
import { registerHandlers, type MainHandlers } from './trusted-sender';

/** The app's handler table, with the shared library folder's handlers taken from `service`. */
export function mainHandlers(service: LibraryFolderService = libraryFolderService): MainHandlers {
  return {
    about,
    saveFile,
    openFile,
    openFolder,
    openExternal,
    libraryFolder: service.libraryFolder,
    chooseLibraryFolder: service.chooseLibraryFolder,
    forgetLibraryFolder: service.forgetLibraryFolder,
    readLibraryFolder: service.readLibraryFolder,
    autoBackupState,
    writeAutoBackup,
    chooseAutoBackupFolder,
    openAttachment,
  };
}

/** Wires the renderer-facing API (see AppApi in src/contract/bridge.ts) to its handlers. */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: MainHandlers = mainHandlers()): void {
  registerHandlers(ipcMain, handlers, BRIDGE_CHANNELS);
}
