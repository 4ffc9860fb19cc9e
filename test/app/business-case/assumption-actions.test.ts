import { describe, expect, it } from 'vitest';
import { deleteAssumption, saveAssumption } from '../../../src/app/business-case/assumption-actions';
import {
  checkAssumption,
  emptyAssumptionInput,
  type AssumptionInput,
} from '../../../src/app/business-case/assumption-edits';
import { CaseChangedError, FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import { riskiestFirst, sectionFlag, sectionsFlaggedByDisproved } from '../../../src/domain/business-case/assumptions';
import { emptyEvidenceDraft } from '../../../src/domain/evidence-rules';
import { caseFixture } from './parts-fixture';

const PEOPLE_ONLINE: AssumptionInput = {
  ...emptyAssumptionInput(),
  text: 'Most boat owners will register online',
  sectionIds: ['case-for-change', 'options-appraisal'],
  confidence: 'medium',
  test: 'Private beta with 500 users',
  testBy: '2026-09-30',
  status: 'untested',
};

describe('checking an assumption', () => {
  it('says what is missing, in words, and keeps nothing', () => {
    const checked = checkAssumption('a1', { ...emptyAssumptionInput(), confidence: null, testBy: '2026-02-30' });
    expect(checked).toEqual({
      ok: false,
      errors: {
        text: 'Write down the assumption.',
        confidence: 'Choose how confident the team is that the assumption is true.',
        testBy: 'Give the date as a real date, for example 27 3 2027.',
      },
    });
  });

  it('tidies the text, drops repeated sections and keeps an empty date as not planned', () => {
    const checked = checkAssumption('a1', {
      ...PEOPLE_ONLINE,
      text: '  Owners register online  ',
      sectionIds: ['strategic', 'strategic'],
      testBy: '',
    });
    expect(checked.ok && checked.value).toMatchObject({
      text: 'Owners register online',
      sectionIds: ['strategic'],
      testBy: null,
    });
  });
});

describe('assumption use cases', () => {
  it('adds, changes and removes assumptions on the draft, listed riskiest first', async () => {
    const s = await caseFixture();
    const evidence = await s.repos.evidence.add(s.project.id, { ...emptyEvidenceDraft(), title: 'Alpha research' });
    const first = await saveAssumption(
      s.repos,
      { ...(await s.target()), assumptionId: null, input: PEOPLE_ONLINE },
      s.clock,
    );
    expect(first.ok).toBe(true);
    const second = await saveAssumption(
      s.repos,
      {
        ...(await s.target()),
        assumptionId: null,
        input: {
          ...PEOPLE_ONLINE,
          text: 'Fees cover running costs',
          sectionIds: ['funding-and-affordability'],
          confidence: 'high',
          status: 'holding',
          evidenceIds: [evidence.id],
        },
      },
      s.clock,
    );
    expect(second.ok).toBe(true);
    const draft = await s.draft();
    expect(draft.assumptions.map((a) => a.text)).toEqual([
      'Most boat owners will register online',
      'Fees cover running costs',
    ]);
    expect(draft.assumptions[1]?.evidenceIds).toEqual([evidence.id]);

    // Disproving the holding one puts it first and flags the section that depends on it.
    const fees = draft.assumptions[1];
    if (!fees) throw new Error('missing');
    const changed = await saveAssumption(
      s.repos,
      {
        ...(await s.target()),
        assumptionId: fees.id,
        input: {
          ...PEOPLE_ONLINE,
          text: 'Fees cover running costs',
          sectionIds: ['funding-and-affordability'],
          status: 'disproved',
          confidence: 'high',
        },
      },
      s.clock,
    );
    expect(changed.ok).toBe(true);
    const after = await s.draft();
    expect(riskiestFirst(after.assumptions).map((a) => a.status)).toEqual(['disproved', 'untested']);
    expect(sectionsFlaggedByDisproved(after).map((f) => f.sectionId)).toEqual(['funding-and-affordability']);
    expect(sectionFlag(after, 'case-for-change')).toBeNull();

    await deleteAssumption(s.repos, { ...(await s.target()), assumptionId: fees.id }, s.clock);
    expect((await s.draft()).assumptions.map((a) => a.text)).toEqual(['Most boat owners will register online']);
  });

  it('refuses sections the template does not have and evidence the project does not hold', async () => {
    const s = await caseFixture();
    const outcome = await saveAssumption(
      s.repos,
      {
        ...(await s.target()),
        assumptionId: null,
        input: { ...PEOPLE_ONLINE, sectionIds: ['no-such-section'], evidenceIds: ['nope'] },
      },
      s.clock,
    );
    expect(outcome).toEqual({
      ok: false,
      errors: {
        sections: 'Choose only sections of this case\u2019s template.',
        evidence: 'Choose only items in this project\u2019s evidence library.',
      },
    });
    expect((await s.draft()).assumptions).toEqual([]);
  });

  it('refuses to change a frozen revision or a copy changed meanwhile, storing nothing', async () => {
    const s = await caseFixture();
    const stale = await s.target();
    await saveAssumption(s.repos, { ...stale, assumptionId: null, input: PEOPLE_ONLINE }, s.clock);
    await expect(
      saveAssumption(s.repos, { ...stale, assumptionId: null, input: { ...PEOPLE_ONLINE, text: 'Other' } }, s.clock),
    ).rejects.toBeInstanceOf(CaseChangedError);
    const frozen = await s.freeze();
    const onFrozen = { projectId: s.project.id, revisionId: frozen.id, expectedUpdatedAt: frozen.updatedAt };
    await expect(
      saveAssumption(s.repos, { ...onFrozen, assumptionId: null, input: PEOPLE_ONLINE }, s.clock),
    ).rejects.toThrow(FrozenRevisionWriteError);
    const assumptionId = frozen.assumptions[0]?.id ?? '';
    await expect(deleteAssumption(s.repos, { ...onFrozen, assumptionId }, s.clock)).rejects.toThrow(
      /Revision 1 was frozen on .* and cannot be changed\. Start a new revision to make changes\./,
    );
    const stored = await s.repos.businessCases.read(s.project.id);
    expect(stored.state === 'ready' && stored.revisions.find((r) => r.id === frozen.id)?.assumptions).toHaveLength(1);
  });
});
