// Node only: shared by the desktop app's main process and the CLI, never loaded in the renderer.
// Reads one regular file the person chose, or one inside a folder they chose, without following a link
// and without trusting a check made by path: the file is opened without following a final link and
// without blocking (a named pipe cannot stall the app), the open handle is checked to be the same regular
// file that was looked at, and at most the limit plus one byte is read from it.
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/** The file details compared between the look by path and the open handle. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** Why a file was not read, for the caller to word for the person. */
export type BoundedReadRefusal = 'link' | 'not-file' | 'changed' | 'too-large' | 'unreadable';

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: BoundedReadRefusal };

function numericFlag(table: object, name: string): number {
  const value: unknown = Reflect.get(table, name);
  return typeof value === 'number' ? value : 0;
}

/**
 * The flags every read opens with: read only, never through a final link, never blocking. Windows has
 * no O_NOFOLLOW or O_NONBLOCK; there the link check rests on comparing the handle with the look by path
 * (a link and its target have different file ids), which readBoundedFile always does.
 */
export function openFlags(table: object = constants): number {
  return numericFlag(table, 'O_RDONLY') | numericFlag(table, 'O_NOFOLLOW') | numericFlag(table, 'O_NONBLOCK');
}

function errorCode(error: unknown): unknown {
  return error instanceof Error ? Reflect.get(error, 'code') : undefined;
}

/**
 * Reads `file` if it is a regular file (not a link, folder, pipe or device) of at most `maxBytes`.
 * `seen` is what a directory walk found for the entry just before (from lstat); when it is given,
 * the opened file must be that same file. Never throws.
 */
export async function readBoundedFile(file: string, maxBytes: number, seen?: FileIdentity): Promise<BoundedRead> {
  let expected: FileIdentity;
  try {
    const info = await lstat(file, { bigint: true });
    if (info.isSymbolicLink()) return { ok: false, reason: 'link' };
    if (!info.isFile()) return { ok: false, reason: 'not-file' };
    if (info.size > BigInt(maxBytes)) return { ok: false, reason: 'too-large' };
    if (seen && (info.dev !== seen.dev || info.ino !== seen.ino)) return { ok: false, reason: 'changed' };
    expected = { dev: info.dev, ino: info.ino };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }

  let handle;
  try {
    handle = await open(file, openFlags());
  } catch (error) {
    // ELOOP: the entry became a link after it was looked at.
    return { ok: false, reason: errorCode(error) === 'ELOOP' ? 'link' : 'unreadable' };
  }
  try {
    const info = await handle.stat({ bigint: true });
    if (!info.isFile()) return { ok: false, reason: 'not-file' };
    if (info.dev !== expected.dev || info.ino !== expected.ino) return { ok: false, reason: 'changed' };
    if (info.size > BigInt(maxBytes)) return { ok: false, reason: 'too-large' };
    // One byte more than the file holds (never more than the limit plus one) shows whether it grew
    // after the size check; a file that grew or shrank while being read is refused, never returned cut
    // short or over the limit.
    const size = Number(info.size);
    const buffer = new Uint8Array(size + 1);
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read > maxBytes) return { ok: false, reason: 'too-large' };
    if (read !== size) return { ok: false, reason: 'changed' };
    return { ok: true, bytes: buffer.subarray(0, read) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
