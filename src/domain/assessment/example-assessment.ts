// The example project's alpha assessment against the GOV.UK Service Standard and its maturity self-assessment on
// Colorado's Modern Software Delivery Maturity Index. The assessment is part-way through: some points ready with
// narratives and evidence (one evidence item supports two points), some in progress, team actions (one overdue),
// and the panel's report recorded with one amber point, recommendations and actions due three months after the
// report; the team has not yet accepted or challenged it. Built from given ids and a clock, with every date
// counted from the clock, so the app and the command line make the same example on any day.
import type { RatingScale } from '../pack';
import type { StandardRef } from './assessment-model';
import { emptyAnswer, type Assessment, type AssessmentAction, type PointAnswer } from './assessment-model';
import type { MaturityScore, MaturitySelfAssessment } from './maturity-self-assessment';
import { actionsFromRecommendations, emptyOutcome, withReportReceived } from './panel-outcome';

/** The standard the example's assessment follows, at the version the example pins. */
export const EXAMPLE_STANDARD: StandardRef = {
  packId: 'gov-uk-service-standard',
  templateId: 'gov-uk-service-standard',
  version: '1.2.0',
};

/** The maturity model the example scores itself on, at the version shipped in templates/. */
export const EXAMPLE_MATURITY_MODEL: StandardRef = {
  packId: 'colorado-software-delivery-maturity',
  templateId: 'colorado-software-delivery-maturity',
  version: '1.1.0',
};

/** The GOV.UK panel's ratings, as the pinned standard declares them (only the ids matter to the rules used here). */
const GOV_UK_RATINGS: RatingScale = {
  values: [
    { id: 'green', label: 'Green', meaning: 'The point is met.' },
    { id: 'amber', label: 'Amber', meaning: 'Actions to fix within three months.' },
    { id: 'red', label: 'Red', meaning: 'The point is reassessed.' },
  ],
  overall: true,
};

const POINT_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'] as const;
/** The one point the panel rated amber: make sure everyone can use the service. */
export const EXAMPLE_AMBER_POINT = '5';

const LEAD = 'Sam Taylor (example)';
const RESEARCHER = 'Priya Shah (example)';
const TECH_LEAD = 'Alex Morgan (example)';

const DAY_MS = 24 * 60 * 60 * 1000;

