// Sample compliance maps for the view tests and screenshots: the central route and a department's
// governance with the design-before-build contradiction, the same map once the exception is agreed (so a
// plan exists), and a generator of big processes.
import type {
  ComplianceMap,
  ConflictRecord,
  MapLink,
  MapProcess,
  MapStep,
  StepRef,
} from '../../../src/domain/compliance-map/map-model';
import type { MapAnalysis } from '../../../src/domain/compliance-map/analysis-types';
import type { MapHrefs } from '../../../src/ui/compliance-map/views/view-model';

const step = (
  id: string,
  name: string,
  dependsOn: string[],
  durationDays: number,
  evidence: string[] = [],
): MapStep => ({
  id,
  name,
  owner: '',
  phase: null,
  evidence,
  dependsOn,
  durationDays,
  description: '',
});

export const central: MapProcess = {
  id: 'central',
  title: 'Central route',
  side: 'central',
  organisation: 'The centre',
  source: { type: 'manual' },
  steps: [
    step('research', 'User research', [], 20, ['Research plan']),
    step('prototype', 'Build prototypes', ['research'], 30),
    step('alpha', 'Alpha assessment', ['prototype'], 10, ['Service assessment report']),
    step('ithc', 'IT health check', ['alpha'], 15, ['Penetration test report']),
  ],
};

export const department: MapProcess = {
  id: 'department',
  title: 'Department governance',
  side: 'departmental',
  organisation: 'Department',
  source: { type: 'manual' },
  steps: [
    step('requirements', 'Requirements gathering', [], 25),
    step('design', 'Design sign-off', ['requirements'], 20),
    step('gate2', 'Gate 2 investment decision', ['design'], 10, ['Service assessment report']),
    step('pentest', 'Security accreditation', ['gate2'], 25, ['Penetration test report']),
    step('records', 'Records retention review', [], 5),
  ],
};

const ref = (processId: string, stepId: string): StepRef => ({ processId, stepId });

export const makeLink = (
  id: string,
  from: StepRef,
  relation: MapLink['relation'],
  to: StepRef,
  extra: Partial<MapLink> = {},
): MapLink => ({
  id,
  from,
  to,
  relation,
  rationale: 'semantic',
  confidence: 'high',
  origin: 'person',
  status: 'agreed',
  reason: '',
  note: '',
  by: 'Sam Patel',
  at: '2026-11-30T10:00:00.000Z',
  needsReview: null,
  ...extra,
});

export const LINKS: MapLink[] = [
  makeLink('l-research', ref('central', 'research'), 'equivalent-to', ref('department', 'requirements')),
  makeLink('l-alpha', ref('central', 'alpha'), 'equivalent-to', ref('department', 'gate2')),
  makeLink('l-ithc', ref('central', 'ithc'), 'subset-of', ref('department', 'pentest'), {
    status: 'draft',
    needsReview: 'The step "IT health check" changed in version 2.0.0.',
  }),
  makeLink('l-design-first', ref('department', 'design'), 'must-precede', ref('central', 'prototype')),
  makeLink('l-prototype-first', ref('central', 'prototype'), 'must-precede', ref('department', 'design')),
  makeLink('l-conflict', ref('central', 'prototype'), 'conflicts-with', ref('department', 'design'), {
    reason: 'The centre wants prototypes before the design is fixed.',
  }),
];

export const CYCLE_EXPLANATION =
  'Department governance says Design sign-off must come before Build prototypes, but the Central route says Build prototypes must come before Design sign-off, so neither can start first.';

