// The typed contract between the renderer and the main process. One table (`BridgeChannels`) names
// every invoke channel with its arguments and result; the preload object (`AppApi`), the main-process
// handler table (`HandlerTable`) and the desktop `Platform` are all derived from it, so a channel wired
// to the wrong handler, or called with the wrong arguments, fails the type check.
// Types, constants and two small pure helpers: it is imported by the renderer, the preload and main alike.

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

/**
 * Every invoke channel: what the renderer sends (`args`) and what comes back inside a `Result`.
 * Adding a channel here makes the preload, the handler table and `CHANNELS` incomplete until wired.
 */
export interface BridgeChannels {
  about: { args: []; result: AboutInfo };
  saveFile: { args: [request: SaveFileRequest]; result: SaveFileOutcome };
  openFile: { args: [filters: FileFilter[]]; result: OpenedFile | null };
  openFolder: { args: []; result: OpenedFolder | null };
  openExternal: { args: [url: string]; result: undefined };
  /** The shared library folder chosen in Settings; null when none is chosen. */
  libraryFolder: { args: []; result: LibraryFolder | null };
  /** Lets the person choose the shared library folder; null when they cancel (the old choice stays). */
  chooseLibraryFolder: { args: []; result: LibraryFolder | null };
  /** Stops using the shared library folder. */
  forgetLibraryFolder: { args: []; result: undefined };
  /** Reads the candidate packs in the shared library folder; null when none is chosen. */
  readLibraryFolder: { args: []; result: LibraryFolderScan | null };
  /** The automatic backup folder and the backups in it. */
  autoBackupState: { args: []; result: AutoBackupState };
  /** Writes today's automatic backup (replacing an earlier one of today) and keeps the last seven. */
  writeAutoBackup: { args: [bytes: Uint8Array]; result: AutoBackupState };
  /** Lets the person choose another backup folder; null when they cancel. */
  chooseAutoBackupFolder: { args: []; result: AutoBackupState | null };
  /** Opens an attached file with the computer's own viewer (never one that could run). */
  openAttachment: { args: [request: OpenAttachmentRequest]; result: undefined };
}

export type BridgeChannel = keyof BridgeChannels;
export type BridgeArgs<K extends BridgeChannel> = BridgeChannels[K]['args'];
export type BridgeResult<K extends BridgeChannel> = BridgeChannels[K]['result'];

/** The renderer's side of one channel: the arguments in, a `Result` out. */
export type BridgeCall<K extends BridgeChannel> = (...args: BridgeArgs<K>) => Promise<Result<BridgeResult<K>>>;

/** The same call once the `Result` is unwrapped (failures thrown): what `Platform` offers. */
export type UnwrappedCall<K extends BridgeChannel> = (...args: BridgeArgs<K>) => Promise<BridgeResult<K>>;

/** One invoke that the channel name types: the preload's only way to reach main. */
export type TypedInvoke = <K extends BridgeChannel>(
  channel: K,
  ...args: BridgeArgs<K>
) => Promise<Result<BridgeResult<K>>>;

/**
 * What a main-process handler receives: the event (typed by main, which owns Electron) and the raw,
 * unvalidated arguments. Arguments are checked by the handler, because the page may be hostile.
 */
export type BridgeHandler<K extends BridgeChannel, Event> = (
  event: Event,
  args: readonly unknown[],
) => Promise<Result<BridgeResult<K>>>;

/** A handler tagged with the channel it serves, so the table cannot hold it under another channel. */
export type ChannelHandler<K extends BridgeChannel, Event> = BridgeHandler<K, Event> & { readonly channel: K };

/** Tags a handler body with its channel. */
export function channelHandler<K extends BridgeChannel, Event>(
  channel: K,
  body: BridgeHandler<K, Event>,
): ChannelHandler<K, Event> {
  // A new function each time: tagging `body` itself would re-tag a body shared by two channels.
  const handler: BridgeHandler<K, Event> = (event, args) => body(event, args);
  return Object.assign(handler, { channel });
}

/**
 * The main process's table: one handler per channel, each returning that channel's result and
 * tagged with that channel (two channels with the same result type still cannot swap handlers).
 */
export type HandlerTable<Event> = { [K in BridgeChannel]: ChannelHandler<K, Event> };

/** The API the preload exposes on `window.waymark`. */
export type AppApi = { readonly [K in BridgeChannel]: BridgeCall<K> } & {
  readonly kind: 'desktop';
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to changes in the shared library folder; returns the unsubscribe function. */
  onLibraryFolderChanged(listener: () => void): () => void;
};

/** The channel name of every invoke call. */
export const INVOKE_CHANNELS = {
  about: 'waymark:about',
  saveFile: 'waymark:save-file',
  openFile: 'waymark:open-file',
  openFolder: 'waymark:open-folder',
  openExternal: 'waymark:open-external',
  libraryFolder: 'waymark:library-folder',
  chooseLibraryFolder: 'waymark:choose-library-folder',
  forgetLibraryFolder: 'waymark:forget-library-folder',
  readLibraryFolder: 'waymark:read-library-folder',
  autoBackupState: 'waymark:auto-backup-state',
  writeAutoBackup: 'waymark:auto-backup-write',
  chooseAutoBackupFolder: 'waymark:auto-backup-choose-folder',
  openAttachment: 'waymark:open-attachment',
} as const satisfies Record<BridgeChannel, `waymark:${string}`>;

/** True for the name of an invoke channel. */
export function isBridgeChannel(name: string): name is BridgeChannel {
  return Object.hasOwn(INVOKE_CHANNELS, name);
}

/** Every invoke channel's name, in the contract's order. */
export const BRIDGE_CHANNELS: readonly BridgeChannel[] = Object.keys(INVOKE_CHANNELS).filter(isBridgeChannel);

/** Every channel: the invoke channels and the one on which the menu sends commands to the page. */
export const CHANNELS = {
  ...INVOKE_CHANNELS,
  menuCommand: 'waymark:menu-command',
} as const;

/**
 * The channel on which the main process tells the page that the shared library folder changed. It is
 * sent by main only (nothing is handled on it), so it sits apart from the invoke channels above.
 */
export const LIBRARY_FOLDER_CHANGED_CHANNEL = 'waymark:library-folder-changed';

/** Limits on what the main process reads from disk for the renderer, and on what it saves for it. */
export const FILE_LIMITS = {
  /**
   * Largest single file read or saved, in bytes: room for a workspace backup or a project file with its
   * attached files (each format bounds itself further when it is read).
   */
  maxFileBytes: 512 * 1024 * 1024,
  /** Largest folder read, in files and total bytes. */
  maxFolderFiles: 2000,
  maxFolderBytes: 100 * 1024 * 1024,
  /** Deepest folder nesting followed. */
  maxFolderDepth: 8,
} as const;

// Automatic backups (desktop). The renderer makes the backup's bytes; the main process names the file,
// writes it into the backup folder (which only main knows and lets the person change), keeps the last
// AUTO_BACKUP_KEEP and lists them.

/** How many automatic backups are kept; older ones are removed. */
export const AUTO_BACKUP_KEEP = 7;

export interface AutoBackupFile {
  name: string;
  size: number;
  /** ISO timestamp of when it was written. */
  savedAt: string;
}

export interface AutoBackupState {
  /** The folder, as shown to the person. */
  folder: string;
  /** True while the folder is the default one in the app's own data folder. */
  isDefault: boolean;
  /** Newest first. */
  files: AutoBackupFile[];
}
