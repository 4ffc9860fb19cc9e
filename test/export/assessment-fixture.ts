// A realistic assessment to export: the example project's GOV.UK alpha assessment part-way through, with the
// panel's report in (point 2 amber, the rest rated, recommendations turned into actions), and a maturity
// self-assessment on Colorado's index with targets and an earlier one to compare. Used by the export tests and
// by scripts/check-docx.mjs, with the real templates read from templates/.
import { join } from 'node:path';
import { readPackFromDisk } from '../../src/cli/pack-source';
import { buildExampleProject } from '../../src/domain/example-project';
import type { EvidenceItem } from '../../src/domain/evidence';
import type { MaturityModelTemplate, StandardTemplate } from '../../src/domain/pack';
import { richTextFromPlainText } from '../../src/domain/rich-text';
import {
  createAssessment,
  emptyAnswer,
  type Assessment,
  type AssessmentAction,
  type PointAnswer,
} from '../../src/domain/assessment/assessment-model';
import type { MaturitySelfAssessment } from '../../src/domain/assessment/maturity-self-assessment';
import { actionsFromRecommendations, withReportReceived } from '../../src/domain/assessment/panel-outcome';
import type { AssessmentDocInput } from '../../src/export/render-assessment';

const ROOT = join(import.meta.dirname, '..', '..');

async function template(packId: string, templateId: string) {
  const { result } = await readPackFromDisk(join(ROOT, 'templates', packId));
  if (!result.ok) throw new Error(`The built-in pack ${packId} is not valid.`);
  const found = result.pack.templates.find((t) => t.id === templateId);
  if (!found) throw new Error(`The pack ${packId} has no template ${templateId}.`);
  return found;
}

/** The GOV.UK Service Standard and Colorado's index, as the packs in templates/ hold them. */
export async function builtInTemplates(): Promise<{ standard: StandardTemplate; model: MaturityModelTemplate }> {
  const standard = await template('gov-uk-service-standard', 'gov-uk-service-standard');
  const model = await template('colorado-software-delivery-maturity', 'colorado-software-delivery-maturity');
  if (standard.kind !== 'standard' || model.kind !== 'maturity-model') throw new Error('Unexpected template kinds.');
  return { standard, model };
}

function plain(text: string) {
  return { type: 'plain' as const, text };
}

