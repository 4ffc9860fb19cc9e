// Opening a folder the person chooses: the main process shows the dialog and reads it within limits.
import { readFolderWithinLimits } from './folder-reader';
import { showOpenDialogFor } from './open-file';
import { failure, mainHandler } from './trusted-sender';

export const OPEN_FOLDER_INVALID_ERROR = 'Waymark could not open the folder chooser because the request was not valid.';

/** Lets the person choose a folder and returns its files; null when they cancel. Takes no arguments. */
export const openFolder = mainHandler('openFolder', async (event, args) => {
  if (args.length !== 0) return failure(OPEN_FOLDER_INVALID_ERROR);
  const chosen = await showOpenDialogFor(event, { title: 'Choose a folder', properties: ['openDirectory'] });
  if (chosen === null) return { ok: true, value: null };
  return readFolderWithinLimits(chosen);
});
