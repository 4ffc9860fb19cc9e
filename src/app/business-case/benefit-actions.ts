// Use cases of the benefits of a business case, each a hypothesis with its measure, baseline, target, when
// it is measured, its owner and whether it is cashable: adding or changing one, and removing one. Each
// saves onto the draft revision the person was shown; a frozen revision and a changed copy are refused.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import { StorageError } from '../../db/storage-errors';
import type { CaseRevision } from '../../domain/business-case/model';
import { newId } from '../../domain/ids';
import {
  BENEFIT_LIMITS,
  checkBenefit,
  putBenefit,
  removeBenefit,
  type BenefitField,
  type BenefitInput,
} from './benefit-edits';
import { draftToChange, saveOntoDraft, type DraftTarget, type PartOutcome } from './draft-change';

/** Adds a benefit (`benefitId` null) or changes one, on the draft revision. */
export async function saveBenefit(
  repos: { businessCases: BusinessCaseRepository },
  request: DraftTarget & { benefitId: string | null; input: BenefitInput },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<BenefitField>> {
  const revision = await draftToChange(repos, request);
  if (request.benefitId && !revision.benefits.some((b) => b.id === request.benefitId))
    throw new StorageError('That benefit is not in this revision any more, so nothing was saved.', 'unknown');
  const checked = checkBenefit(request.benefitId ?? newId(), request.input);
  if (!checked.ok) return checked;
  if (!request.benefitId && revision.benefits.length >= BENEFIT_LIMITS.count)
    return { ok: false, errors: { benefit: `A case can hold up to ${BENEFIT_LIMITS.count} benefits.` } };
  const benefits = putBenefit(revision.benefits, checked.value);
  return { ok: true, value: await saveOntoDraft(repos, request, revision, { benefits }, clock()) };
}

/** Removes a benefit from the draft revision. */
export async function deleteBenefit(
  repos: { businessCases: BusinessCaseRepository },
  request: DraftTarget & { benefitId: string },
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, request);
  let benefits;
  try {
    benefits = removeBenefit(revision.benefits, request.benefitId);
  } catch (e) {
    throw new StorageError(e instanceof Error ? e.message : String(e), 'unknown');
  }
  return saveOntoDraft(repos, request, revision, { benefits }, clock());
}
