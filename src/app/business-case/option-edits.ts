// Pure edits of a revision's options appraisal: the long list (with business as usual and do minimum), the
// short list, options kept open or closed with a reason, critical success factors, scores and the preferred
// option. option-actions.ts saves the result.
import type { CaseOption, OptionBaseline, OptionScore, OptionsAppraisal } from '../../domain/business-case/model';
import { OPTION_BASELINES } from '../../domain/business-case/model';
import { MAX_SCORE } from '../../domain/business-case/options';

export const OPTION_LIMITS = { title: 300, text: 4000, options: 100, factors: 50 } as const;

/** The baseline choice on the form: one of the two baselines, or neither. */
export type BaselineChoice = OptionBaseline | 'none';

export interface OptionInput {
  title: string;
  description: string;
  baseline: BaselineChoice | null;
  shortListed: boolean;
  /** True while the option is still open, "not decided yet". */
  open: boolean;
  closedReason: string;
}

export type OptionField = 'title' | 'description' | 'baseline' | 'open' | 'closedReason';
export type OptionErrors = Partial<Record<OptionField, string>>;

export function emptyOptionInput(): OptionInput {
  return { title: '', description: '', baseline: null, shortListed: false, open: true, closedReason: '' };
}

export function optionInput(option: CaseOption): OptionInput {
  return {
    title: option.title,
    description: option.description,
    baseline: option.baseline ?? 'none',
    shortListed: option.shortListed,
    open: option.open,
    closedReason: option.closedReason,
  };
}

/** Adds or changes one option on the long list, or says what to fix. */
export function putOption(
  appraisal: OptionsAppraisal,
  id: string,
  input: OptionInput,
): { ok: true; value: OptionsAppraisal } | { ok: false; errors: OptionErrors } {
  const errors: OptionErrors = {};
  const title = input.title.trim();
  const description = input.description.trim();
  const reason = input.closedReason.trim();
  const existing = appraisal.options.find((o) => o.id === id);
  if (title.length === 0) errors.title = 'Give the option a name.';
  else if (title.length > OPTION_LIMITS.title)
    errors.title = `The name must be ${OPTION_LIMITS.title} characters or fewer.`;
  if (description.length > OPTION_LIMITS.text)
    errors.description = `The description must be ${OPTION_LIMITS.text} characters or fewer.`;
  if (input.baseline === null || (input.baseline !== 'none' && !OPTION_BASELINES.includes(input.baseline)))
    errors.baseline = 'Say whether the option is business as usual, do minimum or neither.';
  if (!input.open && appraisal.preferredOptionId === id)
    errors.open = 'This is the preferred option: choose another preferred option before closing it.';
  if (!input.open && reason.length === 0)
    errors.closedReason = 'Say why the option is closed, for example what the evidence showed.';
  else if (reason.length > OPTION_LIMITS.text)
    errors.closedReason = `The reason must be ${OPTION_LIMITS.text} characters or fewer.`;
  if (!existing && appraisal.options.length >= OPTION_LIMITS.options)
    errors.title = `An appraisal can hold up to ${OPTION_LIMITS.options} options.`;
  if (Object.keys(errors).length > 0 || input.baseline === null) return { ok: false, errors };
  const option: CaseOption = {
    id,
    title,
    description,
    baseline: input.baseline === 'none' ? null : input.baseline,
    shortListed: input.shortListed,
    open: input.open,
    closedReason: input.open ? '' : reason,
  };
  const options = existing ? appraisal.options.map((o) => (o.id === id ? option : o)) : [...appraisal.options, option];
  // An option taken off the short list is no longer scored.
  const scores = option.shortListed ? appraisal.scores : appraisal.scores.filter((s) => s.optionId !== id);
  return { ok: true, value: { ...appraisal, options, scores } };
}

/** Removes an option with its scores; the preferred option must be changed first. */
export function removeOption(appraisal: OptionsAppraisal, optionId: string): OptionsAppraisal {
  if (!appraisal.options.some((o) => o.id === optionId))
    throw new Error('That option is not in this revision any more.');
  if (appraisal.preferredOptionId === optionId)
    throw new Error('This is the preferred option: choose another preferred option before removing it.');
  return {
    ...appraisal,
    options: appraisal.options.filter((o) => o.id !== optionId),
    scores: appraisal.scores.filter((s) => s.optionId !== optionId),
  };
}

