// The options appraisal: closing and reopening options (each closure says why), totals of the scores
// against the critical success factors, and the checks a screen shows before the appraisal is relied on.
import type { CaseOption, CaseRevision, OptionsAppraisal } from './model';
import { updateRevision } from './revisions';

export const MAX_SCORE = 5;

function withOption(
  revision: CaseRevision,
  optionId: string,
  change: (option: CaseOption) => CaseOption,
  now: Date,
): CaseRevision {
  if (!revision.options.options.some((o) => o.id === optionId)) throw new Error('That option is not in this case.');
  const options = revision.options.options.map((o) => (o.id === optionId ? change(o) : o));
  return updateRevision(revision, { options: { ...revision.options, options } }, now);
}

/** Closes an option once the evidence settles it; the reason is required and kept. */
export function closeOption(revision: CaseRevision, optionId: string, reason: string, now: Date): CaseRevision {
  const why = reason.trim();
  if (why.length === 0) throw new Error('Say why the option is being closed, for example what the evidence showed.');
  if (revision.options.preferredOptionId === optionId)
    throw new Error('Choose another preferred option before closing this one.');
  return withOption(revision, optionId, (o) => ({ ...o, open: false, closedReason: why }), now);
}

export function reopenOption(revision: CaseRevision, optionId: string, now: Date): CaseRevision {
  return withOption(revision, optionId, (o) => ({ ...o, open: true, closedReason: '' }), now);
}

export interface OptionTotal {
  optionId: string;
  total: number;
  /** Factors the option has not been scored against yet. */
  unscored: number;
}

/** Each short-listed option's total score across the critical success factors, highest first. */
export function optionScoreTotals(appraisal: OptionsAppraisal): OptionTotal[] {
  const factorIds = new Set(appraisal.factors.map((f) => f.id));
  return appraisal.options
    .filter((option) => option.shortListed)
    .map((option) => {
      const scores = appraisal.scores.filter((s) => s.optionId === option.id && factorIds.has(s.factorId));
      const scored = new Set(scores.map((s) => s.factorId));
      return {
        optionId: option.id,
        total: scores.reduce((sum, s) => sum + s.score, 0),
        unscored: factorIds.size - scored.size,
      };
    })
    .sort((a, b) => b.total - a.total);
}

/** What is wrong or missing in an appraisal, one plain sentence each; empty when it can be relied on. */
export function optionsProblems(appraisal: OptionsAppraisal): string[] {
  const problems: string[] = [];
  const options = new Map(appraisal.options.map((o) => [o.id, o]));
  const factors = new Set(appraisal.factors.map((f) => f.id));
  if (!appraisal.options.some((o) => o.baseline === 'business-as-usual'))
    problems.push('Add business as usual to the long list, so the other options can be compared with it.');
  if (!appraisal.options.some((o) => o.baseline === 'do-minimum'))
    problems.push('Add a do minimum option to the long list.');
  for (const option of appraisal.options)
    if (!option.open && option.closedReason.trim().length === 0)
      problems.push(`Say why ${option.title.trim() || 'an option'} was closed.`);
  for (const score of appraisal.scores) {
    if (!options.has(score.optionId) || !factors.has(score.factorId))
      problems.push('A score refers to an option or a success factor that is no longer in the appraisal.');
    else if (!Number.isInteger(score.score) || score.score < 0 || score.score > MAX_SCORE)
      problems.push(`Scores must be whole numbers from 0 to ${MAX_SCORE}.`);
  }
  if (appraisal.preferredOptionId !== null) {
    const preferred = options.get(appraisal.preferredOptionId);
    if (!preferred) problems.push('The preferred option is no longer in the appraisal; choose it again.');
    else if (!preferred.open) problems.push(`${preferred.title} is preferred but closed; reopen it or choose another.`);
    else if (appraisal.preferredReason.trim().length === 0) problems.push(`Say why ${preferred.title} is preferred.`);
  }
  return [...new Set(problems)];
}
