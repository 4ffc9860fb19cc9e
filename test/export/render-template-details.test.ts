// Details of rendered templates read back from the Word XML: titles in the pack's other language
// tagged with it, guides naming what they help with, an approvals table to fill in, and the
// attribution statements the sources' licences ask for.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { markdownText } from '../../src/export/render-markdown';
import { renderTemplateDocument } from '../../src/export/render-template';
import { attributionStatements } from '../../src/export/render-template-sources';
import { otherLanguageTag } from '../../src/export/render-template-parts';
import { packReferenceResolver } from '../../src/export/template-references';
import { runCaptured } from '../cli/pack-cli-io';
import { attr, bodyBlocks, openTags, readDocx, textOf } from './docx-reader';
import { DATE, TEMPLATES, builtInPack, renderedTemplate } from './render-template-helpers';

/** The runs of a block tagged with a language, as "language: text". */
function taggedRuns(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:lang w:val="([^"]+)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs)].map(
    (m) => `${m[1]}: ${textOf(m[2] ?? '')}`,
  );
}

describe('titles in the other official language', () => {
  it('shows the French titles of the Canada pack under the cover title, each point heading and in the summary, tagged fr-CA', async () => {
    const pack = await builtInPack('canada-digital-standards');
    const template = pack.templates[0];
    if (template?.kind !== 'standard') throw new Error('expected a standard');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, template.id, { date: DATE }));
    const blocks = bodyBlocks(docx.part('word/document.xml'));
    expect(textOf(blocks[0] ?? '').trim()).toBe('Government of Canada Digital Standards');
    expect(blocks[1]).toContain('w:val="CoverOtherTitle"');
    expect(taggedRuns(blocks[1] ?? '')).toEqual(['fr-CA: Normes relatives au numérique du gouvernement du Canada']);
    for (const point of template.points) {
      const heading = blocks.findIndex(
        (block) => block.includes('w:val="Heading1"') && textOf(block).trim() === `Point ${point.id}: ${point.title}`,
      );
      expect(heading).toBeGreaterThan(0);
      const under = blocks[heading + 1] ?? '';
      expect(under).toContain('w:val="OtherLanguageTitle"');
      expect(taggedRuns(under)).toEqual([`fr-CA: ${point.titles?.fr ?? ''}`]);
    }
    const summary = blocks.find((block) => block.includes('<w:tblCaption w:val="Summary of points"/>')) ?? '';
    const frenchInSummary = taggedRuns(summary);
    expect(frenchInSummary).toHaveLength(template.points.length);
    expect(frenchInSummary[0]).toBe('fr-CA: Concevoir avec les utilisateurs');
    expect(docx.part('word/styles.xml')).toMatch(/w:styleId="OtherLanguageTitle".*?<w:keepNext\/>/s);
  });

  it('takes the region of the pack language for a bare language key and keeps full tags', () => {
    expect(otherLanguageTag('fr', 'en-CA')).toBe('fr-CA');
    expect(otherLanguageTag('cy', 'en-GB')).toBe('cy-GB');
    expect(otherLanguageTag('fr', 'en')).toBe('fr');
    expect(otherLanguageTag('fr-FR', 'en-CA')).toBe('fr-FR');
  });
});

