import { describe, expect, it } from 'vitest';
import {
  deleteFactor,
  deleteOption,
  saveFactor,
  saveOption,
  savePreferredOption,
  saveScores,
} from '../../../src/app/business-case/option-actions';
import { emptyOptionInput, putOption, setScores, type OptionInput } from '../../../src/app/business-case/option-edits';
import { FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import type { OptionsAppraisal } from '../../../src/domain/business-case/model';
import { optionScoreTotals, optionsProblems } from '../../../src/domain/business-case/options';
import { caseFixture } from './parts-fixture';

const EMPTY: OptionsAppraisal = { options: [], factors: [], scores: [], preferredOptionId: null, preferredReason: '' };
const BAU: OptionInput = { ...emptyOptionInput(), title: 'Business as usual', baseline: 'business-as-usual' };

describe('editing the options appraisal', () => {
  it('asks for a name, a baseline choice and a reason for closing', () => {
    expect(putOption(EMPTY, 'o1', { ...emptyOptionInput(), open: false })).toEqual({
      ok: false,
      errors: {
        title: 'Give the option a name.',
        baseline: 'Say whether the option is business as usual, do minimum or neither.',
        closedReason: 'Say why the option is closed, for example what the evidence showed.',
      },
    });
  });

  it('drops the scores of an option taken off the short list, and refuses scores out of range', () => {
    const withOption = putOption({ ...EMPTY, factors: [{ id: 'f1', title: 'Cheap' }] }, 'o1', {
      ...BAU,
      shortListed: true,
    });
    if (!withOption.ok) throw new Error('refused');
    const scored = setScores(withOption.value, [{ optionId: 'o1', factorId: 'f1', score: 4 }]);
    expect(scored.scores).toEqual([{ optionId: 'o1', factorId: 'f1', score: 4 }]);
    expect(() => setScores(withOption.value, [{ optionId: 'o1', factorId: 'f1', score: 6 }])).toThrow(
      'Scores must be whole numbers from 0 to 5.',
    );
    expect(() => setScores(withOption.value, [{ optionId: 'o1', factorId: 'f1', score: 2.5 }])).toThrow();
    const unlisted = putOption(scored, 'o1', { ...BAU, shortListed: false });
    expect(unlisted.ok && unlisted.value.scores).toEqual([]);
    expect(() =>
      setScores(unlisted.ok ? unlisted.value : EMPTY, [{ optionId: 'o1', factorId: 'f1', score: 1 }]),
    ).toThrow('Scores can only be given to short-listed options against the success factors.');
  });
});

describe('options appraisal use cases', () => {
  it('builds a long list, short list, scores and a preferred option on the draft', async () => {
    const s = await caseFixture();
    const add = async (input: OptionInput) => {
      const outcome = await saveOption(s.repos, { ...(await s.target()), optionId: null, input }, s.clock);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    };
    await add({ ...BAU, title: 'Online form', baseline: 'none', shortListed: true });
    // Without business as usual and do minimum the appraisal says so.
    expect(optionsProblems((await s.draft()).options)).toEqual([
      'Add business as usual to the long list, so the other options can be compared with it.',
      'Add a do minimum option to the long list.',
    ]);
    await add(BAU);
    await add({ ...BAU, title: 'Do minimum: fix the paper form', baseline: 'do-minimum', shortListed: true });
    await add({
      ...BAU,
      title: 'Buy a registration product',
      baseline: 'none',
      open: false,
      closedReason: 'No product fits.',
    });
    for (const title of ['Meets user needs', 'Affordable'])
      expect((await saveFactor(s.repos, { ...(await s.target()), factorId: null, title }, s.clock)).ok).toBe(true);
    const draft = await s.draft();
    const [online, , minimum, bought] = draft.options.options;
    const [needs, cost] = draft.options.factors;
    if (!online || !minimum || !bought || !needs || !cost) throw new Error('missing');
    expect(optionsProblems(draft.options)).toEqual([]);
    await saveScores(
      s.repos,
      {
        ...(await s.target()),
        cells: [
          { optionId: online.id, factorId: needs.id, score: 5 },
          { optionId: online.id, factorId: cost.id, score: 3 },
          { optionId: minimum.id, factorId: needs.id, score: 1 },
          { optionId: minimum.id, factorId: cost.id, score: null },
        ],
      },
      s.clock,
    );
    expect(optionScoreTotals((await s.draft()).options)).toEqual([
      { optionId: online.id, total: 8, unscored: 0 },
      { optionId: minimum.id, total: 1, unscored: 1 },
    ]);
    // A closed option cannot be preferred; an open one needs a reason.
    expect(
      await savePreferredOption(s.repos, { ...(await s.target()), optionId: bought.id, reason: '' }, s.clock),
    ).toEqual({
      ok: false,
      errors: {
        preferred: 'Buy a registration product is closed. Reopen it or choose another option.',
        reason: 'Say why this option is preferred.',
      },
    });
    const chosen = await savePreferredOption(
      s.repos,
      { ...(await s.target()), optionId: online.id, reason: 'Best for users and affordable.' },
      s.clock,
    );
    expect(chosen.ok && chosen.value.options).toMatchObject({
      preferredOptionId: online.id,
      preferredReason: 'Best for users and affordable.',
    });
    // The preferred option can be neither closed nor removed until another is chosen.
    const closing = await saveOption(
      s.repos,
      {
        ...(await s.target()),
        optionId: online.id,
        input: { ...BAU, title: 'Online form', baseline: 'none', open: false, closedReason: 'x' },
      },
      s.clock,
    );
    expect(closing.ok ? null : closing.errors.open).toBe(
      'This is the preferred option: choose another preferred option before closing it.',
    );
    await expect(deleteOption(s.repos, { ...(await s.target()), optionId: online.id }, s.clock)).rejects.toThrow(
      'choose another preferred option before removing it',
    );
    // Removing a factor removes its scores; "not decided yet" clears the choice.
    await deleteFactor(s.repos, { ...(await s.target()), factorId: cost.id }, s.clock);
    expect((await s.draft()).options.scores.map((x) => x.factorId)).toEqual([needs.id, needs.id]);
    await savePreferredOption(s.repos, { ...(await s.target()), optionId: null, reason: 'ignored' }, s.clock);
    expect((await s.draft()).options).toMatchObject({ preferredOptionId: null, preferredReason: '' });
    await deleteOption(s.repos, { ...(await s.target()), optionId: online.id }, s.clock);
    expect((await s.draft()).options.scores).toEqual([{ optionId: minimum.id, factorId: needs.id, score: 1 }]);
  });

  it('refuses every change to a frozen revision', async () => {
    const s = await caseFixture();
    await saveOption(s.repos, { ...(await s.target()), optionId: null, input: BAU }, s.clock);
    const frozen = await s.freeze();
    const onFrozen = { projectId: s.project.id, revisionId: frozen.id, expectedUpdatedAt: frozen.updatedAt };
    const optionId = frozen.options.options[0]?.id ?? '';
    await expect(saveOption(s.repos, { ...onFrozen, optionId: null, input: BAU }, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
    await expect(deleteOption(s.repos, { ...onFrozen, optionId }, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
    await expect(saveFactor(s.repos, { ...onFrozen, factorId: null, title: 'x' }, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
    await expect(saveScores(s.repos, { ...onFrozen, cells: [] }, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
    await expect(savePreferredOption(s.repos, { ...onFrozen, optionId, reason: 'x' }, s.clock)).rejects.toBeInstanceOf(
      FrozenRevisionWriteError,
    );
  });
});
