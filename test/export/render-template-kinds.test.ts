// What each kind of template becomes in Word: a checklist, a scoring sheet, a blank business case,
// a table of process steps and a guide, read back with mammoth (headings, tables, lists).
import { describe, expect, it } from 'vitest';
import type { DocSection, DocTable } from '../../src/domain/document-model';
import { renderTemplateDocument } from '../../src/export/render-template';
import { DATE, builtInPack, decode, renderedTemplate, tableBodyRows, tableHeaders } from './render-template-helpers';

function tablesIn(sections: readonly DocSection[]): DocTable[] {
  return sections.flatMap((section) => [
    ...section.blocks.filter((block): block is DocTable => block.kind === 'table'),
    ...tablesIn(section.sections ?? []),
  ]);
}

describe('a standard as a checklist', () => {
  it('has a summary of the 14 GOV.UK points and one page per point, in order', async () => {
    const pack = await builtInPack('gov-uk-service-standard');
    const template = pack.templates[0];
    if (template?.kind !== 'standard') throw new Error('expected a standard');
    const model = renderTemplateDocument(pack, template.id, { date: DATE });
    const { html, headings } = await renderedTemplate(model);
    const points = headings.filter((h) => /^1 Point \d+:/.test(h));
    expect(points).toHaveLength(14);
    expect(points).toEqual(template.points.map((point) => `1 Point ${point.id}: ${point.title}`));
    expect(headings.slice(0, 5)).toEqual([
      '1 Document control',
      '2 Version history',
      '2 Approvals',
      '1 About this checklist',
      '1 Summary of points',
    ]);
    expect(headings.slice(-3)).toEqual(['1 Sources and licence', '2 Sources', '2 Licence']);
    const headers = tableHeaders(html);
    expect(headers).toContainEqual(['Point', 'Title', 'Status', 'Notes']);
    expect(headers.filter((row) => row.join('|') === 'Record|Your entry')).toHaveLength(14);
    const summaryIndex = headers.findIndex((row) => row.join('|') === 'Point|Title|Status|Notes');
    expect(tableBodyRows(html)[summaryIndex]).toBe(14);
    const text = decode(html);
    for (const status of ['Not started', 'In progress', 'Ready', 'Not applicable'])
      expect(text).toContain(`<input type="checkbox" /> ${status}`);
    expect(text).toContain('At alpha, assessors look for:');
    expect(text).toContain('At live, assessors look for:');
    expect(text).toContain('Examples of evidence');
    expect(model.sections.filter((s) => s.title.startsWith('Point ')).every((s) => s.newPage === true)).toBe(true);
  });

  it('shows only one phase of what assessors look for when a phase is chosen', async () => {
    const pack = await builtInPack('gov-uk-service-standard');
    const { html } = await renderedTemplate(
      renderTemplateDocument(pack, 'gov-uk-service-standard', { date: DATE, phase: 'beta' }),
    );
    expect(html).toContain('At beta, assessors look for:');
    expect(html).not.toContain('At alpha, assessors look for:');
    expect(html).toContain('Checklist: beta phase');
  });
});

describe('a maturity model as a scoring sheet', () => {
  it('has a levels table per category with boxes for the current and target level, and a summary', async () => {
    const pack = await builtInPack('colorado-software-delivery-maturity');
    const model = renderTemplateDocument(pack, 'colorado-software-delivery-maturity', { date: DATE });
    const { html, headings } = await renderedTemplate(model);
    const categories = headings.filter((h) => h.startsWith('1 ')).slice(2, -1);
    expect(categories).toEqual([
      '1 Summary of scores',
      '1 Team Culture',
      '1 Purchasing v. Procurement',
      '1 Modular Contracting',
      '1 User-Centered Approach',
      '1 Product Ownership',
      '1 Agile Software Development',
      '1 DevSecOps',
      '1 Building With Loosely Coupled Parts',
    ]);
    const headers = tableHeaders(html);
    expect(headers.filter((row) => row.join('|') === 'Level|What it looks like|Current|Target')).toHaveLength(8);
    const rows = tableBodyRows(html);
    const summary = headers.findIndex((row) => row.join('|') === 'Category|Current level|Target level|Notes');
    expect(rows[summary]).toBe(8);
    const levels = tablesIn(model.sections).filter((t) => t.columns[0]?.heading === 'Level');
    expect(levels.every((t) => t.rows.map((r) => r[0]).join('|') === 'Low|Medium|High|Notes and evidence')).toBe(true);
    expect(levels.every((t) => t.rows.slice(0, 3).every((r) => r[2] === '\u2610' && r[3] === '\u2610'))).toBe(true);
  });

  it('scores each dimension of a model with sub-dimensions', async () => {
    const pack = await builtInPack('open-source-capability-model');
    const { html, headings } = await renderedTemplate(
      renderTemplateDocument(pack, 'open-source-capability-model', { date: DATE }),
    );
    expect(headings).toContain('1 Policy environment');
    expect(headings).toContain('2 Political leadership and legislation');
    expect(headings.indexOf('2 Political leadership and legislation')).toBe(
      headings.indexOf('1 Policy environment') + 1,
    );
    const headers = tableHeaders(html);
    expect(headers.filter((row) => row[0] === 'Level')).toHaveLength(9);
    expect(decode(html)).toContain('Policy environment: Political leadership and legislation');
  });
});

