// The changes a team makes to a maturity self-assessment, as pure functions: each takes the
// self-assessment and its model and gives back the changed one, or messages for the fields of the form
// (nothing changes then). Scores can only be levels of the self-assessment's own model.
import {
  MATURITY_LIMITS,
  maturityRows,
  type MaturityScore,
  type MaturitySelfAssessment,
} from '../../domain/assessment/maturity-self-assessment';
import type { MaturityModelTemplate } from '../../domain/pack';

export type MaturityErrors = Partial<Record<string, string>>;
export type MaturityEdit = { ok: true; selfAssessment: MaturitySelfAssessment } | { ok: false; errors: MaturityErrors };

/** What the score form holds for one row; '' for a level not chosen. */
export interface MaturityScoreDraft {
  current: string;
  target: string;
  notes: string;
  lever: string;
}

/** The form field of a row's value, as used in error messages: `current:team-culture`. */
export function scoreField(field: keyof MaturityScoreDraft, rowKey: string): string {
  return `${field}:${rowKey}`;
}

export function emptyScoreDraft(): MaturityScoreDraft {
  return { current: '', target: '', notes: '', lever: '' };
}

function keyOf(categoryId: string, dimensionId: string | null): string {
  return dimensionId === null ? categoryId : `${categoryId}/${dimensionId}`;
}

/** The form's starting values for a row: what is stored, or nothing chosen. */
export function scoreDraftOf(selfAssessment: MaturitySelfAssessment, rowKey: string): MaturityScoreDraft {
  const score = selfAssessment.scores.find((s) => keyOf(s.categoryId, s.dimensionId) === rowKey);
  return score
    ? { current: score.current ?? '', target: score.target ?? '', notes: score.notes, lever: score.lever }
    : emptyScoreDraft();
}

function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Records the scores of one category (each of its dimensions, or the category as a whole): where the
 * project is now and the target, each one of the model's levels or none yet, with notes and the lever or
 * next step. A row left with nothing chosen and nothing written is removed.
 */
export function setCategoryScores(
  selfAssessment: MaturitySelfAssessment,
  model: MaturityModelTemplate,
  categoryId: string,
  drafts: Readonly<Record<string, MaturityScoreDraft>>,
): MaturityEdit {
  const rows = maturityRows(model).filter((row) => row.categoryId === categoryId);
  if (rows.length === 0) return { ok: false, errors: { category: 'This model has no such category.' } };
  const levelIds = new Set(model.levels.map((level) => level.id));
  const errors: MaturityErrors = {};
  const scores: MaturityScore[] = [];
  for (const row of rows) {
    const draft = drafts[row.key] ?? emptyScoreDraft();
    const name = row.dimensionId === null ? '' : ` for ${row.label}`;
    if (draft.current !== '' && !levelIds.has(draft.current))
      errors[scoreField('current', row.key)] = `Choose one of the model\u2019s levels${name}`;
    if (draft.target !== '' && !levelIds.has(draft.target))
      errors[scoreField('target', row.key)] = `Choose one of the model\u2019s levels as the target${name}`;
    const notes = plain(draft.notes);
    const lever = plain(draft.lever);
    if (notes.length > MATURITY_LIMITS.notes)
      errors[scoreField('notes', row.key)] =
        `The notes${name} must be ${MATURITY_LIMITS.notes.toLocaleString('en-GB')} characters or fewer`;
    if (lever.length > MATURITY_LIMITS.lever)
      errors[scoreField('lever', row.key)] =
        `The next step${name} must be ${MATURITY_LIMITS.lever.toLocaleString('en-GB')} characters or fewer`;
    if (draft.current === '' && draft.target === '' && notes === '' && lever === '') continue;
    scores.push({
      categoryId: row.categoryId,
      dimensionId: row.dimensionId,
      current: draft.current === '' ? null : draft.current,
      target: draft.target === '' ? null : draft.target,
      notes,
      lever,
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const kept = selfAssessment.scores.filter((score) => score.categoryId !== categoryId);
  if (kept.length + scores.length > MATURITY_LIMITS.scores)
    return { ok: false, errors: { category: `A self-assessment can hold up to ${MATURITY_LIMITS.scores} scores` } };
  // Kept in the model's order, so the stored record reads the same way as the screens.
  const order = new Map(maturityRows(model).map((row, index) => [row.key, index]));
  const position = (s: MaturityScore) => order.get(keyOf(s.categoryId, s.dimensionId)) ?? order.size;
  return {
    ok: true,
    selfAssessment: { ...selfAssessment, scores: [...kept, ...scores].sort((a, b) => position(a) - position(b)) },
  };
}
