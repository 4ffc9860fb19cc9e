// The typed contract between the renderer and the main process: the one API the preload exposes,
// its channel names, and the shapes that cross IPC. Shared by preload, main and src/platform.
// Types and constants only: it must stay importable from the renderer.

/** Results cross IPC as values, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FileFilter {
  /** Shown in the dialog, for example "Word document". */
  name: string;
  /** Without dots, for example ["docx"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** A file name only (no folders); main owns the dialog and the path. */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export interface SaveFileOutcome {
  saved: boolean;
  /** The file name chosen (not the full path), when saved. */
  fileName?: string;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FolderFile {
  /** Path relative to the chosen folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface OpenedFolder {
  name: string;
  files: FolderFile[];
}

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['new-project', 'open-settings', 'open-library', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AboutInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
}

/** The API the preload exposes on `window.waymark`. */
export interface AppApi {
  readonly kind: 'desktop';
  about(): Promise<Result<AboutInfo>>;
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileOutcome>>;
  openFile(filters: FileFilter[]): Promise<Result<OpenedFile | null>>;
  openFolder(): Promise<Result<OpenedFolder | null>>;
  openExternal(url: string): Promise<Result<void>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const CHANNELS = {
  about: 'waymark:about',
  saveFile: 'waymark:save-file',
  openFile: 'waymark:open-file',
  openFolder: 'waymark:open-folder',
  openExternal: 'waymark:open-external',
  menuCommand: 'waymark:menu-command',
} as const;

/** Limits on what the main process reads from disk for the renderer. */
export const FILE_LIMITS = {
  /** Largest single file read, in bytes. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Largest folder read, in files and total bytes. */
  maxFolderFiles: 2000,
  maxFolderBytes: 100 * 1024 * 1024,
  /** Deepest folder nesting followed. */
  maxFolderDepth: 8,
} as const;
