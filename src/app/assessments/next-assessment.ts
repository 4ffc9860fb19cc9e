// Working from an earlier assessment: starting the next one from it (a reassessment of the points the panel
// rated as failing, or the next phase's assessment), marking a carried answer as reviewed, comparing two
// assessments of the same project in words, and what the evidence of an assessment already covers in another
// standard through the installed crosswalks. Carrying and comparing are worked out in src/domain/assessment.
import { StorageError } from '../../db/storage-errors';
import type { StoredPack } from '../../db/stored-pack';
import {
  ASSESSMENT_STAGE_LABELS,
  POINT_STATUS_LABELS,
  answerFor,
  type Assessment,
  type AssessmentAction,
  type AssessmentStage,
  type CarryKind,
} from '../../domain/assessment/assessment-model';
import { compareAssessments } from '../../domain/assessment/assessment-compare';
import {
  bringCarriedActionsBeforePanel,
  nextStageOf,
  pointsToReassess,
  startNextStage,
  startReassessment,
} from '../../domain/assessment/carry-forward';
import { coveredPoints, crosswalkCoverage, type CoverageLevel } from '../../domain/assessment/crosswalk-coverage';
import { ratingLabel } from '../../domain/assessment/panel-outcome';
import type { SetRelation } from '../../domain/compliance-map/map-model';
import { displayDate } from '../../domain/display-date';
import { newId } from '../../domain/ids';
import type { CrosswalkTemplate, RatingScale, StandardTemplate } from '../../domain/pack';
import {
  changeAssessment,
  type AssessmentOutcome,
  type AssessmentRepositories,
  type AssessmentTarget,
  type MovedActions,
} from './assessment-actions';
import { checkPanelDate, type AssessmentErrors } from './assessment-edits';
import { standardAt } from './standards';

/** GOV.UK's scale, used when a standard's pack declares none. */
const DEFAULT_SCALE: RatingScale = {
  values: [
    { id: 'green', label: 'Green', meaning: 'Met.' },
    { id: 'amber', label: 'Amber', meaning: 'Met, with actions due within three months.' },
    { id: 'red', label: 'Red', meaning: 'Not met: the point is assessed again.' },
  ],
  overall: true,
};

/** The rating scale a standard declares, or green, amber and red. */
export function scaleOf(standard: StandardTemplate): RatingScale {
  return standard.rating_scale ?? DEFAULT_SCALE;
}

/** What can be started from an assessment: a reassessment of its failing points, the next phase, or neither. */
export interface NextChoices {
  /** The reassessment's stage and points, or null when the panel rated no point as failing (or has not reported). */
  reassessment: { stage: AssessmentStage; pointIds: string[] } | null;
  /** The next phase's stage, or null when there is none. */
  nextStage: AssessmentStage | null;
}

const REASSESSMENT_STAGE: Partial<Record<AssessmentStage, AssessmentStage>> = {
  alpha: 'alpha-reassessment',
  beta: 'beta-reassessment',
  live: 'live-reassessment',
  'alpha-reassessment': 'alpha-reassessment',
  'beta-reassessment': 'beta-reassessment',
  'live-reassessment': 'live-reassessment',
  'live-review': 'live-reassessment',
};

export function nextChoices(assessment: Assessment, standard: StandardTemplate): NextChoices {
  const stage = REASSESSMENT_STAGE[assessment.stage];
  const pointIds = assessment.outcome
    ? pointsToReassess(
        assessment,
        scaleOf(standard),
        standard.points.map((p) => p.id),
      )
    : [];
  return {
    reassessment: stage && pointIds.length > 0 ? { stage, pointIds } : null,
    nextStage: nextStageOf(assessment.stage),
  };
}

/** What the "start the next assessment" form holds; `kind` is null until one is chosen. */
export interface NextAssessmentRequest {
  projectId: string;
  fromAssessmentId: string;
  kind: CarryKind | null;
  panelDate: string;
}

