// What differs between the desktop app and the browser build, behind one interface. The calls that
// cross the desktop bridge take their types from the contract (src/contract/bridge.ts).
import { isSafeExternalLink } from '../domain/safe-link';
import type {
  BridgeResult,
  FileFilter,
  LibraryFolder,
  LibraryFolderCandidate,
  LibraryFolderScan,
  LibraryFolderSkipped,
  OpenedFile,
  OpenedFolder,
  UnwrappedCall,
  AutoBackupState,
  OpenAttachmentRequest,
} from '../contract/bridge';

export type {
  AutoBackupState,
  OpenAttachmentRequest,
  FileFilter,
  LibraryFolder,
  LibraryFolderCandidate,
  LibraryFolderScan,
  LibraryFolderSkipped,
  OpenedFile,
  OpenedFolder,
};

export type SaveOutcome = BridgeResult<'saveFile'>;

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Saves bytes under a suggested file name: a save dialog on the desktop, a download in the browser. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveOutcome>;
  /** Lets the person choose one file; null when they cancel. */
  readonly openFile: UnwrappedCall<'openFile'>;
  /** Lets the person choose a folder and returns its files; null when they cancel. */
  readonly openFolder: UnwrappedCall<'openFolder'>;
  /** Opens an http(s) or mailto link outside the app. */
  readonly openExternal: UnwrappedCall<'openExternal'>;
  /** True where a shared library folder can be chosen and watched (the desktop app only). */
  readonly supportsLibraryFolder: boolean;
  /** The shared library folder's display name; null when none is chosen (always null in the browser). */
  readonly libraryFolder: UnwrappedCall<'libraryFolder'>;
  /** Lets the person choose the shared library folder; null when they cancel. */
  readonly chooseLibraryFolder: UnwrappedCall<'chooseLibraryFolder'>;
  /** Stops using the shared library folder. */
  readonly forgetLibraryFolder: UnwrappedCall<'forgetLibraryFolder'>;
  /** Reads the candidate packs in the shared library folder; null when none is chosen. */
  readonly readLibraryFolder: UnwrappedCall<'readLibraryFolder'>;
  /** Calls `listener` when the shared library folder changes; returns the unsubscribe function. */
  onLibraryFolderChanged(listener: () => void): () => void;
  /** The rolling daily backups (desktop only; null in the browser). */
  readonly autoBackup: AutoBackupAccess | null;
  /**
   * Shows an attached file: the computer's own viewer on the desktop (which refuses anything that could
   * run), a download in the browser. Says which happened.
   */
  openAttachment(file: OpenAttachmentRequest): Promise<'opened' | 'downloaded'>;
}

/** The automatic backup folder, through the main process, which owns its path. */
export interface AutoBackupAccess {
  state(): Promise<AutoBackupState>;
  write(bytes: Uint8Array): Promise<AutoBackupState>;
  chooseFolder(): Promise<AutoBackupState | null>;
}

/** Why the shared library folder is not offered in the browser build, in one plain sentence. */
export const LIBRARY_FOLDER_DESKTOP_ONLY =
  'A shared library folder needs the Waymark desktop app. In the browser, import packs from a folder or a zip file in the Library.';

/** Only these links leave the app. */
export function isSafeExternalUrl(url: string): boolean {
  return isSafeExternalLink(url);
}

export class PlatformError extends Error {
  override name = 'PlatformError';
}
