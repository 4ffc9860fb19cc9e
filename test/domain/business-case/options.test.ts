// The options appraisal (src/domain/business-case/options.ts) and creating a case (case.ts).
import { describe, expect, it } from 'vitest';
import { createBusinessCase, editBusinessCase } from '../../../src/domain/business-case/case';
import type { CaseOption, CaseRevision, OptionsAppraisal } from '../../../src/domain/business-case/model';
import {
  closeOption,
  optionScoreTotals,
  optionsProblems,
  reopenOption,
} from '../../../src/domain/business-case/options';
import { freezeRevision } from '../../../src/domain/business-case/revisions';
import { LATER, NOW, draft } from './fixtures';

function option(id: string, overrides: Partial<CaseOption> = {}): CaseOption {
  return {
    id,
    title: `Option ${id}`,
    description: '',
    baseline: null,
    shortListed: true,
    open: true,
    closedReason: '',
    ...overrides,
  };
}

const appraisal: OptionsAppraisal = {
  options: [
    option('bau', { baseline: 'business-as-usual', title: 'Business as usual' }),
    option('min', { baseline: 'do-minimum', title: 'Do minimum' }),
    option('web', { title: 'Online service' }),
    option('long', { shortListed: false }),
  ],
  factors: [
    { id: 'f1', title: 'Meets user needs' },
    { id: 'f2', title: 'Affordable' },
  ],
  scores: [
    { optionId: 'bau', factorId: 'f1', score: 1 },
    { optionId: 'bau', factorId: 'f2', score: 5 },
    { optionId: 'web', factorId: 'f1', score: 5 },
    { optionId: 'web', factorId: 'f2', score: 3 },
    { optionId: 'min', factorId: 'f1', score: 2 },
  ],
  preferredOptionId: 'web',
  preferredReason: 'Users finished the journey in alpha',
};

function withOptions(options: OptionsAppraisal = appraisal): CaseRevision {
  return draft({ options });
}

describe('closing options', () => {
  it('closes an option with its reason and reopens it', () => {
    const closed = closeOption(withOptions(), 'min', ' Does not meet the legal duty ', LATER);
    expect(closed.options.options.find((o) => o.id === 'min')).toMatchObject({
      open: false,
      closedReason: 'Does not meet the legal duty',
    });
    expect(reopenOption(closed, 'min', LATER).options.options.find((o) => o.id === 'min')).toMatchObject({
      open: true,
      closedReason: '',
    });
  });

  it('requires a reason, refuses the preferred option and frozen revisions', () => {
    expect(() => closeOption(withOptions(), 'min', ' ', LATER)).toThrow(/Say why the option is being closed/);
    expect(() => closeOption(withOptions(), 'web', 'Too dear', LATER)).toThrow(/another preferred option/);
    expect(() => closeOption(withOptions(), 'nope', 'x', LATER)).toThrow(/not in this case/);
    expect(() => closeOption(freezeRevision(withOptions(), NOW), 'min', 'x', LATER)).toThrow(/was frozen/);
  });
});

describe('optionScoreTotals', () => {
  it('totals the short list, highest first, and counts factors not yet scored', () => {
    expect(optionScoreTotals(appraisal)).toEqual([
      { optionId: 'web', total: 8, unscored: 0 },
      { optionId: 'bau', total: 6, unscored: 0 },
      { optionId: 'min', total: 2, unscored: 1 },
    ]);
  });
});

describe('optionsProblems', () => {
  it('has none for a complete appraisal', () => {
    expect(optionsProblems(appraisal)).toEqual([]);
  });

  it('asks for the baselines, reasons for closing and preferring, and valid scores', () => {
    const broken: OptionsAppraisal = {
      ...appraisal,
      options: [option('web', { title: 'Online service' }), option('old', { title: 'Old idea', open: false })],
      scores: [
        { optionId: 'gone', factorId: 'f1', score: 1 },
        { optionId: 'web', factorId: 'f1', score: 9 },
      ],
      preferredReason: '',
    };
    expect(optionsProblems(broken)).toEqual([
      'Add business as usual to the long list, so the other options can be compared with it.',
      'Add a do minimum option to the long list.',
      'Say why Old idea was closed.',
      'A score refers to an option or a success factor that is no longer in the appraisal.',
      'Scores must be whole numbers from 0 to 5.',
      'Say why Online service is preferred.',
    ]);
    expect(optionsProblems({ ...appraisal, preferredOptionId: 'gone' })).toEqual([
      'The preferred option is no longer in the appraisal; choose it again.',
    ]);
  });
});

describe('createBusinessCase', () => {
  const input = {
    id: 'case-1',
    projectId: 'p1',
    title: '  Fishing licence business case ',
    template: { packId: 'waymark-agile-business-case', templateId: 'agile-business-case', version: '1.0.1' },
    gate: 'discovery-to-alpha' as const,
    smallScheme: false,
    now: NOW,
  };

  it('records the template and version and the decision asked for', () => {
    const created = createBusinessCase(input);
    expect(created).toEqual({
      id: 'case-1',
      projectId: 'p1',
      title: 'Fishing licence business case',
      template: input.template,
      gate: 'discovery-to-alpha',
      smallScheme: false,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(editBusinessCase(created, { gate: 'alpha-to-beta' }, LATER)).toMatchObject({
      gate: 'alpha-to-beta',
      updatedAt: LATER.toISOString(),
    });
  });

  it('requires a title', () => {
    expect(() => createBusinessCase({ ...input, title: ' ' })).toThrow('Give the business case a title.');
    expect(() => editBusinessCase(createBusinessCase(input), { title: '' }, LATER)).toThrow(/title/);
  });
});
