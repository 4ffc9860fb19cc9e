// An assessment as a Word document, in the order a panel reads it: a summary of where the team stands, the
// panel's ratings in words (when the report has come), its recommendations, each point in scope under its own
// heading with its status, narrative, evidence and actions as tables, the maturity self-assessment with its
// chart and table, the action plan by due date, and the deadline to accept or challenge the report. It is the
// project's document: its name, department and owner on the cover and in the properties, the person
// exporting as author. Pure: it reads the records it is given and touches no database.
import type { DocBlock, DocSection, DocumentModel, DocumentStatus, TableCellValue } from '../domain/document-model';
import { normaliseMarking, paragraphBlock } from '../domain/document-model';
import type { EvidenceItem } from '../domain/evidence';
import { EVIDENCE_KIND_LABELS } from '../domain/evidence';
import type { StandardTemplate } from '../domain/pack';
import type { Project } from '../domain/project';
import type { AttachmentMeta } from '../domain/project-file';
import {
  ASSESSMENT_STAGE_LABELS,
  PANEL_RESPONSE_LABELS,
  POINT_STATUS_LABELS,
  answerFor,
  pointsInScope,
  type Assessment,
  type AssessmentAction,
  type PanelOutcome,
} from '../domain/assessment/assessment-model';
import { assessmentOverview, type AssessmentOverview } from '../domain/assessment/assessment-overview';
import { ratingLabel } from '../domain/assessment/panel-outcome';
import { responseDeadline } from '../domain/assessment/working-days';
import { characterCount, cutByCharacters } from '../domain/xml-text';
import { displayDate } from './display-text';
import { maturitySection, type MaturityInput } from './assessment-maturity';
import {
  STATUS_TONES,
  actionPlanOrder,
  count,
  evidenceWhere,
  isoDay,
  narrativeText,
  pointHeading,
  pointNumber,
  ratingCell,
} from './assessment-words';
import { renderDocx, type DocxOptions } from './render-docx';
import { projectVersion } from './render-project-summary';

export interface AssessmentDocInput {
  project: Project;
  /** The person exporting ("Your name" in Settings, or `--author` on the command line): the document's author. */
  author: string;
  /** The classification marking; OFFICIAL when left out. */
  marking?: string;
  status?: DocumentStatus;
  assessment: Assessment;
  /** The standard the assessment follows, at the version it records. */
  standard: StandardTemplate;
  /** The project's evidence items; those the assessment does not use are left out. */
  evidence: readonly EvidenceItem[];
  /** The attached files' details, to name an item kept as an attached file. */
  attachments?: readonly AttachmentMeta[];
  /** A maturity self-assessment to include, with its model and, optionally, an earlier one to compare. */
  maturity?: MaturityInput | null;
  /** When the document is made: its date, and the day overdue actions and days to the panel count from. */
  now: Date;
}

interface Parts {
  input: AssessmentDocInput;
  today: string;
  overview: AssessmentOverview;
  evidence: Map<string, EvidenceItem>;
  attachments: Map<string, AttachmentMeta>;
}

function notGiven(text: string): string {
  return text.trim().length > 0 ? text : 'Not given';
}

function standardWords(input: AssessmentDocInput): string {
  const { standard, assessment } = input;
  const edition = standard.edition ? `, edition ${standard.edition}` : '';
  return `${standard.title} (version ${assessment.standard.version}${edition})`;
}

function panelWords(assessment: Assessment, overview: AssessmentOverview): string {
  if (assessment.panelDate === null) return 'Not booked yet';
  const days = overview.daysUntilPanel ?? 0;
  const when =
    days > 1
      ? `in ${days} days`
      : days === 1
        ? 'tomorrow'
        : days === 0
          ? 'today'
          : days === -1
            ? 'yesterday'
            : `${-days} days ago`;
  return `${displayDate(assessment.panelDate)} (${when})`;
}

function actionPoint(standard: StandardTemplate, action: AssessmentAction): string {
  return action.pointId === null ? 'The service as a whole' : pointHeading(standard, action.pointId);
}

