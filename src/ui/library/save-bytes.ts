// Saves bytes through the platform (a save dialog on the desktop, a download in the browser) and tells
// the person what happened.
import type { FileFilter } from '../../platform/platform';
import { currentPlatform } from '../../platform/current-platform';
import { useNotices } from '../state/notices';
import { errorMessage } from '../components/error-message';

export async function saveWithNotice(
  fileName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
  what: string,
): Promise<void> {
  try {
    const outcome = await currentPlatform().saveFile(fileName, bytes, filters);
    if (outcome.saved)
      useNotices.getState().show({ kind: 'success', message: `${what} saved as ${outcome.fileName ?? fileName}.` });
  } catch (error) {
    useNotices.getState().show({ kind: 'error', message: errorMessage(error, `${what} could not be saved.`) });
  }
}

export const ZIP_FILTER: FileFilter[] = [{ name: 'Waymark template pack', extensions: ['zip'] }];
export const WORD_FILTER: FileFilter[] = [{ name: 'Word document', extensions: ['docx'] }];
