// Start-up: one instance, the app scheme before ready, and a locked-down window loading the app URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/contract';

const userData = mkdtempSync(path.join(tmpdir(), 'waymark-main-'));

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }[] = [];
  let ready: () => void = () => undefined;
  class FakeWindow {
    options: Record<string, unknown>;
    loadURL = vi.fn(() => Promise.resolve());
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    on = vi.fn();
    once = vi.fn();
    webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
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
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: area }]), getPrimaryDisplay: vi.fn(() => ({ workArea: area })) },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn() },
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
});

async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('main process start-up', () => {
  it('registers the scheme and sandbox before ready, then opens one locked-down window on the app URL', async () => {
    await import('../../electron/main');
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(0);

    electron.resolveReady();
    await flush();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    // Every request channel has exactly one handler; the menu command channel only goes to the renderer.
    const handled = vi.mocked(electron.ipcMain.handle).mock.calls.map(([channel]) => channel).sort();
    const requests = Object.entries(CHANNELS).filter(([name]) => name !== 'menuCommand').map(([, channel]) => channel).sort();
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

  it('focuses the existing window when a second copy starts', async () => {
    await import('../../electron/main');
    electron.resolveReady();
    await flush();
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
