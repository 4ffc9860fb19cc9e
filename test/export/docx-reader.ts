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
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The end of the element that opens at `start` (a self-closing one, or up to its matching end tag). */
function elementEnd(xml: string, start: number, tag: string): number {
  const tags = new RegExp(`<${tag}(?=[\\s/>])[^>]*>|</${tag}>`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    if (match[0].startsWith('</')) depth -= 1;
    else if (!match[0].endsWith('/>')) depth += 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error(`The ${tag} at ${start} is not closed`);
}

/** The body's top-level paragraphs, tables and content controls (such as the contents), in order, each as its XML. */
export function bodyBlocks(documentXml: string): string[] {
  const from = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  const to = documentXml.lastIndexOf('<w:sectPr');
  const blocks: string[] = [];
  for (let at = from; at < to;) {
    const tag = /^<(w:p|w:tbl|w:sdt)(?=[\s/>])/.exec(documentXml.slice(at, at + 10))?.[1];
    if (!tag) throw new Error(`Unexpected body content: ${documentXml.slice(at, at + 40)}`);
    const end = elementEnd(documentXml, at, tag);
    blocks.push(documentXml.slice(at, end));
    at = end;
  }
  return blocks;
}