const linkRecord: ConflictRecord = {
  id: 'c-1',
  subject: { type: 'link', linkId: 'l-conflict' },
  owner: 'Priya Shah',
  proposedResolution: 'Prototype first, sign off the design at Gate 2.',
  status: 'escalated',
  evidenceIds: ['e-1', 'e-gone'],
  note: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

const cycleRecord: ConflictRecord = {
  id: 'c-2',
  // Kept in the cycle's own order, not sorted: the register is matched by the sorted step keys.
  subject: { type: 'cycle', steps: [ref('department', 'design'), ref('central', 'prototype')] },
  owner: 'Jo Evans',
  proposedResolution: 'Sign off the design after the prototypes.',
  status: 'open',
  evidenceIds: [],
  note: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

export const sampleMap: ComplianceMap = {
  id: 'map-1',
  projectId: 'p-1',
  title: 'Compliance map',
  processes: [central, department],
  links: LINKS,
  conflicts: [linkRecord, cycleRecord],
  exceptions: [],
  rejectedSuggestions: [],
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
};

export const noPlanAnalysis: MapAnalysis = {
  suggestions: [
    {
      from: ref('central', 'ithc'),
      to: ref('department', 'pentest'),
      score: 0.82,
      relation: 'equal-to',
      reasons: ['Both ask for a penetration test report', 'Similar names: IT health check and penetration test'],
    },
    {
      from: ref('central', 'research'),
      to: ref('department', 'records'),
      score: 0.5,
      relation: 'intersects-with',
      reasons: ['Same phase: discovery'],
    },
    {
      from: ref('central', 'alpha'),
      to: ref('department', 'design'),
      score: 0.3,
      relation: 'must-follow',
      reasons: ['Same owner'],
    },
  ],
  cycles: [
    {
      steps: [ref('department', 'design'), ref('central', 'prototype')],
      rules: [
        { type: 'link', from: ref('department', 'design'), to: ref('central', 'prototype'), linkId: 'l-design-first' },
        {
          type: 'link',
          from: ref('central', 'prototype'),
          to: ref('department', 'design'),
          linkId: 'l-prototype-first',
        },
      ],
      component: [ref('department', 'design'), ref('central', 'prototype')],
      explanation: CYCLE_EXPLANATION,
    },
  ],
  declaredConflicts: [
    {
      linkId: 'l-conflict',
      steps: [ref('central', 'prototype'), ref('department', 'design')],
      reason: 'The centre wants prototypes before the design is fixed.',
    },
  ],
  unmapped: { central: ['prototype'], department: ['design', 'records'] },
  evidenceReuse: [
    {
      evidence: 'Service assessment report',
      steps: [ref('central', 'alpha'), ref('department', 'gate2')],
      linkIds: ['l-alpha'],
      daysSaved: 8,
    },
  ],
  plan: null,
  linksNeedingReview: ['l-ithc'],
};

/** After an exception sets aside "design before prototypes": the same map with a plan. */
export const plannedMap: ComplianceMap = {
  ...sampleMap,
  exceptions: [
    {
      id: 'x-1',
      waives: { type: 'link', linkId: 'l-design-first' },
      reason: 'Agreed at the board',
      agreedBy: 'Priya Shah',
      agreedAt: '2026-11-30',
      evidenceIds: [],
    },
  ],
  conflicts: [linkRecord, { ...cycleRecord, status: 'agreed', evidenceIds: ['e-1'] }],
};

export const plannedAnalysis: MapAnalysis = {
  ...noPlanAnalysis,
  cycles: [],
  plan: {
    stages: [
      {
        stage: 1,
        steps: [[ref('central', 'research'), ref('department', 'requirements')], [ref('department', 'records')]],
      },
      { stage: 2, steps: [[ref('central', 'prototype')]] },
      { stage: 3, steps: [[ref('department', 'design')]] },
      { stage: 4, steps: [[ref('central', 'alpha'), ref('department', 'gate2')]] },
      { stage: 5, steps: [[ref('central', 'ithc')], [ref('department', 'pentest')]] },
    ],
    criticalPath: [
      ref('central', 'research'),
      ref('central', 'prototype'),
      ref('department', 'design'),
      ref('central', 'alpha'),
      ref('department', 'pentest'),
    ],
    days: 110,
    sequentialDays: 160,
  },
};

export const evidenceTitles: Record<string, string> = { 'e-1': 'Minutes of the architecture board, 12 November' };

export const hrefs: MapHrefs = {
  linkHref: (id) => `#/links/${id}`,
  conflictHref: (subject) =>
    subject.type === 'link'
      ? `#/conflicts/link/${subject.linkId}`
      : `#/conflicts/cycle/${subject.steps.map((s) => `${s.processId}:${s.stepId}`).join(',')}`,
  stepHref: (r) => `#/steps/${r.processId}/${r.stepId}`,
};

/** Two processes of `n` steps each, each a chain, with a link every tenth step; no plan. */
export function bigMap(n: number): { map: ComplianceMap; analysis: MapAnalysis } {
  const chain = (id: string, title: string): MapProcess => ({
    id,
    title,
    side: id === 'central' ? 'central' : 'departmental',
    organisation: '',
    source: { type: 'manual' },
    steps: Array.from({ length: n }, (_, i) =>
      step(`s${i}`, `${title} step ${i + 1}`, i === 0 ? [] : [`s${i - 1}`], 1),
    ),
  });
  const links = Array.from({ length: Math.floor(n / 10) }, (_, i) =>
    makeLink(`big-${i}`, ref('central', `s${i * 10}`), 'equal-to', ref('department', `s${i * 10}`)),
  );
  return {
    map: {
      ...sampleMap,
      processes: [chain('central', 'Central'), chain('department', 'Department')],
      links,
      conflicts: [],
    },
    analysis: {
      ...noPlanAnalysis,
      suggestions: [],
      cycles: [],
      declaredConflicts: [],
      evidenceReuse: [],
      unmapped: {},
      linksNeedingReview: [],
    },
  };
}
