// The browser implementation: downloads for saving, file inputs for opening.
import type { FileFilter, OpenedFolder } from '../contract/bridge';
import { FILE_LIMITS } from '../contract/bridge';
import { isSafeExternalUrl, LIBRARY_FOLDER_DESKTOP_ONLY, PlatformError, type Platform } from './platform';

function acceptList(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** Opens the browser's file chooser and resolves with the chosen files, or null on cancel. */
function chooseFiles(configure: (input: HTMLInputElement) => void): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    configure(input);
    input.addEventListener('change', () => {
      const files = input.files ? Array.from(input.files) : [];
      input.remove();
      resolve(files.length > 0 ? files : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

async function readBytes(file: File): Promise<Uint8Array> {
  if (file.size > FILE_LIMITS.maxFileBytes)
    throw new PlatformError(
      `${file.name} is larger than ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MB, which is more than Waymark will open.`,
    );
  return new Uint8Array(await file.arrayBuffer());
}

/** Hands bytes to the browser as a download under the given name. */
function download(suggestedName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function webPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile(suggestedName, bytes) {
      download(suggestedName, bytes);
      return { saved: true, fileName: suggestedName };
    },
    async openFile(filters) {
      const files = await chooseFiles((input) => {
        input.accept = acceptList(filters);
      });
      const file = files?.[0];
      if (!file) return null;
      return { name: file.name, bytes: await readBytes(file) };
    },
    async openFolder(): Promise<OpenedFolder | null> {
      const files = await chooseFiles((input) => {
        input.webkitdirectory = true;
        input.multiple = true;
      });
      if (!files) return null;
      if (files.length > FILE_LIMITS.maxFolderFiles)
        throw new PlatformError(
          `That folder holds more than ${FILE_LIMITS.maxFolderFiles} files, which is more than Waymark will read.`,
        );
      const total = files.reduce((sum, f) => sum + f.size, 0);
      if (total > FILE_LIMITS.maxFolderBytes)
        throw new PlatformError(
          `That folder holds more than ${FILE_LIMITS.maxFolderBytes / 1024 / 1024} MB, which is more than Waymark will read.`,
        );
      const first = files[0]?.webkitRelativePath ?? '';
      const name = first.split('/')[0] ?? 'folder';
      const read = await Promise.all(
        files.map(async (f) => ({
          path: f.webkitRelativePath.split('/').slice(1).join('/'),
          bytes: await readBytes(f),
        })),
      );
      return { name, files: read };
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) throw new PlatformError('Only web and email links can be opened.');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    // A web page cannot keep a folder or watch it, so the shared library folder is desktop only.
    supportsLibraryFolder: false,
    async libraryFolder() {
      return null;
    },
    async chooseLibraryFolder() {
      throw new PlatformError(LIBRARY_FOLDER_DESKTOP_ONLY);
    },
    async forgetLibraryFolder() {
      throw new PlatformError(LIBRARY_FOLDER_DESKTOP_ONLY);
    },
    async readLibraryFolder() {
      return null;
    },
    onLibraryFolderChanged() {
      return () => undefined;
    },
    autoBackup: null,
    // A web page cannot hand a file to the computer's viewer: the browser downloads it instead.
    async openAttachment(file) {
      download(file.name, file.bytes);
      return 'downloaded';
    },
  };
}