/** Adds or renames a critical success factor, or says what to fix. */
export function putFactor(
  appraisal: OptionsAppraisal,
  id: string,
  title: string,
): { ok: true; value: OptionsAppraisal } | { ok: false; errors: { title?: string } } {
  const clean = title.trim();
  const existing = appraisal.factors.some((f) => f.id === id);
  if (clean.length === 0) return { ok: false, errors: { title: 'Write down the critical success factor.' } };
  if (clean.length > OPTION_LIMITS.title)
    return { ok: false, errors: { title: `The factor must be ${OPTION_LIMITS.title} characters or fewer.` } };
  if (!existing && appraisal.factors.length >= OPTION_LIMITS.factors)
    return { ok: false, errors: { title: `An appraisal can hold up to ${OPTION_LIMITS.factors} success factors.` } };
  const factors = existing
    ? appraisal.factors.map((f) => (f.id === id ? { id, title: clean } : f))
    : [...appraisal.factors, { id, title: clean }];
  return { ok: true, value: { ...appraisal, factors } };
}

/** Removes a success factor and every score against it. */
export function removeFactor(appraisal: OptionsAppraisal, factorId: string): OptionsAppraisal {
  if (!appraisal.factors.some((f) => f.id === factorId))
    throw new Error('That success factor is not in this revision any more.');
  return {
    ...appraisal,
    factors: appraisal.factors.filter((f) => f.id !== factorId),
    scores: appraisal.scores.filter((s) => s.factorId !== factorId),
  };
}

/** One cell of the scores table: a whole number from 0 to 5, or null for not scored yet. */
export interface ScoreCell {
  optionId: string;
  factorId: string;
  score: number | null;
}

/**
 * Sets the scores of short-listed options against the factors. Cells left out keep their scores; a
 * cell with null is cleared. Refuses a score that is not a whole number from 0 to 5, or that points at
 * an option not on the short list or a factor not in the appraisal.
 */
export function setScores(appraisal: OptionsAppraisal, cells: readonly ScoreCell[]): OptionsAppraisal {
  const shortListed = new Set(appraisal.options.filter((o) => o.shortListed).map((o) => o.id));
  const factors = new Set(appraisal.factors.map((f) => f.id));
  const key = (s: { optionId: string; factorId: string }) => `${s.optionId}\u0000${s.factorId}`;
  const byCell = new Map(appraisal.scores.map((s) => [key(s), s]));
  for (const cell of cells) {
    if (!shortListed.has(cell.optionId) || !factors.has(cell.factorId))
      throw new Error('Scores can only be given to short-listed options against the success factors.');
    if (cell.score === null) byCell.delete(key(cell));
    else if (!Number.isInteger(cell.score) || cell.score < 0 || cell.score > MAX_SCORE)
      throw new Error(`Scores must be whole numbers from 0 to ${MAX_SCORE}.`);
    else byCell.set(key(cell), { optionId: cell.optionId, factorId: cell.factorId, score: cell.score });
  }
  const scores: OptionScore[] = [...byCell.values()];
  return { ...appraisal, scores };
}

/** Chooses the preferred option and why, or leaves it "not decided yet" (null). */
export function choosePreferredOption(
  appraisal: OptionsAppraisal,
  optionId: string | null,
  reason: string,
): { ok: true; value: OptionsAppraisal } | { ok: false; errors: { preferred?: string; reason?: string } } {
  const why = reason.trim();
  if (optionId === null) return { ok: true, value: { ...appraisal, preferredOptionId: null, preferredReason: '' } };
  const option = appraisal.options.find((o) => o.id === optionId);
  const errors: { preferred?: string; reason?: string } = {};
  if (!option) errors.preferred = 'That option is not in this revision any more. Choose another.';
  else if (!option.open) errors.preferred = `${option.title} is closed. Reopen it or choose another option.`;
  if (why.length === 0) errors.reason = 'Say why this option is preferred.';
  else if (why.length > OPTION_LIMITS.text)
    errors.reason = `The reason must be ${OPTION_LIMITS.text} characters or fewer.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...appraisal, preferredOptionId: optionId, preferredReason: why } };
}
