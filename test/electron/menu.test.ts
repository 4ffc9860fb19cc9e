// The application menu has the expected items, sends only fixed commands and shows About.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { CHANNELS, MENU_COMMANDS } from '../../src/contract/bridge';

const electron = vi.hoisted(() => ({
  app: { getName: vi.fn(() => 'Waymark'), getVersion: vi.fn(() => '0.1.0'), isPackaged: true },
  dialog: { showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })) },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  buildMenuTemplate,
  installApplicationMenu,
  sendMenuCommand,
  showAboutBox,
  type MenuActions,
} from '../../electron/menu';

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return { sendCommand: vi.fn(), showAbout: vi.fn(), isPackaged: true, platform: 'linux', ...overrides };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = template.find((item) => item.label === label);
  expect(top, label).toBeDefined();
  return Array.isArray(top?.submenu) ? top.submenu : [];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click handlers under test ignore their arguments.
  (item?.click as (() => void) | undefined)?.();
}

beforeEach(() => vi.clearAllMocks());

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in that order', () => {
    expect(buildMenuTemplate(actions()).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('adds the standard app menu first on macOS', () => {
    expect(buildMenuTemplate(actions({ platform: 'darwin' }))[0]).toEqual({ role: 'appMenu' });
  });

  it('sends the fixed commands from File, and quits with the quit role', () => {
    const menuActions = actions();
    const file = submenu(buildMenuTemplate(menuActions), 'File');
    click(file.find((item) => item.label === 'New project'));
    click(file.find((item) => item.label === 'Settings'));
    click(file.find((item) => item.label === 'Template library'));
    expect(vi.mocked(menuActions.sendCommand).mock.calls).toEqual([
      ['new-project'],
      ['open-settings'],
      ['open-library'],
    ]);
    for (const [command] of vi.mocked(menuActions.sendCommand).mock.calls) expect(MENU_COMMANDS).toContain(command);
    expect(file.find((item) => item.role === 'quit')).toBeDefined();
  });

  it('has the standard editing roles', () => {
    const roles = submenu(buildMenuTemplate(actions()), 'Edit')
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('shows dev tools only when not packaged', () => {
    const packaged = submenu(buildMenuTemplate(actions({ isPackaged: true })), 'View').map((item) => item.role);
    const development = submenu(buildMenuTemplate(actions({ isPackaged: false })), 'View').map((item) => item.role);
    expect(packaged).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(packaged).not.toContain('toggleDevTools');
    expect(development).toContain('toggleDevTools');
  });

  it('shows About from Help', () => {
    const menuActions = actions();
    click(submenu(buildMenuTemplate(menuActions), 'Help').find((item) => item.label === 'About Waymark'));
    expect(menuActions.showAbout).toHaveBeenCalledOnce();
    expect(menuActions.sendCommand).not.toHaveBeenCalled();
  });
});

describe('About box', () => {
  it('shows the app name, version, Electron and Chrome', async () => {
    await showAboutBox(null);
    const options = electron.dialog.showMessageBox.mock.calls[0]?.[0];
    expect(options).toMatchObject({ type: 'info', title: 'About Waymark', message: 'Waymark' });
    const detail = (options as { detail: string }).detail;
    expect(detail).toContain('Version 0.1.0');
    expect(detail).toMatch(/Electron \S+/);
    expect(detail).toMatch(/Chrome \S+/);
  });
});

describe('sending commands', () => {
  function fakeWindow(url: string, destroyed = false) {
    const send = vi.fn();
    // Only the members sendMenuCommand reads.
    const window = {
      isDestroyed: () => destroyed,
      webContents: { getURL: () => url, send },
    } as unknown as BrowserWindow;
    return { window, send };
  }

  it('sends to a window showing the app', () => {
    const { window, send } = fakeWindow('app://waymark/index.html#/');
    sendMenuCommand(window, 'new-project');
    expect(send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'new-project');
  });

  it('sends nothing to a foreign page, a closed window or no window', () => {
    const foreign = fakeWindow('https://evil.example/');
    sendMenuCommand(foreign.window, 'new-project');
    const closed = fakeWindow('app://waymark/index.html', true);
    sendMenuCommand(closed.window, 'new-project');
    sendMenuCommand(null, 'new-project');
    expect(foreign.send).not.toHaveBeenCalled();
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu(() => null);
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