/**
 * Starts the next assessment from an earlier one: its answers, narratives and evidence carried and marked for
 * review, its open actions carried. When its panel date is given, the carried panel actions due after it (or,
 * on points rated red, with no date) are due on the last working day before it; `moved` says how many, when
 * any. The earlier assessment is not changed.
 */
export async function startNextAssessment(
  repos: AssessmentRepositories,
  request: NextAssessmentRequest,
  clock: () => Date = () => new Date(),
): Promise<AssessmentOutcome & { moved?: MovedActions }> {
  const previous = await repos.assessments.get(request.fromAssessmentId);
  if (!previous || previous.projectId !== request.projectId)
    throw new StorageError('That assessment no longer exists.', 'unknown');
  const standard = await standardAt(repos, previous.standard);
  if (!standard)
    throw new StorageError(
      'The standard this assessment uses is no longer installed, so nothing was started. Install its pack again from the Library.',
      'unknown',
    );
  const choices = nextChoices(previous, standard);
  const errors: AssessmentErrors = {};
  if (request.kind === null) errors.kind = 'Choose which assessment to start';
  else if (request.kind === 'reassessment' && !choices.reassessment)
    errors.kind = 'The panel rated no point as red, so there is nothing to reassess. Choose the next phase instead';
  else if (request.kind === 'next-stage' && !choices.nextStage)
    errors.kind = 'There is no later phase after this one. Choose a reassessment instead';
  const panelDate = checkPanelDate(request.panelDate);
  if (!panelDate.ok) errors.panelDate = panelDate.error;
  if (Object.keys(errors).length > 0 || !panelDate.ok) return { ok: false, errors };
  const options = { id: newId(), now: clock(), panelDate: panelDate.date };
  const next =
    request.kind === 'reassessment'
      ? startReassessment(
          previous,
          scaleOf(standard),
          standard.points.map((p) => p.id),
          options,
        )
      : startNextStage(previous, options);
  const brought = bringCarriedActionsBeforePanel(next, previous, scaleOf(standard));
  const saved = await repos.assessments.create(brought.assessment);
  return brought.moved > 0 && brought.dueBy !== null
    ? { ok: true, assessment: saved, moved: { count: brought.moved, dueBy: brought.dueBy } }
    : { ok: true, assessment: saved };
}

/** Marks a carried answer as looked at, keeping its status, narrative and evidence. */
export function markAnswerReviewed(
  repos: AssessmentRepositories,
  target: AssessmentTarget,
  pointId: string,
): Promise<AssessmentOutcome> {
  return changeAssessment(repos, {
    ...target,
    change: (assessment) => ({
      ok: true,
      assessment: {
        ...assessment,
        answers: assessment.answers.map((answer) =>
          answer.pointId === pointId ? { ...answer, needsReview: false } : answer,
        ),
      },
    }),
  });
}

/** "Carried forward from the alpha assessment": what a carried answer's notice names. */
export function carriedFromWords(carriedFrom: Assessment | undefined): string {
  return carriedFrom ? `the ${ASSESSMENT_STAGE_LABELS[carriedFrom.stage].toLowerCase()}` : 'an earlier assessment';
}

/** An assessment in a list of choices: its stage, when it was started, and its standard. */
export function assessmentChoiceLabel(assessment: Assessment, standardTitle: string): string {
  const panel = assessment.panelDate ? `, panel on ${displayDate(assessment.panelDate)}` : '';
  return `${ASSESSMENT_STAGE_LABELS[assessment.stage]} against the ${standardTitle}, started ${displayDate(assessment.createdAt)}${panel}`;
}

/** One point of a comparison, in words. */
export interface ComparedPoint {
  pointId: string;
  title: string;
  status: string;
  rating: string;
  evidence: string;
}

export interface ComparisonInWords {
  points: ComparedPoint[];
  /** Points only one of the two covers (outside a reassessment): not compared. */
  notCompared: string[];
  overall: string;
  closed: AssessmentAction[];
  stillOpen: AssessmentAction[];
  added: AssessmentAction[];
  dropped: AssessmentAction[];
}

