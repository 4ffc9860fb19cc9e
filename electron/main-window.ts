// Creates the main window: locked-down web preferences, the preload bridge, the remembered size and
// position, and the renderer loaded from the app's own scheme.
import path from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { askBeforeLeaving, leaveQuestion } from './leave-warning';
import { usesSystemSpellchecker } from './security';
import { fitToDisplays, loadWindowState, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, trackWindowState } from './window-state';

/** Opens the main window, restored to its last size and place, and shows it once painted. */
export async function createMainWindow(preloadPath: string): Promise<BrowserWindow> {
  const stateFolder = app.getPath('userData');
  const stored = await loadWindowState(stateFolder);
  const state = fitToDisplays(
    stored,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    title: 'Waymark',
    backgroundColor: '#ffffff',
    // Written out here (not built elsewhere) so that the security scan can read every setting.
    // Nothing here may be loosened without a security review.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Only the operating system's spell checker: on Linux Chromium would download dictionaries.
      spellcheck: usesSystemSpellchecker(),
      // Developer tools only when running from a checkout, never in the installed app.
      devTools: !app.isPackaged,
      // Middle-click would otherwise be a second way to open links; window.open is denied anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // The navigation and window-open guards are already on window.webContents: installWebContentsGuards
  // (electron/security.ts) applies them to every web contents as Electron creates it.
  trackWindowState(window, stateFolder);
  askBeforeLeaving(window, leaveQuestion(window));
  window.once('ready-to-show', () => {
    if (state.maximised) window.maximize();
    window.show();
  });
  await window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Where the built preload sits next to the built main script. */
export function preloadPathBeside(mainDirectory: string): string {
  return path.join(mainDirectory, 'preload.cjs');
}
