// The one bridge between the page and the main process: a typed object on `window.waymark`.
// It never exposes ipcRenderer or a generic listener; menu commands and library folder notices are
// checked before delivery.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  INVOKE_CHANNELS,
  LIBRARY_FOLDER_CHANGED_CHANNEL,
  LIBRARY_FOLDER_EVENTS,
  MENU_COMMANDS,
  type AppApi,
  type LibraryFolderEvent,
  type MenuCommand,
  type TypedInvoke,
} from '../src/contract/bridge';

/** True for one of the commands the application menu is allowed to send. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value);
}

/** True for one of the notices the main process sends about the shared library folder. */
export function isLibraryFolderEvent(value: unknown): value is LibraryFolderEvent {
  return LIBRARY_FOLDER_EVENTS.some((event) => event === value);
}

/**
 * The one invoke: the channel name picks its arguments and result from the contract, so a method
 * that sends the wrong arguments, or asks the wrong channel for its result, does not compile.
 */
export const invoke: TypedInvoke = (channel, ...args) => ipcRenderer.invoke(INVOKE_CHANNELS[channel], ...args);

/** The API exposed to the page. Every method is a single invoke on its own channel. */
export const appApi = {
  kind: 'desktop',
  about: () => invoke('about'),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (filters) => invoke('openFile', filters),
  openFolder: () => invoke('openFolder'),
  openExternal: (url) => invoke('openExternal', url),
  onMenuCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, relay);
    };
  },
  libraryFolder: () => invoke('libraryFolder'),
  chooseLibraryFolder: () => invoke('chooseLibraryFolder'),
  forgetLibraryFolder: () => invoke('forgetLibraryFolder'),
  readLibraryFolder: () => invoke('readLibraryFolder'),
  onLibraryFolderChanged: (listener) => {
    const relay = (_event: IpcRendererEvent, notice: unknown): void => {
      if (isLibraryFolderEvent(notice)) listener();
    };
    ipcRenderer.on(LIBRARY_FOLDER_CHANGED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(LIBRARY_FOLDER_CHANGED_CHANNEL, relay);
    };
  },
  autoBackupState: () => invoke('autoBackupState'),
  writeAutoBackup: (bytes) => invoke('writeAutoBackup', bytes),
  chooseAutoBackupFolder: () => invoke('chooseAutoBackupFolder'),
  openAttachment: (request) => invoke('openAttachment', request),
} satisfies AppApi;

contextBridge.exposeInMainWorld('waymark', appApi);
