// Reads generated Word documents back (zip parts and mammoth) to check their structure.
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/render-docx';
import type { ExportProgress } from '../../src/export/render-docx';
import { longReport } from '../fixtures/export/sample-documents';
import { attr, openTags, paragraphStyles, readDocx, textOf } from './docx-reader';
import type { DocxParts } from './docx-reader';

const NOW = new Date('2025-03-07T10:00:00Z');
let bytes: Uint8Array;
let docx: DocxParts;
let body: string;

beforeAll(async () => {
  bytes = await renderDocx(longReport(), { now: NOW });
  docx = readDocx(bytes);
  body = docx.part('word/document.xml');
});

describe('renderDocx: a long report', () => {
  it('defines real Word styles in Arial with the document language', () => {
    const styles = docx.part('word/styles.xml');
    for (const id of [
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'Normal',
      'ListParagraph',
      'TableText',
      'WaymarkTable',
      'TOCHeading',
    ])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Arial".*<w:lang w:val="en-GB"\/>/s);
    expect(styles).not.toContain('GDS Transport');
    expect(styles).toMatch(/w:styleId="Heading2".*?<w:outlineLvl w:val="1"\/>/s);
  });

  it('writes the cover, document control and a contents field before the body', () => {
    const text = textOf(body);
    expect(paragraphStyles(body)[0]).toBe('Title');
    for (const words of [
      'Outline business case',
      'Department for Rivers and Coasts',
      'Version history',
      'Summary of change',
      'Approvals',
      'Awaiting approval',
      '7 March 2025',
    ])
      expect(text).toContain(words);
    const instruction = /<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/.exec(body)?.[1];
    expect(instruction).toBe('TOC \\h \\o &quot;1-3&quot;');
    expect(text.indexOf('Document control')).toBeLessThan(text.indexOf('Strategic case'));
  });

  it('keeps headings in order with no skipped levels', async () => {
    const levels = paragraphStyles(body)
      .filter((s) => /^Heading\d$/.test(s))
      .map((s) => Number(s.slice(7)));
    expect(levels.length).toBeGreaterThan(6);
    levels.reduce((previous, level) => {
      expect(level).toBeLessThanOrEqual(previous + 1);
      return level;
    }, 0);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const headings = [...html.matchAll(/<h(\d)>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h\d>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Document control',
      '2 Version history',
      '2 Approvals',
      '1 Strategic case',
      '2 What we know',
      '3 What we will learn next',
      '2 Case for change',
      '1 Economic case',
    ]);
  });

  it('marks header rows to repeat and be read as headers, with fixed column widths', () => {
    const tables = openTags(body, 'w:tbl').length;
    expect(tables).toBeGreaterThanOrEqual(5);
    // cover details have no header row; version history, approvals, rich-text and options tables do
    expect(openTags(body, 'w:tblHeader')).toHaveLength(tables - 1);
    expect(openTags(body, 'w:tblHeader').every((tag) => attr(tag, 'w:val') === undefined)).toBe(true);
    expect(openTags(body, 'w:tblLayout').every((tag) => attr(tag, 'w:type') === 'fixed')).toBe(true);
  });

  it('shows statuses as words as well as a shade', () => {
    const text = textOf(body);
    for (const status of ['Not viable', 'Possible', 'Preferred']) expect(text).toContain(status);
    expect(body).toContain('w:fill="F4CCCC"');
  });

  it('writes bulleted and numbered lists, restarting each numbered list', async () => {
    const numIds = openTags(body, 'w:numId').map((tag) => attr(tag, 'w:val'));
    expect(new Set(numIds).size).toBeGreaterThanOrEqual(5);
    const numbering = docx.part('word/numbering.xml');
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toMatch(
      /<ul><li>Most applicants renew every year<\/li><li>Paper forms take three weeks<ul><li>Backlog peaks in April<\/li><\/ul><\/li><\/ul>/,
    );
    expect(html).toMatch(
      /<ol><li>Test the eligibility questions<\/li>.*<\/ol><p>A second numbered list starts again from one:<\/p><ol><li>Recruit anglers/,
    );
  });

  it('writes links as hyperlinks and sources as footnotes', () => {
    const rels = docx.part('word/_rels/document.xml.rels');
    expect(rels).toContain('Target="https://www.gov.uk/service-manual/service-standard" TargetMode="External"');
    expect(openTags(body, 'w:hyperlink').length).toBeGreaterThanOrEqual(2);
    expect(openTags(body, 'w:footnoteReference')).toHaveLength(2);
    const footnotes = textOf(docx.part('word/footnotes.xml'));
    expect(footnotes).toContain('Licence sales statistics, 2024.');
    expect(footnotes).toContain('HM Treasury, The Green Book.');
  });

  it('gives the chart alternative text', () => {
    const docPr = openTags(body, 'wp:docPr');
    expect(docPr).toHaveLength(1);
    expect(attr(docPr[0] ?? '', 'descr')).toBe('Bar chart of costs by phase: discovery lowest, beta highest.');
  });

  it('puts the marking in every header and footer, and Page X of Y in the footer', () => {
    const headers = docx.names.filter((name) => /^word\/header\d+\.xml$/.test(name));
    const footers = docx.names.filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThanOrEqual(1);
    for (const name of [...headers, ...footers]) expect(textOf(docx.part(name))).toContain('OFFICIAL');
    const footerXml = footers.map((name) => docx.part(name)).join('');
    expect(footerXml).toMatch(/Page .*PAGE.* of .*NUMPAGES/s);
    expect(footerXml).not.toContain('DRAFT');
  });

  it('sets the document properties and language', () => {
    const core = docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Apply for a fishing licence</dc:title>');
    expect(core).toContain('<dc:subject>Business case for alpha</dc:subject>');
    expect(core).toContain('<dc:creator>Sam Taylor</dc:creator>');
    expect(core).toContain('<cp:keywords>business case; alpha; fishing</cp:keywords>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<cp:contentStatus>For review</cp:contentStatus>');
    expect(core).toContain('2025-03-07T10:00:00Z');
    expect(docx.part('docProps/custom.xml')).toContain('OFFICIAL');
  });

  it('reports progress from the first step to the last', async () => {
    const steps: ExportProgress[] = [];
    await renderDocx(longReport(), { now: NOW, onProgress: (progress) => steps.push(progress) });
    const total = steps[0]?.total ?? 0;
    expect(total).toBe(3 + 2); // three sections, the front matter and packing
    expect(steps.map((s) => s.done)).toEqual([1, 2, 3, 4, 4, 5]);
    expect(steps.at(-1)?.stage).toBe('done');
  });
});
