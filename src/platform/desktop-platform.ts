// The desktop implementation: every call goes through the preload's typed API.
import type { AppApi, Result } from '../../electron/contract';
import { PlatformError, type Platform } from './platform';

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
      unwrap(await api.openExternal(url));
    },
  };
}
