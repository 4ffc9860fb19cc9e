// The approvals a business case needs and gets (/business-case/approvals): who approves, by which route,
// the date and the decision, and the conditions attached. Also recording an approval
// (/approvals/new), one approval with its conditions (/approvals/:approvalId), a condition's form
// (/approvals/:approvalId/conditions/new and /:conditionId), and, for the case's home, the block that
// sums up costs, risks, decisions, dependencies and approvals and lists the actions from approval
// conditions with a way to mark each done. A frozen revision is shown, never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  markConditionDone,
  removeApproval,
  removeCondition,
  saveApproval,
  saveCondition,
} from '../../app/business-case/approval-actions';
import { approvalToInput, type ApprovalInput, type ConditionInput } from '../../app/business-case/approval-edits';
import { costSummary } from '../../domain/business-case/costs';
import {
  APPROVAL_DECISION_LABELS,
  APPROVAL_DECISIONS,
  APPROVAL_ROUTE_LABELS,
  APPROVAL_ROUTES,
  type Approval,
  type ApprovalCondition,
} from '../../domain/business-case/model';
import { openConditionActions } from '../../domain/business-case/revisions';
import { dateOrNot, money } from '../../export/business-case-words';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { DateField } from '../evidence/DateField';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { CaseFormPage, errorItems, isFrozen, liveTarget, SAVE_FAILED, useDraftTarget } from './CostPages';
import { FrozenNotice, RemoveWithConfirm } from './part-screen';
import './business-case.css';

function useOneClick() {
  const [busy, setBusy] = useState(false);
  return async (action: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      useNotices.getState().show({ kind: 'success', message });
    } catch (e) {
      useNotices.getState().show({ kind: 'error', message: errorMessage(e, SAVE_FAILED) });
    } finally {
      setBusy(false);
    }
  };
}

