// Use cases of a business case's costs: adding, changing and removing cost lines, stating the optimism
// bias uplift and why, and changing the discount rate schedule (or putting the Green Book's back). Each
// saves onto the draft revision the person was shown: a frozen revision is refused, and a revision changed
// meanwhile elsewhere is reported, never written over. `changeDraft` is shared by the other parts' use cases.
import type { BusinessCaseRepository } from '../../db/business-case-repository';
import { StorageError } from '../../db/storage-errors';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from '../../domain/business-case/discount-rates';
import type { CaseRevision } from '../../domain/business-case/model';
import { updateRevision, type RevisionContent } from '../../domain/business-case/revisions';
import { draftToChange, type DraftTarget } from './draft-change';
import { newId } from '../../domain/ids';
import {
  checkCostLine,
  checkDiscountSchedule,
  checkOptimismBias,
  type Checked,
  type CostLineField,
  type CostLineInput,
  type DiscountField,
  type DiscountInput,
  type OptimismBiasField,
} from './cost-edits';

export type DraftRepositories = { businessCases: BusinessCaseRepository };
export type { DraftTarget };

/**
 * Reads the revision as stored, refuses a frozen one or one changed since the person's copy, applies
 * `change` to it and saves the result. `change` may throw a StorageError to refuse with a sentence.
 */
export async function changeDraft(
  repos: DraftRepositories,
  target: DraftTarget,
  change: (revision: CaseRevision) => Partial<RevisionContent>,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  const revision = await draftToChange(repos, target);
  const changed = updateRevision(revision, change(revision), clock());
  return repos.businessCases.saveRevision(target.projectId, changed, target.expectedUpdatedAt);
}

export type PartOutcome<F extends string> =
  { ok: true; revision: CaseRevision; id: string } | { ok: false; errors: Partial<Record<F, string>> };

async function saveChecked<T, F extends string>(
  checked: Checked<T, F>,
  id: string,
  save: (value: T) => Promise<CaseRevision>,
): Promise<PartOutcome<F>> {
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, revision: await save(checked.value), id };
}

export function missing(what: string): StorageError {
  return new StorageError(
    `That ${what} is no longer in the case. It may have been removed in another window.`,
    'unknown',
  );
}

/** Adds a cost line (lineId null) or changes one, from what the person typed. */
export async function saveCostLine(
  repos: DraftRepositories,
  target: DraftTarget,
  lineId: string | null,
  input: CostLineInput,
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<CostLineField>> {
  const id = lineId ?? newId();
  return saveChecked(checkCostLine(input, id), id, (line) =>
    changeDraft(
      repos,
      target,
      (revision) => {
        const lines = revision.costs.lines;
        if (lineId !== null && !lines.some((l) => l.id === lineId)) throw missing('cost line');
        const next = lineId === null ? [...lines, line] : lines.map((l) => (l.id === lineId ? line : l));
        return { costs: { ...revision.costs, lines: next } };
      },
      clock,
    ),
  );
}

/** Removes a cost line. */
export async function removeCostLine(
  repos: DraftRepositories,
  target: DraftTarget,
  lineId: string,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (revision) => {
      if (!revision.costs.lines.some((l) => l.id === lineId)) throw missing('cost line');
      return { costs: { ...revision.costs, lines: revision.costs.lines.filter((l) => l.id !== lineId) } };
    },
    clock,
  );
}

/** States the optimism bias uplift (a percentage) and why that figure was chosen. */
export async function saveOptimismBias(
  repos: DraftRepositories,
  target: DraftTarget,
  input: { percent: string; basis: string },
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<OptimismBiasField>> {
  return saveChecked(checkOptimismBias(input), 'optimism-bias', ({ percent, basis }) =>
    changeDraft(
      repos,
      target,
      (revision) => ({ costs: { ...revision.costs, optimismBiasPercent: percent, optimismBiasBasis: basis } }),
      clock,
    ),
  );
}

/** Changes the discount rates (each band's rate), their source and the base year. */
export async function saveDiscountSchedule(
  repos: DraftRepositories,
  target: DraftTarget,
  input: DiscountInput,
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<DiscountField>> {
  const stored = await repos.businessCases.read(target.projectId);
  const revision = stored.state === 'ready' ? stored.revisions.find((r) => r.id === target.revisionId) : undefined;
  const schedule = revision?.costs.discount ?? GREEN_BOOK_DISCOUNT_SCHEDULE;
  return saveChecked(checkDiscountSchedule(schedule, input), 'discount', (value) =>
    changeDraft(
      repos,
      target,
      (current) => ({ costs: { ...current.costs, discount: value.schedule, baseYear: value.baseYear } }),
      clock,
    ),
  );
}

/** Puts the Green Book's discount rate schedule back, as Waymark holds it with its source. */
export async function restoreGreenBookRates(
  repos: DraftRepositories,
  target: DraftTarget,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (revision) => ({ costs: { ...revision.costs, discount: structuredClone(GREEN_BOOK_DISCOUNT_SCHEDULE) } }),
    clock,
  );
}
