// Settings: how much can be attached to evidence, so people know before they try.
import { EVIDENCE_LIMITS } from '../../domain/evidence';
import { fileSize } from './evidence-format';

export function EvidenceLimitsSetting() {
  return (
    <section aria-labelledby="evidence-limits-heading">
      <h2 id="evidence-limits-heading">Files attached to evidence</h2>
      <p data-testid="evidence-limits">
        Each attached file can be up to {fileSize(EVIDENCE_LIMITS.attachmentBytes)}, and the files of one project up to{' '}
        {fileSize(EVIDENCE_LIMITS.projectAttachmentBytes)} together. For anything larger, record where the file is kept
        (a web link or a shared drive folder) instead of attaching it.
      </p>
    </section>
  );
}