function summarySection(parts: Parts): DocSection {
  const { input, overview } = parts;
  const { assessment, standard } = input;
  const titles = (ids: readonly string[]) => ids.map((id) => pointHeading(standard, id));
  const withoutEvidence = overview.pointsWithoutEvidence;
  const rows: TableCellValue[][] = [
    ['Standard followed', standardWords(input)],
    ['Stage', ASSESSMENT_STAGE_LABELS[assessment.stage]],
    ['Panel date', panelWords(assessment, overview)],
    [
      'Readiness',
      {
        text: `Ready: ${overview.ready} of ${overview.applicableTotal} ${overview.applicableTotal === 1 ? 'point' : 'points'}${overview.statusCounts['not-applicable'] > 0 ? ` (${overview.statusCounts['not-applicable']} not applicable)` : ''}`,
        tone: overview.applicableTotal > 0 && overview.ready === overview.applicableTotal ? 'good' : 'warning',
      },
    ],
    [
      'Points without evidence',
      withoutEvidence.length === 0
        ? 'None'
        : { text: titles(withoutEvidence).join('\n'), bulleted: withoutEvidence.length > 1 },
    ],
    [
      'Overdue actions',
      overview.overdueActions.length === 0
        ? 'None'
        : {
            text: overdueInBrief(overview.overdueActions),
            bulleted: overview.overdueActions.length > 1,
          },
    ],
    ['Open actions', String(overview.openActions)],
  ];
  if (overview.pointsNeedingReview.length > 0)
    rows.push([
      'Answers to review',
      {
        text: titles(overview.pointsNeedingReview).join('\n'),
        bulleted: overview.pointsNeedingReview.length > 1,
      },
    ]);
  const outcome = assessment.outcome;
  if (outcome) {
    const scale = standard.rating_scale;
    if (scale?.overall === true || outcome.overallRating !== null)
      rows.push(['Overall rating', ratingCell(scale, outcome.overallRating)]);
    rows.push(['Report', PANEL_RESPONSE_LABELS[outcome.response]]);
  }
  const scope =
    assessment.scope === null
      ? `every point of the standard (${standard.points.length})`
      : `${count(overview.rows.length, 'point', 'points').toLowerCase()} of the standard's ${standard.points.length}`;
  return {
    title: 'Summary',
    blocks: [
      paragraphBlock(
        `The ${ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase()} of ${input.project.name} against the ${standard.title}, covering ${scope}. Figures are as of ${displayDate(parts.today)}.`,
      ),
      {
        kind: 'table',
        caption: 'Summary',
        description: 'Where the assessment stands: the standard, stage, panel date, readiness, gaps and actions.',
        columns: [
          { heading: 'Detail', weight: 1 },
          { heading: 'Value', weight: 3 },
        ],
        rows,
      },
      {
        kind: 'table',
        caption: 'Points at a glance',
        description: 'Each point in scope with its status, how many evidence items support it and its open actions.',
        columns: [
          { heading: 'Point', weight: 1, align: 'right' },
          { heading: 'Title', weight: 6 },
          { heading: 'Status', weight: 2 },
          { heading: 'Evidence', weight: 2, align: 'right' },
          { heading: 'Open actions', weight: 2, align: 'right' },
        ],
        rows: overview.rows.map((row) => [
          pointNumber(standard, row.pointId),
          row.title,
          { text: POINT_STATUS_LABELS[row.status], tone: STATUS_TONES[row.status] },
          row.evidenceCount,
          row.openActions,
        ]),
      },
    ],
  };
}

function ratingsSection(parts: Parts, outcome: PanelOutcome): DocSection {
  const { standard } = parts.input;
  const scale = standard.rating_scale;
  const rated = parts.overview.rows;
  const words = scale ? scale.values.map((value) => value.label).join(', ') : 'the panel’s own words';
  const overall = scale?.overall === true || outcome.overallRating !== null;
  const blocks: DocBlock[] = [
    paragraphBlock(
      `The panel rated each point${overall ? ' and the service as a whole' : ''} on the standard’s scale (${words}). Each rating is written in words, so the document reads the same printed in black and white.`,
    ),
    ...(overall ? [labelled('Overall rating', ratingLabel(scale, outcome.overallRating))] : []),
    {
      kind: 'table',
      caption: 'Ratings by point',
      columns: [
        { heading: 'Point', weight: 1, align: 'right' },
        { heading: 'Title', weight: 7 },
        { heading: 'Rating', weight: 2 },
      ],
      rows: rated.map((row) => [
        pointNumber(standard, row.pointId),
        row.title,
        ratingCell(scale, outcome.pointRatings[row.pointId] ?? null),
      ]),
    },
  ];
  if (scale) {
    blocks.push({
      kind: 'table',
      caption: 'What the ratings mean',
      columns: [
        { heading: 'Rating', weight: 1 },
        { heading: 'Meaning', weight: 5 },
      ],
      rows: scale.values.map((value) => [ratingCell(scale, value.id), value.meaning]),
    });
    if (scale.note) blocks.push(paragraphBlock(scale.note));
  }
  return { title: 'Panel ratings', newPage: true, blocks };
}

