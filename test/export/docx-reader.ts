// Test helper: opens a .docx (a zip of XML parts) and offers simple structural queries on it.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  names: string[];
  part(name: string): string;
}

/** Unzips the document; `part` throws if a part is missing, so tests fail clearly. */
export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return {
    names: Object.keys(files),
    part(name) {
      const file = files[name];
      if (!file) throw new Error(`The document has no ${name}`);
      return strFromU8(file);
    },
  };
}

/** Every match of an element's opening tag (with attributes) in a part. */
export function openTags(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The value of one attribute in an opening tag. */
export function attr(tagText: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tagText)?.[1];
}

/** The paragraph styles used in the body, in order (w:pStyle values). */
export function paragraphStyles(documentXml: string): string[] {
  return openTags(documentXml, 'w:pStyle').map((tag) => attr(tag, 'w:val') ?? '');
}

/** The text of a part, with the XML removed (runs joined, paragraphs on new lines). */
export function textOf(xml: string): string {
  return xml.replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
