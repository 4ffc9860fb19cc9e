// The one bridge between the page and the main process: a typed object on `window.waymark`.
// It never exposes ipcRenderer or a generic listener; menu commands and library folder notices are
// checked before delivery.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  LIBRARY_FOLDER_CHANGED_CHANNEL,
  LIBRARY_FOLDER_EVENTS,
  MENU_COMMANDS,
  type AppApi,
  type LibraryFolderEvent,
  type MenuCommand,
} from './contract';

/** True for one of the commands the application menu is allowed to send. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value);
}

/** True for one of the notices the main process sends about the shared library folder. */
export function isLibraryFolderEvent(value: unknown): value is LibraryFolderEvent {
  return LIBRARY_FOLDER_EVENTS.some((event) => event === value);
}

/** The API exposed to the page. Every method is a single invoke on its own channel. */
export const appApi = {
  kind: 'desktop',
  about: () => ipcRenderer.invoke(CHANNELS.about),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (filters) => ipcRenderer.invoke(CHANNELS.openFile, filters),
  openFolder: () => ipcRenderer.invoke(CHANNELS.openFolder),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  onMenuCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, relay);
    };
  },
  libraryFolder: () => ipcRenderer.invoke(CHANNELS.libraryFolder),
  chooseLibraryFolder: () => ipcRenderer.invoke(CHANNELS.chooseLibraryFolder),
  forgetLibraryFolder: () => ipcRenderer.invoke(CHANNELS.forgetLibraryFolder),
  readLibraryFolder: () => ipcRenderer.invoke(CHANNELS.readLibraryFolder),
  onLibraryFolderChanged: (listener) => {
    const relay = (_event: IpcRendererEvent, notice: unknown): void => {
      if (isLibraryFolderEvent(notice)) listener();
    };
    ipcRenderer.on(LIBRARY_FOLDER_CHANGED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(LIBRARY_FOLDER_CHANGED_CHANNEL, relay);
    };
  },
  openAttachment: (request) => ipcRenderer.invoke(CHANNELS.openAttachment, request),
} satisfies AppApi;

contextBridge.exposeInMainWorld('waymark', appApi);
