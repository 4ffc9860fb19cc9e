// The example project's business case: "Apply for a fishing licence" asking to move from alpha to beta,
// with the frozen revision from the end of discovery before it. It shows a disproved assumption, an
// option closed by evidence, a beta cost range that narrowed and an approval with a condition. Built from
// given ids and a clock so the app and the command line make the same example.
import { EXAMPLE_TEMPLATES } from '../example-project';
import { richTextFromPlainText } from '../rich-text';
import { createBusinessCase } from './case';
import type { Assumption, BusinessCase, CaseOption, CaseRevision, CostLine } from './model';
import { createFirstRevision, freezeRevision, startNewRevision, updateRevision } from './revisions';

export interface ExampleCaseRecords {
  businessCase: BusinessCase;
  /** Revision 1 (frozen at the end of discovery) and revision 2 (the draft asking for beta). */
  revisions: [CaseRevision, CaseRevision];
}

const AUTHOR_1 = 'Sam Taylor (example)';
const AUTHOR_2 = 'Priya Shah (example)';

function text(value: string) {
  return richTextFromPlainText(value);
}

const DISCOVERY_SECTIONS: Record<string, string> = {
  summary:
    'Anglers renew their licence on a paper form or by phone, and one application in five needs a call back. We ask for twelve weeks of alpha to test an online service against doing the minimum.\n\nAt the end of alpha the investment committee will see two tested prototypes, the results of three rounds of research and firm costs for beta.',
  'case-for-change':
    'About 410,000 licences are issued each year. Processing a paper form costs staff around 19 minutes, and errors in licence types lead to refunds.',
  'options-still-open':
    'Four options are open: business as usual, doing the minimum (a fillable form on the website), a new online service, and buying a licensing product.',
  'costs-by-phase':
    'Alpha is costed at a team of six for twelve weeks. Beta and live are wide ranges until alpha tells us how much of the legacy system we must keep.',
  'assumptions-log': 'Our riskiest assumptions are about volumes, payments and the legacy database; each has a test.',
};

const ALPHA_SECTIONS: Record<string, string> = {
  summary:
    'Alpha showed that anglers can renew online in under five minutes, and that the shared payments platform meets our needs. We ask to move to beta: a team of nine for six months, at a firm cost.\n\nThe beta will open to anglers in two regions before the whole country.',
  'case-for-change':
    'About 410,000 licences are issued each year. Processing a paper form costs staff around 19 minutes, and errors in licence types lead to about 6,000 refunds a year.',
  'options-still-open':
    'Buying a licensing product was closed: no product on the market handles our concession rules without costly changes. Doing the minimum stays as the fallback.',
  'costs-by-phase':
    'Beta is now a firm figure, based on the team that ran alpha. The range for live narrowed because the legacy database can be reached through an interface.',
  'assumptions-log':
    'Alpha disproved our assumption that most anglers renew by phone: research and call data show most already start online and give up. The summary and the case for change now say so.',
};

function option(id: string, title: string, baseline: CaseOption['baseline'], open = true, reason = ''): CaseOption {
  return { id, title, description: '', baseline, shortListed: baseline !== null || open, open, closedReason: reason };
}

function costLine(id: string, line: Omit<CostLine, 'id'>): CostLine {
  return { id, ...line };
}

/**
 * Builds the example case for a project. `nextId` gives the case its id, then each revision, then each
 * item inside; `evidenceIds` are the example project's evidence items, in the order they were made.
 */
