import { describe, expect, it } from 'vitest';
import {
  markConditionDone,
  removeApproval,
  removeCondition,
  saveApproval,
  saveCondition,
} from '../../../src/app/business-case/approval-actions';
import { startRevision } from '../../../src/app/business-case/case-actions';
import { FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import { openConditionActions } from '../../../src/domain/business-case/revisions';
import { caseSetup } from './parts-b-setup';

const COMMITTEE = {
  body: 'Investment committee',
  route: 'departmental-investment-committee',
  date: '2026-06-15',
  decision: 'approved-with-conditions',
};

describe('approvals and their conditions', () => {
  it('refuses an approval without who, or a decided one without a date', async () => {
    const s = await caseSetup();
    const outcome = await saveApproval(s.repos, s.target(s.first), null, { ...COMMITTEE, body: '', date: '' }, s.clock);
    expect(outcome).toEqual({
      ok: false,
      errors: {
        body: 'Say who gives the approval, such as the name of the committee.',
        date: 'Enter the date of the decision.',
      },
    });
    const pending = await saveApproval(
      s.repos,
      s.target(s.first),
      null,
      { body: 'Treasury', route: 'treasury', date: '', decision: 'pending' },
      s.clock,
    );
    expect(pending.ok).toBe(true);
  });

  it('turns conditions into actions, earliest due first, and marks them done', async () => {
    const s = await caseSetup();
    const approval = await saveApproval(s.repos, s.target(s.first), null, COMMITTEE, s.clock);
    if (!approval.ok) throw new Error('not saved');
    const approvalId = approval.id;
    const late = await saveCondition(
      s.repos,
      s.target(approval.revision),
      approvalId,
      null,
      { text: 'Report spend monthly', owner: 'Finance lead', due: '2026-12-01' },
      s.clock,
    );
    if (!late.ok) throw new Error('not saved');
    const early = await saveCondition(
      s.repos,
      s.target(late.revision),
      approvalId,
      null,
      { text: 'Name a senior responsible owner', owner: 'Director', due: '2026-07-01' },
      s.clock,
    );
    if (!early.ok) throw new Error('not saved');
    expect(openConditionActions(early.revision).map((a) => [a.text, a.owner, a.due, a.body])).toEqual([
      ['Name a senior responsible owner', 'Director', '2026-07-01', 'Investment committee'],
      ['Report spend monthly', 'Finance lead', '2026-12-01', 'Investment committee'],
    ]);
    const done = await markConditionDone(s.repos, s.target(early.revision), approvalId, early.id, true, s.clock);
    expect(openConditionActions(done).map((a) => a.text)).toEqual(['Report spend monthly']);
    // Changing the condition's words keeps its done mark; changing the approval keeps its conditions.
    const reworded = await saveCondition(
      s.repos,
      s.target(done),
      approvalId,
      early.id,
      { text: 'Name an SRO', owner: 'Director', due: '2026-07-01' },
      s.clock,
    );
    if (!reworded.ok) throw new Error('not saved');
    const approvalNow = reworded.revision.approvals[0];
    expect(approvalNow?.conditions.find((c) => c.id === early.id)).toMatchObject({ text: 'Name an SRO', done: true });
    const moved = await saveApproval(
      s.repos,
      s.target(reworded.revision),
      approvalId,
      { ...COMMITTEE, date: '2026-06-16' },
      s.clock,
    );
    if (!moved.ok) throw new Error('not saved');
    expect(moved.revision.approvals[0]?.conditions).toHaveLength(2);
    expect(moved.revision.approvals[0]?.date).toBe('2026-06-16');
    const lessOne = await removeCondition(s.repos, s.target(moved.revision), approvalId, late.id, s.clock);
    expect(openConditionActions(lessOne)).toEqual([]);
    const none = await removeApproval(s.repos, s.target(lessOne), approvalId, s.clock);
    expect(none.approvals).toEqual([]);
  });

  it('refuses a condition without an owner', async () => {
    const s = await caseSetup();
    const approval = await saveApproval(s.repos, s.target(s.first), null, COMMITTEE, s.clock);
    if (!approval.ok) throw new Error('not saved');
    const outcome = await saveCondition(
      s.repos,
      s.target(approval.revision),
      approval.id,
      null,
      { text: 'Do a thing', owner: '', due: 'soon' },
      s.clock,
    );
    expect(outcome).toEqual({
      ok: false,
      errors: { owner: 'Say who will meet the condition.', due: 'The due date must be a real date, or left empty.' },
    });
  });

  it('refuses to change an approval on a frozen revision', async () => {
    const s = await caseSetup();
    const approval = await saveApproval(s.repos, s.target(s.first), null, COMMITTEE, s.clock);
    if (!approval.ok) throw new Error('not saved');
    const started = await startRevision(
      s.repos,
      {
        projectId: s.project.id,
        expectedUpdatedAt: approval.revision.updatedAt,
        summary: 'Approved.',
        author: '',
        gate: null,
      },
      s.clock,
    );
    if (!started.ok) throw new Error('not started');
    await expect(
      markConditionDone(s.repos, s.target(started.value.frozen), approval.id, 'x', true, s.clock),
    ).rejects.toBeInstanceOf(FrozenRevisionWriteError);
    await expect(
      saveApproval(s.repos, s.target(started.value.frozen), null, COMMITTEE, s.clock),
    ).rejects.toBeInstanceOf(FrozenRevisionWriteError);
    expect((await s.stored())[0]?.approvals).toHaveLength(1);
  });
});