describe('a business case template as a blank case', () => {
  it('keeps every section and sub-section as headings, with prompts grouped by phase and room to write', async () => {
    const pack = await builtInPack('waymark-agile-business-case');
    const template = pack.templates[0];
    if (template?.kind !== 'business-case') throw new Error('expected a business case');
    const model = renderTemplateDocument(pack, template.id, { date: DATE });
    const { html, headings } = await renderedTemplate(model);
    const expected = template.sections.flatMap((s) => [
      `1 ${s.title}`,
      ...(s.sections ?? []).map((sub) => `2 ${sub.title}`),
    ]);
    expect(headings.slice(4, 4 + expected.length)).toEqual(expected);
    const text = decode(html);
    for (const phase of ['discovery', 'alpha', 'beta', 'live'])
      expect(text).toContain(`Questions to answer in ${phase}`);
    expect(text.indexOf('Questions to answer in discovery')).toBeLessThan(text.indexOf('Questions to answer in alpha'));
    const headers = tableHeaders(html);
    expect(headers).toContainEqual(['Your answer: Strategic case']);
    expect(headers).toContainEqual(['Assumption', 'How we will test it', 'What we found', 'Status']);
    expect(headers).toContainEqual(['Cost', 'Discovery', 'Alpha', 'Beta', 'Live']);
    expect(html).toMatch(/<ul><li>What problem are we looking into/);
  });

  it('shows one phase of prompts with --phase', async () => {
    const pack = await builtInPack('waymark-agile-business-case');
    const model = renderTemplateDocument(pack, 'agile-business-case', { date: DATE, phase: 'alpha' });
    expect(model.meta.phase).toBe('Alpha');
    const text = decode((await renderedTemplate(model)).html);
    expect(text).toContain('Questions to answer in alpha');
    expect(text).not.toContain('Questions to answer in discovery');
    expect(text).not.toContain('Questions to answer in beta');
    expect(text).toContain('Your answer for alpha: Strategic case');
  });
});

describe('a process as a table of steps', () => {
  it('lists every step with owner, phase, what it depends on by name, days and evidence, then each description', async () => {
    const pack = await builtInPack('waymark-example-processes');
    const template = pack.templates.find((t) => t.id === 'central-digital-assurance');
    if (template?.kind !== 'process') throw new Error('expected a process');
    const model = renderTemplateDocument(pack, template.id, { date: DATE });
    const { html, headings } = await renderedTemplate(model);
    const headers = tableHeaders(html);
    const steps = headers.findIndex((row) => row.join('|') === 'Step|Owner|Phase|Depends on|Days|Evidence');
    expect(steps).toBeGreaterThan(0);
    expect(tableBodyRows(html)[steps]).toBe(template.steps.length);
    const table = tablesIn(model.sections).find((t) => t.columns[0]?.heading === 'Step');
    expect(table?.rows[1]).toEqual([
      '2. Spend control triage',
      'Central digital team',
      'Discovery',
      '1. Add the work to the spend pipeline',
      10,
      {
        text: 'Pipeline entry\nSelf-assessment against the pipeline criteria\nEarly statement of the problem and the users affected',
        bulleted: true,
      },
    ]);
    expect(html).toContain(
      '<td><ul><li>Pipeline entry</li><li>Self-assessment against the pipeline criteria</li><li>Early statement of the problem and the users affected</li></ul></td>',
    );
    expect(html).not.toContain('Ref: spend-triage');
    expect(html).not.toContain('\u2022');
    expect(headings).toContain('2 1. Add the work to the spend pipeline');
    expect(headings.filter((h) => /^2 \d+\. /.test(h))).toHaveLength(template.steps.length);
  });

  it('renders a process given as CSV', async () => {
    const pack = await builtInPack('waymark-example-processes');
    const { headings } = await renderedTemplate(renderTemplateDocument(pack, 'procurement-steps', { date: DATE }));
    expect(headings).toContain('2 1. Agree the commercial strategy');
  });
});

describe('a guide as a document', () => {
  it('maps the Markdown body to real headings, lists, bold text and links, with no HTML', async () => {
    const pack = await builtInPack('waymark-playbook');
    const model = renderTemplateDocument(pack, 'two-bosses', { date: DATE });
    const { html, headings, docx } = await renderedTemplate(model);
    expect(headings.slice(3, 13)).toEqual([
      '1 About this guide',
      '1 The problem in one sentence',
      '1 What changed on 1 April 2026',
      '1 Step 1: write both routes down',
      '1 Step 2: find where they say the same thing',
      '1 Step 3: find where they clash',
      '1 Step 4: negotiate, early and in writing',
      '1 Step 5: keep one plan and one story',
      '1 Pitfalls',
      '1 Sources and licence',
    ]);
    expect(html).toMatch(/<ul><li>who owns it and who sits on it<\/li>/);
    expect(html).toContain('<li><strong>Design before build.</strong> The architecture board');
    expect(decode(html)).toContain('Point 7 (gov-uk-service-standard)');
    expect(textHasNoMarkdown(decode(html.replace(/<[^>]+>/g, ' ')))).toBe(true);
    expect(docx.part('word/document.xml')).not.toContain('&lt;');
  });

  it('maps numbered lists to Word numbering', async () => {
    const pack = await builtInPack('waymark-playbook');
    const { html } = await renderedTemplate(renderTemplateDocument(pack, 'funding-by-phase', { date: DATE }));
    expect(html).toMatch(/<ol><li><strong>Discovery<\/strong>: a small, fixed cost/);
  });
});

function textHasNoMarkdown(text: string): boolean {
  return !/\*\*|^#{1,6} |\]\(/m.test(text);
}
