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

/** An attached evidence file to show in the computer's own viewer: a bare name, its media type, its bytes. */
export interface OpenAttachmentRequest {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The shared library folder, as the renderer sees it: its display name only, never its path. */
export interface LibraryFolder {
  name: string;
}

/** One candidate pack found at the top of the shared library folder, read but not yet validated. */
export type LibraryFolderCandidate =
  | {
      /** The sub-folder's name. */
      name: string;
      kind: 'folder';
      /** Every file of the sub-folder, paths relative to it. */
      files: FolderFile[];
    }
  | {
      /** The zip file's name. */
      name: string;
      kind: 'zip';
      bytes: Uint8Array;
    };

/** Something at the top of the shared library folder that was not read, and why, in plain words. */
export interface LibraryFolderSkipped {
  name: string;
  reason: string;
}

/** What reading the shared library folder found. */
export interface LibraryFolderScan {
  /** The folder's display name. */
  name: string;
  packs: LibraryFolderCandidate[];
  skipped: LibraryFolderSkipped[];
}

/** What the main process tells the renderer about the shared library folder. */
export const LIBRARY_FOLDER_EVENTS = ['changed'] as const;
export type LibraryFolderEvent = (typeof LIBRARY_FOLDER_EVENTS)[number];

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
  /** The shared library folder chosen in Settings; null when none is chosen. */
  libraryFolder(): Promise<Result<LibraryFolder | null>>;
  /** Lets the person choose the shared library folder; null when they cancel (the old choice stays). */
  chooseLibraryFolder(): Promise<Result<LibraryFolder | null>>;
  /** Stops using the shared library folder. */
  forgetLibraryFolder(): Promise<Result<void>>;
  /** Reads the candidate packs in the shared library folder; null when none is chosen. */
  readLibraryFolder(): Promise<Result<LibraryFolderScan | null>>;
  /** Subscribes to changes in the shared library folder; returns the unsubscribe function. */
  onLibraryFolderChanged(listener: () => void): () => void;
  /** Opens an attached file with the computer's own viewer (never one that could run). */
  openAttachment(request: OpenAttachmentRequest): Promise<Result<void>>;
}

export const CHANNELS = {
  about: 'waymark:about',
  saveFile: 'waymark:save-file',
  openFile: 'waymark:open-file',
  openFolder: 'waymark:open-folder',
  openExternal: 'waymark:open-external',
  menuCommand: 'waymark:menu-command',
  libraryFolder: 'waymark:library-folder',
  chooseLibraryFolder: 'waymark:choose-library-folder',
  forgetLibraryFolder: 'waymark:forget-library-folder',
  readLibraryFolder: 'waymark:read-library-folder',
  openAttachment: 'waymark:open-attachment',
} as const;

/**
 * The channel on which the main process tells the page that the shared library folder changed. It is
 * sent by main only (nothing is handled on it), so it sits apart from the invoke channels above.
 */
export const LIBRARY_FOLDER_CHANGED_CHANNEL = 'waymark:library-folder-changed';

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
