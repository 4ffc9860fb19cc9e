// The shared library folder's handlers: choosing, remembering and forgetting the folder (main keeps the
// path, the page sees only a name), reading it, telling the page about changes until the folder is
// forgotten or the window closes, and refusing foreign senders and stray arguments.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/nowhere') },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showOpenDialog: vi.fn<(options: unknown) => Promise<{ canceled: boolean; filePaths: string[] }>>() },
}));
vi.mock('electron', () => electron);

import { CHANNELS, LIBRARY_FOLDER_CHANGED_CHANNEL } from '../../src/contract/bridge';
import {
  createLibraryFolderService,
  LIBRARY_FOLDER_INVALID_ERROR,
  LIBRARY_FOLDER_NOT_FOLDER_ERROR,
  libraryFolderService,
  registerLibraryFolderHandlers,
  type LibraryFolderService,
} from '../../electron/ipc/library-folder';
import {
  LIBRARY_FOLDER_FILE,
  loadLibraryFolderPath,
  parseLibraryFolderRecord,
} from '../../electron/ipc/library-folder-store';
import { FOREIGN_SENDER_ERROR } from '../../electron/ipc/trusted-sender';

interface FakeWindow {
  sender: {
    send: ReturnType<typeof vi.fn>;
    isDestroyed(): boolean;
    getURL(): string;
    once(event: string, listener: () => void): void;
  };
  close(): void;
}

/** A window's page at `url`; close() destroys it as closing the window would. */
function fakeWindow(url = 'app://waymark/index.html#/library'): FakeWindow {
  let destroyed = false;
  const onDestroyed: (() => void)[] = [];
  return {
    sender: {
      send: vi.fn(),
      isDestroyed: () => destroyed,
      getURL: () => url,
      once: (event, listener) => {
        if (event === 'destroyed') onDestroyed.push(listener);
      },
    },
    close() {
      destroyed = true;
      for (const listener of onDestroyed) listener();
    },
  };
}

