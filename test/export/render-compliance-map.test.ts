import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/export/export-request';
import { handleExportMessage, type ExportWorkerOutput } from '../../src/export/export-worker-handler';
import { renderComplianceMap, type ComplianceMapDocInput } from '../../src/export/render-compliance-map';
import { renderDocx } from '../../src/export/render-docx';
import { handAnalysis, handAnalysisWithCycle, handMap, handProject } from '../fixtures/compliance-map/hand-built-map';
import { attr, bodyBlocks, openTags, readDocx, textOf } from './docx-reader';
import { docxXmlProblems } from './docx-wellformed';

const OPTIONS = { author: 'Alex Morgan', date: '2026-12-01', marking: 'OFFICIAL' };
const TITLES = { 'ev-1': 'Minutes of the design board, 3 November' };

function input(overrides: Partial<ComplianceMapDocInput> = {}): ComplianceMapDocInput {
  return { project: handProject(), map: handMap(), analysis: handAnalysis(), evidenceTitles: TITLES, ...overrides };
}

async function headingsOf(bytes: Uint8Array): Promise<string[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return [...html.matchAll(/<h(\d)>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h\d>/g)].map((m) => `${m[1]} ${m[2]}`);
}

/** The rows of the table whose caption (w:tblCaption) is `caption`, each as its cells' text. */
function tableRows(body: string, caption: string): string[][] {
  const table = bodyBlocks(body).find(
    (block) => block.startsWith('<w:tbl') && block.includes(`w:tblCaption w:val="${caption}"`),
  );
  if (!table) throw new Error(`No table captioned ${caption}`);
  return (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => textOf(cell).trim().replace(/\n+/g, ' | ')),
  );
}

describe('the compliance map as a Word document', () => {
  let bytes: Uint8Array;
  let body: string;

  beforeAll(async () => {
    bytes = await renderDocx(renderComplianceMap(input(), OPTIONS), { now: new Date('2026-12-01T10:00:00Z') });
    body = readDocx(bytes).part('word/document.xml');
  });

  it('has its chapters in order, each process in full under its own heading', async () => {
    const headings = (await headingsOf(bytes)).filter(
      (h) => !/Document control|Version history|Approvals|Contents/.test(h),
    );
    expect(headings).toEqual([
      '1 Summary of findings',
      '1 Conflict register',
      '1 Ordering contradictions',
      '1 Evidence both sides ask for',
      '1 Integrated plan',
      '1 Exceptions agreed',
      '1 Steps with no counterpart',
      '1 The processes in full',
      '2 Central digital assurance',
      '2 Department governance',
    ]);
  });

  it('is the project’s document, written by the person exporting', () => {
    const core = readDocx(bytes).part('docProps/core.xml');
    expect(core).toContain('<dc:title>Apply for a fishing licence: compliance map</dc:title>');
    expect(core).toContain('<dc:creator>Alex Morgan</dc:creator>');
    expect(core).not.toMatch(/Waymark/i);
    expect(core).not.toContain('2.0.0');
    const text = textOf(body);
    expect(text).toContain('Department for Rivers and Coasts');
    expect(text).toContain('Priya Shah');
  });

  it('sums up the findings in sentences', () => {
    const text = textOf(body);
    expect(text).toContain('This map sets 2 processes side by side: Central digital assurance, Department governance.');
    expect(text).toContain('4 links between their steps; 3 agreed and 1 still in draft.');
    expect(text).toContain('There is no ordering contradiction');
    expect(text).toContain('producing each once saves 15 days of work');
    expect(text).toContain('The integrated plan takes 40 days along its critical path, against 75 days');
    expect(text).toContain('One link needs review');
  });

  it('writes the register with sides, owner, status in words and the titles of the evidence of agreement', () => {
    const rows = tableRows(body, 'Conflict register');
    expect(rows[0]).toEqual([
      'Conflict',
      'Steps and sides',
      'Owner',
      'Proposed resolution',
      'Status',
      'Evidence of agreement',
    ]);
    expect(rows[1]?.[0]).toContain('The department wants the design signed off before anything is built.');
    expect(rows[1]?.[1]).toBe(
      'Full design sign-off (Department governance, departmental side) | Build and test prototypes (Central digital assurance, central side)',
    );
    expect(rows[1]?.slice(2, 5)).toEqual([
      'Head of architecture',
      'Sign off a design outline first and the full design after alpha.',
      'Open',
    ]);
    expect(rows[1]?.[5]).toBe('Minutes of the design board, 3 November | An item no longer in the evidence library');
  });

  it('totals the days saved and lays out the plan by stage with its critical path', () => {
    const reuse = tableRows(body, 'Evidence both sides ask for');
    expect(reuse.at(-1)).toEqual(['Total', '', '15 days']);
    // Days saved read in whole or half days, never as decimals.
    for (const row of reuse.slice(1)) expect(row[2]).toMatch(/^(about )?(\d+|half a|\d+ and a half) days?$/);
    const stages = tableRows(body, 'Stages of the integrated plan');
    expect(stages.map((row) => row[0])).toEqual(['Stage', '1', '2', '3']);
    expect(stages[1]?.[1]).toBe(
      'User research with real users (Central digital assurance) with Requirements gathering (Department governance)',
    );
    expect(stages[1]?.[2]).toBe('20');
    const text = textOf(body);
    expect(text).toContain('Alpha assessment (Central digital assurance): 5 days');
  });

  it('names the rule each exception sets aside, and the steps with no counterpart', () => {
    const rows = tableRows(body, 'Exceptions agreed');
    expect(rows[1]?.[0]).toBe(
      'Full design sign-off (Department governance) need not come before Build and test prototypes (Central digital assurance).',
    );
    expect(textOf(body)).toMatch(/Central digital assurance \(one step\)\s*Build and test prototypes/);
  });

  it('reads each link from the side of the process it is listed under, with a note on links needing review', () => {
    const central = tableRows(body, 'Links of Central digital assurance');
    const department = tableRows(body, 'Links of Department governance');
    expect(central[0]).toEqual(['Step', 'Relation', 'Other step', 'Status', 'Origin', 'Note']);
    expect(central.find((r) => r[0] === 'Build and test prototypes' && r[1] === 'must come after')?.[3]).toBe(
      'Needs review',
    );
    expect(department.find((r) => r[0] === 'Full design sign-off' && r[1] === 'must come before')).toBeDefined();
    expect(department.find((r) => r[1] === 'is equivalent to')?.[4]).toBe(
      'Drawn by Priya Shah. Same purpose, high confidence.',
    );
    expect(textOf(body)).toContain('The step "Build and test prototypes" changed in version 2.1.0.');
    const steps = tableRows(body, 'Steps of Department governance');
    expect(steps[0]).toEqual(['Step', 'Owner', 'Phase', 'Days', 'Depends on', 'Evidence']);
    expect(steps[2]).toEqual([
      'Full design sign-off',
      'Service owner',
      'Alpha',
      '10',
      'Requirements gathering',
      'None',
    ]);
  });

  it('makes every table a real Word table with its header row repeated', () => {
    const tables = bodyBlocks(body).filter((block) => block.startsWith('<w:tbl'));
    // cover details, version history, approvals, then the map's own eight tables
    expect(tables.length).toBe(11);
    const withHeader = tables.filter((t) => openTags(t, 'w:tblHeader').length === 1);
    expect(withHeader.length).toBe(10);
    expect(openTags(body, 'w:tblHeader').every((tag) => attr(tag, 'w:val') === undefined)).toBe(true);
  });
});

