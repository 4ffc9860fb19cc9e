// The desktop implementation: every call goes through the preload's typed API.
import type { AppApi, Result } from '../contract/bridge';
import { isSafeExternalUrl, PlatformError, type Platform } from './platform';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

export function desktopPlatform(api: AppApi): Platform {
  return {
    kind: 'desktop',
    async saveFile(suggestedName, bytes, filters) {
      return unwrap(await api.saveFile({ suggestedName, bytes, filters }));
    },
    async openFile(filters) {
      return unwrap(await api.openFile(filters));
    },
    async openFolder() {
      return unwrap(await api.openFolder());
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) throw new PlatformError('Only web and email links can be opened.');
      unwrap(await api.openExternal(url));
    },
    supportsLibraryFolder: true,
    async libraryFolder() {
      return unwrap(await api.libraryFolder());
    },
    async chooseLibraryFolder() {
      return unwrap(await api.chooseLibraryFolder());
    },
    async forgetLibraryFolder() {
      unwrap(await api.forgetLibraryFolder());
    },
    async readLibraryFolder() {
      return unwrap(await api.readLibraryFolder());
    },
    onLibraryFolderChanged(listener) {
      return api.onLibraryFolderChanged(listener);
    },
    autoBackup: {
      async state() {
        return unwrap(await api.autoBackupState());
      },
      async write(bytes) {
        return unwrap(await api.writeAutoBackup(bytes));
      },
      async chooseFolder() {
        return unwrap(await api.chooseAutoBackupFolder());
      },
    },
    async openAttachment(file) {
      unwrap(await api.openAttachment(file));
      return 'opened';
    },
  };
}
