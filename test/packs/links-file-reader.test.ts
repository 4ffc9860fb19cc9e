// Reading links between two processes from CSV: good rows become draft links made by a person, and every
// bad row is reported by number and reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapProcess, MapStep } from '../../src/domain/compliance-map/map-model';
import { readLinksCsv, type LinksFileResult } from '../../src/packs/links-file-reader';
import { readProcessFile } from '../../src/packs/process-file-reader';

function step(id: string): MapStep {
  return { id, name: id, owner: '', phase: null, evidence: [], dependsOn: [], durationDays: null, description: '' };
}

function process(id: string, title: string, ids: string[]): MapProcess {
  return { id, title, side: 'other', organisation: '', source: { type: 'manual' }, steps: ids.map(step) };
}

const central = process('central', 'Central route', ['alpha-assessment', 'prototype', 'pen-test']);
const department = process('department', 'Department gates', ['gate-2', 'design-sign-off', 'it-health-check']);
const NOW = new Date('2026-12-01T10:00:00.000Z');

function read(text: string): LinksFileResult {
  return readLinksCsv(text, 'links.csv', { central, department, by: 'Sam Patel', now: NOW });
}

function problemsOf(text: string): string[] {
  const result = read(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('readLinksCsv', () => {
  it('reads good rows into draft links made by a person, with the defaults', () => {
    const result = read(
      [
        'Central,Department,Relation,Note',
        'alpha-assessment,gate-2,Equivalent-To,Both look at the alpha',
        'prototype,design-sign-off,conflicts-with,"The department wants the design fixed first"',
      ].join('\r\n'),
    );
    expect(result).toEqual({
      ok: true,
      links: [
        {
          from: { processId: 'central', stepId: 'alpha-assessment' },
          to: { processId: 'department', stepId: 'gate-2' },
          relation: 'equivalent-to',
          rationale: 'semantic',
          confidence: 'medium',
          origin: 'person',
          status: 'draft',
          reason: '',
          note: 'Both look at the alpha',
          by: 'Sam Patel',
          at: '2026-12-01T10:00:00.000Z',
          needsReview: null,
        },
        {
          from: { processId: 'central', stepId: 'prototype' },
          to: { processId: 'department', stepId: 'design-sign-off' },
          relation: 'conflicts-with',
          rationale: 'semantic',
          confidence: 'medium',
          origin: 'person',
          status: 'draft',
          reason: 'The department wants the design fixed first',
          note: '',
          by: 'Sam Patel',
          at: '2026-12-01T10:00:00.000Z',
          needsReview: null,
        },
      ],
    });
  });

  it('takes rationale, confidence and status from optional columns', () => {
    const result = read(
      'central,department,relation,rationale,confidence,status\npen-test,it-health-check,equal-to,functional,high,agreed\n',
    );
    expect(result.ok && result.links.map((l) => [l.rationale, l.confidence, l.status])).toEqual([
      ['functional', 'high', 'agreed'],
    ]);
  });

  it('reports every bad row by number and reason', () => {
    const text = [
      'central,department,relation,note,confidence',
      'alpha-assessment,gate-2,equivalent-to,,', // row 2
      'alpha-assesment,gate-3,same,,', // row 3
      'prototype,design-sign-off,conflicts-with,,', // row 4
      'alpha-assessment,gate-2,equivalent-to,again,', // row 5
      ',,,,very', // row 6
      'pen-test,it-health-check,equal-to,<i>x</i>,', // row 7
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'Row 3: the central step "alpha-assesment" is not a step of "Central route".',
      'Row 3: the department step "gate-3" is not a step of "Department gates".',
      'Row 3: the relation "same" is not one of equal-to, equivalent-to, subset-of, superset-of, intersects-with, no-relationship, conflicts-with, must-precede, must-follow.',
      'Row 4: a conflicts-with link needs a note saying why the steps conflict.',
      'Row 5: the same link is given again (first on row 2).',
      'Row 6: there is no central step.',
      'Row 6: there is no department step.',
      'Row 6: there is no relation; use one of equal-to, equivalent-to, subset-of, superset-of, intersects-with, no-relationship, conflicts-with, must-precede, must-follow.',
      'Row 6: the confidence "very" is not one of low, medium, high.',
      'Row 7: the note contains HTML ("<i>"); text here must be plain text.',
    ]);
  });

  it('reports header problems and empty files', () => {
    expect(problemsOf('central,dept,relation\n')).toEqual([
      'Row 1: the column "dept" is not one of central, department, relation, note, rationale, confidence, status.',
      'Row 1: the header has no "department" column.',
    ]);
    expect(problemsOf('')).toEqual([
      'The links file "links.csv" is empty; it needs a header row and at least one link.',
    ]);
    expect(problemsOf('central,department,relation\n')).toEqual(['The links file has no links after its header row.']);
    expect(problemsOf('central,department,relation\na,b\n')).toEqual([
      'Row 2: the row has 2 values but the header has 3 columns.',
    ]);
  });
});

describe('the sample links file', () => {
  it('reads against the sample central and department processes', async () => {
    const central = await readProcessFile(readFileSync('test/fixtures/processes/central.csv'), 'central.csv');
    const department = await readProcessFile(
      readFileSync('test/fixtures/processes/department.xlsx'),
      'department.xlsx',
    );
    if (!central.ok || !department.ok) throw new Error('the sample processes should read');
    const text = readFileSync('test/fixtures/processes/links.csv', 'utf8');
    const result = readLinksCsv(text, 'links.csv', { central: central.process, department: department.process });
    expect(result.ok && result.links.map((link) => link.relation)).toEqual([
      'equal-to',
      'equivalent-to',
      'conflicts-with',
      'must-precede',
      'must-follow',
    ]);
  });

  it('the sample bad process file has its problems listed by row', async () => {
    const result = await readProcessFile(readFileSync('test/fixtures/processes/bad-steps.csv'), 'bad-steps.csv');
    expect(result.ok ? [] : result.problems).toEqual([
      'Row 2: the duration "ten" is not a whole number of days from 0 to 3650.',
      'Row 3: the phase "gate 2" is not discovery, alpha, beta or live.',
      'Row 3: depends on "test", which is not a step in this file.',
      'Row 4: the id "design" is used again (first on row 2).',
    ]);
  });
});
