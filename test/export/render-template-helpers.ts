// Test helpers for rendered templates: the built-in packs read from templates/, and a rendered
// template read back as Word parts and as mammoth's HTML (headings, lists, tables).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { readPackFromDisk } from '../../src/cli/pack-source';
import type { DocumentModel } from '../../src/domain/document-model';
import type { Pack } from '../../src/domain/pack';
import { renderDocx } from '../../src/export/render-docx';
import { readDocx } from './docx-reader';
import type { DocxParts } from './docx-reader';

export const TEMPLATES = join(import.meta.dirname, '../../templates');
export const DATE = '2025-03-07';

/** Every built-in pack folder name under templates/. */
export function builtInPackIds(): string[] {
  return readdirSync(TEMPLATES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads a built-in pack with the CLI's reader; fails the test if it is not valid. */
export async function builtInPack(id: string): Promise<Pack> {
  const { result } = await readPackFromDisk(join(TEMPLATES, id));
  if (!result.ok)
    throw new Error(`The built-in pack ${id} is not valid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.pack;
}

export interface RenderedTemplate {
  bytes: Uint8Array;
  docx: DocxParts;
  html: string;
  /** Headings as "level text", in order, from mammoth. */
  headings: string[];
}

/** Renders a model to .docx and reads it back. */
export async function renderedTemplate(model: DocumentModel): Promise<RenderedTemplate> {
  const bytes = await renderDocx(model, { now: new Date(`${DATE}T10:00:00Z`), contentsPageNumbers: false });
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const headings = [...html.matchAll(/<h(\d)>(?:<a id="[^"]*"><\/a>)*([^<]*)<\/h\d>/g)].map(
    (m) => `${m[1]} ${decode(m[2] ?? '')}`,
  );
  return { bytes, docx: readDocx(bytes), html, headings };
}

/** Mammoth's HTML text with its entities decoded. */
export function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The header cells of every table in the HTML, one array per table. */
export function tableHeaders(html: string): string[][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((table) => {
    const firstRow = /<tr>(.*?)<\/tr>/s.exec(table[1] ?? '')?.[1] ?? '';
    return [...firstRow.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((cell) =>
      decode((cell[1] ?? '').replace(/<[^>]+>/g, '').trim()),
    );
  });
}

/** The number of body rows (all rows but the header) of each table. */
export function tableBodyRows(html: string): number[] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(
    (table) => ((table[1] ?? '').match(/<tr>/g) ?? []).length - 1,
  );
}

/** The text of the Word headers or footers. */
export function furniture(docx: DocxParts, kind: 'header' | 'footer'): string[] {
  return docx.names.filter((name) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name)).map((name) => docx.part(name));
}
