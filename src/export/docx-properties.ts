// The document's properties (File > Info in Word): title, subject, author, keywords, language and
// status, written as the package's core properties part.
import type { DocumentMeta } from '../domain/document-model';
import { DOCUMENT_STATUS_LABELS } from '../domain/document-model';
import { xmlSafeText } from '../domain/xml-text';

function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The language tag of a document: its own, or British English. */
export function documentLanguage(meta: DocumentMeta): string {
  const tag = meta.language?.trim() ?? '';
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'en-GB';
}

function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The core properties part (docProps/core.xml) for a document created at `now`. */
export function corePropertiesXml(meta: DocumentMeta, now: Date): string {
  const element = (name: string, value: string | undefined) =>
    value && value.trim().length > 0 ? `<${name}>${escapeXml(value)}</${name}>` : '';
  const keywords = (meta.keywords ?? [])
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .join('; ');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject ?? meta.subtitle) +
    element('dc:creator', meta.author) +
    element('cp:keywords', keywords) +
    element('dc:description', meta.description) +
    element('dc:language', documentLanguage(meta)) +
    element('cp:lastModifiedBy', meta.author) +
    element('cp:contentStatus', DOCUMENT_STATUS_LABELS[meta.status]) +
    element('cp:version', meta.version) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cDate(now)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cDate(now)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The custom properties of a document (File > Properties > Custom in Word): the classification and status,
 * and the project it belongs to, so a document found on a shared drive says whose it is.
 */
export function customProperties(meta: DocumentMeta, marking: string): { name: string; value: string }[] {
  const rows: [string, string | undefined][] = [
    ['Classification', marking],
    ['Status', DOCUMENT_STATUS_LABELS[meta.status]],
    ['Project', meta.project],
    ['Department', meta.department],
    ['Project owner', meta.owner],
    ['Phase', meta.phase],
  ];
  return rows
    .filter((row): row is [string, string] => typeof row[1] === 'string' && row[1].trim().length > 0)
    .map(([name, value]) => ({ name, value: xmlSafeText(value) }));
}
