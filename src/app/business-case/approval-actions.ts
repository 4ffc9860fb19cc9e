// Use cases of the approvals a business case needs and gets: record or change an approval, remove it,
// add, change and remove its conditions, and mark a condition done (or not done) as the action it is.
// Each saves onto the draft revision the person was shown; a frozen revision is refused.
import type { Approval, CaseRevision } from '../../domain/business-case/model';
import { newId } from '../../domain/ids';
import {
  checkApproval,
  checkCondition,
  type ApprovalField,
  type ApprovalInput,
  type ConditionField,
  type ConditionInput,
} from './approval-edits';
import { changeDraft, missing, type DraftRepositories, type DraftTarget, type PartOutcome } from './cost-actions';

function mustFind(revision: CaseRevision, approvalId: string): Approval {
  const approval = revision.approvals.find((a) => a.id === approvalId);
  if (!approval) throw missing('approval');
  return approval;
}

function replaceApproval(revision: CaseRevision, approval: Approval): { approvals: Approval[] } {
  return { approvals: revision.approvals.map((a) => (a.id === approval.id ? approval : a)) };
}

/** Records an approval (approvalId null) or changes one; its conditions are kept. */
export async function saveApproval(
  repos: DraftRepositories,
  target: DraftTarget,
  approvalId: string | null,
  input: ApprovalInput,
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<ApprovalField>> {
  const id = approvalId ?? newId();
  const checked = checkApproval(input, id, []);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const revision = await changeDraft(
    repos,
    target,
    (current) => {
      if (approvalId === null) return { approvals: [...current.approvals, checked.value] };
      const existing = mustFind(current, approvalId);
      return replaceApproval(current, { ...checked.value, conditions: existing.conditions });
    },
    clock,
  );
  return { ok: true, revision, id };
}

/** Removes an approval and its conditions. */
export async function removeApproval(
  repos: DraftRepositories,
  target: DraftTarget,
  approvalId: string,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (current) => {
      mustFind(current, approvalId);
      return { approvals: current.approvals.filter((a) => a.id !== approvalId) };
    },
    clock,
  );
}

/** Adds a condition to an approval (conditionId null) or changes one. */
export async function saveCondition(
  repos: DraftRepositories,
  target: DraftTarget,
  approvalId: string,
  conditionId: string | null,
  input: ConditionInput,
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<ConditionField>> {
  const id = conditionId ?? newId();
  // The done mark is kept from the stored condition inside the change.
  const checked = checkCondition(input, id, false);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const revision = await changeDraft(
    repos,
    target,
    (current) => {
      const approval = mustFind(current, approvalId);
      if (conditionId === null)
        return replaceApproval(current, { ...approval, conditions: [...approval.conditions, checked.value] });
      const existing = approval.conditions.find((c) => c.id === conditionId);
      if (!existing) throw missing('condition');
      return replaceApproval(current, {
        ...approval,
        conditions: approval.conditions.map((c) =>
          c.id === conditionId ? { ...checked.value, done: existing.done } : c,
        ),
      });
    },
    clock,
  );
  return { ok: true, revision, id };
}

/** Removes a condition from an approval. */
export async function removeCondition(
  repos: DraftRepositories,
  target: DraftTarget,
  approvalId: string,
  conditionId: string,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (current) => {
      const approval = mustFind(current, approvalId);
      if (!approval.conditions.some((c) => c.id === conditionId)) throw missing('condition');
      return replaceApproval(current, {
        ...approval,
        conditions: approval.conditions.filter((c) => c.id !== conditionId),
      });
    },
    clock,
  );
}

/** Marks a condition's action done (or not done again). */
export async function markConditionDone(
  repos: DraftRepositories,
  target: DraftTarget,
  approvalId: string,
  conditionId: string,
  done: boolean,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (current) => {
      const approval = mustFind(current, approvalId);
      if (!approval.conditions.some((c) => c.id === conditionId)) throw missing('condition');
      return replaceApproval(current, {
        ...approval,
        conditions: approval.conditions.map((c) => (c.id === conditionId ? { ...c, done } : c)),
      });
    },
    clock,
  );
}