describe('what a guide helps with', () => {
  it('names items of other packs by their titles when the caller resolves them', async () => {
    const playbook = await builtInPack('waymark-playbook');
    const others = [await builtInPack('gov-uk-service-standard'), await builtInPack('waymark-agile-business-case')];
    const model = renderTemplateDocument(playbook, 'two-bosses', {
      date: DATE,
      resolveReference: packReferenceResolver(others),
    });
    const text = textOf((await renderedTemplate(model)).docx.part('word/document.xml'));
    expect(text).toContain('GOV.UK Service Standard, point 6: Have a multidisciplinary team');
    expect(text).toContain('Agile business case: Management case');
    expect(text).not.toContain('gov-uk-service-standard#');
    expect(text).not.toMatch(/of (gov-uk-service-standard|agile-business-case)/);
  });

  it('names items of its own pack without a resolver, and others readably by id', async () => {
    const standard = await builtInPack('gov-uk-service-standard');
    const playbook = await builtInPack('waymark-playbook');
    const guide = playbook.templates.find((t) => t.id === 'two-bosses');
    if (guide?.kind !== 'guide') throw new Error('expected a guide');
    const pack: Pack = {
      ...standard,
      templates: [
        ...standard.templates,
        {
          ...guide,
          helps_with: [
            'gov-uk-service-standard#7',
            'gov-uk-service-standard/gov-uk-service-standard#6',
            'other-pack/agile-business-case#learn-next',
            'other-pack/some-standard#2',
          ],
        },
      ],
    };
    const text = textOf(
      (await renderedTemplate(renderTemplateDocument(pack, 'two-bosses', { date: DATE }))).docx.part(
        'word/document.xml',
      ),
    );
    expect(text).toContain('GOV.UK Service Standard, point 7: Use agile ways of working');
    expect(text).toContain('GOV.UK Service Standard, point 6: Have a multidisciplinary team');
    expect(text).toContain('The part \u201Clearn-next\u201D (agile-business-case)');
    expect(text).toContain('Point 2 (some-standard)');
  });

  it('is named by titles when rendered with the CLI beside the other built-in packs', async () => {
    const work = mkdtempSync(join(tmpdir(), 'waymark-guide-'));
    try {
      const run = await runCaptured(
        ['pack', 'render', join(TEMPLATES, 'waymark-playbook'), '--template', 'two-bosses', '--out', 'guide.docx'],
        work,
      );
      expect(run.code).toBe(0);
      const text = textOf(readDocx(new Uint8Array(readFileSync(join(work, 'guide.docx')))).part('word/document.xml'));
      expect(text).toContain('GOV.UK Service Standard, point 7: Use agile ways of working');
      expect(text).toContain('Agile business case: Management case');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('document control of a template', () => {
  it('gives an empty approvals table with three rows to fill in', async () => {
    const pack = await builtInPack('gov-uk-service-standard');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, 'gov-uk-service-standard', { date: DATE }));
    const blocks = bodyBlocks(docx.part('word/document.xml'));
    const heading = blocks.findIndex(
      (block) => block.includes('w:val="Heading2"') && textOf(block).trim() === 'Approvals',
    );
    const table = blocks[heading + 1] ?? '';
    expect(table.startsWith('<w:tbl>')).toBe(true);
    const rows = table.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(4);
    expect(textOf(rows[0] ?? '').replace(/\n/g, '|')).toBe('Name|Role|Date|Outcome|');
    for (const row of rows.slice(1)) expect(textOf(row).trim()).toBe('');
    expect(textOf(docx.part('word/document.xml'))).not.toContain('No approvals are recorded yet.');
  });
});

describe('licence attribution', () => {
  it('adds the attribution statement of the Open Government Licences, once each', async () => {
    expect(attributionStatements(['OGL-UK-3.0', 'CC-BY-4.0', 'Open Government Licence v3.0'])).toEqual([
      'Contains public sector information licensed under the Open Government Licence v3.0.',
    ]);
    expect(attributionStatements(['Open Government Licence - Canada'])).toEqual([
      'Contains information licensed under the Open Government Licence \u2013 Canada.',
    ]);
    expect(attributionStatements(['CC0-1.0'])).toEqual([]);
    const uk = await builtInPack('gov-uk-service-standard');
    const ukText = textOf(
      (await renderedTemplate(renderTemplateDocument(uk, 'gov-uk-service-standard', { date: DATE }))).docx.part(
        'word/document.xml',
      ),
    );
    expect(ukText).toContain('Contains public sector information licensed under the Open Government Licence v3.0.');
    const canada = await builtInPack('canada-digital-standards');
    const canadaText = textOf(
      (await renderedTemplate(renderTemplateDocument(canada, 'canada-digital-standards', { date: DATE }))).docx.part(
        'word/document.xml',
      ),
    );
    // canada.ca pages are under the canada.ca terms and conditions, not the Open Government Licence - Canada.
    expect(canadaText).not.toContain('Contains information licensed under the Open Government Licence \u2013 Canada.');
  });
});

describe('boxes to tick', () => {
  it('makes each status box a check box Word can tick, named by its status, with no typed box left', async () => {
    const pack = await builtInPack('gov-uk-service-standard');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, 'gov-uk-service-standard', { date: DATE }));
    const body = docx.part('word/document.xml');
    const boxes = body.match(/<w:sdt><w:sdtPr>.*?<\/w:sdt>/gs) ?? [];
    const checkBoxes = boxes.filter((box) => box.includes('<w14:checkbox>'));
    expect(checkBoxes).toHaveLength(14 * 4);
    expect(checkBoxes.slice(0, 4).map((box) => attr(openTags(box, 'w:alias')[0] ?? '', 'w:val'))).toEqual([
      'Not started',
      'In progress',
      'Ready',
      'Not applicable',
    ]);
    for (const box of checkBoxes) {
      expect(box).toContain('<w14:uncheckedState w14:val="2610" w14:font="Segoe UI Symbol"/>');
      expect(box).toContain('<w14:checkedState w14:val="2612" w14:font="Segoe UI Symbol"/>');
    }
    expect(textOf(body)).not.toContain('\u2610');
  });

  it('gives the current and target level of a scoring sheet boxes to tick', async () => {
    const pack = await builtInPack('colorado-software-delivery-maturity');
    const { docx } = await renderedTemplate(
      renderTemplateDocument(pack, 'colorado-software-delivery-maturity', { date: DATE }),
    );
    const body = docx.part('word/document.xml');
    expect((body.match(/<w14:checkbox>/g) ?? []).length).toBeGreaterThan(20);
    expect(textOf(body)).not.toContain('\u2610');
  });
});

/** The widths of a table's columns, in twentieths of a point, by heading. */
function columnWidths(blocks: readonly string[], firstHeading: string): Record<string, number> {
  const table = blocks.find(
    (block) =>
      block.startsWith('<w:tbl>') &&
      textOf(/<w:tr>.*?<\/w:tr>/s.exec(block)?.[0] ?? '').startsWith(`${firstHeading}\n`),
  );
  if (!table) throw new Error(`No table starts with the column ${firstHeading}`);
  const headings = textOf(/<w:tr>.*?<\/w:tr>/s.exec(table)?.[0] ?? '')
    .split('\n')
    .filter((text) => text.length > 0);
  const widths = openTags(table, 'w:gridCol').map((tag) => Number(attr(tag, 'w:w')));
  return Object.fromEntries(headings.map((heading, index) => [heading, widths[index] ?? 0]));
}

describe('column widths', () => {
  it('gives the risk register Likelihood column room for its heading on one line', async () => {
    const pack = await builtInPack('waymark-agile-business-case');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, 'agile-business-case', { date: DATE }));
    const widths = columnWidths(bodyBlocks(docx.part('word/document.xml')), 'Risk');
    // "Likelihood" in 10 pt bold Arial is about 1,080 twentieths of a point wide, plus 216 of cell margins
    expect(widths.Likelihood).toBeGreaterThanOrEqual(1450);
  });

  it('gives the process steps table most room to the evidence, and lists it without typed bullets', async () => {
    const pack = await builtInPack('waymark-example-processes');
    const { docx } = await renderedTemplate(renderTemplateDocument(pack, 'central-digital-assurance', { date: DATE }));
    const blocks = bodyBlocks(docx.part('word/document.xml'));
    const widths = columnWidths(blocks, 'Step');
    expect(Math.max(...Object.values(widths))).toBe(widths.Evidence);
    expect(widths.Phase).toBeLessThan(widths['Depends on'] ?? 0);
    const table = blocks.find((block) => block.includes('<w:tblCaption w:val="Steps of')) ?? '';
    expect(table).not.toContain('\u2022');
    expect(table).not.toContain('Ref: ');
    expect((table.match(/<w:numPr>/g) ?? []).length).toBeGreaterThan(5);
  });
});

describe('the other language in Markdown', () => {
  it('writes the French titles under the title, each point heading and in the summary', async () => {
    const pack = await builtInPack('canada-digital-standards');
    const text = markdownText(renderTemplateDocument(pack, 'canada-digital-standards', { date: DATE }));
    expect(text).toContain(
      '# Government of Canada Digital Standards\n\n_Normes relatives au numérique du gouvernement du Canada_',
    );
    expect(text).toContain('## Point 1: Design with users\n\n_Concevoir avec les utilisateurs_');
    expect(text).toContain('| 1 | Design with users / _Concevoir avec les utilisateurs_ |');
  });
});
