// Pure edits of a revision's benefits, each a hypothesis to be measured: checking what a person typed into
// the benefit form, and adding, changing or removing one benefit. benefit-actions.ts saves the result.
import type { Benefit } from '../../domain/business-case/model';

export const BENEFIT_LIMITS = { benefit: 4000, short: 300, count: 500 } as const;

export interface BenefitInput {
  benefit: string;
  measure: string;
  baseline: string;
  target: string;
  whenMeasured: string;
  owner: string;
  cashable: boolean | null;
}

export type BenefitField = 'benefit' | 'measure' | 'baseline' | 'target' | 'whenMeasured' | 'owner' | 'cashable';
export type BenefitErrors = Partial<Record<BenefitField, string>>;

const SHORT_FIELDS: { field: Exclude<BenefitField, 'benefit' | 'cashable'>; name: string }[] = [
  { field: 'measure', name: 'The measure' },
  { field: 'baseline', name: 'The baseline' },
  { field: 'target', name: 'The target' },
  { field: 'whenMeasured', name: 'When it is measured' },
  { field: 'owner', name: 'The owner' },
];

export function emptyBenefitInput(): BenefitInput {
  return { benefit: '', measure: '', baseline: '', target: '', whenMeasured: '', owner: '', cashable: null };
}

export function benefitInput(benefit: Benefit): BenefitInput {
  const { id: _id, ...rest } = benefit;
  return rest;
}

/** Checks the form and makes the benefit, or says what to fix. Only the benefit itself is required. */
export function checkBenefit(
  id: string,
  input: BenefitInput,
): { ok: true; value: Benefit } | { ok: false; errors: BenefitErrors } {
  const errors: BenefitErrors = {};
  const benefit = input.benefit.trim();
  if (benefit.length === 0) errors.benefit = 'Say what the benefit is.';
  else if (benefit.length > BENEFIT_LIMITS.benefit)
    errors.benefit = `The benefit must be ${BENEFIT_LIMITS.benefit} characters or fewer.`;
  for (const { field, name } of SHORT_FIELDS)
    if (input[field].trim().length > BENEFIT_LIMITS.short)
      errors[field] = `${name} must be ${BENEFIT_LIMITS.short} characters or fewer.`;
  if (input.cashable === null) errors.cashable = 'Say whether the benefit is cashable.';
  if (Object.keys(errors).length > 0 || input.cashable === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      benefit,
      measure: input.measure.trim(),
      baseline: input.baseline.trim(),
      target: input.target.trim(),
      whenMeasured: input.whenMeasured.trim(),
      owner: input.owner.trim(),
      cashable: input.cashable,
    },
  };
}

export function putBenefit(list: readonly Benefit[], benefit: Benefit): Benefit[] {
  return list.some((b) => b.id === benefit.id)
    ? list.map((b) => (b.id === benefit.id ? benefit : b))
    : [...list, benefit];
}

export function removeBenefit(list: readonly Benefit[], benefitId: string): Benefit[] {
  if (!list.some((b) => b.id === benefitId)) throw new Error('That benefit is not in this revision any more.');
  return list.filter((b) => b.id !== benefitId);
}
