// Wording shared by every export format: dates as people write them, cover details, and the
// file name suggested when saving.
import type { DocumentMeta } from '../domain/document-model';
import { DOCUMENT_STATUS_LABELS, normaliseMarking } from '../domain/document-model';
import { displayDate } from '../domain/display-date';
import { cutByCharacters, xmlSafeText } from '../domain/xml-text';

export { displayDate };

/** The cover details, in the order they appear, leaving out the ones not given. */
export function coverDetails(meta: DocumentMeta): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['Project', meta.project],
    ['Department', meta.department],
    ['Project owner', meta.owner],
    ['Phase', meta.phase],
    ['Version', meta.version],
    ['Date', displayDate(meta.date)],
    ['Author', meta.author],
    ['Status', DOCUMENT_STATUS_LABELS[meta.status]],
    ['Classification', normaliseMarking(meta.marking)],
  ];
  return rows.filter((row): row is [string, string] => typeof row[1] === 'string' && row[1].trim().length > 0);
}

/** Removes characters that Windows, macOS or Linux refuse in file names. */
function safeFilePart(text: string): string {
  const printable = [...text].map((char) => ((char.codePointAt(0) ?? 0) < 0x20 ? ' ' : char)).join('');
  const tidy = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/(^|\s)\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cutByCharacters(xmlSafeText(tidy), 100).trim();
}

/**
 * A readable file name that says what the file holds, such as
 * "Fishing licence - Outline business case (alpha) v0.3 DRAFT.docx": the project (when the title does not
 * already name it), the title, the phase chosen, the version and a draft mark.
 */
export function suggestedFileName(meta: DocumentMeta, extension: 'docx' | 'md' | 'csv'): string {
  const title = safeFilePart(meta.title) || 'Document';
  const project = safeFilePart(meta.project ?? '');
  const prefix = project && !title.includes(project) ? `${project} - ` : '';
  const phase = safeFilePart(meta.phase ?? '');
  const version = safeFilePart(meta.version);
  const draft = meta.status === 'draft' ? ' DRAFT' : '';
  return `${prefix}${title}${phase ? ` (${phase.toLowerCase()})` : ''}${version ? ` v${version}` : ''}${draft}.${extension}`;
}

/** A file name for one table saved as CSV. */
export function tableFileName(name: string): string {
  return `${safeFilePart(name) || 'Table'}.csv`;
}
