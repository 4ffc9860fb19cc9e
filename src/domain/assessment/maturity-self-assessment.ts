// Maturity self-assessments: a project scored on a maturity model (Colorado's index, the Open Source
// Capability Model, a department's own) at the model's levels, per category or per dimension of a category,
// with a target level, notes and the lever to pull for each gap. Pure rules: gaps, comparison with an
// earlier self-assessment, and the plain numbers a chart and its data table are drawn from.
import type { MaturityModelTemplate } from '../pack';
import type { StandardRef } from './assessment-model';

export interface MaturityScore {
  categoryId: string;
  /** The dimension of the category scored, or null when the category is scored as a whole. */
  dimensionId: string | null;
  /** Level ids of the model, or null when not scored yet. */
  current: string | null;
  target: string | null;
  notes: string;
  /** The lever or next step to close the gap between current and target. */
  lever: string;
}

export interface MaturitySelfAssessment {
  id: string;
  projectId: string;
  model: StandardRef;
  /** The day the team scored itself, `YYYY-MM-DD`. */
  date: string;
  createdAt: string;
  updatedAt: string;
  scores: MaturityScore[];
}

export const MATURITY_LIMITS = { notes: 4000, lever: 2000, scores: 500 } as const;

/** One row the model asks to be scored: a category, or one dimension of a category that has them. */
export interface MaturityRow {
  key: string;
  categoryId: string;
  dimensionId: string | null;
  label: string;
}

function rowKey(categoryId: string, dimensionId: string | null): string {
  return dimensionId === null ? categoryId : `${categoryId}/${dimensionId}`;
}

/** The rows of a model in its own order: a category with dimensions gives one row per dimension. */
export function maturityRows(model: MaturityModelTemplate): MaturityRow[] {
  return model.categories.flatMap((category): MaturityRow[] =>
    category.dimensions && category.dimensions.length > 0
      ? category.dimensions.map((dimension) => ({
          key: rowKey(category.id, dimension.id),
          categoryId: category.id,
          dimensionId: dimension.id,
          label: `${category.title}: ${dimension.title}`,
        }))
      : [{ key: rowKey(category.id, null), categoryId: category.id, dimensionId: null, label: category.title }],
  );
}

/** The position of a level on the model's scale, 1 for the lowest, or null for an unknown or missing level. */
export function levelNumber(model: MaturityModelTemplate, levelId: string | null): number | null {
  if (levelId === null) return null;
  const index = model.levels.findIndex((level) => level.id === levelId);
  return index < 0 ? null : index + 1;
}

function scoreMap(assessment: MaturitySelfAssessment): Map<string, MaturityScore> {
  return new Map(assessment.scores.map((score) => [rowKey(score.categoryId, score.dimensionId), score]));
}

export interface MaturityGap {
  row: MaturityRow;
  current: number;
  target: number;
  /** How many levels lie between current and target. */
  levels: number;
  lever: string;
  /** True when the team has written down what it will do about the gap. */
  hasLever: boolean;
}

/** Every row scored below its target, largest gap first, then in the model's order. */
export function maturityGaps(assessment: MaturitySelfAssessment, model: MaturityModelTemplate): MaturityGap[] {
  const scores = scoreMap(assessment);
  const gaps: MaturityGap[] = [];
  for (const row of maturityRows(model)) {
    const score = scores.get(row.key);
    if (!score) continue;
    const current = levelNumber(model, score.current);
    const target = levelNumber(model, score.target);
    if (current === null || target === null || target <= current) continue;
    gaps.push({
      row,
      current,
      target,
      levels: target - current,
      lever: score.lever,
      hasLever: score.lever.trim().length > 0,
    });
  }
  return gaps
    .map((gap, order) => ({ gap, order }))
    .sort((a, b) => b.gap.levels - a.gap.levels || a.order - b.order)
    .map(({ gap }) => gap);
}

export type MaturityMovement = 'up' | 'down' | 'same' | 'not-comparable';

export interface MaturityRowChange {
  row: MaturityRow;
  earlier: number | null;
  now: number | null;
  movement: MaturityMovement;
}

/** How each row moved since an earlier self-assessment on the same model. */
export function compareMaturity(
  earlier: MaturitySelfAssessment,
  later: MaturitySelfAssessment,
  model: MaturityModelTemplate,
): MaturityRowChange[] {
  const before = scoreMap(earlier);
  const after = scoreMap(later);
  return maturityRows(model).map((row) => {
    const was = levelNumber(model, before.get(row.key)?.current ?? null);
    const is = levelNumber(model, after.get(row.key)?.current ?? null);
    const movement: MaturityMovement =
      was === null || is === null ? 'not-comparable' : is > was ? 'up' : is < was ? 'down' : 'same';
    return { row, earlier: was, now: is, movement };
  });
}

export interface MaturityChartRow {
  key: string;
  label: string;
  current: number | null;
  target: number | null;
  earlier: number | null;
}

export interface MaturityChartData {
  /** The level names, lowest first; a value of n on a row is `levels[n - 1]`. */
  levels: string[];
  rows: MaturityChartRow[];
}

/** The numbers a chart of current against target (and an earlier self-assessment) is drawn from. */
export function maturityChartData(
  assessment: MaturitySelfAssessment,
  model: MaturityModelTemplate,
  earlier: MaturitySelfAssessment | null = null,
): MaturityChartData {
  const scores = scoreMap(assessment);
  const before = earlier ? scoreMap(earlier) : new Map<string, MaturityScore>();
  return {
    levels: model.levels.map((level) => level.label),
    rows: maturityRows(model).map((row) => ({
      key: row.key,
      label: row.label,
      current: levelNumber(model, scores.get(row.key)?.current ?? null),
      target: levelNumber(model, scores.get(row.key)?.target ?? null),
      earlier: earlier ? levelNumber(model, before.get(row.key)?.current ?? null) : null,
    })),
  };
}
