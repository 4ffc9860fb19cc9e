// Start-up: one instance, the app scheme before ready, and a locked-down window loading the app URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/contract/bridge';

const userData = mkdtempSync(path.join(tmpdir(), 'waymark-main-'));

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    focus: ReturnType<typeof vi.fn>;
    show: ReturnType<typeof vi.fn>;
    webContents: FakeContents;
  }[] = [];
  let ready: () => void = () => undefined;
  /** A web contents that records its listeners, so a test can fire a navigation at them. */
  class FakeContents {
    listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    setWindowOpenHandler = vi.fn();
    on = vi.fn((name: string, listener: (...args: unknown[]) => void) => {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    });
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeWindow {
    options: Record<string, unknown>;
    loadURL = vi.fn(() => Promise.resolve());
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    on = vi.fn();
    once = vi.fn();
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
      // Electron reports each new web contents to the app as the window creates it.
      appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    static getAllWindows = vi.fn(() => windows);
    static getFocusedWindow = vi.fn(() => null);
  }
  const area = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    appListeners,
    windows,
    resolveReady: () => ready(),
    app: {
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
      quit: vi.fn(),
      getPath: vi.fn(() => ''),
      getAppPath: vi.fn(() => '/opt/waymark/resources/app.asar'),
      getName: vi.fn(() => 'Waymark'),
      getVersion: vi.fn(() => '0.1.0'),
      isPackaged: true,
    },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: area }]), getPrimaryDisplay: vi.fn(() => ({ workArea: area })) },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});
vi.mock('electron', () => electron);

afterAll(() => rmSync(userData, { recursive: true, force: true }));

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.windows.length = 0;
  electron.appListeners.clear();
  electron.app.getPath.mockReturnValue(userData);
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  electron.app.isPackaged = true;
});

async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Lets start-up finish: the window opens after the stored window size has been read from disk. */
async function windowOpened(): Promise<void> {
  await vi.waitFor(() => expect(electron.windows.length).toBeGreaterThan(0), { timeout: 5000 });
  await flush();
}

describe('main process start-up', () => {
  it('registers the scheme and sandbox before ready, then opens one locked-down window on the app URL', async () => {
    await import('../../electron/main');
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(0);

    electron.resolveReady();
    await windowOpened();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    // Every request channel has exactly one handler; the menu command channel only goes to the renderer.
    const handled = vi
      .mocked(electron.ipcMain.handle)
      .mock.calls.map(([channel]) => channel)
      .sort();
    const requests = [
      ...Object.entries(CHANNELS)
        .filter(([name]) => name !== 'menuCommand')
        .map(([, channel]) => channel),
    ].sort();
    expect(handled).toEqual(requests);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);

    const window = electron.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('app://waymark/index.html');
    expect(window?.loadURL.mock.calls.flat().join(' ')).not.toContain('file:');
  });

  it('guards the main window once, so a blocked link opens in the browser exactly once', async () => {
    await import('../../electron/main');
    electron.resolveReady();
    await windowOpened();
    const contents = electron.windows[0]?.webContents;
    expect(contents?.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents?.listeners.get('will-navigate')).toHaveLength(1);

    const event = { url: 'https://www.gov.uk/service-manual', preventDefault: vi.fn() };
    contents?.emit('will-navigate', event);
    await flush();
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(electron.shell.openExternal).toHaveBeenCalledOnce();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/service-manual');
  });

  it('turns developer tools off in the installed app and on when run from a checkout', async () => {
    await import('../../electron/main');
    electron.resolveReady();
    await windowOpened();
    expect(electron.windows[0]?.options.webPreferences).toMatchObject({ devTools: false });

    vi.resetModules();
    electron.windows.length = 0;
    electron.app.isPackaged = false;
    await import('../../electron/main');
    electron.resolveReady();
    await windowOpened();
    expect(electron.windows[0]?.options.webPreferences).toMatchObject({ devTools: true });
  });

  it('spell checks with the operating system only, and never downloads dictionaries', async () => {
    await import('../../electron/main');
    const { NO_DICTIONARIES_URL } = await import('../../electron/security');
    electron.resolveReady();
    await windowOpened();
    const expected = process.platform === 'darwin' || process.platform === 'win32';
    expect(electron.windows[0]?.options.webPreferences).toMatchObject({ spellcheck: expected });
    expect(electron.session.defaultSession.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(
      NO_DICTIONARIES_URL,
    );
    expect(NO_DICTIONARIES_URL).toBe('app://waymark/no-spelling-dictionaries/');
  });

  it('focuses the existing window when a second copy starts', async () => {
    await import('../../electron/main');
    electron.resolveReady();
    await windowOpened();
    electron.appListeners.get('second-instance')?.();
    expect(electron.windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('quits at once when another copy already holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/main');
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});