function recommendationsSection(parts: Parts, outcome: PanelOutcome): DocSection {
  const { standard } = parts.input;
  if (outcome.recommendations.length === 0)
    return { title: 'Recommendations', blocks: [paragraphBlock('The panel made no recommendations.')] };
  return {
    title: 'Recommendations',
    blocks: [
      paragraphBlock(
        `The panel made ${count(outcome.recommendations.length, 'recommendation', 'recommendations').toLowerCase()}.`,
      ),
      {
        kind: 'table',
        caption: 'Recommendations',
        columns: [
          { heading: 'About', weight: 3 },
          { heading: 'Recommendation', weight: 7 },
        ],
        rows: outcome.recommendations.map((r) => [
          r.pointId === null ? 'The service as a whole' : pointHeading(standard, r.pointId),
          r.text,
        ]),
      },
    ],
  };
}

function actionRows(actions: readonly AssessmentAction[], today: string): TableCellValue[][] {
  return actions.map((action) => [
    action.what,
    notGiven(action.owner),
    action.dueDate ? displayDate(action.dueDate) : 'Not set',
    ACTION_SOURCE_WORDS[action.source],
    action.done
      ? { text: 'Done', tone: 'good' }
      : action.dueDate !== null && action.dueDate < today
        ? { text: 'Overdue', tone: 'bad' }
        : 'Open',
  ]);
}

/** Who set an action, short enough for a narrow column; the plan's introduction says what each means. */
const ACTION_SOURCE_WORDS: Record<AssessmentAction['source'], string> = { team: 'Team', panel: 'Panel' };

const ACTION_COLUMNS = [
  { heading: 'Action', weight: 12 },
  { heading: 'Owner', weight: 3 },
  { heading: 'Due', weight: 3 },
  { heading: 'From', weight: 2 },
  { heading: 'Done', weight: 2 },
];

/** "Evidence: none is linked to this point yet." with the label in bold. */
function labelled(label: string, text: string): DocBlock {
  return {
    kind: 'paragraph',
    content: [
      { kind: 'text', text: `${label}: `, bold: true },
      { kind: 'text', text },
    ],
  };
}

/** The overdue actions the summary names before it points to the action plan for the rest. */
const SUMMARY_OVERDUE = 5;

