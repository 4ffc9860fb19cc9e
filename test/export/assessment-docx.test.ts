// The assessment as a Word document: the order a panel reads it in, every point in scope a heading with its
// status in words, evidence and actions as real tables, ratings in words on the standard's own scale, the
// maturity chart as a Word chart with a description, the action plan by due date, and the person as author.
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MaturityModelTemplate, StandardTemplate } from '../../src/domain/pack';
import { renderDocx } from '../../src/export/render-docx';
import { markdownText } from '../../src/export/render-markdown';
import { renderAssessment, renderAssessmentDocx, type AssessmentDocInput } from '../../src/export/render-assessment';
import { builtInTemplates, sampleAssessmentInput } from './assessment-fixture';
import { attr, bodyBlocks, openTags, readDocx, textOf } from './docx-reader';
import { docxXmlProblems } from './docx-wellformed';

let templates: { standard: StandardTemplate; model: MaturityModelTemplate };

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

beforeAll(async () => {
  templates = await builtInTemplates();
});

describe('the assessment as a Word document', () => {
  let input: AssessmentDocInput;
  let bytes: Uint8Array;
  let body: string;

  beforeAll(async () => {
    input = sampleAssessmentInput(templates);
    bytes = await renderAssessmentDocx(input, { contentsPageNumbers: false });
    body = readDocx(bytes).part('word/document.xml');
  });

  it('is well formed', () => {
    expect(docxXmlProblems(bytes)).toEqual([]);
  });

  it('reads in the order a panel reads it, with every point in scope under its own numbered heading', async () => {
    const headings = (await headingsOf(bytes)).filter((h) => !/Document control|Version history|Approvals/.test(h));
    const points = templates.standard.points.map((point) => `2 ${point.id}. ${point.title}`);
    expect(headings).toEqual([
      '1 Summary',
      '1 Panel ratings',
      '1 Recommendations',
      '1 The points',
      ...points,
      '1 Maturity self-assessment',
      '1 Action plan',
      '1 Accept or challenge the report',
    ]);
    expect(points[0]).toBe('2 1. Understand users and their needs');
  });

  it('is the project’s document, written by the person exporting', () => {
    const core = readDocx(bytes).part('docProps/core.xml');
    expect(core).toContain('<dc:title>Example: Apply for a fishing licence: alpha assessment</dc:title>');
    expect(core).toContain('<dc:creator>Alex Morgan</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Alex Morgan</cp:lastModifiedBy>');
    expect(core).not.toMatch(/Waymark/i);
    const custom = readDocx(bytes).part('docProps/custom.xml');
    expect(custom).toContain('Department for Rivers and Coasts (example)');
    expect(custom).toContain('Sam Taylor (example)');
    expect(textOf(body)).not.toMatch(/Waymark/i);
  });

  it('sums up readiness, points without evidence and overdue actions', () => {
    const summary = tableRows(body, 'Summary');
    const value = (label: string) => summary.find((row) => row[0] === label)?.[1];
    expect(value('Standard followed')).toBe('GOV.UK Service Standard (version 1.2.0, edition 2019)');
    expect(value('Stage')).toBe('Alpha assessment');
    expect(value('Panel date')).toBe('20 November 2026 (11 days ago)');
    expect(value('Readiness')).toBe('Ready: 6 of 13 points (1 not applicable)');
    expect(value('Points without evidence')).toBe(
      '3. Provide a joined up experience across all channels | 9. Create a secure service which protects users’ privacy | 10. Define what success looks like and publish performance data | 14. Operate a reliable service',
    );
    expect(value('Overdue actions')).toBe(
      'Book a threat modelling session with the security architect (due 27 November 2026)',
    );
    expect(value('Overall rating')).toBe('Amber');
  });

  it('gives every rating in words on the standard’s scale, never by colour alone', () => {
    const ratings = tableRows(body, 'Ratings by point');
    expect(ratings[0]).toEqual(['Point', 'Title', 'Rating']);
    expect(ratings).toHaveLength(15);
    expect(ratings[2]).toEqual(['2', 'Solve a whole problem for users', 'Amber']);
    expect(ratings.slice(1).every((row) => ['Green', 'Amber', 'Red'].includes(row[2] ?? ''))).toBe(true);
    expect(textOf(body)).toContain('Overall rating: Amber');
    expect(textOf(body)).toContain('Status: In progress. Panel rating: Amber');
  });

  it('shows each point’s evidence as a real table with title, kind, date, owner and where it is', () => {
    const evidence = tableRows(body, 'Evidence for point 1');
    expect(evidence[0]).toEqual(['Evidence', 'Kind', 'Date', 'Owner', 'Where it is']);
    expect(evidence[1]).toEqual([
      'Discovery report: how anglers apply today',
      'Document',
      '18 September 2026',
      'Sam Taylor (example)',
      'Shared drive/Fishing licence/Discovery/Discovery report v1.0.docx',
    ]);
    // One item supports several points and appears under each.
    expect(tableRows(body, 'Evidence for point 4').map((row) => row[0])).toContain('Prototype of the apply journey');
    expect(tableRows(body, 'Evidence for point 13').map((row) => row[0])).toContain('Prototype of the apply journey');
    const table = bodyBlocks(body).find((b) => b.includes('w:tblCaption w:val="Evidence for point 1"')) ?? '';
    expect(openTags(table, 'w:tblHeader')).toHaveLength(1);
  });

  it('lists a point’s actions as a table and says so when there is nothing', () => {
    const actions = tableRows(body, 'Actions for point 9');
    expect(actions[0]).toEqual(['Action', 'Owner', 'Due', 'From', 'Done']);
    expect(actions[1]).toEqual([
      'Book a threat modelling session with the security architect',
      'Jo Evans (example)',
      '27 November 2026',
      'Team',
      'Overdue',
    ]);
    const text = textOf(body);
    expect(text).toContain('Evidence: none is linked to this point yet.');
    expect(text).toContain('Why it does not apply: No code has been written yet');
    expect(text).toContain('Carried forward from the earlier assessment and not yet reviewed.');
  });

  it('draws the maturity chart as a Word chart with a description, and gives its data as a table beside it', () => {
    const docx = readDocx(bytes);
    expect(docx.names).toContain('word/charts/chart1.xml');
    const frame = openTags(body, 'wp:docPr').find((tag) => attr(tag, 'descr')?.includes('Bar chart of the maturity'));
    expect(frame).toBeDefined();
    const description = attr(frame ?? '', 'descr') ?? '';
    expect(description).toContain('levels 1 Low, 2 Medium, 3 High');
    expect(description).toContain('Team Culture: current 2, target 3, earlier 1');
    expect(description).toContain('DevSecOps: current 1, target 2, earlier not scored');
    const chart = docx.part('word/charts/chart1.xml');
    expect(chart).toContain('Team Culture');
    expect(chart).toContain('<c:barDir val="bar"/>');
    const rows = tableRows(body, 'Maturity scores, targets and next steps');
    expect(rows[0]).toEqual(['Category', 'Current', 'Target', 'Earlier', 'Gap', 'Next step']);
    expect(rows[1]).toEqual([
      'Team Culture',
      '2. Medium',
      '3. High',
      '1. Low (moved up)',
      '1 level',
      'Run retrospectives with policy colleagues, not only the delivery team.',
    ]);
    expect(rows.find((row) => row[0] === 'Modular Contracting')?.[5]).toBe('Not written yet');
    expect(rows.find((row) => row[0] === 'User-Centered Approach')?.[4]).toBe('Met');
  });

  it('puts every action in the plan, soonest due first and those with no date last', () => {
    const plan = tableRows(body, 'Action plan');
    expect(plan[0]).toEqual(['Action', 'Point', 'Owner', 'Due', 'From', 'Done']);
    expect(plan.slice(1).map((row) => row[3])).toEqual([
      '18 November 2026',
      '27 November 2026',
      '11 December 2026',
      '24 February 2027',
      '24 February 2027',
      '24 February 2027',
      'Not set',
    ]);
    expect(plan[6]?.[1]).toBe('The service as a whole');
    expect(plan[4]?.slice(2)).toEqual(['Sam Taylor (example)', '24 February 2027', 'Panel', 'Open']);
  });

  it('ends with the deadline to accept or challenge the report, in working days', () => {
    expect(textOf(body)).toContain(
      'The report arrived on 24 November 2026. The team has ten working days, leaving out weekends and bank holidays in England and Wales, to accept or challenge it: until 8 December 2026.',
    );
    expect(textOf(body)).toContain('Response: Not yet answered.');
  });
});