/** The open conditions of the draft's approvals as actions, earliest due first, each with "Mark as done". */
export function ConditionActions({ view }: { view: CaseView }) {
  const actions = openConditionActions(view.current);
  const click = useOneClick();
  const frozen = isFrozen(view);
  if (actions.length === 0) return <p>No open actions from approval conditions.</p>;
  return (
    <DataTable
      caption="Actions from approval conditions"
      scrollLabel="Actions from approval conditions, scrollable"
      columns={[
        'Action',
        'Owner',
        'Due',
        'From',
        ...(frozen ? [] : [{ label: 'Mark as done', hidden: true as const }]),
      ]}
    >
      {actions.map((action) => (
        <tr key={action.id}>
          <th scope="row">{action.text}</th>
          <td>{action.owner}</td>
          <td>{dateOrNot(action.due)}</td>
          <td>
            <Link to={paths.businessCase.approval(view.project.id, action.approvalId)}>{action.body}</Link>
          </td>
          {!frozen && (
            <td>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void click(
                    () => markConditionDone(repositories(), liveTarget(view), action.approvalId, action.id, true),
                    `Done: ${action.text}`,
                  )
                }
              >
                Mark as done<span className="visually-hidden">: {action.text}</span>
              </button>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** The block on the case's home: costs, risks, decisions, dependencies and approvals, and the actions. */
export function CostsRisksApprovalsBlock({ view }: { view: CaseView }) {
  const { project, current } = view;
  const summary = costSummary(current.costs);
  const pending = current.approvals.filter((a) => a.decision === 'pending').length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <section aria-labelledby="case-costs-approvals" data-testid="case-costs-approvals">
      <h2 id="case-costs-approvals">Costs, risks and approvals</h2>
      <SummaryList
        rows={[
          [
            'Costs',
            current.costs.lines.length === 0
              ? 'No costs yet'
              : `${count(current.costs.lines.length, 'cost line', 'cost lines')}; whole-life cost ${money(
                  summary.wholeLife.uplifted.likely,
                )} likely, after optimism bias`,
          ],
          ['Risks', count(current.risks.length, 'risk', 'risks')],
          ['Decisions', count(current.decisions.length, 'decision', 'decisions')],
          ['Dependencies', count(current.dependencies.length, 'dependency', 'dependencies')],
          [
            'Approvals',
            `${count(current.approvals.length, 'approval', 'approvals')}${pending > 0 ? `, ${pending} waiting for a decision` : ''}`,
          ],
        ]}
      />
      <ul className="case-part-links">
        <li>
          <Link to={paths.businessCase.costs(project.id)}>Costs</Link>
        </li>
        <li>
          <Link to={paths.businessCase.register(project.id, 'risks')}>Risks</Link>
        </li>
        <li>
          <Link to={paths.businessCase.register(project.id, 'decisions')}>Decisions</Link>
        </li>
        <li>
          <Link to={paths.businessCase.register(project.id, 'dependencies')}>Dependencies</Link>
        </li>
        <li>
          <Link to={paths.businessCase.approvals(project.id)}>Approvals</Link>
        </li>
      </ul>
      <h3 id="condition-actions">Actions from approval conditions</h3>
      <ConditionActions view={view} />
    </section>
  );
}

function ApprovalsBody({ view }: { view: CaseView }) {
  const frozen = isFrozen(view);
  const { project, current } = view;
  return (
    <>
      {frozen && <FrozenNotice view={view} />}
      <p>
        Record each approval the case needs and each one it gets, from your department and from the centre. Conditions
        attached to an approval become actions on the case.
      </p>
      {current.approvals.length === 0 ? (
        <p>No approvals recorded yet.</p>
      ) : (
        <DataTable
          caption="Approvals"
          scrollLabel="Approvals, scrollable"
          columns={['Who approves', 'Route', 'Date', 'Decision', 'Conditions']}
        >
          {current.approvals.map((approval) => (
            <tr key={approval.id}>
              <th scope="row">
                <Link to={paths.businessCase.approval(project.id, approval.id)}>{approval.body}</Link>
              </th>
              <td>{APPROVAL_ROUTE_LABELS[approval.route]}</td>
              <td>{dateOrNot(approval.date)}</td>
              <td>{APPROVAL_DECISION_LABELS[approval.decision]}</td>
              <td>
                {approval.conditions.length === 0
                  ? 'None'
                  : `${approval.conditions.filter((c) => !c.done).length} open of ${approval.conditions.length}`}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="button-group">
        {!frozen && (
          <Link to={paths.businessCase.approval(project.id)} className="button button--secondary">
            Record an approval
          </Link>
        )}
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </div>
      <h2>Actions from approval conditions</h2>
      <ConditionActions view={view} />
    </>
  );
}

export function ApprovalsPage() {
  return (
    <WithCase title="Approvals">
      {(view) => (
        <Page title={`Approvals: ${view.businessCase.title}`} heading="Approvals" caption={view.businessCase.title}>
          <ApprovalsBody view={view} />
        </Page>
      )}
    </WithCase>
  );
}

const APPROVAL_IDS = {
  body: 'approval-body',
  route: 'approval-route',
  date: 'approval-date',
  decision: 'approval-decision',
};

function ApprovalForm({ view, approval }: { view: CaseView; approval: Approval | null }) {
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const [input, setInput] = useState<ApprovalInput>(() =>
    approval ? approvalToInput(approval) : { body: '', route: '', date: '', decision: 'pending' },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const set = (field: keyof ApprovalInput) => (value: string) => setInput((old) => ({ ...old, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaveError(null);
    try {
      const outcome = await saveApproval(repositories(), target, approval?.id ?? null, input);
      if (!outcome.ok) return setErrors(outcome.errors);
      useNotices.getState().show({
        kind: 'success',
        message: approval ? 'The approval is changed.' : 'The approval is recorded. Add any conditions it came with.',
        carry: true,
      });
      await navigate(paths.businessCase.approval(view.project.id, outcome.id));
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <ErrorSummary errors={errorItems(errors, APPROVAL_IDS, saveError)} />
      <TextField
        id={APPROVAL_IDS.body}
        label="Who gives the approval?"
        hint="For example: the departmental investment committee, or the Treasury spending team."
        error={errors.body}
        value={input.body}
        maxLength={301}
        onChange={set('body')}
      />
      <RadioGroup
        id={APPROVAL_IDS.route}
        legend="By which route?"
        error={errors.route}
        value={input.route}
        options={APPROVAL_ROUTES.map((route) => ({ value: route, label: APPROVAL_ROUTE_LABELS[route] }))}
        onChange={set('route')}
      />
      <RadioGroup
        id={APPROVAL_IDS.decision}
        legend="What was decided?"
        error={errors.decision}
        value={input.decision}
        options={APPROVAL_DECISIONS.map((decision) => ({ value: decision, label: APPROVAL_DECISION_LABELS[decision] }))}
        onChange={set('decision')}
      />
      <DateField
        id={APPROVAL_IDS.date}
        legend="Date of the decision"
        hint="For example 15 6 2026. Leave it empty while waiting for a decision."
        error={errors.date}
        value={input.date}
        onChange={set('date')}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {approval ? 'Save the approval' : 'Record the approval'}
        </button>
        <Link
          to={
            approval
              ? paths.businessCase.approval(view.project.id, approval.id)
              : paths.businessCase.approvals(view.project.id)
          }
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function ApprovalFormPage() {
  return (
    <CaseFormPage title="Record an approval">{(view) => <ApprovalForm view={view} approval={null} />}</CaseFormPage>
  );
}

function ApprovalBody({ view, approval }: { view: CaseView; approval: Approval }) {
  const frozen = isFrozen(view);
  const navigate = useNavigate();
  const click = useOneClick();
  const [editing, setEditing] = useState(false);
  const { project } = view;
  return (
    <>
      {frozen && <FrozenNotice view={view} />}
      {editing && !frozen ? (
        <ApprovalForm view={view} approval={approval} />
      ) : (
        <>
          <SummaryList
            rows={[
              ['Who approves', approval.body],
              ['Route', APPROVAL_ROUTE_LABELS[approval.route]],
              ['Decision', APPROVAL_DECISION_LABELS[approval.decision]],
              ['Date', dateOrNot(approval.date)],
            ]}
          />
          {!frozen && (
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                Change the approval
              </button>
              <RemoveWithConfirm
                label="Remove the approval"
                question="Remove this approval and its conditions?"
                onConfirm={() =>
                  void click(async () => {
                    await removeApproval(repositories(), liveTarget(view), approval.id);
                    await navigate(paths.businessCase.approvals(project.id));
                  }, 'The approval and its conditions are removed.')
                }
              />
            </div>
          )}
        </>
      )}
      <h2>Conditions</h2>
      {approval.conditions.length === 0 ? (
        <p>No conditions.</p>
      ) : (
        <DataTable
          caption={`Conditions of ${approval.body}`}
          scrollLabel="Conditions, scrollable"
          columns={[
            'Condition',
            'Owner',
            'Due',
            'Status',
            ...(frozen ? [] : [{ label: 'Actions', hidden: true as const }]),
          ]}
        >
          {approval.conditions.map((condition) => (
            <tr key={condition.id}>
              <th scope="row">{condition.text}</th>
              <td>{condition.owner}</td>
              <td>{dateOrNot(condition.due)}</td>
              <td>{condition.done ? 'Done' : 'Open'}</td>
              {!frozen && (
                <td>
                  <div className="button-group">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() =>
                        void click(
                          () =>
                            markConditionDone(
                              repositories(),
                              liveTarget(view),
                              approval.id,
                              condition.id,
                              !condition.done,
                            ),
                          condition.done ? `Open again: ${condition.text}` : `Done: ${condition.text}`,
                        )
                      }
                    >
                      {condition.done ? 'Mark as open' : 'Mark as done'}
                      <span className="visually-hidden">: {condition.text}</span>
                    </button>
                    <Link to={paths.businessCase.condition(project.id, approval.id, condition.id)}>
                      Change<span className="visually-hidden"> {condition.text}</span>
                    </Link>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      <div className="button-group">
        {!frozen && (
          <Link to={paths.businessCase.condition(project.id, approval.id)} className="button button--secondary">
            Add a condition
          </Link>
        )}
        <Link to={paths.businessCase.approvals(project.id)}>All approvals</Link>
      </div>
    </>
  );
}

function notFound(view: CaseView, what: string) {
  return (
    <p>
      That {what} is not in the case.{' '}
      <Link to={paths.businessCase.approvals(view.project.id)}>Go to the approvals</Link>
    </p>
  );
}

export function ApprovalPage() {
  const { approvalId = '' } = useParams();
  return (
    <WithCase title="Approval">
      {(view) => {
        const approval = view.current.approvals.find((a) => a.id === approvalId);
        return (
          <Page
            title={`${approval?.body ?? 'Approval'}: ${view.businessCase.title}`}
            heading={approval?.body ?? 'Approval not found'}
            caption={`${view.businessCase.title}: approval`}
          >
            {approval ? <ApprovalBody view={view} approval={approval} /> : notFound(view, 'approval')}
          </Page>
        );
      }}
    </WithCase>
  );
}

const CONDITION_IDS = { text: 'condition-text', owner: 'condition-owner', due: 'condition-due' };

function ConditionForm({
  view,
  approval,
  condition,
}: {
  view: CaseView;
  approval: Approval;
  condition: ApprovalCondition | null;
}) {
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const [input, setInput] = useState<ConditionInput>(() =>
    condition
      ? { text: condition.text, owner: condition.owner, due: condition.due ?? '' }
      : { text: '', owner: '', due: '' },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const set = (field: keyof ConditionInput) => (value: string) => setInput((old) => ({ ...old, [field]: value }));
  const back = paths.businessCase.approval(view.project.id, approval.id);

  async function run(
    action: () => Promise<{ ok: boolean; errors?: Partial<Record<string, string>> }>,
    message: string,
  ) {
    setSaveError(null);
    try {
      const outcome = await action();
      if (!outcome.ok) return setErrors(outcome.errors ?? {});
      useNotices.getState().show({ kind: 'success', message, carry: true });
      await navigate(back);
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => saveCondition(repositories(), target, approval.id, condition?.id ?? null, input),
          condition ? 'The condition is changed.' : 'The condition is added. It is now an action on the case.',
        );
      }}
      noValidate
      className="form"
    >
      <ErrorSummary errors={errorItems(errors, CONDITION_IDS, saveError)} />
      <p>
        A condition of the approval by {approval.body}. It becomes an action on the case until it is marked as done.
      </p>
      <TextArea
        id={CONDITION_IDS.text}
        label="What does the condition ask?"
        error={errors.text}
        value={input.text}
        rows={3}
        maxLength={4001}
        onChange={set('text')}
      />
      <TextField
        id={CONDITION_IDS.owner}
        label="Who will meet it?"
        error={errors.owner}
        value={input.owner}
        maxLength={301}
        onChange={set('owner')}
      />
      <DateField
        id={CONDITION_IDS.due}
        legend="When is it due?"
        hint="For example 1 7 2026. Leave it empty if no date was set."
        error={errors.due}
        value={input.due}
        onChange={set('due')}
      />
      <div className="button-group">
        <button type="submit" className="button">
          {condition ? 'Save the condition' : 'Add the condition'}
        </button>
        {condition && (
          <RemoveWithConfirm
            label="Remove the condition"
            question="Remove this condition?"
            onConfirm={() =>
              void run(async () => {
                await removeCondition(repositories(), target, approval.id, condition.id);
                return { ok: true };
              }, 'The condition is removed.')
            }
          />
        )}
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function ConditionFormPage() {
  const { approvalId = '', conditionId } = useParams();
  return (
    <CaseFormPage title={conditionId ? 'Change a condition' : 'Add a condition'}>
      {(view) => {
        const approval = view.current.approvals.find((a) => a.id === approvalId);
        if (!approval) return notFound(view, 'approval');
        const condition = conditionId ? approval.conditions.find((c) => c.id === conditionId) : null;
        if (condition === undefined) return notFound(view, 'condition');
        return <ConditionForm view={view} approval={approval} condition={condition} />;
      }}
    </CaseFormPage>
  );
}