function moved(before: string, after: string): string {
  return before === after ? `${before} (no change)` : `${before} to ${after}`;
}

/**
 * Compares `earlier` with `later` (two assessments of the same project) in words: each point's status and
 * rating before and after, and the evidence added and removed; which actions closed, stayed open, are new or
 * were dropped. The points are the later assessment's standard's, in its order.
 */
export function compareInWords(earlier: Assessment, later: Assessment, standard: StandardTemplate): ComparisonInWords {
  const comparison = compareAssessments(
    earlier,
    later,
    standard.points.map((p) => p.id),
  );
  const scale = scaleOf(standard);
  const titles = new Map(standard.points.map((p) => [p.id, p.title]));
  return {
    points: comparison.points.map((change) => {
      const parts: string[] = [];
      if (change.evidenceAdded.length > 0) parts.push(`${change.evidenceAdded.length} added`);
      if (change.evidenceRemoved.length > 0) parts.push(`${change.evidenceRemoved.length} removed`);
      const kept = answerFor(later, change.pointId).evidenceIds.length - change.evidenceAdded.length;
      return {
        pointId: change.pointId,
        title: titles.get(change.pointId) ?? change.pointId,
        status: moved(POINT_STATUS_LABELS[change.statusBefore], POINT_STATUS_LABELS[change.statusAfter]),
        rating: moved(ratingLabel(scale, change.ratingBefore), ratingLabel(scale, change.ratingAfter)),
        evidence:
          parts.length > 0
            ? `${parts.join(', ')}, ${kept} kept`
            : kept === 0
              ? 'None in either'
              : `No change (${kept} kept)`,
      };
    }),
    notCompared: comparison.notCompared,
    overall: moved(ratingLabel(scale, comparison.overallBefore), ratingLabel(scale, comparison.overallAfter)),
    closed: comparison.actionsClosed,
    stillOpen: comparison.actionsStillOpen,
    added: comparison.actionsNew,
    dropped: comparison.actionsDropped,
  };
}

/** Which assessment came first: the one the other was carried from, or else the one started earlier. */
export function inOrder(a: Assessment, b: Assessment): [Assessment, Assessment] {
  if (a.carriedFrom?.assessmentId === b.id) return [b, a];
  if (b.carriedFrom?.assessmentId === a.id) return [a, b];
  return a.createdAt <= b.createdAt ? [a, b] : [b, a];
}

const RELATION_WORDS: Record<SetRelation, string> = {
  'equal-to': 'equal to',
  'equivalent-to': 'equivalent to',
  'superset-of': 'includes everything in',
  'subset-of': 'part of',
  'intersects-with': 'overlaps with',
  'no-relationship': 'not related to',
};

export const COVERAGE_WORDS: Record<CoverageLevel, string> = {
  full: 'Fully covered',
  partial: 'Partly covered',
  none: 'Not covered',
};

/** One point of the other standard and what this assessment's evidence covers of it. */
export interface CoveredPoint {
  pointId: string;
  title: string;
  coverage: CoverageLevel;
  /** "Equal to GOV.UK Service Standard point 1", one per link, full ones first. */
  through: { words: string; rationale: string }[];
}

/** What an assessment covers of one other standard, through the crosswalks between the two. */
export interface CoverageAgainst {
  standard: { packId: string; templateId: string; title: string };
  crosswalkTitles: string[];
  points: CoveredPoint[];
  full: number;
  partial: number;
}

function standardOf(
  packs: readonly StoredPack[],
  end: { pack: string; template: string },
): StandardTemplate | undefined {
  const template = packs
    .find((stored) => stored.id === end.pack)
    ?.pack.templates.find((t) => t.kind === 'standard' && t.id === end.template);
  return template?.kind === 'standard' ? template : undefined;
}

/**
 * For each other standard an installed crosswalk maps to the assessment's standard (and that is installed
 * too), what the assessment's evidence already covers of its points, fully or partly, and through which link.
 * A point counts as covered when it is ready or has evidence from the library.
 */