function eventFor(window: FakeWindow, frameUrl = 'app://waymark/index.html#/library'): IpcMainInvokeEvent {
  // Only senderFrame and sender are read by the handlers; the rest of the event needs a running app.
  return { senderFrame: { url: frameUrl }, sender: window.sender } as unknown as IpcMainInvokeEvent;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let base: string;
let stateFolder: string;
let shared: string;
let chooser: ReturnType<typeof vi.fn<(event: IpcMainInvokeEvent) => Promise<string | null>>>;
let service: LibraryFolderService;
let window: FakeWindow;

function newService(): LibraryFolderService {
  return createLibraryFolderService({
    stateFolder: () => stateFolder,
    chooseFolder: chooser,
    watch: { debounceMs: 100 },
  });
}

function writeShared(relative: string, content: string): void {
  const full = path.join(shared, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

beforeEach(() => {
  vi.clearAllMocks();
  base = mkdtempSync(path.join(tmpdir(), 'waymark-library-folder-'));
  stateFolder = path.join(base, 'user-data');
  shared = path.join(base, 'Shared drive', 'Team packs');
  mkdirSync(stateFolder);
  mkdirSync(shared, { recursive: true });
  writeShared('service-standard/pack.yaml', 'id: service-standard\n');
  chooser = vi.fn<(event: IpcMainInvokeEvent) => Promise<string | null>>(() => Promise.resolve(shared));
  service = newService();
  window = fakeWindow();
});

afterEach(() => {
  service.stop();
  rmSync(base, { recursive: true, force: true });
});

describe('choosing, remembering and forgetting', () => {
  it('starts with no folder, remembers the chosen one across restarts and gives the page its name only', async () => {
    const event = eventFor(window);
    expect(await service.libraryFolder(event, [])).toEqual({ ok: true, value: null });
    const chosen = await service.chooseLibraryFolder(event, []);
    expect(chosen).toEqual({ ok: true, value: { name: 'Team packs' } });
    expect(JSON.stringify(chosen)).not.toContain(base);

    const stored: unknown = JSON.parse(readFileSync(path.join(stateFolder, LIBRARY_FOLDER_FILE), 'utf8'));
    expect(stored).toEqual({ version: 1, path: shared });

    const restarted = newService();
    expect(await restarted.libraryFolder(eventFor(fakeWindow()), [])).toEqual({
      ok: true,
      value: { name: 'Team packs' },
    });
    restarted.stop();
  });

  it('keeps the earlier choice when the chooser is cancelled', async () => {
    await service.chooseLibraryFolder(eventFor(window), []);
    chooser.mockResolvedValueOnce(null);
    expect(await service.chooseLibraryFolder(eventFor(window), [])).toEqual({ ok: true, value: null });
    expect(await service.libraryFolder(eventFor(window), [])).toEqual({ ok: true, value: { name: 'Team packs' } });
  });

  it('refuses something that is not a folder', async () => {
    const file = path.join(base, 'notes.txt');
    writeFileSync(file, 'notes');
    chooser.mockResolvedValueOnce(file);
    expect(await service.chooseLibraryFolder(eventFor(window), [])).toEqual({
      ok: false,
      error: LIBRARY_FOLDER_NOT_FOLDER_ERROR,
    });
    expect(existsSync(path.join(stateFolder, LIBRARY_FOLDER_FILE))).toBe(false);
  });

  it('forgets the folder, here and after a restart', async () => {
    await service.chooseLibraryFolder(eventFor(window), []);
    expect(await service.forgetLibraryFolder(eventFor(window), [])).toEqual({ ok: true, value: undefined });
    expect(await service.libraryFolder(eventFor(window), [])).toEqual({ ok: true, value: null });
    expect(await service.readLibraryFolder(eventFor(window), [])).toEqual({ ok: true, value: null });
    expect(existsSync(path.join(stateFolder, LIBRARY_FOLDER_FILE))).toBe(false);
    expect(await loadLibraryFolderPath(stateFolder)).toBeNull();
    // Forgetting twice is not an error.
    expect((await service.forgetLibraryFolder(eventFor(window), [])).ok).toBe(true);
  });

  it.each([
    ['text that is not JSON', '{"version":1,"path":'],
    ['a relative path', JSON.stringify({ version: 1, path: 'Team packs' })],
    ['a later format', JSON.stringify({ version: 2, path: '/srv/packs' })],
    ['an extra field', JSON.stringify({ version: 1, path: '/srv/packs', other: true })],
    ['a path that is not text', JSON.stringify({ version: 1, path: ['/srv/packs'] })],
    ['a NUL in the path', JSON.stringify({ version: 1, path: '/srv/packs\u0000/x' })],
    ['a list', '[]'],
  ])('treats a stored file holding %s as no folder', async (_label, content) => {
    writeFileSync(path.join(stateFolder, LIBRARY_FOLDER_FILE), content);
    expect(await newService().libraryFolder(eventFor(window), [])).toEqual({ ok: true, value: null });
  });

  it('accepts a well-formed stored record', () => {
    expect(parseLibraryFolderRecord({ version: 1, path: '/srv/packs' })).toBe('/srv/packs');
  });

  it('takes no arguments on any handler, and shows no dialog when given some', async () => {
    const event = eventFor(window);
    for (const handler of [
      service.libraryFolder,
      service.chooseLibraryFolder,
      service.forgetLibraryFolder,
      service.readLibraryFolder,
    ]) {
      expect(await handler(event, [shared])).toEqual({ ok: false, error: LIBRARY_FOLDER_INVALID_ERROR });
    }
    expect(chooser).not.toHaveBeenCalled();
  });
});

describe('reading', () => {
  it('reads the packs in the chosen folder', async () => {
    await service.chooseLibraryFolder(eventFor(window), []);
    const result = await service.readLibraryFolder(eventFor(window), []);
    expect(result.ok && result.value?.name).toBe('Team packs');
    expect(result.ok && result.value?.packs.map((pack) => pack.name)).toEqual(['service-standard']);
  });

  it('reports a folder that has gone in one plain sentence', async () => {
    await service.chooseLibraryFolder(eventFor(window), []);
    rmSync(shared, { recursive: true, force: true });
    expect(await service.readLibraryFolder(eventFor(window), [])).toEqual({
      ok: false,
      error:
        'Waymark could not open the shared folder \u201cTeam packs\u201d. Check it is still there and that you can open it.',
    });
  });
});

describe('watching', () => {
  async function watching(): Promise<void> {
    await service.chooseLibraryFolder(eventFor(window), []);
    await service.readLibraryFolder(eventFor(window), []);
    await pause(150);
    window.sender.send.mockClear();
  }

  it('tells the page once about a burst of changes, on its own channel', async () => {
    await watching();
    expect(service.isWatching()).toBe(true);
    writeShared('service-standard/pack.yaml', 'id: service-standard\nversion: 1.1.0\n');
    writeShared('new-pack/pack.yaml', 'id: new-pack\n');
    await vi.waitFor(() => expect(window.sender.send).toHaveBeenCalledOnce(), { timeout: 3000, interval: 20 });
    expect(window.sender.send).toHaveBeenCalledWith(LIBRARY_FOLDER_CHANGED_CHANNEL, 'changed');
    await pause(400);
    expect(window.sender.send).toHaveBeenCalledOnce();
  });

  it('stops when the folder is forgotten', async () => {
    await watching();
    await service.forgetLibraryFolder(eventFor(window), []);
    expect(service.isWatching()).toBe(false);
    window.sender.send.mockClear();
    writeShared('service-standard/pack.yaml', 'id: changed\n');
    await pause(400);
    expect(window.sender.send).not.toHaveBeenCalled();
  });

  it('stops when the window closes', async () => {
    await watching();
    window.close();
    expect(service.isWatching()).toBe(false);
    writeShared('service-standard/pack.yaml', 'id: changed\n');
    await pause(400);
    expect(window.sender.send).not.toHaveBeenCalled();
  });

  it('tells only pages that still show Waymark', async () => {
    const foreign = fakeWindow('https://evil.example/');
    await service.readLibraryFolder(eventFor(foreign), []);
    await watching();
    writeShared('service-standard/pack.yaml', 'id: changed\n');
    await vi.waitFor(() => expect(window.sender.send).toHaveBeenCalledOnce(), { timeout: 3000, interval: 20 });
    expect(foreign.sender.send).not.toHaveBeenCalledWith(LIBRARY_FOLDER_CHANGED_CHANNEL, 'changed');
  });

  it('does not watch before any page uses the folder', async () => {
    writeFileSync(path.join(stateFolder, LIBRARY_FOLDER_FILE), JSON.stringify({ version: 1, path: shared }));
    const fresh = newService();
    expect(fresh.isWatching()).toBe(false);
    await fresh.readLibraryFolder(eventFor(window), []);
    expect(fresh.isWatching()).toBe(true);
    fresh.stop();
  });
});

describe('registration', () => {
  it('registers the four channels behind the sender check', async () => {
    const handle = vi.fn();
    // Only handle() is used by the registration.
    registerLibraryFolderHandlers({ handle } as unknown as IpcMain, service);
    expect(handle.mock.calls.map((call) => call[0]).sort()).toEqual(
      [
        CHANNELS.libraryFolder,
        CHANNELS.chooseLibraryFolder,
        CHANNELS.forgetLibraryFolder,
        CHANNELS.readLibraryFolder,
      ].sort(),
    );
    for (const call of handle.mock.calls) {
      const listener = call[1] as (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
      expect(await listener(eventFor(window, 'https://evil.example/'))).toEqual({
        ok: false,
        error: FOREIGN_SENDER_ERROR,
      });
    }
    expect(chooser).not.toHaveBeenCalled();
    expect(existsSync(path.join(stateFolder, LIBRARY_FOLDER_FILE))).toBe(false);
  });

  it('keeps the app\u2019s choice in the user-data folder and asks with the system folder chooser', async () => {
    electron.app.getPath.mockReturnValue(stateFolder);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [shared] });
    const handle = vi.fn();
    registerLibraryFolderHandlers({ handle } as unknown as IpcMain);
    const choose = handle.mock.calls.find((call) => call[0] === CHANNELS.chooseLibraryFolder)?.[1] as (
      event: IpcMainInvokeEvent,
    ) => Promise<unknown>;
    expect(await choose(eventFor(window))).toEqual({ ok: true, value: { name: 'Team packs' } });
    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    expect(await loadLibraryFolderPath(stateFolder)).toBe(shared);
    libraryFolderService.stop();
  });
});
