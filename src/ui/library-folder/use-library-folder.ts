// The shared library folder setting as a screen sees it: which folder is chosen (its name only), and
// choosing, changing or forgetting it with a notice either way.
import { useCallback, useEffect, useState } from 'react';
import { currentPlatform } from '../../platform/current-platform';
import type { LibraryFolder } from '../../platform/platform';
import { useNotices } from '../state/notices';

export interface LibraryFolderSetting {
  /** False in the browser build, where the folder cannot be kept or watched. */
  supported: boolean;
  /** The chosen folder; null when none; undefined while loading. */
  folder: LibraryFolder | null | undefined;
  busy: boolean;
  choose(): Promise<void>;
  forget(): Promise<void>;
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

/** Reads the chosen folder once, and keeps it up to date when it is chosen or forgotten here. */
export function useLibraryFolder(): LibraryFolderSetting {
  const platform = currentPlatform();
  const supported = platform.supportsLibraryFolder;
  const [folder, setFolder] = useState<LibraryFolder | null | undefined>(supported ? undefined : null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!supported) return undefined;
    let live = true;
    platform.libraryFolder().then(
      (value) => live && setFolder(value),
      (error: unknown) => {
        if (!live) return;
        setFolder(null);
        useNotices
          .getState()
          .show({ kind: 'error', message: messageOf(error, 'Waymark could not check which shared folder is chosen.') });
      },
    );
    return () => {
      live = false;
    };
  }, [platform, supported]);

  const choose = useCallback(async () => {
    setBusy(true);
    try {
      const chosen = await platform.chooseLibraryFolder();
      if (chosen === null) return;
      setFolder(chosen);
      useNotices.getState().show({
        kind: 'success',
        message: `Waymark now looks for template packs in the folder \u201c${chosen.name}\u201d. You will find them in the Library.`,
      });
    } catch (error) {
      useNotices.getState().show({ kind: 'error', message: messageOf(error, 'Waymark could not use that folder.') });
    } finally {
      setBusy(false);
    }
  }, [platform]);

  const forget = useCallback(async () => {
    const name = folder?.name;
    setBusy(true);
    try {
      await platform.forgetLibraryFolder();
      setFolder(null);
      useNotices.getState().show({
        kind: 'success',
        message: `Waymark no longer uses the folder \u201c${name ?? ''}\u201d. Packs you imported from it stay in the Library.`,
      });
    } catch (error) {
      useNotices
        .getState()
        .show({ kind: 'error', message: messageOf(error, 'Waymark could not stop using that folder.') });
    } finally {
      setBusy(false);
    }
  }, [platform, folder]);

  return { supported, folder, busy, choose, forget };
}
