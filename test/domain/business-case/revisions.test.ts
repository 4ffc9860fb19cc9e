// Revisions (src/domain/business-case/revisions.ts): frozen revisions are never edited, and a new
// revision is a separate copy that says what changed and why.
import { describe, expect, it } from 'vitest';
import {
  FrozenRevisionError,
  freezeRevision,
  latestRevision,
  openConditionActions,
  setSectionContent,
  startNewRevision,
  updateRevision,
} from '../../../src/domain/business-case/revisions';
import { LATER, NOW, assumption, doc, draft } from './fixtures';

describe('freezing', () => {
  it('freezes a draft once and records when', () => {
    const frozen = freezeRevision(draft(), LATER);
    expect(frozen.status).toBe('frozen');
    expect(frozen.frozenAt).toBe(LATER.toISOString());
    expect(() => freezeRevision(frozen, LATER)).toThrow('Revision 1 is already frozen.');
  });

  it('refuses every change to a frozen revision with a clear error', () => {
    const frozen = freezeRevision(draft(), LATER);
    expect(() => setSectionContent(frozen, 'summary', doc('New text'), LATER)).toThrow(FrozenRevisionError);
    expect(() => updateRevision(frozen, { assumptions: [] }, LATER)).toThrow(
      'Revision 1 was frozen on 2026-12-08 and cannot be changed. Start a new revision to make changes.',
    );
  });

  it('edits a draft', () => {
    const edited = setSectionContent(draft(), 'summary', doc('We ask for beta.'), LATER);
    expect(edited.sections.summary).toEqual(doc('We ask for beta.'));
    expect(edited.updatedAt).toBe(LATER.toISOString());
  });
});

describe('startNewRevision', () => {
  const current = draft({
    sections: { summary: doc('Discovery found the problem.') },
    assumptions: [assumption('a1', { sectionIds: ['summary'] })],
  });

  it('freezes the current revision and copies it as the next draft', () => {
    const { frozen, next } = startNewRevision(current, {
      id: 'rev-2',
      author: ' Priya Shah ',
      summary: 'Alpha tested the riskiest assumption; the beta range narrowed.',
      now: LATER,
      gate: 'beta-to-live',
    });
    expect(frozen.status).toBe('frozen');
    expect(next).toMatchObject({
      id: 'rev-2',
      number: 2,
      status: 'draft',
      frozenAt: null,
      author: 'Priya Shah',
      gate: 'beta-to-live',
      sections: { summary: doc('Discovery found the problem.') },
    });
    // The copy shares nothing: changing the new draft leaves the frozen record as it was.
    const copied = next.assumptions[0];
    if (copied) copied.status = 'disproved';
    expect(next.assumptions[0]?.status).toBe('disproved');
    expect(frozen.assumptions[0]?.status).toBe('untested');
  });

  it('requires a summary of what changed and why, and an author', () => {
    expect(() => startNewRevision(current, { id: 'r', author: 'Sam', summary: '  ', now: LATER })).toThrow(
      'Say what changed since the last revision and why.',
    );
    expect(() => startNewRevision(current, { id: 'r', author: '', summary: 'Changed', now: LATER })).toThrow(
      /name of the person/,
    );
  });

  it('keeps the freezing date of a revision that was already frozen', () => {
    const frozenEarlier = freezeRevision(current, NOW);
    const { frozen } = startNewRevision(frozenEarlier, { id: 'r2', author: 'Sam', summary: 'Beta', now: LATER });
    expect(frozen).toBe(frozenEarlier);
    expect(latestRevision([frozenEarlier, { ...current, number: 3 }])?.number).toBe(3);
    expect(latestRevision([])).toBeNull();
  });
});

describe('approval conditions as actions', () => {
  it('lists open conditions with their owner and due date, earliest first', () => {
    const revision = draft({
      approvals: [
        {
          id: 'ap1',
          body: 'Investment committee',
          route: 'departmental-investment-committee',
          date: '2026-11-20',
          decision: 'approved-with-conditions',
          conditions: [
            { id: 'c1', text: 'Report beta spend monthly', owner: 'Sam', due: '2027-03-01', done: false },
            { id: 'c2', text: 'Agree hosting with IT', owner: 'Priya', due: '2027-01-15', done: false },
            { id: 'c3', text: 'Name a service owner', owner: 'Sam', due: '2026-12-01', done: true },
          ],
        },
      ],
    });
    expect(openConditionActions(revision).map((c) => [c.id, c.owner, c.due, c.body])).toEqual([
      ['c2', 'Priya', '2027-01-15', 'Investment committee'],
      ['c1', 'Sam', '2027-03-01', 'Investment committee'],
    ]);
  });
});
