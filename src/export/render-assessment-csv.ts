// CSV files of an assessment for spreadsheets: the checklist (each point in scope with its status, narrative
// as plain text, the titles of its evidence, how many actions it has and the panel's rating in words) and the
// actions (soonest due first). Written through render-csv.ts, which quotes fields as RFC 4180 says and defuses
// anything a spreadsheet could run as a formula.
import type { EvidenceItem } from '../domain/evidence';
import type { StandardTemplate } from '../domain/pack';
import {
  ACTION_SOURCE_LABELS,
  ASSESSMENT_STAGE_LABELS,
  POINT_STATUS_LABELS,
  answerFor,
  pointsInScope,
  type Assessment,
} from '../domain/assessment/assessment-model';
import { ratingLabel } from '../domain/assessment/panel-outcome';
import { actionPlanOrder, narrativeText, pointNumber, pointTitle } from './assessment-words';
import { renderCsv, type CsvTable } from './render-csv';

export interface AssessmentCsvInput {
  assessment: Assessment;
  standard: StandardTemplate;
  /** The project's evidence items, to name the ones each point uses. */
  evidence: readonly EvidenceItem[];
}

const MISSING_EVIDENCE = '(no longer in the evidence library)';

const CHECKLIST_COLUMNS = [
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
];

function tableName(input: Pick<AssessmentCsvInput, 'assessment' | 'standard'>, what: string): string {
  return `${input.standard.title} - ${ASSESSMENT_STAGE_LABELS[input.assessment.stage]} - ${what}`;
}

/** The checklist: one row per point in scope, in the standard's order. */
export function assessmentChecklistTable(input: AssessmentCsvInput): CsvTable {
  const { assessment, standard } = input;
  const titles = new Map(input.evidence.map((item) => [item.id, item.title]));
  const scale = standard.rating_scale;
  const rows = pointsInScope(
    assessment,
    standard.points.map((point) => point.id),
  ).map((pointId) => {
    const answer = answerFor(assessment, pointId);
    const actions = assessment.actions.filter((action) => action.pointId === pointId);
    const rating = assessment.outcome ? (assessment.outcome.pointRatings[pointId] ?? null) : undefined;
    return [
      pointNumber(standard, pointId),
      pointTitle(standard, pointId),
      POINT_STATUS_LABELS[answer.status],
      answer.notApplicableReason,
      narrativeText(answer.narrative),
      answer.evidenceIds.map((id) => titles.get(id) ?? MISSING_EVIDENCE).join('; '),
      actions.length,
      actions.filter((action) => !action.done).length,
      rating === undefined ? '' : ratingLabel(scale, rating),
      answer.needsReview ? 'Yes' : 'No',
    ];
  });
  return { name: tableName(input, 'checklist'), columns: CHECKLIST_COLUMNS, rows };
}

const ACTION_COLUMNS = ['Action', 'Point', 'Point title', 'Owner', 'Due date', 'From', 'Done'];

/** The actions, soonest due first (those with no due date last); dates as `YYYY-MM-DD`, which spreadsheets sort. */
export function assessmentActionsTable(input: Pick<AssessmentCsvInput, 'assessment' | 'standard'>): CsvTable {
  const { assessment, standard } = input;
  return {
    name: tableName(input, 'actions'),
    columns: ACTION_COLUMNS,
    rows: actionPlanOrder(assessment.actions).map((action) => [
      action.what,
      action.pointId === null ? '' : pointNumber(standard, action.pointId),
      action.pointId === null ? 'The service as a whole' : pointTitle(standard, action.pointId),
      action.owner,
      action.dueDate ?? '',
      ACTION_SOURCE_LABELS[action.source],
      action.done ? 'Yes' : 'No',
    ]),
  };
}

/** The checklist CSV file's bytes (UTF-8 with a byte order mark, CRLF rows). */
export function renderAssessmentChecklistCsv(input: AssessmentCsvInput): Uint8Array {
  return renderCsv(assessmentChecklistTable(input));
}

/** The actions CSV file's bytes (UTF-8 with a byte order mark, CRLF rows). */
export function renderAssessmentActionsCsv(input: Pick<AssessmentCsvInput, 'assessment' | 'standard'>): Uint8Array {
  return renderCsv(assessmentActionsTable(input));
}
