// Readiness before a gate (src/domain/business-case/readiness.ts), against the built-in template.
import { describe, expect, it } from 'vitest';
import { flattenTemplateSections } from '../../../src/domain/business-case/gates';
import type { CaseOption, CaseRevision } from '../../../src/domain/business-case/model';
import { gateReadiness } from '../../../src/domain/business-case/readiness';
import { assumption, builtInTemplate, cost, doc, draft } from './fixtures';

const template = builtInTemplate();
const allSections = flattenTemplateSections(template).map(({ section }) => section.id);

function option(id: string, title: string, baseline: CaseOption['baseline']): CaseOption {
  return { id, title, description: '', baseline, shortListed: true, open: true, closedReason: '' };
}

/** A revision with every section written and every structured part filled, asking for alpha to beta. */
function complete(): CaseRevision {
  const base = draft();
  return {
    ...base,
    sections: Object.fromEntries(allSections.map((id) => [id, doc(`Text for ${id}.`)])),
    assumptions: [assumption('a1', { status: 'holding', sectionIds: ['strategic'] })],
    options: {
      ...base.options,
      options: [
        option('o0', 'Business as usual', 'business-as-usual'),
        option('o1', 'Do minimum', 'do-minimum'),
        option('o2', 'Online service', null),
      ],
      preferredOptionId: 'o2',
      preferredReason: 'Alpha users finished the journey',
    },
    costs: { ...base.costs, lines: [cost('b', { phase: 'beta', low: 100, likely: 100, high: 100 })] },
    benefits: [
      {
        id: 'b1',
        benefit: 'Faster renewals',
        measure: 'Days',
        baseline: '20',
        target: '2',
        whenMeasured: 'Monthly',
        owner: 'Sam',
        cashable: false,
      },
    ],
    risks: [{ id: 'r1', risk: 'No access to users', owner: 'Sam', response: 'Book research early', reviewBy: null }],
    decisions: [
      { id: 'd1', decision: 'Go to alpha', madeBy: 'Board', date: '2026-06-01', evidence: 'Discovery report' },
    ],
    approvals: [
      {
        id: 'ap1',
        body: 'Investment committee',
        route: 'departmental-investment-committee',
        date: '2026-12-01',
        decision: 'approved',
        conditions: [],
      },
    ],
  };
}

describe('gateReadiness', () => {
  it('has nothing to do for a complete case', () => {
    expect(gateReadiness(template, complete())).toEqual([]);
  });

  it('lists empty sections and missing structured parts, each with what to do', () => {
    const revision = { ...complete(), sections: {}, risks: [] };
    const items = gateReadiness(template, revision);
    const empty = items.filter((i) => i.kind === 'empty-section');
    expect(empty.map((i) => i.sectionIds[0])).toEqual(allSections);
    expect(empty[0]?.action).toBe(
      'Write Summary and what we are asking for, answering the questions beside it for move from alpha to beta.',
    );
    const missing = items.filter((i) => i.kind === 'missing-part');
    expect(missing.map((i) => [i.sectionIds[0], i.problem])).toEqual([
      ['risks', 'Risks asks for a list of risks, and there are none yet.'],
    ]);
  });

  it('does not call a case empty when its sub-sections are written', () => {
    const revision = complete();
    delete revision.sections.strategic;
    expect(gateReadiness(template, revision)).toEqual([]);
  });

  it('flags sections that rest only on untested assumptions, and puts contradicted ones first', () => {
    const revision: CaseRevision = {
      ...complete(),
      assumptions: [
        assumption('u1', { status: 'untested', sectionIds: ['economic'] }),
        assumption('u2', { status: 'untested', sectionIds: ['economic', 'strategic'] }),
        assumption('h1', { status: 'holding', sectionIds: ['strategic'] }),
        assumption('d1', {
          status: 'disproved',
          sectionIds: ['costs-by-phase'],
          text: 'Volumes will stay under 10,000 a year',
        }),
      ],
    };
    const items = gateReadiness(template, revision);
    expect(items.map((i) => i.key)).toEqual(['contradicted:costs-by-phase', 'only-assumed:economic']);
    expect(items[0]?.problem).toBe(
      'Costs by phase depends on an assumption shown to be wrong: \u201CVolumes will stay under 10,000 a year\u201D.',
    );
    expect(items[1]?.action).toMatch(/^Test the riskiest assumption behind Economic case/);
  });

  it('asks for a preferred option from the move to beta on, and for the baselines', () => {
    const revision = complete();
    const noPreferred = {
      ...revision,
      options: { ...revision.options, preferredOptionId: null, options: revision.options.options.slice(1) },
    };
    expect(gateReadiness(template, noPreferred).map((i) => [i.kind, i.sectionIds, i.action])).toEqual([
      [
        'options-incomplete',
        ['options-appraisal'],
        'Add business as usual to the long list, so the other options can be compared with it.',
      ],
      ['options-incomplete', ['options-appraisal'], 'Choose the preferred option and say why the evidence favours it.'],
    ]);
    const early = {
      ...noPreferred,
      gate: 'discovery-to-alpha' as const,
      costs: { ...revision.costs, lines: [cost('a', { phase: 'alpha', low: 5, likely: 5, high: 5 })] },
    };
    expect(gateReadiness(template, early).map((i) => i.action)).toEqual([
      'Add business as usual to the long list, so the other options can be compared with it.',
    ]);
  });

  it('asks for a firm figure for the phase being funded', () => {
    const ranged = {
      ...complete(),
      costs: { ...complete().costs, lines: [cost('b', { low: 1, likely: 2, high: 3 })] },
    };
    expect(gateReadiness(template, ranged).map((i) => [i.key, i.sectionIds])).toEqual([
      ['cost-not-firm:beta', ['costs-by-phase']],
    ]);
    const onlyLive = {
      ...complete(),
      costs: { ...complete().costs, lines: [cost('l', { phase: 'live', low: 1, likely: 1, high: 1 })] },
    };
    expect(gateReadiness(template, onlyLive)[0]?.problem).toBe(
      'There is no cost for Beta, the phase this case asks to fund.',
    );
  });

  it('lists approvals still needed and their open conditions', () => {
    const revision: CaseRevision = {
      ...complete(),
      approvals: [
        {
          id: 'ap1',
          body: 'Investment committee',
          route: 'departmental-investment-committee',
          date: null,
          decision: 'pending',
          conditions: [],
        },
        {
          id: 'ap2',
          body: 'Central assurance',
          route: 'central-assurance',
          date: '2026-11-01',
          decision: 'approved-with-conditions',
          conditions: [
            { id: 'c1', text: 'Publish the performance data', owner: 'Priya', due: '2027-02-01', done: false },
          ],
        },
      ],
    };
    const items = gateReadiness(template, revision);
    expect(items.map((i) => i.key)).toEqual(['approval-needed:ap1', 'open-condition:c1']);
    expect(items[1]?.action).toBe('Priya should meet it by 2027-02-01, or record why it no longer applies.');
    expect(gateReadiness(template, { ...complete(), approvals: [] }).map((i) => i.key)).toEqual([
      'approval-needed:none',
    ]);
  });
});
