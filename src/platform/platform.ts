// What differs between the desktop app and the browser build, behind one interface.
import { isSafeExternalLink } from '../domain/safe-link';
import type {
  FileFilter,
  LibraryFolder,
  LibraryFolderCandidate,
  LibraryFolderScan,
  LibraryFolderSkipped,
  OpenedFile,
  OpenedFolder,
  OpenAttachmentRequest,
} from '../../electron/contract';

export type {
  OpenAttachmentRequest,
  FileFilter,
  LibraryFolder,
  LibraryFolderCandidate,
  LibraryFolderScan,
  LibraryFolderSkipped,
  OpenedFile,
  OpenedFolder,
};

export interface SaveOutcome {
  saved: boolean;
  fileName?: string;
}

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Saves bytes under a suggested file name: a save dialog on the desktop, a download in the browser. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveOutcome>;
  /** Lets the person choose one file; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Lets the person choose a folder and returns its files; null when they cancel. */
  openFolder(): Promise<OpenedFolder | null>;
  /** Opens an http(s) or mailto link outside the app. */
  openExternal(url: string): Promise<void>;
  /** True where a shared library folder can be chosen and watched (the desktop app only). */
  readonly supportsLibraryFolder: boolean;
  /** The shared library folder's display name; null when none is chosen (always null in the browser). */
  libraryFolder(): Promise<LibraryFolder | null>;
  /** Lets the person choose the shared library folder; null when they cancel. */
  chooseLibraryFolder(): Promise<LibraryFolder | null>;
  /** Stops using the shared library folder. */
  forgetLibraryFolder(): Promise<void>;
  /** Reads the candidate packs in the shared library folder; null when none is chosen. */
  readLibraryFolder(): Promise<LibraryFolderScan | null>;
  /** Calls `listener` when the shared library folder changes; returns the unsubscribe function. */
  onLibraryFolderChanged(listener: () => void): () => void;
  /**
   * Shows an attached file: the computer's own viewer on the desktop (which refuses anything that could
   * run), a download in the browser. Says which happened.
   */
  openAttachment(file: OpenAttachmentRequest): Promise<'opened' | 'downloaded'>;
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
