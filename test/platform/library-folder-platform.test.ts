// The platform's shared library folder methods: the desktop one goes through the preload's API and
// turns failures into PlatformErrors; the browser one says plainly that it needs the desktop app.
import { describe, expect, it, vi } from 'vitest';
import type { LibraryFolderScan } from '../../src/contract/bridge';
import { desktopPlatform } from '../../src/platform/desktop-platform';
import { LIBRARY_FOLDER_DESKTOP_ONLY, PlatformError } from '../../src/platform/platform';
import { webPlatform } from '../../src/platform/web-platform';
import { fakeAppApi } from '../fixtures/fake-app-api';

const api = fakeAppApi;

describe('desktop platform: shared library folder', () => {
  it('is supported, and unwraps the folder name', async () => {
    const libraryFolder = vi.fn().mockResolvedValue({ ok: true, value: { name: 'Team packs' } });
    const chooseLibraryFolder = vi.fn().mockResolvedValue({ ok: true, value: null });
    const platform = desktopPlatform(api({ libraryFolder, chooseLibraryFolder }));
    expect(platform.supportsLibraryFolder).toBe(true);
    await expect(platform.libraryFolder()).resolves.toEqual({ name: 'Team packs' });
    await expect(platform.chooseLibraryFolder()).resolves.toBeNull();
    expect(libraryFolder).toHaveBeenCalledWith();
    expect(chooseLibraryFolder).toHaveBeenCalledWith();
  });

  it('returns the scan as read, and nothing from forgetting', async () => {
    const scan: LibraryFolderScan = {
      name: 'Team packs',
      packs: [{ name: 'pack.zip', kind: 'zip', bytes: new Uint8Array([1]) }],
      skipped: [{ name: 'docs', reason: 'This folder has no pack.yaml, so it is not a template pack.' }],
    };
    const forgetLibraryFolder = vi.fn().mockResolvedValue({ ok: true, value: undefined });
    const platform = desktopPlatform(
      api({ readLibraryFolder: () => Promise.resolve({ ok: true, value: scan }), forgetLibraryFolder }),
    );
    await expect(platform.readLibraryFolder()).resolves.toBe(scan);
    await expect(platform.forgetLibraryFolder()).resolves.toBeUndefined();
    expect(forgetLibraryFolder).toHaveBeenCalledOnce();
  });

  it('turns a failed result into a PlatformError with its sentence', async () => {
    const error =
      'Waymark could not open the shared folder \u201cTeam packs\u201d. Check it is still there and that you can open it.';
    const platform = desktopPlatform(api({ readLibraryFolder: () => Promise.resolve({ ok: false, error }) }));
    await expect(platform.readLibraryFolder()).rejects.toThrow(new PlatformError(error));
  });

  it('passes change notices through and hands back the unsubscribe function', () => {
    const relay: { current: (() => void) | null } = { current: null };
    const unsubscribe = vi.fn();
    const platform = desktopPlatform(
      api({
        onLibraryFolderChanged: (listener) => {
          relay.current = listener;
          return unsubscribe;
        },
      }),
    );
    const listener = vi.fn();
    const stop = platform.onLibraryFolderChanged(listener);
    relay.current?.();
    expect(listener).toHaveBeenCalledOnce();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('browser platform: shared library folder', () => {
  it('is not supported: no folder, nothing to read, and a plain sentence when asked to choose or forget', async () => {
    const platform = webPlatform();
    expect(platform.supportsLibraryFolder).toBe(false);
    await expect(platform.libraryFolder()).resolves.toBeNull();
    await expect(platform.readLibraryFolder()).resolves.toBeNull();
    await expect(platform.chooseLibraryFolder()).rejects.toThrow(new PlatformError(LIBRARY_FOLDER_DESKTOP_ONLY));
    await expect(platform.forgetLibraryFolder()).rejects.toBeInstanceOf(PlatformError);
    const listener = vi.fn();
    platform.onLibraryFolderChanged(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});