/** The example project, its evidence and four more items, and an alpha assessment with a panel outcome. */
export function sampleAssessmentInput(templates: {
  standard: StandardTemplate;
  model: MaturityModelTemplate;
}): AssessmentDocInput {
  let n = 0;
  const records = buildExampleProject(() => `example-${(n += 1)}`, new Date('2026-11-02T09:30:00.000Z'));
  const project = records.project;
  const extra: EvidenceItem[] = [
    [
      'Team charter and roles',
      'document',
      '2026-09-25',
      'Sam Taylor (example)',
      'Shared drive/Fishing licence/Team/Team charter.docx',
    ],
    [
      'Sprint review notes, sprints 1 to 6',
      'document',
      '2026-11-13',
      'Jo Evans (example)',
      'Shared drive/Fishing licence/Sprints/Reviews',
    ],
    [
      'Accessibility audit of the prototype',
      'research-finding',
      '2026-11-06',
      'Priya Shah (example)',
      'https://example.org/fishing-licence/accessibility-audit',
    ],
    [
      'Service map: buying a licence to catching fish',
      'document',
      '2026-10-20',
      'Sam Taylor (example)',
      'Shared drive/Fishing licence/Alpha/Service map.pdf',
    ],
  ].map(([title = '', kind, date = null, owner = '', where = ''], index): EvidenceItem => ({
    id: `extra-${index + 1}`,
    projectId: project.id,
    title,
    kind: kind as EvidenceItem['kind'],
    source: where.startsWith('https://') ? { type: 'link', url: where } : { type: 'path', path: where },
    date,
    owner,
    description: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  }));
  const evidence = [...records.evidence, ...extra];
  const [discovery, research, prototype, payments] = records.evidence.map((item) => item.id);
  const [charter, sprints, audit, serviceMap] = extra.map((item) => item.id);
  const answers: PointAnswer[] = [
    {
      ...emptyAnswer('1'),
      status: 'ready',
      narrative: plain(
        'We did three rounds of research with 18 anglers, including four who use a screen reader and three who applied with a friend’s help.\n\nEach round changed the prototype: the licence type question was rewritten twice, and the renewal journey now starts from the reminder email.',
      ),
      evidenceIds: [discovery ?? '', research ?? '', prototype ?? ''],
    },
    {
      ...emptyAnswer('2'),
      status: 'in-progress',
      narrative: plain(
        'We have mapped the journey from deciding to fish to getting a licence, including the parts run by angling clubs.',
      ),
      evidenceIds: [serviceMap ?? ''],
    },
    {
      ...emptyAnswer('3'),
      status: 'in-progress',
      narrative: plain(
        'The phone line stays for people who cannot apply online; the scripts follow the online questions.',
      ),
    },
    {
      ...emptyAnswer('4'),
      status: 'ready',
      narrative: {
        type: 'rich',
        doc: richTextFromPlainText(
          'Five of six people renewed without help in round 1, and six of six in round 3.\n\nThe start page now says what people need before they begin.',
        ),
      },
      evidenceIds: [research ?? '', prototype ?? ''],
    },
    {
      ...emptyAnswer('5'),
      status: 'ready',
      narrative: plain(
        'An audit of the prototype found two problems, both fixed and retested with screen reader users.',
      ),
      evidenceIds: [audit ?? '', research ?? ''],
    },
    {
      ...emptyAnswer('6'),
      status: 'ready',
      narrative: plain(
        'A service owner, product manager, user researcher, designer, two developers and a part-time performance analyst.',
      ),
      evidenceIds: [charter ?? ''],
    },
    {
      ...emptyAnswer('7'),
      status: 'ready',
      narrative: plain('Two-week sprints with reviews that policy colleagues attend.'),
      evidenceIds: [sprints ?? ''],
    },
    {
      ...emptyAnswer('8'),
      status: 'in-progress',
      narrative: plain('We release the prototype every sprint; the plan for beta releases is being written.'),
      evidenceIds: [sprints ?? ''],
    },
    { ...emptyAnswer('9'), status: 'not-started' },
    {
      ...emptyAnswer('10'),
      status: 'not-started',
      needsReview: true,
      narrative: plain(
        'Carried from discovery: completion rate, cost per transaction, user satisfaction and digital take-up.',
      ),
    },
    {
      ...emptyAnswer('11'),
      status: 'in-progress',
      narrative: plain('Payments go through the common platform; the rest of the stack is chosen for beta.'),
      evidenceIds: [payments ?? ''],
    },
    {
      ...emptyAnswer('12'),
      status: 'not-applicable',
      notApplicableReason: 'No code has been written yet: the alpha used a prototyping kit only.',
    },
    {
      ...emptyAnswer('13'),
      status: 'ready',
      narrative: plain(
        'We use the GOV.UK Design System, GOV.UK Notify for reminders and the common payments platform.',
      ),
      evidenceIds: [payments ?? '', prototype ?? ''],
    },
    { ...emptyAnswer('14'), status: 'not-started' },
  ];
  const teamActions: AssessmentAction[] = [
    {
      id: 'act-1',
      what: 'Book a threat modelling session with the security architect',
      owner: 'Jo Evans (example)',
      dueDate: '2026-11-27',
      done: false,
      source: 'team',
      pointId: '9',
    },
    {
      id: 'act-2',
      what: 'Write the performance framework with the analyst',
      owner: 'Sam Taylor (example)',
      dueDate: '2026-12-11',
      done: false,
      source: 'team',
      pointId: '10',
    },
    {
      id: 'act-3',
      what: 'Agree the support model with the contact centre',
      owner: 'Sam Taylor (example)',
      dueDate: '2026-11-18',
      done: true,
      source: 'team',
      pointId: '14',
    },
    {
      id: 'act-4',
      what: 'Share the service map with the angling clubs’ association',
      owner: 'Priya Shah (example)',
      dueDate: null,
      done: false,
      source: 'team',
      pointId: '2',
    },
  ];
  const base: Assessment = {
    ...createAssessment({
      id: 'alpha-1',
      projectId: project.id,
      standard: {
        packId: 'gov-uk-service-standard',
        templateId: templates.standard.id,
        version: templates.standard.version,
      },
      stage: 'alpha',
      panelDate: '2026-11-20',
      now: new Date('2026-10-01T09:00:00.000Z'),
    }),
    updatedAt: '2026-11-30T16:45:00.000Z',
    answers,
    actions: teamActions,
  };
  const ratings = Object.fromEntries(
    templates.standard.points.map((point) => [point.id, point.id === '2' ? 'amber' : 'green']),
  );
  const outcome = withReportReceived(
    {
      pointRatings: ratings,
      overallRating: 'amber',
      recommendations: [
        {
          id: 'rec-1',
          pointId: '2',
          text: 'Work with the angling clubs to join up club membership and the licence, or explain to users why they are separate.',
        },
        { id: 'rec-2', pointId: '2', text: 'Test the journey with people who fish only once a year on holiday.' },
        { id: 'rec-3', pointId: null, text: 'Keep the user researcher full time into private beta.' },
      ],
      reportReceived: '2026-11-24',
      responseDeadline: null,
      response: 'none',
    },
    '2026-11-24',
  );
  let m = 0;
  const withOutcome: Assessment = { ...base, outcome };
  const panelActions = actionsFromRecommendations(
    withOutcome,
    templates.standard.rating_scale ?? { values: [] },
    () => `panel-${(m += 1)}`,
  ).map((action, index) => ({
    ...action,
    owner: ['Sam Taylor (example)', 'Priya Shah (example)', 'Sam Taylor (example)'][index] ?? '',
  }));
  const assessment: Assessment = { ...withOutcome, actions: [...teamActions, ...panelActions] };

  const levels: Record<string, [string | null, string | null, string | null, string]> = {
    // category: [earlier, current, target, lever]
    'team-culture': ['low', 'medium', 'high', 'Run retrospectives with policy colleagues, not only the delivery team.'],
    'purchasing-v-procurement': [
      'low',
      'low',
      'medium',
      'Bring the commercial lead into sprint reviews before the beta contract is written.',
    ],
    'modular-contracting': ['low', 'low', 'medium', ''],
    'user-centered-approach': ['medium', 'high', 'high', ''],
    'product-ownership': [
      'medium',
      'medium',
      'high',
      'Give the service owner the final say on the backlog, written into the team charter.',
    ],
    'agile-software-development': ['low', 'medium', 'medium', ''],
    devsecops: [null, 'low', 'medium', 'Set up the build pipeline with security checks in the first sprint of beta.'],
    'building-with-loosely-coupled-parts': ['low', 'medium', 'medium', ''],
  };
  const scored = (
    pick: (row: [string | null, string | null, string | null, string]) => string | null,
    withTargets: boolean,
  ) =>
    Object.entries(levels).map(([categoryId, row]) => ({
      categoryId,
      dimensionId: null,
      current: pick(row),
      target: withTargets ? row[2] : null,
      notes: '',
      lever: withTargets ? row[3] : '',
    }));
  const modelRef = {
    packId: 'colorado-software-delivery-maturity',
    templateId: templates.model.id,
    version: templates.model.version,
  };
  const earlier: MaturitySelfAssessment = {
    id: 'maturity-1',
    projectId: project.id,
    model: modelRef,
    date: '2026-09-10',
    createdAt: '2026-09-10T10:00:00.000Z',
    updatedAt: '2026-09-10T10:00:00.000Z',
    scores: scored((row) => row[0], false),
  };
  const current: MaturitySelfAssessment = {
    ...earlier,
    id: 'maturity-2',
    date: '2026-11-25',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    scores: scored((row) => row[1], true),
  };
  return {
    project,
    author: 'Alex Morgan',
    marking: 'OFFICIAL',
    assessment,
    standard: templates.standard,
    evidence,
    maturity: { assessment: current, model: templates.model, earlier },
    now: new Date('2026-12-01T09:00:00.000Z'),
  };
}
