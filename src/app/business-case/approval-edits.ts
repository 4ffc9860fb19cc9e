// Pure rules for the approvals a business case needs and gets: who approves, by which route, when, the
// decision, and the conditions attached (each an action with an owner and a due date).
import type { Approval, ApprovalCondition, ApprovalDecision, ApprovalRoute } from '../../domain/business-case/model';
import { APPROVAL_DECISIONS, APPROVAL_ROUTES } from '../../domain/business-case/model';
import { isRealDate, type Checked, type FieldErrors } from './cost-edits';

export interface ApprovalInput {
  body: string;
  route: string;
  /** `YYYY-MM-DD`, or '' while there is no decision. */
  date: string;
  decision: string;
}

export type ApprovalField = keyof ApprovalInput;

export function approvalToInput(approval: Approval): ApprovalInput {
  return { body: approval.body, route: approval.route, date: approval.date ?? '', decision: approval.decision };
}

/** Checks an approval typed by a person; its conditions are kept from `conditions`. */
export function checkApproval(
  input: ApprovalInput,
  id: string,
  conditions: ApprovalCondition[],
): Checked<Approval, ApprovalField> {
  const errors: FieldErrors<ApprovalField> = {};
  const body = input.body.trim();
  if (body === '') errors.body = 'Say who gives the approval, such as the name of the committee.';
  else if (body.length > 300) errors.body = 'Who gives the approval must be 300 characters or fewer.';
  if (!(APPROVAL_ROUTES as readonly string[]).includes(input.route)) errors.route = 'Choose the route of the approval.';
  if (!(APPROVAL_DECISIONS as readonly string[]).includes(input.decision)) errors.decision = 'Choose the decision.';
  const date = input.date.trim();
  if (date !== '' && !isRealDate(date)) errors.date = 'The date of the decision must be a real date, or left empty.';
  else if (date === '' && input.decision !== 'pending' && !errors.decision)
    errors.date = 'Enter the date of the decision.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      body,
      route: input.route as ApprovalRoute,
      date: date === '' ? null : date,
      decision: input.decision as ApprovalDecision,
      conditions,
    },
  };
}

export interface ConditionInput {
  text: string;
  owner: string;
  /** `YYYY-MM-DD`, or '' for none. */
  due: string;
}

export type ConditionField = keyof ConditionInput;

/** Checks a condition typed by a person, keeping its done mark. */
export function checkCondition(
  input: ConditionInput,
  id: string,
  done: boolean,
): Checked<ApprovalCondition, ConditionField> {
  const errors: FieldErrors<ConditionField> = {};
  const text = input.text.trim();
  if (text === '') errors.text = 'Say what the condition asks the project to do.';
  else if (text.length > 4000) errors.text = 'The condition must be 4000 characters or fewer.';
  const owner = input.owner.trim();
  if (owner === '') errors.owner = 'Say who will meet the condition.';
  else if (owner.length > 300) errors.owner = 'The owner must be 300 characters or fewer.';
  const due = input.due.trim();
  if (due !== '' && !isRealDate(due)) errors.due = 'The due date must be a real date, or left empty.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { id, text, owner, due: due === '' ? null : due, done } };
}