function day(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

function answer(pointId: string, status: PointAnswer['status'], text: string, evidenceIds: string[]): PointAnswer {
  return { ...emptyAnswer(pointId), status, narrative: { type: 'plain', text }, evidenceIds };
}

/** The example project's evidence items in the order they are made: report, research, prototype, decision. */
interface ExampleEvidenceIds {
  report: string[];
  research: string[];
  prototype: string[];
  decision: string[];
}

function evidenceByRole(evidenceIds: readonly string[]): ExampleEvidenceIds {
  const [report, research, prototype, decision] = evidenceIds;
  const one = (value: string | undefined) => (value === undefined ? [] : [value]);
  return { report: one(report), research: one(research), prototype: one(prototype), decision: one(decision) };
}

/**
 * The example's alpha assessment. `nextId` gives the assessment its id, then each action and recommendation;
 * `evidenceIds` are the example project's evidence items, in the order they were made.
 */
export function buildExampleAssessment(
  projectId: string,
  nextId: () => string,
  now: Date,
  evidenceIds: readonly string[] = [],
): Assessment {
  const ev = evidenceByRole(evidenceIds);
  const id = nextId();
  const createdAt = new Date(now.getTime() - 56 * DAY_MS).toISOString();
  const panelDate = day(now, -12);
  const reportReceived = day(now, -5);
  const answers: PointAnswer[] = [
    answer(
      '1',
      'ready',
      'We met 40 anglers in discovery and tested with six more in alpha, two of them using a screen reader. ' +
        'Their main need is to renew before the season starts without a phone call.',
      [...ev.report, ...ev.research],
    ),
    answer(
      '2',
      'ready',
      'The journey covers finding the right licence, paying and getting proof of the licence, including ' +
        'the concession rules that caused most refunds.',
      ev.report,
    ),
    answer(
      '3',
      'in-progress',
      'The phone line and the online service share one licence record; the paper form is still to be mapped.',
      [],
    ),
    answer(
      '4',
      'ready',
      'Five of six anglers finished a renewal in the prototype. The licence type question confused four, so it ' +
        'was rewritten and tested again.',
      [...ev.research, ...ev.prototype],
    ),
    answer(
      '5',
      'in-progress',
      'Two research participants used a screen reader. An accessibility audit of the prototype is booked.',
      ev.research,
    ),
    answer(
      '6',
      'ready',
      'A product manager, a user researcher, a designer, two developers and a delivery manager, with a policy ' +
        'colleague two days a week. The discovery report names who did what.',
      ev.report,
    ),
    answer(
      '7',
      'ready',
      'Two-week sprints with show and tells open to the licensing team; the prototype lists what changed in each sprint.',
      ev.prototype,
    ),
    answer('8', 'ready', 'The prototype changed after each research round; the changes are listed on its start page.', [
      ...ev.prototype,
    ]),
    answer('9', 'in-progress', 'A threat model is drafted; the data protection impact assessment is in review.', []),
    answer(
      '10',
      'in-progress',
      'We measure how many renewals are finished online and what each costs; the performance page is not drafted yet.',
      [],
    ),
    answer(
      '11',
      'ready',
      'We chose the shared payments platform over a new card contract; the rest of the stack follows departmental patterns.',
      ev.decision,
    ),
    answer(
      '12',
      'in-progress',
      'The prototype code is in a public repository; the licence rules are still private.',
      [],
    ),
    answer(
      '13',
      'ready',
      'The service uses the GOV.UK Design System and the shared payments and notification platforms.',
      ev.decision,
    ),
    answer(
      '14',
      'in-progress',
      'The shared payments and notification platforms publish their uptime; our own monitoring and support rota are still to plan.',
      [],
    ),
  ];
  const teamActions: AssessmentAction[] = [
    {
      id: nextId(),
      what: 'Book an accessibility audit of the prototype',
      owner: RESEARCHER,
      dueDate: day(now, -3),
      done: false,
      source: 'team',
      pointId: '5',
    },
    {
      id: nextId(),
      what: 'Map how paper applications reach the licence record',
      owner: LEAD,
      dueDate: day(now, 21),
      done: false,
      source: 'team',
      pointId: '3',
    },
    {
      id: nextId(),
      what: 'Draft the threat model',
      owner: TECH_LEAD,
      dueDate: day(now, -20),
      done: true,
      source: 'team',
      pointId: '9',
    },
  ];
  const ratings = Object.fromEntries(
    POINT_IDS.map((pointId) => [pointId, pointId === EXAMPLE_AMBER_POINT ? 'amber' : 'green']),
  );
  const outcome = withReportReceived(
    {
      ...emptyOutcome(),
      pointRatings: ratings,
      overallRating: 'amber',
      recommendations: [
        {
          id: nextId(),
          pointId: EXAMPLE_AMBER_POINT,
          text: 'Test the journey with more disabled users, including people who use voice control and magnifiers.',
        },
        {
          id: nextId(),
          pointId: EXAMPLE_AMBER_POINT,
          text: 'Have the prototype audited against WCAG 2.2 AA and publish an accessibility statement for beta.',
        },
        {
          id: nextId(),
          pointId: null,
          text: 'Keep the phone line for anglers who cannot use the online service, and plan assisted digital support.',
        },
      ],
    },
    reportReceived,
  );
  const base: Assessment = {
    id,
    projectId,
    standard: { ...EXAMPLE_STANDARD },
    stage: 'alpha',
    scope: null,
    panelDate,
    createdAt,
    updatedAt: now.toISOString(),
    carriedFrom: null,
    answers,
    actions: teamActions,
    outcome,
  };
  const owners = [RESEARCHER, RESEARCHER, LEAD];
  const panelActions = actionsFromRecommendations(base, GOV_UK_RATINGS, nextId).map((action, index) => ({
    ...action,
    owner: owners[index] ?? LEAD,
  }));
  return { ...base, actions: [...teamActions, ...panelActions] };
}

const LEVEL_NOTES: readonly (Omit<MaturityScore, 'dimensionId'> & { categoryId: string })[] = [
  {
    categoryId: 'team-culture',
    current: 'medium',
    target: 'high',
    notes: 'Retrospectives happen every sprint, but actions from them are rarely followed up.',
    lever: 'Give each retrospective action an owner and review them at the next one.',
  },
  {
    categoryId: 'purchasing-v-procurement',
    current: 'medium',
    target: 'medium',
    notes: 'The payments decision weighed fit and accessibility, not only price.',
    lever: '',
  },
  {
    categoryId: 'modular-contracting',
    current: 'low',
    target: 'medium',
    notes: 'The legacy licence database and its support sit in one contract with one supplier.',
    lever: 'Buy the beta build separately from the database support, through the digital marketplace.',
  },
  {
    categoryId: 'user-centered-approach',
    current: 'medium',
    target: 'high',
    notes: 'Research shaped the apply journey, but disabled anglers were only two of six participants.',
    lever: 'Recruit disabled anglers for every research round in beta.',
  },
  {
    categoryId: 'product-ownership',
    current: 'medium',
    target: 'high',
    notes: 'The product manager prioritises the backlog, but changes to licence rules still go to a board.',
    lever: 'Agree with the licensing board which decisions the product manager can make alone.',
  },
  {
    categoryId: 'agile-software-development',
    current: 'medium',
    target: 'high',
    notes: 'Two-week sprints with show and tells; releases of the prototype are still manual.',
    lever: 'Set up continuous delivery for the beta service from its first sprint.',
  },
  {
    categoryId: 'devsecops',
    current: 'low',
    target: 'medium',
    notes: 'Security is checked by hand before each release.',
    lever: 'Add automated security and dependency checks to the build pipeline.',
  },
  {
    categoryId: 'building-with-loosely-coupled-parts',
    current: 'low',
    target: 'medium',
    notes: 'The licence rules live inside the legacy database.',
    lever: 'Put the licence rules behind the interface the alpha spike proved.',
  },
];

/** The example's maturity self-assessment, scored a week before the panel. `nextId` gives it its id. */
export function buildExampleMaturity(projectId: string, nextId: () => string, now: Date): MaturitySelfAssessment {
  const at = new Date(now.getTime() - 19 * DAY_MS).toISOString();
  return {
    id: nextId(),
    projectId,
    model: { ...EXAMPLE_MATURITY_MODEL },
    date: day(now, -19),
    createdAt: at,
    updatedAt: at,
    scores: LEVEL_NOTES.map((score) => ({ ...score, dimensionId: null })),
  };
}