/** The first words of a long text, ending at a word with "…", for the summary; the plan has it whole. */
function inBrief(text: string, max = 200): string {
  if (characterCount(text) <= max) return text;
  const cut = cutByCharacters(text, max);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > 0 ? atWord : cut}\u2026`;
}

/** The first few overdue actions, one a line, then how many more the action plan lists. */
function overdueInBrief(overdue: AssessmentOverview['overdueActions']): string {
  const lines = overdue
    .slice(0, SUMMARY_OVERDUE)
    .map((action) => `${inBrief(action.what)} (due ${displayDate(action.dueDate)})`);
  const more = overdue.length - SUMMARY_OVERDUE;
  if (more > 0) lines.push(`${count(more, 'more overdue action', 'more overdue actions')}, listed in the action plan`);
  return lines.join('\n');
}

function pointSection(parts: Parts, pointId: string): DocSection {
  const { input, today } = parts;
  const { assessment, standard } = input;
  const answer = answerFor(assessment, pointId);
  const heading = pointHeading(standard, pointId);
  const outcome = assessment.outcome;
  const rating = outcome?.pointRatings[pointId];
  const status: DocBlock = {
    kind: 'paragraph',
    content: [
      { kind: 'text', text: 'Status: ', bold: true },
      { kind: 'text', text: POINT_STATUS_LABELS[answer.status] },
      ...(outcome
        ? [
            { kind: 'text' as const, text: '. Panel rating: ', bold: true },
            { kind: 'text' as const, text: ratingLabel(standard.rating_scale, rating ?? null) },
          ]
        : []),
    ],
  };
  // The status keeps the heading company at the foot of a page, so a heading is never left alone there.
  const blocks: DocBlock[] = [{ ...status, keepWithNext: true }];
  if (answer.status === 'not-applicable')
    blocks.push(paragraphBlock(`Why it does not apply: ${notGiven(answer.notApplicableReason)}`));
  if (answer.needsReview)
    blocks.push(paragraphBlock('Carried forward from the earlier assessment and not yet reviewed.'));
  const narrative = narrativeText(answer.narrative);
  if (narrative.length === 0) blocks.push(paragraphBlock('The team has not written about this point yet.'));
  else if (answer.narrative.type === 'rich') blocks.push({ kind: 'richText', content: answer.narrative.doc });
  else
    blocks.push(
      ...narrative
        .split(/\n\s*\n/)
        .map((text) => text.trim())
        .filter((text) => text.length > 0)
        .map(paragraphBlock),
    );
  const items = answer.evidenceIds.map((id) => parts.evidence.get(id));
  const found = items.filter((item): item is EvidenceItem => item !== undefined);
  const missing = items.length - found.length;
  if (found.length === 0) blocks.push(labelled('Evidence', 'none is linked to this point yet.'));
  else
    blocks.push({
      kind: 'table',
      caption: `Evidence for point ${pointNumber(standard, pointId)}`,
      description: `The evidence for ${heading}: title, kind, date, owner and where it is kept.`,
      columns: [
        { heading: 'Evidence', weight: 5 },
        { heading: 'Kind', weight: 2 },
        { heading: 'Date', weight: 2 },
        { heading: 'Owner', weight: 2 },
        { heading: 'Where it is', weight: 4 },
      ],
      rows: found.map((item): TableCellValue[] => {
        const where = evidenceWhere(item, parts.attachments);
        return [
          item.title,
          EVIDENCE_KIND_LABELS[item.kind],
          item.date ? displayDate(item.date) : 'Not given',
          notGiven(item.owner),
          item.source.type === 'link' ? { text: where, href: item.source.url } : where,
        ];
      }),
    });
  if (missing > 0)
    blocks.push(
      paragraphBlock(
        `${count(missing, 'linked item is', 'linked items are')} no longer in the project’s evidence library.`,
      ),
    );
  const actions = actionPlanOrder(assessment.actions.filter((action) => action.pointId === pointId));
  if (actions.length === 0) blocks.push(labelled('Actions', 'none for this point.'));
  else
    blocks.push({
      kind: 'table',
      caption: `Actions for point ${pointNumber(standard, pointId)}`,
      columns: ACTION_COLUMNS,
      rows: actionRows(actions, today),
    });
  return { title: heading, blocks };
}

function pointsSection(parts: Parts): DocSection {
  const { assessment, standard } = parts.input;
  const ids = pointsInScope(
    assessment,
    standard.points.map((point) => point.id),
  );
  return {
    title: 'The points',
    newPage: true,
    blocks: [
      paragraphBlock(
        `Each point in scope, in the standard’s order: the team’s status${assessment.outcome ? ' and the panel’s rating' : ''}, what the team has to say, the evidence it will show and its actions.`,
      ),
    ],
    sections: ids.map((id) => pointSection(parts, id)),
  };
}

function actionPlanSection(parts: Parts): DocSection {
  const { assessment, standard } = parts.input;
  if (assessment.actions.length === 0)
    return { title: 'Action plan', newPage: true, blocks: [paragraphBlock('There are no actions yet.')] };
  const ordered = actionPlanOrder(assessment.actions);
  const open = ordered.filter((action) => !action.done).length;
  return {
    title: 'Action plan',
    newPage: true,
    blocks: [
      paragraphBlock(
        `Every action of the assessment, soonest due first (those with no due date last): ${count(ordered.length, 'action', 'actions').toLowerCase()}, ${open} still open. “From” says whether the team set the action or it comes from the panel’s recommendations.`,
      ),
      {
        kind: 'table',
        caption: 'Action plan',
        description:
          'Each action: what, which point, owner, due date, whether the team or the panel set it, and whether it is done.',
        columns: [{ heading: 'Action', weight: 12 }, { heading: 'Point', weight: 4 }, ...ACTION_COLUMNS.slice(1)],
        rows: actionRows(ordered, parts.today).map(([what = '', ...rest], index) => {
          const action = ordered[index];
          return [what, action ? actionPoint(standard, action) : '', ...rest];
        }),
      },
    ],
  };
}

function responseSection(parts: Parts, outcome: PanelOutcome): DocSection {
  const deadline =
    outcome.responseDeadline ?? (outcome.reportReceived ? responseDeadline(outcome.reportReceived).date : null);
  const blocks: DocBlock[] = [];
  if (outcome.reportReceived === null || deadline === null)
    blocks.push(
      paragraphBlock(
        'The date the report arrived is not recorded, so the deadline to accept or challenge it is not known.',
      ),
    );
  else
    blocks.push(
      paragraphBlock(
        `The report arrived on ${displayDate(outcome.reportReceived)}. The team has ten working days, leaving out weekends and bank holidays in England and Wales, to accept or challenge it: until ${displayDate(deadline)}.`,
      ),
    );
  const late = deadline !== null && outcome.response === 'none' && deadline < parts.today;
  blocks.push({
    kind: 'paragraph',
    content: [
      { kind: 'text', text: 'Response: ', bold: true },
      {
        kind: 'text',
        text: `${PANEL_RESPONSE_LABELS[outcome.response]}${late ? ' (the deadline has passed)' : ''}.`,
      },
    ],
  });
  return { title: 'Accept or challenge the report', blocks };
}

/** The document model of an assessment, for the app's export worker or for renderAssessmentDocx. */
export function renderAssessment(input: AssessmentDocInput): DocumentModel {
  const { project, assessment, standard } = input;
  const today = isoDay(input.now);
  const evidence = new Map(input.evidence.map((item) => [item.id, item]));
  const overview = assessmentOverview(
    assessment,
    standard.points.map((point) => ({ id: point.id, title: point.title })),
    today,
    new Set(evidence.keys()),
  );
  const parts: Parts = {
    input,
    today,
    overview,
    evidence,
    attachments: new Map((input.attachments ?? []).map((meta) => [meta.id, meta])),
  };
  const stage = ASSESSMENT_STAGE_LABELS[assessment.stage];
  const version = projectVersion({ updatedAt: assessment.updatedAt });
  const outcome = assessment.outcome;
  const sections: DocSection[] = [summarySection(parts)];
  if (outcome) sections.push(ratingsSection(parts, outcome), recommendationsSection(parts, outcome));
  sections.push(pointsSection(parts));
  if (input.maturity) sections.push(maturitySection(input.maturity));
  sections.push(actionPlanSection(parts));
  if (outcome) sections.push(responseSection(parts, outcome));
  return {
    meta: {
      title: `${project.name}: ${stage.toLowerCase()}`,
      subtitle: `Against the ${standard.title}`,
      project: project.name,
      department: project.department || undefined,
      owner: project.owner || undefined,
      // The stage in the title says which assessment this is; the project's own phase would read as another.
      version,
      date: today,
      author: input.author,
      status: input.status ?? 'for-review',
      marking: normaliseMarking(input.marking ?? 'OFFICIAL'),
      subject: stage,
      keywords: ['service assessment', standard.title, stage, project.name],
      description: `The ${stage.toLowerCase()} of ${project.name} against the ${standardWords(input)}.`,
    },
    control: {
      history: [{ version, date: today, author: input.author, summary: 'The assessment as last changed.' }],
      approvals: [],
    },
    contents: true,
    sections,
  };
}

/**
 * The assessment as the bytes of a .docx file: what `waymark export --what assessment` writes. The same
 * model goes through the app's export worker with renderAssessment.
 */
export function renderAssessmentDocx(
  input: AssessmentDocInput,
  options: Pick<DocxOptions, 'onProgress' | 'contentsPageNumbers'> = {},
): Promise<Uint8Array> {
  return renderDocx(renderAssessment(input), { ...options, now: input.now });
}
