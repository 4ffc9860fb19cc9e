// The application menu: File, Edit, View and Help. Menu items that belong to the page send one of
// the fixed MENU_COMMANDS; About is shown by the main process itself.
import {
  app,
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
} from 'electron';
import { CHANNELS, type MenuCommand } from '../src/contract/bridge';
import { isAppUrl } from './app-origin';
import { aboutInfo } from './ipc/about';

/** What the menu needs from its surroundings, so it can be built and tested without a window. */
export interface MenuActions {
  /** Sends a command to the page in the focused window. */
  sendCommand(command: MenuCommand): void;
  /** Shows the About box. */
  showAbout(): void;
  /** Dev tools appear only when the app is not packaged. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/** The menu template, top level first. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        id: 'new-project',
        label: 'New project',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.sendCommand('new-project'),
      },
      { id: 'open-library', label: 'Template library', click: () => actions.sendCommand('open-library') },
      { type: 'separator' },
      {
        id: 'open-settings',
        label: 'Settings',
        accelerator: 'CmdOrCtrl+,',
        click: () => actions.sendCommand('open-settings'),
      },
      { type: 'separator' },
      { id: 'quit', role: 'quit', label: isMac ? 'Quit Waymark' : 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { role: 'resetZoom' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!actions.isPackaged) viewItems.push({ type: 'separator' }, { role: 'toggleDevTools' });
  const view: MenuItemConstructorOptions = { label: 'View', submenu: viewItems };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [{ id: 'about', label: 'About Waymark', click: () => actions.showAbout() }],
  };
  const template = [file, edit, view, help];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

/** The About box text: name, version, Electron and Chrome, in plain words. */
export function aboutDetail(): string {
  const info = aboutInfo();
  return `Version ${info.version}\nElectron ${info.electron}\nChrome ${info.chrome}`;
}

/** Shows the About box, attached to the window when there is one. */
export async function showAboutBox(window: BrowserWindow | null): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About Waymark',
    message: aboutInfo().name,
    detail: aboutDetail(),
    buttons: ['OK'],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

/** Sends a menu command only to a window that is showing the app's own page. */
export function sendMenuCommand(window: BrowserWindow | null, command: MenuCommand): void {
  if (!window || window.isDestroyed() || !isAppUrl(window.webContents.getURL())) return;
  window.webContents.send(CHANNELS.menuCommand, command);
}

/** Builds and installs the application menu. `getWindow` returns the window commands go to. */
export function installApplicationMenu(getWindow: () => BrowserWindow | null): void {
  const template = buildMenuTemplate({
    sendCommand: (command) => sendMenuCommand(getWindow(), command),
    showAbout: () => void showAboutBox(getWindow()),
    isPackaged: app.isPackaged,
    platform: process.platform,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
