// Node only: shared by the desktop app's main process and the CLI. Writes a file so that the one it
// replaces is never left half-written: the bytes go to a temporary file beside it, which is then
// renamed over it (one step on every file system we support). A full disk part-way through leaves the
// old file whole. The temporary name is short and fixed in length, so a name near the file-name limit
// still works, and a read-only file is refused rather than silently replaced through the rename.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileSystemErrorText } from './file-errors';

/** Why a file was not written, in words naming the path; `code` is Node's code when there was one. */
export class FileWriteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** A short temporary name in the same folder: 14 characters, whatever the length of the final name. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.wm-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `bytes` to `path` through a temporary file and a rename. `shownPath` is how the path is named
 * in an error (the path the person gave). Throws a FileWriteError with a plain sentence on any failure,
 * and removes the temporary file; never throws anything else.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array, shownPath = path): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing) {
    if (!existing.isFile())
      throw new FileWriteError(`${shownPath} exists and is not an ordinary file; choose another path`, 'ENOTFILE');
    // No write bit (the read-only attribute on Windows) or no permission for this user: either way the
    // person meant the file to stay as it is, and a rename would replace it regardless.
    const writable =
      (existing.mode & 0o222) !== 0 &&
      (await access(path, constants.W_OK).then(
        () => true,
        () => false,
      ));
    if (!writable)
      throw new FileWriteError(
        `${shownPath} is read-only, so it was not replaced; make it writable or choose another name`,
        'EREADONLY',
      );
  }
  const temporary = temporaryPathFor(path);
  let created = false;
  try {
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    if (created) await rm(temporary, { force: true }).catch(() => undefined);
    const folderMissing = !(await lstat(dirname(path)).catch(() => null));
    const text = folderMissing
      ? `the folder ${dirname(shownPath)} does not exist; create it first or choose another place`
      : (fileSystemErrorText(error, shownPath) ?? `${shownPath} could not be written`);
    throw new FileWriteError(
      text,
      error instanceof Error ? String(Reflect.get(error, 'code') ?? 'UNKNOWN') : 'UNKNOWN',
    );
  }
}