export function buildExampleBusinessCase(
  projectId: string,
  nextId: () => string,
  now: Date,
  evidenceIds: readonly string[] = [],
): ExampleCaseRecords {
  const template = EXAMPLE_TEMPLATES.find((ref) => ref.templateId === 'agile-business-case');
  if (!template) throw new Error('The example has no business case template.');
  const endOfDiscovery = new Date(now.getTime() - 70 * 24 * 60 * 60 * 1000);
  const businessCase = createBusinessCase({
    id: nextId(),
    projectId,
    title: 'Apply for a fishing licence: agile business case (example)',
    template: { packId: template.packId, templateId: template.templateId, version: template.version },
    gate: 'alpha-to-beta',
    smallScheme: false,
    now: endOfDiscovery,
  });
  const [report, research, , paymentsDecision] = evidenceIds;
  const year = endOfDiscovery.getUTCFullYear();

  const assumptions: Assumption[] = [
    {
      id: nextId(),
      text: 'Most anglers renew by phone, so an online service must win them over from the phone line.',
      sectionIds: ['summary', 'case-for-change'],
      confidence: 'medium',
      test: 'Compare call records with the web analytics of the current start page, and ask in research.',
      testBy: `${year}-10-15`,
      status: 'untested',
      evidenceIds: report ? [report] : [],
    },
    {
      id: nextId(),
      text: 'The shared payments platform can take licence fees, including concessions.',
      sectionIds: ['options-appraisal', 'costs-by-phase'],
      confidence: 'low',
      test: 'Build a payment into the alpha prototype with the platform team.',
      testBy: `${year}-10-30`,
      status: 'untested',
      evidenceIds: [],
    },
    {
      id: nextId(),
      text: 'The legacy licence database can be read and written through an interface.',
      sectionIds: ['costs-by-phase', 'running-costs'],
      confidence: 'low',
      test: 'A two-week technical spike with the supplier of the database.',
      testBy: `${year}-11-15`,
      status: 'untested',
      evidenceIds: [],
    },
  ];
  const options: CaseOption[] = [
    option(nextId(), 'Business as usual: paper form and phone line', 'business-as-usual'),
    option(nextId(), 'Do minimum: a fillable form on the website', 'do-minimum'),
    option(nextId(), 'A new online service', null),
    option(nextId(), 'Buy a licensing product', null),
  ];
  const [, , online, product] = options;
  const lines = [
    costLine(nextId(), {
      phase: 'alpha',
      year,
      description: 'Alpha team of six for twelve weeks',
      kind: 'resource',
      low: 32_000_000,
      likely: 32_000_000,
      high: 32_000_000,
    }),
    costLine(nextId(), {
      phase: 'beta',
      year: year + 1,
      description: 'Beta team and hosting',
      kind: 'resource',
      low: 60_000_000,
      likely: 85_000_000,
      high: 130_000_000,
    }),
    costLine(nextId(), {
      phase: 'live',
      year: year + 2,
      description: 'Running and improving the service',
      kind: 'resource',
      low: 25_000_000,
      likely: 35_000_000,
      high: 60_000_000,
    }),
  ];

  const first = createFirstRevision(businessCase, nextId(), AUTHOR_1, endOfDiscovery, year);
  const discovery = updateRevision(
    { ...first, gate: 'discovery-to-alpha' },
    {
      sections: Object.fromEntries(Object.entries(DISCOVERY_SECTIONS).map(([id, value]) => [id, text(value)])),
      assumptions,
      options: {
        options,
        factors: [
          { id: nextId(), title: 'Meets the needs of anglers, including those using assistive technology' },
          { id: nextId(), title: 'Affordable within the licensing budget' },
        ],
        scores: [],
        preferredOptionId: null,
        preferredReason: '',
      },
      costs: {
        ...first.costs,
        lines,
        optimismBiasPercent: 20,
        optimismBiasBasis:
          'The uplift the department uses for early digital estimates, until alpha gives firmer figures.',
      },
      approvals: [
        {
          id: nextId(),
          body: 'Departmental investment committee',
          route: 'departmental-investment-committee',
          date: endOfDiscovery.toISOString().slice(0, 10),
          decision: 'approved-with-conditions',
          conditions: [
            {
              id: nextId(),
              text: 'Report alpha spend against the firm figure every month.',
              owner: AUTHOR_1,
              due: `${year}-12-31`,
              done: true,
            },
          ],
        },
      ],
    },
    endOfDiscovery,
  );
  const frozen = freezeRevision(discovery, endOfDiscovery);
  const { next } = startNewRevision(frozen, {
    id: nextId(),
    author: AUTHOR_2,
    summary:
      'Alpha tested the three riskiest assumptions: the phone assumption was wrong, payments and the legacy interface hold. Buying a product was closed, beta is now firm and the live range narrowed.',
    now,
    gate: 'alpha-to-beta',
  });
  const [phone, payments, legacy] = next.assumptions;
  const alpha = updateRevision(
    next,
    {
      sections: {
        ...next.sections,
        ...Object.fromEntries(Object.entries(ALPHA_SECTIONS).map(([id, value]) => [id, text(value)])),
      },
      assumptions: [
        ...(phone ? [{ ...phone, status: 'disproved' as const, evidenceIds: research ? [research] : [] }] : []),
        ...(payments
          ? [
              {
                ...payments,
                status: 'holding' as const,
                confidence: 'high' as const,
                evidenceIds: paymentsDecision ? [paymentsDecision] : [],
              },
            ]
          : []),
        ...(legacy ? [{ ...legacy, status: 'holding' as const, confidence: 'medium' as const }] : []),
      ],
      options: {
        ...next.options,
        options: next.options.options.map((o) =>
          o.id === product?.id
            ? {
                ...o,
                open: false,
                shortListed: false,
                closedReason: 'No product handles our concession rules without costly changes.',
              }
            : o,
        ),
        preferredOptionId: online?.id ?? null,
        preferredReason: 'Five of six anglers finished a renewal in the prototype, and it reuses shared platforms.',
      },
      costs: {
        ...next.costs,
        optimismBiasPercent: 10,
        lines: next.costs.lines.map((l) =>
          l.phase === 'beta'
            ? { ...l, low: 90_000_000, likely: 90_000_000, high: 90_000_000 }
            : l.phase === 'live'
              ? { ...l, low: 30_000_000, likely: 35_000_000, high: 42_000_000 }
              : l,
        ),
      },
    },
    now,
  );
  return { businessCase: { ...businessCase, updatedAt: now.toISOString() }, revisions: [frozen, alpha] };
}