describe('a map whose ordering contradiction stands', () => {
  it('explains the loop rule by rule and lists the points needing an exception instead of a plan', async () => {
    const model = renderComplianceMap(input({ analysis: handAnalysisWithCycle() }), OPTIONS);
    const text = textOf(readDocx(await renderDocx(model, { now: new Date('2026-12-01') })).part('word/document.xml'));
    expect(text).toContain('Contradiction 1: Full design sign-off, then Build and test prototypes');
    expect(text).toContain('but Central digital assurance needs the prototypes to shape the design');
    expect(text).toContain(
      'Build and test prototypes (Central digital assurance) must come before Full design sign-off (Department governance): a dependency in Central digital assurance.',
    );
    expect(text).toContain('No single order of work satisfies every process');
    expect(text).not.toContain('Stages of the integrated plan');
  });
});

describe('hostile text in a map', () => {
  it('keeps the file well formed and the words readable with control characters and very long words', async () => {
    const hostile = `Research\u0001\u001B\uFFFE\uD800 ${'x'.repeat(400)} <b>&amp;</b>`;
    const model = renderComplianceMap(input({ map: handMap({ research: hostile }) }), OPTIONS);
    const docx = await renderDocx(model, { now: new Date('2026-12-01') });
    expect(docxXmlProblems(docx)).toEqual([]);
    const text = textOf(readDocx(docx).part('word/document.xml'));
    expect(text).toContain(`Research ${'x'.repeat(400)} <b>&amp;</b>`);
    for (const bad of ['\u0001', '\u001B', '\uFFFE']) expect(text).not.toContain(bad);
    // The long word does not starve the other columns of the steps table down to a letter each.
    const body = readDocx(docx).part('word/document.xml');
    const steps = bodyBlocks(body).find((b) => b.includes('w:tblCaption w:val="Steps of Central digital assurance"'));
    const columns = openTags(steps ?? '', 'w:gridCol').map((tag) => Number(attr(tag, 'w:w')));
    expect(columns).toHaveLength(6);
    expect(Math.min(...columns)).toBeGreaterThanOrEqual(600);
  });
});

describe('asking for the map through the export request', () => {
  it('builds the document from the map in the worker and names the file after the project', async () => {
    const request = {
      format: 'compliance-map-docx' as const,
      input: input(),
      options: OPTIONS,
      createdAt: '2026-12-01T10:00:00Z',
    };
    const result = await runExport(request);
    expect(result.fileName).toMatch(/^Apply for a fishing licence.*compliance map.*\.docx$/i);
    expect(textOf(readDocx(result.bytes).part('word/document.xml'))).toContain('Conflict register');
    const posted: ExportWorkerOutput[] = [];
    await handleExportMessage({ type: 'export', id: 7, request }, (message) => posted.push(message));
    expect(posted.at(-1)?.type).toBe('done');
  });
});
