// The compliance map's CSV files: links with both steps and the relation in words and as the term, and
// conflicts joined with their register entries; text from people is defused against spreadsheet formulas.
import { describe, expect, it } from 'vitest';
import type { MapAnalysis } from '../../src/domain/compliance-map/analysis-types';
import type { ComplianceMap, MapLink, MapStep } from '../../src/domain/compliance-map/map-model';
import {
  mapConflictsTable,
  mapLinksTable,
  renderMapConflictsCsv,
  renderMapLinksCsv,
} from '../../src/export/render-map-csv';

function step(id: string, name: string): MapStep {
  return { id, name, owner: '', phase: null, evidence: [], dependsOn: [], durationDays: null, description: '' };
}

const link = (id: string, extra: Partial<MapLink>): MapLink => ({
  id,
  from: { processId: 'central', stepId: 'prototype' },
  to: { processId: 'department', stepId: 'design' },
  relation: 'conflicts-with',
  rationale: 'functional',
  confidence: 'high',
  origin: 'person',
  status: 'agreed',
  reason: 'Design must be fixed before any build',
  note: '',
  by: 'Sam Patel',
  at: '2026-12-01T09:30:12.000Z',
  needsReview: null,
  ...extra,
});

const map: Pick<ComplianceMap, 'title' | 'processes' | 'links' | 'conflicts'> = {
  title: 'Fishing licence map',
  processes: [
    {
      id: 'central',
      title: 'Central route',
      side: 'central',
      organisation: '',
      source: { type: 'manual' },
      steps: [step('prototype', 'Build prototypes'), step('alpha', 'Alpha assessment')],
    },
    {
      id: 'department',
      title: 'Department gates',
      side: 'departmental',
      organisation: '',
      source: { type: 'manual' },
      steps: [step('design', 'Design sign-off')],
    },
  ],
  links: [
    link('l1', {}),
    link('l2', {
      from: { processId: 'central', stepId: 'gone' },
      relation: 'equivalent-to',
      rationale: 'semantic',
      origin: 'accepted-suggestion',
      status: 'draft',
      reason: '',
      note: '=HYPERLINK("http://evil.example","click")',
      needsReview: 'The step "gone" is not in version 2.0.0 of Central route.',
    }),
  ],
  conflicts: [
    {
      id: 'c1',
      subject: { type: 'link', linkId: 'l1' },
      owner: 'Head of architecture',
      proposedResolution: 'Sign off a design per release',
      status: 'agreed',
      evidenceIds: ['e1', 'e-missing'],
      note: '',
      updatedAt: '2026-12-02T08:00:00.000Z',
    },
    {
      id: 'c2',
      subject: {
        type: 'cycle',
        steps: [
          { processId: 'department', stepId: 'design' },
          { processId: 'central', stepId: 'prototype' },
        ],
      },
      owner: 'Service owner',
      proposedResolution: '+ agree an exception',
      status: 'escalated',
      evidenceIds: [],
      note: '',
      updatedAt: '2026-12-03T08:00:00.000Z',
    },
    {
      id: 'c3',
      subject: { type: 'link', linkId: 'removed' },
      owner: 'PMO',
      proposedResolution: '',
      status: 'open',
      evidenceIds: [],
      note: 'Kept for the record',
      updatedAt: '2026-12-04T08:00:00.000Z',
    },
  ],
};

const analysis: Pick<MapAnalysis, 'declaredConflicts' | 'cycles'> = {
  declaredConflicts: [
    {
      linkId: 'l1',
      steps: [
        { processId: 'central', stepId: 'prototype' },
        { processId: 'department', stepId: 'design' },
      ],
      reason: 'Design must be fixed before any build',
    },
  ],
  cycles: [
    {
      steps: [
        { processId: 'central', stepId: 'prototype' },
        { processId: 'department', stepId: 'design' },
      ],
      rules: [],
      component: [],
      explanation: 'Build prototypes must come before Design sign-off, and Design sign-off before Build prototypes.',
    },
    {
      steps: [{ processId: 'central', stepId: 'alpha' }],
      rules: [],
      component: [],
      explanation: 'Another loop.',
    },
  ],
};

describe('mapLinksTable', () => {
  it('writes each link with both steps, the relation in words and as the term, and who made it', () => {
    const table = mapLinksTable(map);
    expect(table.name).toBe('Fishing licence map - links');
    expect(table.rows[0]).toEqual([
      'Central route',
      'prototype',
      'Build prototypes',
      'conflicts with',
      'conflicts-with',
      'Department gates',
      'design',
      'Design sign-off',
      'Same purpose',
      'high',
      'Drawn by a person',
      'Agreed',
      'Design must be fixed before any build',
      '',
      'Sam Patel',
      '2026-12-01 09:30',
      '',
    ]);
    expect(table.rows[1]?.slice(1, 5)).toEqual([
      'gone',
      '(no longer in the process)',
      'is equivalent to',
      'equivalent-to',
    ]);
    expect(table.rows[1]?.slice(10, 12)).toEqual(['Suggestion accepted by a person', 'Draft']);
    expect(table.rows[1]?.[16]).toBe('The step "gone" is not in version 2.0.0 of Central route.');
  });

  it('defuses a note a spreadsheet would run as a formula', () => {
    const text = new TextDecoder().decode(renderMapLinksCsv(map));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toContain(',=HYPERLINK');
  });
});

describe('mapConflictsTable', () => {
  it('joins declared conflicts and cycles with their register entries, then lists entries no longer found', () => {
    const table = mapConflictsTable(map, analysis, new Map([['e1', 'Minutes of the design authority, 2 December']]));
    expect(table.rows).toEqual([
      [
        'Declared conflict',
        'Central route: Build prototypes; Department gates: Design sign-off',
        'central:prototype; department:design',
        'Design must be fixed before any build',
        'Head of architecture',
        'Sign off a design per release',
        'Agreed',
        'Minutes of the design authority, 2 December; (evidence no longer in the library)',
        '',
        '2026-12-02 08:00',
      ],
      [
        'Ordering contradiction',
        'Central route: Build prototypes; Department gates: Design sign-off',
        'central:prototype; department:design',
        'Build prototypes must come before Design sign-off, and Design sign-off before Build prototypes.',
        'Service owner',
        '+ agree an exception',
        'Escalated',
        '',
        '',
        '2026-12-03 08:00',
      ],
      [
        'Ordering contradiction',
        'Central route: Alpha assessment',
        'central:alpha',
        'Another loop.',
        '',
        '',
        'Open',
        '',
        '',
        '',
      ],
      [
        'No longer found',
        '',
        '',
        'A declared conflict whose link has since been removed or changed.',
        'PMO',
        '',
        'Open',
        '',
        'Kept for the record',
        '2026-12-04 08:00',
      ],
    ]);
  });

  it('defuses a proposed resolution that starts like a formula', () => {
    const text = new TextDecoder().decode(renderMapConflictsCsv(map, analysis, new Map()));
    expect(text).toContain(",'+ agree an exception,");
  });
});
