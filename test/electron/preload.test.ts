// The preload exposes exactly the AppApi on window.waymark and nothing that reaches ipcRenderer directly;
// each call goes on its own channel, and notices are delivered only from their own channel, only when well formed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, LIBRARY_FOLDER_CHANGED_CHANNEL, type AppApi } from '../../src/contract/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null })),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

const API_KEYS: (keyof AppApi)[] = [
  'kind',
  'about',
  'saveFile',
  'openFile',
  'openFolder',
  'openExternal',
  'onMenuCommand',
  'libraryFolder',
  'chooseLibraryFolder',
  'forgetLibraryFolder',
  'readLibraryFolder',
  'onLibraryFolderChanged',
  'autoBackupState',
  'writeAutoBackup',
  'chooseAutoBackupFolder',
  'openAttachment',
];

async function exposedApi(): Promise<AppApi> {
  await import('../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('waymark');
  // The exposed object is the preload's AppApi; the assertions below check its shape.
  return api as AppApi;
}

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of electron.listeners.get(channel) ?? []) (listener as Listener)({}, ...args);
}

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.listeners.clear();
});

describe('preload', () => {
  it('exposes exactly the AppApi keys on window.waymark', async () => {
    const api = await exposedApi();
    expect(Object.keys(api).sort()).toEqual([...API_KEYS].sort());
    expect(api.kind).toBe('desktop');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('sends each call on its own channel with only the given arguments', async () => {
    const api = await exposedApi();
    const request = { suggestedName: 'case.docx', bytes: new Uint8Array([1]), filters: [] };
    await api.about();
    await api.saveFile(request);
    await api.openFile([{ name: 'CSV', extensions: ['csv'] }]);
    await api.openFolder();
    await api.openExternal('https://www.gov.uk/');
    const attachment = { name: 'notes.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([1]) };
    await api.openAttachment(attachment);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.about],
      [CHANNELS.saveFile, request],
      [CHANNELS.openFile, [{ name: 'CSV', extensions: ['csv'] }]],
      [CHANNELS.openFolder],
      [CHANNELS.openExternal, 'https://www.gov.uk/'],
      [CHANNELS.openAttachment, attachment],
    ]);
  });

  it('delivers only known menu commands, only from the menu channel, until unsubscribed', async () => {
    const api = await exposedApi();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(CHANNELS.menuCommand, expect.any(Function));

    emit(CHANNELS.menuCommand, 'new-project');
    emit(CHANNELS.menuCommand, 'format-disk');
    emit(CHANNELS.menuCommand, { command: 'new-project' });
    emit(CHANNELS.about, 'open-settings');
    expect(listener.mock.calls).toEqual([['new-project']]);

    unsubscribe();
    emit(CHANNELS.menuCommand, 'open-settings');
    expect(listener).toHaveBeenCalledOnce();
    expect(electron.listeners.get(CHANNELS.menuCommand)?.size).toBe(0);
  });
});

describe('preload: shared library folder', () => {
  it('sends each call on its own channel, with no arguments (never a path)', async () => {
    const api = await exposedApi();
    await api.libraryFolder();
    await api.chooseLibraryFolder();
    await api.forgetLibraryFolder();
    await api.readLibraryFolder();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.libraryFolder],
      [CHANNELS.chooseLibraryFolder],
      [CHANNELS.forgetLibraryFolder],
      [CHANNELS.readLibraryFolder],
    ]);
  });

  it('delivers only well-formed change notices from the library folder channel, until unsubscribed', async () => {
    const api = await exposedApi();
    const listener = vi.fn();
    const unsubscribe = api.onLibraryFolderChanged(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(LIBRARY_FOLDER_CHANGED_CHANNEL, expect.any(Function));

    emit(LIBRARY_FOLDER_CHANGED_CHANNEL, 'changed');
    emit(LIBRARY_FOLDER_CHANGED_CHANNEL, 'delete-everything');
    emit(LIBRARY_FOLDER_CHANGED_CHANNEL, { path: '/etc' });
    emit(CHANNELS.menuCommand, 'changed');
    expect(listener).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledWith();

    unsubscribe();
    emit(LIBRARY_FOLDER_CHANGED_CHANNEL, 'changed');
    expect(listener).toHaveBeenCalledOnce();
    expect(electron.listeners.get(LIBRARY_FOLDER_CHANGED_CHANNEL)?.size).toBe(0);
  });

  it('keeps the notice channel apart from the invoke channels', () => {
    expect(Object.values(CHANNELS)).not.toContain(LIBRARY_FOLDER_CHANGED_CHANNEL);
  });
});
