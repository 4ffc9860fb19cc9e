// The one gate every string passes on its way into a Word file. The document model is the only source
// of text for the .docx parts (body, headers and footers, link targets in the relationships, core and
// custom properties), so cleaning the model once, before anything is built from it, covers them all;
// text cut later (the footer's shortened title) is cut by whole characters so it cannot split a pair.
import type { DocumentModel } from '../domain/document-model';
import { xmlSafeText } from '../domain/xml-text';

/** A copy of a value with every string in it made safe for XML; bytes (images) and other values kept as they are. */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = cleanValue(item);
  return out;
}

/**
 * The model with every character XML cannot hold removed from every string in it, at any depth. The
 * shape is unchanged (only string contents change), so the result is still a DocumentModel.
 */
export function xmlSafeModel(model: DocumentModel): DocumentModel {
  // The walk rebuilds plain objects and arrays key for key and only ever replaces a string with a
  // string, so the copy has exactly the model's shape; TypeScript cannot follow that through `unknown`.
  return cleanValue(model) as DocumentModel;
}
