// Use cases for an attached evidence file: open it (the computer's own viewer on the desktop, a
// download in the browser) or save a copy. Anything the computer could run is never opened, only
// offered to save, so a program hidden in a project file cannot start from a click in Waymark.
import type { EvidenceRepository } from '../../db/evidence-repository';
import { runnableReason } from '../../domain/attachment-safety';
import type { Platform } from '../../platform/platform';

/** What happened when the person asked to open an attached file. */
export type OpenAttachmentOutcome =
  | { kind: 'opened'; name: string }
  | { kind: 'downloaded'; name: string }
  /** Not opened because it could run; `message` says why and offers to save it instead. */
  | { kind: 'refused'; name: string; message: string };

/** The sentence shown when a file is not opened because the computer could run it. */
export function refusedMessage(name: string, reason: string): string {
  return `Waymark will not open ${name} because it ${reason}. You can save a copy instead, and open it only if you trust it.`;
}

/** Opens an attached file, after checking its stored bytes against their SHA-256. */
export async function openAttachment(
  repos: { evidence: EvidenceRepository },
  platform: Platform,
  attachmentId: string,
): Promise<OpenAttachmentOutcome> {
  const { attachment, bytes } = await repos.evidence.readAttachment(attachmentId);
  const { name, mediaType } = attachment;
  if (platform.kind === 'desktop') {
    const reason = runnableReason(name, mediaType);
    if (reason !== null) return { kind: 'refused', name, message: refusedMessage(name, reason) };
  }
  const how = await platform.openAttachment({ name, mediaType, bytes });
  return { kind: how, name };
}

/** Saves a copy of an attached file where the person chooses (a download in the browser). */
export async function saveAttachmentCopy(
  repos: { evidence: EvidenceRepository },
  platform: Platform,
  attachmentId: string,
): Promise<{ saved: boolean; fileName?: string }> {
  const { attachment, bytes } = await repos.evidence.readAttachment(attachmentId);
  return platform.saveFile(attachment.name, bytes, [{ name: 'All files', extensions: ['*'] }]);
}
