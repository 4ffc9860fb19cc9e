// How content flows over pages and reads aloud: short forms kept whole, labels and lead-in lines kept
// with what they introduce, captions not repeating the heading, tables titled for screen readers,
// space between a list and a table, and a space after each footnote's number.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/domain/document-model';
import { renderDocx } from '../../src/export/render-docx';
import { renderTemplateDocument } from '../../src/export/render-template';
import { longReport } from '../fixtures/export/sample-documents';
import { attr, bodyBlocks, openTags, readDocx, textOf } from './docx-reader';
import { DATE, builtInPack, renderedTemplate } from './render-template-helpers';

const NOW = new Date('2025-03-07T10:00:00Z');

async function bodyOf(model: DocumentModel): Promise<string> {
  return readDocx(await renderDocx(model, { now: NOW, contentsPageNumbers: false })).part('word/document.xml');
}

function paragraphWithText(parts: readonly string[], text: string): string {
  const found = parts.find((part) => part.startsWith('<w:p') && textOf(part).trim() === text);
  if (!found) throw new Error(`No paragraph reads "${text}"`);
  return found;
}

function rowsOf(table: string): string[] {
  return table.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
}

describe('a checklist point on the page', () => {
  let parts: string[];
  let styles: string;

  beforeAll(async () => {
    const pack = await builtInPack('gov-uk-service-standard');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, 'gov-uk-service-standard', { date: DATE }));
    parts = bodyBlocks(docx.part('word/document.xml'));
    styles = docx.part('word/styles.xml');
  });

  it('keeps each record table whole: every row but the last kept with the next, and no row split', () => {
    const captions = parts.filter((part) => /^Your notes and evidence for point \d+$/.test(textOf(part).trim()));
    expect(captions).toHaveLength(14);
    for (const caption of captions) {
      const table = parts[parts.indexOf(caption) + 1] ?? '';
      expect(table.startsWith('<w:tbl>')).toBe(true);
      const rows = rowsOf(table);
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
      for (const row of rows.slice(0, -1)) {
        const paragraphs = row.match(/<w:p>.*?<\/w:p>/gs) ?? [];
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const paragraph of paragraphs) expect(paragraph).toMatch(/<w:keepNext\/>|w:pStyle w:val="TableHeading"/);
      }
      for (const paragraph of rowsOf(table)
        .at(-1)
        ?.match(/<w:p>.*?<\/w:p>/gs) ?? [])
        expect(paragraph).not.toContain('<w:keepNext/>');
    }
  });

  it('keeps bold labels and lead-in lines with the list or table they introduce, and headings with what follows', () => {
    expect(paragraphWithText(parts, 'At alpha, assessors look for:')).toContain('<w:keepNext/>');
    expect(paragraphWithText(parts, 'Examples of evidence')).toContain('<w:keepNext/>');
    expect(paragraphWithText(parts, 'Guidance')).toContain('<w:keepNext/>');
    expect(paragraphWithText(parts, 'Fill this in as you work through the points.')).toContain('<w:keepNext/>');
    for (const level of [1, 2, 3, 4, 5, 6])
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}".*?<w:keepNext/>.*?</w:style>`, 's'));
  });

  it('leaves out a caption that repeats the heading above, but still titles the table for screen readers', () => {
    const heading = paragraphWithText(parts, 'Summary of points');
    const index = parts.indexOf(heading);
    expect(parts[index + 1]?.startsWith('<w:p')).toBe(true);
    expect(textOf(parts[index + 1] ?? '').trim()).toBe('Fill this in as you work through the points.');
    const table = parts[index + 2] ?? '';
    expect(table.startsWith('<w:tbl>')).toBe(true);
    expect(table).toContain('<w:tblCaption w:val="Summary of points"/>');
    expect(
      parts.filter((part) => part.includes('w:val="Caption"') && textOf(part).trim() === 'Summary of points'),
    ).toHaveLength(0);
  });
});

describe('tables for screen readers', () => {
  it('titles every captioned table and describes the cover details', async () => {
    const body = await bodyOf(longReport());
    const tables = body.match(/<w:tbl>.*?<\/w:tblPr>/gs) ?? [];
    const titles = tables.map((table) => attr(openTags(table, 'w:tblCaption')[0] ?? '', 'w:val'));
    expect(titles).toEqual(
      expect.arrayContaining(['Document details', 'Version history', 'Approvals', 'Options appraisal']),
    );
    const cover = tables[0] ?? '';
    expect(attr(openTags(cover, 'w:tblCaption')[0] ?? '', 'w:val')).toBe('Document details');
    expect(attr(openTags(cover, 'w:tblDescription')[0] ?? '', 'w:val')).toMatch(
      /^Details of this document, one a row: project, department, phase, version, date/,
    );
    // the title and description come last among the table's properties, where the schema puts them
    expect(cover).toMatch(/<w:tblLook[^>]*\/><w:tblCaption [^>]*\/><w:tblDescription [^>]*\/><\/w:tblPr>/);
  });
});

describe('rows taller than a page', () => {
  it('keeps a short row whole but lets a row with a page of text break, so Word shows all of it', async () => {
    const model = longReport();
    const long = 'The panel asked the team to test with people who use screen readers and magnifiers. '.repeat(45);
    model.sections = [
      {
        title: 'Actions',
        blocks: [
          {
            kind: 'table',
            columns: [{ heading: 'Action' }, { heading: 'Owner' }],
            rows: [
              ['Book the research', 'Sam'],
              [long, 'Priya'],
            ],
          },
        ],
      },
    ];
    const table =
      bodyBlocks(await bodyOf(model)).find(
        (part) => part.startsWith('<w:tbl>') && part.includes('Book the research'),
      ) ?? '';
    const [header, short, tall] = rowsOf(table);
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toContain('<w:cantSplit/>');
    expect(short).toContain('<w:cantSplit/>');
    expect(tall).toContain('Priya');
    expect(tall).not.toContain('<w:cantSplit/>');
  });
});

describe('space and separation', () => {
  it('puts a little space between a list and a table straight after it', async () => {
    const model = longReport();
    model.sections = [
      {
        title: 'Risks',
        blocks: [
          { kind: 'list', ordered: false, items: [{ content: [{ kind: 'text', text: 'What could go wrong' }] }] },
          { kind: 'table', columns: [{ heading: 'Risk' }, { heading: 'Owner' }], rows: [['Late supplier', 'Sam']] },
        ],
      },
    ];
    const parts = bodyBlocks(await bodyOf(model));
    const list = paragraphWithText(parts, 'What could go wrong');
    const after = parts[parts.indexOf(list) + 1] ?? '';
    expect(after).toContain('w:val="TableSpacer"');
    expect(parts[parts.indexOf(list) + 2]?.startsWith('<w:tbl>')).toBe(true);
  });

  it('writes a space between a footnote number and its text', async () => {
    const docx = readDocx(await renderDocx(longReport(), { now: NOW, contentsPageNumbers: false }));
    const footnotes = docx.part('word/footnotes.xml');
    const first = /<w:footnote w:id="1">.*?<\/w:footnote>/s.exec(footnotes)?.[0] ?? '';
    expect(first).toMatch(
      /<w:footnoteRef\/><\/w:r><w:r><w:t xml:space="preserve"> Licence sales statistics, 2024\. <\/w:t>/,
    );
  });
});
