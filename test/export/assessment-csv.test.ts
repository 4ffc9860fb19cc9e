// The assessment's CSV files: the checklist and the actions, quoted as RFC 4180 says and defused against
// spreadsheet formulas, with ratings and statuses in words.
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { MaturityModelTemplate, StandardTemplate } from '../../src/domain/pack';
import {
  assessmentActionsTable,
  assessmentChecklistTable,
  renderAssessmentActionsCsv,
  renderAssessmentChecklistCsv,
} from '../../src/export/render-assessment-csv';
import type { AssessmentDocInput } from '../../src/export/render-assessment';
import { builtInTemplates, sampleAssessmentInput } from './assessment-fixture';

let input: AssessmentDocInput;
let templates: { standard: StandardTemplate; model: MaturityModelTemplate };

beforeAll(async () => {
  templates = await builtInTemplates();
  input = sampleAssessmentInput(templates);
});

function parse(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
}

describe('the checklist CSV', () => {
  it('has one row per point in scope with status, plain narrative, evidence titles, actions and rating', () => {
    const rows = parse(renderAssessmentChecklistCsv(input));
    expect(rows[0]).toEqual([
      'Point',
      'Title',
      'Status',
      'Why not applicable',
      'Narrative',
      'Evidence',
      'Actions',
      'Open actions',
      'Rating',
      'Needs review',
    ]);
    expect(rows).toHaveLength(15);
    expect(rows[1]?.slice(0, 3)).toEqual(['1', 'Understand users and their needs', 'Ready']);
    expect(rows[1]?.[4]).toContain('18 anglers');
    expect(rows[1]?.[4]).toContain('\n\nEach round changed the prototype');
    expect(rows[1]?.[5]).toBe(
      'Discovery report: how anglers apply today; Usability testing, round 1: renewing a licence; Prototype of the apply journey',
    );
    expect(rows[2]?.slice(6)).toEqual(['3', '3', 'Amber', 'No']);
    // A rich-text narrative comes out as plain text.
    expect(rows[4]?.[4]).toBe(
      'Five of six people renewed without help in round 1, and six of six in round 3.\nThe start page now says what people need before they begin.',
    );
    expect(rows[12]?.[3]).toBe('No code has been written yet: the alpha used a prototyping kit only.');
    expect(rows[10]?.[9]).toBe('Yes');
  });

  it('leaves the rating empty before the panel, and names evidence no longer in the library', () => {
    const table = assessmentChecklistTable({
      ...input,
      evidence: input.evidence.filter((item) => item.title !== 'Team charter and roles'),
      assessment: { ...input.assessment, outcome: null },
    });
    expect(table.rows.every((row) => row[8] === '')).toBe(true);
    expect(table.rows[5]?.[5]).toBe('(no longer in the evidence library)');
  });

  it('defuses formulas and quotes commas, quotes and line breaks', () => {
    const answers = input.assessment.answers.map((answer) =>
      answer.pointId === '1'
        ? { ...answer, narrative: { type: 'plain' as const, text: '=HYPERLINK("http://bad.example","click")' } }
        : answer.pointId === '2'
          ? { ...answer, narrative: { type: 'plain' as const, text: '@SUM(A1:A2), then "more"' } }
          : answer,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      renderAssessmentChecklistCsv({ ...input, assessment: { ...input.assessment, answers } }),
    );
    expect(text).toContain(`,"'=HYPERLINK(""http://bad.example"",""click"")",`);
    expect(text).toContain(`,"'@SUM(A1:A2), then ""more""",`);
    const rows = parse(new TextEncoder().encode(text));
    expect(rows[1]?.[4]).toBe(`'=HYPERLINK("http://bad.example","click")`);
  });
});

describe('the actions CSV', () => {
  it('lists every action soonest due first, with dates a spreadsheet sorts', () => {
    const rows = parse(renderAssessmentActionsCsv(input));
    expect(rows[0]).toEqual(['Action', 'Point', 'Point title', 'Owner', 'Due date', 'From', 'Done']);
    expect(rows.slice(1).map((row) => row[4])).toEqual([
      '2026-11-18',
      '2026-11-27',
      '2026-12-11',
      '2027-02-24',
      '2027-02-24',
      '2027-02-24',
      '',
    ]);
    expect(rows[1]?.slice(1)).toEqual([
      '14',
      'Operate a reliable service',
      'Sam Taylor (example)',
      '2026-11-18',
      'Team',
      'Yes',
    ]);
    expect(rows[6]?.slice(1, 3)).toEqual(['', 'The service as a whole']);
    expect(rows[4]?.[5]).toBe('Panel recommendation');
  });

  it('defuses an action or owner that starts like a formula', () => {
    const actions = input.assessment.actions
      .slice(0, 1)
      .map((action) => ({ ...action, what: '+cmd|"/c calc"!A1', owner: '-2+3' }));
    const table = assessmentActionsTable({ ...input, assessment: { ...input.assessment, actions } });
    expect(table.rows[0]?.slice(0, 1)).toEqual(['+cmd|"/c calc"!A1']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      renderAssessmentActionsCsv({ ...input, assessment: { ...input.assessment, actions } }),
    );
    expect(text).toContain(`'+cmd|""/c calc""!A1`);
    expect(text).toContain(`,'-2+3,`);
  });
});
