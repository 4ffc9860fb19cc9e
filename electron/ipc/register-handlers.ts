// Registers every IPC handler on its channel, each behind the sender check.
import type { IpcMain } from 'electron';
import { CHANNELS } from '../contract';
import { about } from './about';
import { registerLibraryFolderHandlers } from './library-folder';
import { openAttachment } from './open-attachment';
import { openExternal } from './open-external';
import { openFile } from './open-file';
import { openFolder } from './open-folder';
import { saveFile } from './save-file';
import { handleTrusted } from './trusted-sender';

/** Wires the renderer-facing API (see AppApi in electron/contract.ts) to its handlers. */
export function registerIpcHandlers(ipcMain: IpcMain): void {
  handleTrusted(ipcMain, CHANNELS.about, about);
  handleTrusted(ipcMain, CHANNELS.saveFile, saveFile);
  handleTrusted(ipcMain, CHANNELS.openFile, openFile);
  handleTrusted(ipcMain, CHANNELS.openFolder, openFolder);
  handleTrusted(ipcMain, CHANNELS.openExternal, openExternal);
  handleTrusted(ipcMain, CHANNELS.openAttachment, openAttachment);
  registerLibraryFolderHandlers(ipcMain);
}