describe('an assessment with many overdue actions', () => {
  it('names the first five in the summary, shortens a long one there, and leaves the rest to the action plan', async () => {
    const given = sampleAssessmentInput(templates);
    const long = 'Test the journey with people who use screen readers, magnifiers and voice control. '
      .repeat(20)
      .trim();
    const overdue = Array.from({ length: 8 }, (_, i) => ({
      id: `late-${i}`,
      what: i === 0 ? long : `Follow-up ${i + 1}`,
      owner: 'Sam Taylor',
      dueDate: `2026-10-0${i + 1}`,
      done: false,
      source: 'team' as const,
      pointId: '2',
    }));
    const input: AssessmentDocInput = {
      ...given,
      assessment: { ...given.assessment, actions: [...given.assessment.actions, ...overdue] },
    };
    const body = readDocx(await renderAssessmentDocx(input, { contentsPageNumbers: false })).part('word/document.xml');
    const summary = tableRows(body, 'Summary').find((row) => row[0] === 'Overdue actions')?.[1] ?? '';
    const lines = summary.split(' | ');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Test the journey with people .* who\u2026 \(due 1 October 2026\)$/);
    expect(lines[0]?.length).toBeLessThan(240);
    expect(lines.slice(1, 5)).toEqual([
      'Follow-up 2 (due 2 October 2026)',
      'Follow-up 3 (due 3 October 2026)',
      'Follow-up 4 (due 4 October 2026)',
      'Follow-up 5 (due 5 October 2026)',
    ]);
    expect(lines[5]).toBe('4 more overdue actions, listed in the action plan');
    // The plan has every action whole.
    const plan = tableRows(body, 'Action plan').map((row) => row[0]);
    expect(plan).toContain(long);
    expect(plan).toContain('Follow-up 8');
  });
});

