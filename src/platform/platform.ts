// What differs between the desktop app and the browser build, behind one interface.
import type { FileFilter, OpenedFile, OpenedFolder } from '../../electron/contract';

export type { FileFilter, OpenedFile, OpenedFolder };

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
}

/** Only these links leave the app. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export class PlatformError extends Error {
  override name = 'PlatformError';
}
