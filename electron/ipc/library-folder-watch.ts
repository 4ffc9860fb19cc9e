// Watches the shared library folder for changes (a synced drive updating, a `git pull`) and reports
// them once things settle. Recursive where the platform supports it; otherwise the top folder, each
// sub-folder and each template folder inside those are watched, and the set is refreshed on change.
// Changes to hidden entries (such as .git) are ignored.
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** How long the folder must be quiet before a change is reported, in milliseconds. */
export const LIBRARY_FOLDER_DEBOUNCE_MS = 500;

export interface LibraryFolderWatchOptions {
  debounceMs?: number;
  /** Use one recursive watch (default) or one watch per folder; recursive falls back when unsupported. */
  recursive?: boolean;
}

/** A running watch. `closed` turns true when it is closed or the folder can no longer be watched. */
export interface LibraryFolderWatch {
  readonly closed: boolean;
  close(): void;
}

/** True when a changed name (relative to a watched folder) is or lies inside a hidden entry. */
export function isHiddenChange(filename: string | Buffer | null): boolean {
  if (filename === null) return false;
  return filename
    .toString()
    .split(/[\\/]/)
    .some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

async function visibleSubfolders(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => path.join(folder, entry.name));
  } catch {
    return [];
  }
}

/** The folders watched one by one: the top, its sub-folders (packs) and theirs (template folders). */
async function foldersToWatch(root: string): Promise<string[]> {
  const packs = await visibleSubfolders(root);
  const inner = await Promise.all(packs.map((pack) => visibleSubfolders(pack)));
  return [root, ...packs, ...inner.flat()];
}

/**
 * Starts watching `root` and calls `onChange` once after each burst of changes, when the folder has been
 * quiet for `debounceMs`. If the folder disappears, `onChange` is called once more and the watch closes.
 */
export function watchLibraryFolder(
  root: string,
  onChange: () => void,
  options: LibraryFolderWatchOptions = {},
): LibraryFolderWatch {
  const debounceMs = options.debounceMs ?? LIBRARY_FOLDER_DEBOUNCE_MS;
  const watchers = new Map<string, FSWatcher>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let perFolder = options.recursive === false;

  const close = (): void => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };

  const refreshFolders = async (): Promise<void> => {
    if (!perFolder || closed) return;
    const wanted = new Set(await foldersToWatch(root));
    if (closed) return;
    for (const [folder, watcher] of watchers)
      if (!wanted.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of wanted) if (!watchers.has(folder)) open(folder, false);
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void refreshFolders().then(() => {
        if (!closed) onChange();
      });
    }, debounceMs);
  };

  function open(folder: string, recursive: boolean): void {
    let watcher: FSWatcher;
    try {
      watcher = fsWatch(folder, { recursive, persistent: false }, (_event, filename) => {
        if (!isHiddenChange(filename)) schedule();
      });
    } catch (error) {
      if (
        recursive &&
        error instanceof Error &&
        'code' in error &&
        error.code === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM'
      ) {
        perFolder = true;
        void refreshFolders();
        return;
      }
      // The top folder cannot be watched at all (it has gone, or cannot be opened): stop. Reading it
      // reports the problem; a folder inside that cannot be watched is simply left out.
      if (folder === root) close();
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
      if (folder === root) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        close();
        onChange();
      } else {
        schedule();
      }
    });
    watchers.set(folder, watcher);
  }

  if (perFolder) void refreshFolders();
  else open(root, true);

  return {
    get closed() {
      return closed;
    },
    close,
  };
}
