// The desktop app's entry point: one instance, the app scheme, the security guards, the IPC
// handlers, the menu and the main window.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { registerIpcHandlers } from './ipc/register-handlers';
import { createMainWindow, preloadPathBeside } from './main-window';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { blockForeignRequests, denyAllPermissions, installWebContentsGuards, keepSpellingOffline } from './security';

/** Shown if the window cannot be opened, for example when the app's files are missing. */
export const START_FAILURE_MESSAGE =
  'Waymark could not open its window because some of its files are missing. Please reinstall Waymark.';

let mainWindow: BrowserWindow | null = null;

/** The folder the renderer build is served from, inside the packaged app or the checkout. */
function rendererFolder(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow(preloadPathBeside(__dirname));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Starts the app. Exported so the start-up order can be checked in tests. */
export function startApp(): void {
  app.enableSandbox();
  registerAppScheme();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  installWebContentsGuards();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });

  void app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      blockForeignRequests(session.defaultSession);
      keepSpellingOffline(session.defaultSession);
      serveRenderer(rendererFolder());
      registerIpcHandlers(ipcMain);
      installApplicationMenu(() => mainWindow ?? BrowserWindow.getFocusedWindow());
      await openMainWindow();
    })
    .catch(() => {
      dialog.showErrorBox('Waymark could not start', START_FAILURE_MESSAGE);
      app.quit();
    });
}

startApp();
