// Test helper: checks that every XML part of a .docx is well-formed XML 1.0, as Word and LibreOffice
// require of every part (one forbidden character anywhere makes them refuse the whole file).
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { xmlAllows } from '../../src/domain/xml-text';

/** The problems of one XML part's bytes: not UTF-8, a character XML forbids, or not well-formed. */
export function xmlPartProblems(name: string, bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [`${name} is not UTF-8`];
  }
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!xmlAllows(code)) return [`${name} holds U+${code.toString(16).toUpperCase()}, which XML forbids`];
  }
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${name}: ${message.split('\n')[0] ?? ''}`);
  new DOMParser({ errorHandler: { warning: () => undefined, error: report, fatalError: report } }).parseFromString(
    text,
    'text/xml',
  );
  return problems;
}

/** Every problem of every XML part (.xml and .rels) of a .docx; empty when Word can read them all. */
export function docxXmlProblems(docx: Uint8Array): string[] {
  const files = unzipSync(docx);
  const parts = Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name));
  if (parts.length === 0) return ['the document has no XML parts'];
  return parts.flatMap(([name, bytes]) => xmlPartProblems(name, bytes));
}
