import { describe, expect, it } from 'vitest';
import { deleteBenefit, saveBenefit } from '../../../src/app/business-case/benefit-actions';
import { emptyBenefitInput, type BenefitInput } from '../../../src/app/business-case/benefit-edits';
import { CaseChangedError, FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import { caseFixture } from './parts-fixture';

const FEWER_CALLS: BenefitInput = {
  benefit: ' Fewer calls to the helpline ',
  measure: 'Calls a month',
  baseline: '4,000',
  target: '1,500',
  whenMeasured: 'Six months after beta',
  owner: 'Head of operations',
  cashable: false,
};

describe('benefit use cases', () => {
  it('asks for the benefit and whether it is cashable', async () => {
    const s = await caseFixture();
    expect(
      await saveBenefit(s.repos, { ...(await s.target()), benefitId: null, input: emptyBenefitInput() }, s.clock),
    ).toEqual({
      ok: false,
      errors: { benefit: 'Say what the benefit is.', cashable: 'Say whether the benefit is cashable.' },
    });
  });

  it('adds, changes and removes a benefit on the draft', async () => {
    const s = await caseFixture();
    const added = await saveBenefit(s.repos, { ...(await s.target()), benefitId: null, input: FEWER_CALLS }, s.clock);
    expect(added.ok).toBe(true);
    const [benefit] = (await s.draft()).benefits;
    expect(benefit).toMatchObject({ benefit: 'Fewer calls to the helpline', target: '1,500', cashable: false });
    if (!benefit) throw new Error('missing');
    await saveBenefit(
      s.repos,
      { ...(await s.target()), benefitId: benefit.id, input: { ...FEWER_CALLS, cashable: true, target: '1,000' } },
      s.clock,
    );
    expect((await s.draft()).benefits).toEqual([{ ...benefit, cashable: true, target: '1,000' }]);
    await deleteBenefit(s.repos, { ...(await s.target()), benefitId: benefit.id }, s.clock);
    expect((await s.draft()).benefits).toEqual([]);
  });

  it('refuses a frozen revision and a copy changed meanwhile', async () => {
    const s = await caseFixture();
    const stale = await s.target();
    await saveBenefit(s.repos, { ...stale, benefitId: null, input: FEWER_CALLS }, s.clock);
    await expect(
      saveBenefit(s.repos, { ...stale, benefitId: null, input: FEWER_CALLS }, s.clock),
    ).rejects.toBeInstanceOf(CaseChangedError);
    const frozen = await s.freeze();
    const onFrozen = { projectId: s.project.id, revisionId: frozen.id, expectedUpdatedAt: frozen.updatedAt };
    await expect(
      saveBenefit(s.repos, { ...onFrozen, benefitId: null, input: FEWER_CALLS }, s.clock),
    ).rejects.toBeInstanceOf(FrozenRevisionWriteError);
    await expect(
      deleteBenefit(s.repos, { ...onFrozen, benefitId: frozen.benefits[0]?.id ?? '' }, s.clock),
    ).rejects.toBeInstanceOf(FrozenRevisionWriteError);
  });
});
