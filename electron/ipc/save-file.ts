// Saving a file the renderer has made (a Word document, a CSV): the renderer sends bytes and a
// bare file name; the main process shows the save dialog and owns the path.
import path from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { FileWriteError, writeFileAtomically } from '../../src/node/atomic-write';
import { FILE_LIMITS } from '../../src/contract/bridge';
import { isOversize, parseSaveRequest } from './arguments';
import { failure, mainHandler } from './trusted-sender';

export const SAVE_INVALID_ERROR = 'Waymark could not save this file because its name or contents were not valid.';
export const SAVE_TOO_LARGE_ERROR = `Waymark could not save this file because it is larger than ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MB.`;
export const SAVE_WRITE_ERROR = 'Waymark could not write the file there. Please choose another folder and try again.';

/** The message for a chosen file that is read-only: it is never replaced. */
export function saveReadOnlyError(reason: string): string {
  return `Waymark did not save the file: ${reason}.`;
}

/** Shows the save dialog and writes the bytes where the person chose. Cancelling is not an error. */
export const saveFile = mainHandler('saveFile', async (event, args) => {
  const raw: unknown = args[0];
  if (args.length !== 1) return failure(SAVE_INVALID_ERROR);
  if (typeof raw === 'object' && raw !== null && 'bytes' in raw && isOversize(raw.bytes))
    return failure(SAVE_TOO_LARGE_ERROR);
  const request = parseSaveRequest(raw);
  if (request === null) return failure(SAVE_INVALID_ERROR);

  const options: SaveDialogOptions = {
    title: 'Save',
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.fromWebContents(event.sender);
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
    return { ok: true, value: { saved: false } };

  try {
    // Through a temporary file and a rename, so a full disk never leaves the replaced file cut short.
    await writeFileAtomically(choice.filePath, request.bytes, path.basename(choice.filePath));
  } catch (error) {
    if (error instanceof FileWriteError && error.code === 'EREADONLY') return failure(saveReadOnlyError(error.message));
    return failure(SAVE_WRITE_ERROR);
  }
  return { ok: true, value: { saved: true, fileName: path.basename(choice.filePath) } };
});