export function coverageInOtherStandards(
  assessment: Assessment,
  standard: StandardTemplate,
  activePacks: readonly StoredPack[],
): CoverageAgainst[] {
  const own = { packId: assessment.standard.packId, templateId: assessment.standard.templateId };
  const crosswalks: CrosswalkTemplate[] = activePacks.flatMap((stored) =>
    stored.pack.templates.flatMap((t) => (t.kind === 'crosswalk' ? [t] : [])),
  );
  const others = new Map<string, { end: { pack: string; template: string }; crosswalks: CrosswalkTemplate[] }>();
  for (const crosswalk of crosswalks) {
    const isOwn = (end: { pack: string; template: string }) =>
      end.pack === own.packId && end.template === own.templateId;
    const other = isOwn(crosswalk.from) ? crosswalk.to : isOwn(crosswalk.to) ? crosswalk.from : null;
    if (!other || isOwn(other)) continue;
    const key = `${other.pack}/${other.template}`;
    const entry = others.get(key) ?? { end: other, crosswalks: [] };
    entry.crosswalks.push(crosswalk);
    others.set(key, entry);
  }
  const covered = coveredPoints(assessment);
  const ownTitles = new Map(standard.points.map((p) => [p.id, p.title]));
  const result: CoverageAgainst[] = [];
  for (const { end, crosswalks: links } of others.values()) {
    const target = standardOf(activePacks, end);
    if (!target) continue;
    const rows = crosswalkCoverage({
      crosswalks: links,
      covered: own,
      coveredPointIds: covered,
      target: { packId: end.pack, templateId: end.template },
      targetPointIds: target.points.map((p) => p.id),
    });
    const titles = new Map(target.points.map((p) => [p.id, p.title]));
    const points = rows.map((row): CoveredPoint => ({
      pointId: row.pointId,
      title: titles.get(row.pointId) ?? row.pointId,
      coverage: row.coverage,
      through: row.through.map((source) => ({
        // Read from the other standard's point to this one: "equal to GOV.UK Service Standard point 1".
        words: `${RELATION_WORDS[inverse(source.relation)]} ${standard.title} point ${source.fromPointId} (${ownTitles.get(source.fromPointId) ?? source.fromPointId})`,
        rationale: source.rationale,
      })),
    }));
    result.push({
      standard: { packId: end.pack, templateId: end.template, title: target.title },
      crosswalkTitles: links.map((c) => c.title),
      points,
      full: points.filter((p) => p.coverage === 'full').length,
      partial: points.filter((p) => p.coverage === 'partial').length,
    });
  }
  return result.sort((a, b) => a.standard.title.localeCompare(b.standard.title));
}

/** The relation read the other way round, so that a row reads from the other standard's point. */
function inverse(relation: SetRelation): SetRelation {
  if (relation === 'subset-of') return 'superset-of';
  if (relation === 'superset-of') return 'subset-of';
  return relation;
}

/**
 * For one point of the assessment's standard, what it covers in other standards: the other points its own
 * coverage reaches (when the team has covered it), with the link in words.
 */
export function pointCoverageElsewhere(
  assessment: Assessment,
  standard: StandardTemplate,
  activePacks: readonly StoredPack[],
  pointId: string,
): { standardTitle: string; pointId: string; title: string; coverage: CoverageLevel; words: string }[] {
  const covered = coveredPoints(assessment).has(pointId);
  const single: Assessment = {
    ...assessment,
    answers: covered ? assessment.answers.filter((a) => a.pointId === pointId) : [],
  };
  return coverageInOtherStandards(single, standard, activePacks).flatMap((against) =>
    against.points
      .filter((p) => p.coverage !== 'none')
      .map((p) => ({
        standardTitle: against.standard.title,
        pointId: p.pointId,
        title: p.title,
        coverage: p.coverage,
        words: p.through[0]?.words ?? '',
      })),
  );
}