describe('an assessment before the panel', () => {
  it('has no ratings, recommendations or deadline, and says the panel is still to come', async () => {
    const given = sampleAssessmentInput(templates);
    const input: AssessmentDocInput = {
      ...given,
      assessment: {
        ...given.assessment,
        outcome: null,
        panelDate: '2026-12-15',
        actions: given.assessment.actions.filter((a) => a.source === 'team'),
      },
      maturity: null,
    };
    const model = renderAssessment(input);
    const titles = model.sections.map((section) => section.title);
    expect(titles).toEqual(['Summary', 'The points', 'Action plan']);
    const bytes = await renderDocx(model, { now: input.now, contentsPageNumbers: false });
    const text = textOf(readDocx(bytes).part('word/document.xml'));
    expect(text).toContain('15 December 2026 (in 14 days)');
    expect(text).toContain('Status: Ready');
    expect(text).not.toContain('Panel rating');
    expect(readDocx(bytes).names.some((name) => name.startsWith('word/charts/'))).toBe(false);
  });

  it('covers only the points in scope of a reassessment, numbered as the standard numbers them', () => {
    const given = sampleAssessmentInput(templates);
    const model = renderAssessment({
      ...given,
      assessment: { ...given.assessment, stage: 'alpha-reassessment', scope: ['2', '9'] },
    });
    const points = model.sections.find((section) => section.title === 'The points');
    expect(points?.sections?.map((section) => section.title)).toEqual([
      '2. Solve a whole problem for users',
      '9. Create a secure service which protects users’ privacy',
    ]);
    expect(model.meta.title).toBe('Example: Apply for a fishing licence: alpha reassessment');
  });

  it('writes met and not met on a scale without colours', async () => {
    const given = sampleAssessmentInput(templates);
    const standard: StandardTemplate = {
      ...templates.standard,
      rating_scale: {
        values: [
          { id: 'met', label: 'Met', meaning: 'The point is met.' },
          { id: 'not-met', label: 'Not met', meaning: 'The point is not met.' },
        ],
      },
    };
    const outcome = given.assessment.outcome;
    if (!outcome) throw new Error('The sample has an outcome.');
    const ratings = Object.fromEntries(
      Object.keys(outcome.pointRatings).map((id) => [id, id === '2' ? 'not-met' : 'met']),
    );
    const bytes = await renderAssessmentDocx(
      {
        ...given,
        standard,
        assessment: { ...given.assessment, outcome: { ...outcome, pointRatings: ratings, overallRating: 'not-met' } },
      },
      { contentsPageNumbers: false },
    );
    const body = readDocx(bytes).part('word/document.xml');
    expect(tableRows(body, 'Ratings by point')[2]).toEqual(['2', 'Solve a whole problem for users', 'Not met']);
    expect(textOf(body)).toContain('Overall rating: Not met');
  });
});

describe('a scale that rates points only', () => {
  it('gives no overall rating when the scale has none and the panel gave none', () => {
    const given = sampleAssessmentInput(templates);
    const outcome = given.assessment.outcome;
    if (!outcome) throw new Error('The sample has an outcome.');
    const standard: StandardTemplate = {
      ...templates.standard,
      rating_scale: {
        values: [
          { id: 'met', label: 'Met', meaning: 'The point is met.' },
          { id: 'not-met', label: 'Not met', meaning: 'The point is not met.' },
        ],
      },
    };
    const text = markdownText(
      renderAssessment({
        ...given,
        standard,
        assessment: { ...given.assessment, outcome: { ...outcome, pointRatings: { '1': 'met' }, overallRating: null } },
      }),
    );
    expect(text).toContain('The panel rated each point on the standard’s scale (Met, Not met).');
    expect(text).not.toContain('Overall rating');
    expect(text).toMatch(/\| 2 \| Solve a whole problem for users \| Not rated \|/);
  });
});

describe('the assessment in Markdown', () => {
  it('describes the chart in words where it cannot draw it', () => {
    const text = markdownText(renderAssessment(sampleAssessmentInput(templates)));
    expect(text).toContain(
      '_Maturity on the Modern Software Delivery Maturity Index: current against target: Bar chart of',
    );
  });
});
