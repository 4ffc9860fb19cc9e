// Classification markings and the draft watermark in headers and footers.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/render-docx';
import { draftSensitive, longReport } from '../fixtures/export/sample-documents';
import { readDocx, textOf } from './docx-reader';
import type { DocxParts } from './docx-reader';

function furniture(docx: DocxParts, kind: 'header' | 'footer'): string[] {
  return docx.names.filter((name) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name)).map((name) => docx.part(name));
}

describe('markings', () => {
  it('marks a draft OFFICIAL-SENSITIVE document on every header and footer, with a DRAFT watermark', async () => {
    const docx = readDocx(await renderDocx(draftSensitive()));
    const headers = furniture(docx, 'header');
    const footers = furniture(docx, 'footer');
    expect(headers.length).toBe(2); // the cover page and the rest
    for (const xml of [...headers, ...footers]) expect(textOf(xml)).toContain('OFFICIAL-SENSITIVE');
    for (const xml of headers) {
      expect(xml).toContain('PowerPlusWaterMarkObject');
      expect(xml).toMatch(/<v:textpath [^>]*string="DRAFT"/);
      expect(textOf(xml)).toContain('DRAFT');
    }
    expect(textOf(footers.join(''))).toContain('Draft');
    expect(docx.part('docProps/core.xml')).toContain('<cp:contentStatus>Draft</cp:contentStatus>');
  });

  it('has no watermark once a document is final, and tidies a custom marking', async () => {
    const model = longReport();
    model.meta.status = 'final';
    model.meta.marking = '  official  internal ';
    const docx = readDocx(await renderDocx(model));
    for (const xml of furniture(docx, 'header')) {
      expect(xml).not.toContain('PowerPlusWaterMarkObject');
      expect(textOf(xml)).toContain('OFFICIAL INTERNAL');
      expect(textOf(xml)).not.toContain('DRAFT');
    }
  });

  it('falls back to OFFICIAL when the marking is empty', async () => {
    const model = longReport();
    model.meta.marking = '   ';
    const docx = readDocx(await renderDocx(model));
    expect(textOf(furniture(docx, 'header').join(''))).toContain('OFFICIAL');
  });
});
