// Opening one file the person chooses (a template pack zip, a CSV process list): the main process
// shows the dialog and reads at most FILE_LIMITS.maxFileBytes, from the file it checked.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { FILE_LIMITS, type OpenedFile, type Result } from '../../src/contract/bridge';
import { parseFilters } from './arguments';
import { readBoundedFile } from '../../src/node/bounded-file';
import { failure, mainHandler } from './trusted-sender';

export const OPEN_INVALID_ERROR = 'Waymark could not open the file chooser because the request was not valid.';
export const OPEN_TOO_LARGE_ERROR = `That file is larger than ${FILE_LIMITS.maxFileBytes / 1024 / 1024} MB, which is more than Waymark can open.`;
export const OPEN_READ_ERROR =
  'Waymark could not read that file. Please check it is a file you can open and try again.';

/** Shows an open dialog for the parent window of the event, or a free-standing one. */
export async function showOpenDialogFor(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.fromWebContents(event.sender);
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const chosen = choice.filePaths[0];
  return choice.canceled || chosen === undefined ? null : chosen;
}

/**
 * Reads one regular file if it is within the size limit. A link is refused (the caller resolves one the
 * person chose on purpose), and the bytes come from the same file whose type and size were checked.
 */
export async function readFileWithinLimit(
  file: string,
  maxBytes: number = FILE_LIMITS.maxFileBytes,
): Promise<Result<OpenedFile>> {
  const read = await readBoundedFile(file, maxBytes);
  if (!read.ok) return failure(read.reason === 'too-large' ? OPEN_TOO_LARGE_ERROR : OPEN_READ_ERROR);
  return { ok: true, value: { name: path.basename(file), bytes: read.bytes } };
}

/** Lets the person choose one file and returns its name and bytes; null when they cancel. */
export const openFile = mainHandler('openFile', async (event, args) => {
  const filters = args.length === 1 ? parseFilters(args[0]) : null;
  if (filters === null) return failure(OPEN_INVALID_ERROR);
  const chosen = await showOpenDialogFor(event, { title: 'Open', properties: ['openFile'], filters });
  if (chosen === null) return { ok: true, value: null };
  // The person picked this entry in the dialog, so a link they chose is followed once, here, and the
  // file it leads to is then read without following anything further.
  const real = await realpath(chosen).catch(() => null);
  if (real === null) return failure(OPEN_READ_ERROR);
  const read = await readFileWithinLimit(real);
  return read.ok ? { ok: true, value: { ...read.value, name: path.basename(chosen) } } : read;
});
