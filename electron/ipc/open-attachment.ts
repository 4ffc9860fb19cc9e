// Opening an attached evidence file with the computer's own viewer. The renderer sends a bare name, a
// media type and the bytes; main checks them, refuses anything the computer could run (programs,
// scripts, shortcuts, installers, web pages), writes the bytes into a private temporary folder that
// only this user can read, and asks the operating system to open that copy. The folder is removed
// when Waymark quits.
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, shell } from 'electron';
import { z } from 'zod';
import { runnableReason, safeFileName } from '../../src/domain/attachment-safety';
import { EVIDENCE_LIMITS } from '../../src/domain/evidence';
import type { OpenAttachmentRequest } from '../../src/contract/bridge';
import { parseFileName } from './arguments';
import { failure, mainHandler } from './trusted-sender';

export const ATTACHMENT_INVALID_ERROR = 'Waymark could not open this file because its name or contents were not valid.';
export const ATTACHMENT_FAILED_ERROR =
  'This computer has no program to open this file. Save a copy instead and open it from there.';
export const ATTACHMENT_WRITE_ERROR =
  'Waymark could not make a temporary copy of this file to open. Save a copy instead and open it from there.';

const requestSchema = z.strictObject({
  name: z.string().refine((name) => parseFileName(name) !== null, 'a bare file name'),
  mediaType: z
    .string()
    .max(255)
    .regex(/^[\x20-\x7e]*$/),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= EVIDENCE_LIMITS.attachmentBytes),
});

/** Checks what the renderer sent; null when it is not a valid request. */
export function parseOpenAttachmentRequest(value: unknown): OpenAttachmentRequest | null {
  const result = requestSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Why a file is refused, as one sentence that offers the safe alternative. */
export function refusalMessage(name: string, reason: string): string {
  return `Waymark will not open ${name} because it ${reason}. Save a copy instead, and open it only if you trust it.`;
}

let privateFolder: Promise<string> | null = null;

/** One folder per run, readable by this user only, removed when the app quits. */
function attachmentsFolder(): Promise<string> {
  privateFolder ??= mkdtemp(path.join(app.getPath('temp'), 'waymark-attachments-')).then((folder) => {
    // Synchronous: the process may exit before an asynchronous removal finishes.
    app.once('will-quit', () => rmSync(folder, { recursive: true, force: true }));
    return folder;
  });
  return privateFolder;
}

/** Writes the bytes into a fresh sub-folder (so two files of the same name never meet) and opens them. */
export const openAttachment = mainHandler('openAttachment', async (_event, args) => {
  if (args.length !== 1) return failure(ATTACHMENT_INVALID_ERROR);
  const request = parseOpenAttachmentRequest(args[0]);
  if (request === null) return failure(ATTACHMENT_INVALID_ERROR);
  // The name written to disk is checked too, in case tidying it changed its type.
  const safeName = safeFileName(request.name);
  const reason = runnableReason(request.name, request.mediaType) ?? runnableReason(safeName, request.mediaType);
  if (reason !== null) return failure(refusalMessage(request.name, reason));

  let file: string;
  try {
    const folder = await mkdtemp(path.join(await attachmentsFolder(), 'open-'));
    file = path.join(folder, safeName);
    // Read-only: a viewer that saves changes must not make the copy look like the stored file.
    await writeFile(file, request.bytes, { mode: 0o400, flag: 'wx' });
    // On Windows, mark the copy as coming from elsewhere, so SmartScreen and Office's Protected View
    // treat it as they would a download.
    if (process.platform === 'win32')
      await writeFile(`${file}:Zone.Identifier`, '[ZoneTransfer]\r\nZoneId=3\r\n').catch(() => undefined);
  } catch {
    return failure(ATTACHMENT_WRITE_ERROR);
  }
  // openPath resolves with an error message, or '' when the viewer was started.
  const problem = await shell.openPath(file);
  return problem === '' ? { ok: true, value: undefined } : failure(ATTACHMENT_FAILED_ERROR);
});

/** Forgets the folder of this run (tests start each case afresh). */
export function resetAttachmentsFolder(): void {
  privateFolder = null;
}
