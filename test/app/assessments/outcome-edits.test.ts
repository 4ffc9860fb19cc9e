import { describe, expect, it } from 'vitest';
import {
  createActionsFromRecommendations,
  deleteRecommendation,
  hasOverallRating,
  outcomeDraftOf,
  saveRecommendation,
  setOutcome,
  setRehearsalNotes,
  type OutcomeDraft,
} from '../../../src/app/assessments/outcome-edits';
import { createAssessment, type Assessment } from '../../../src/domain/assessment/assessment-model';
import { assessmentRecordSchema } from '../../../src/domain/assessment/assessment-schemas';
import type { RatingScale } from '../../../src/domain/pack';

const RAG: RatingScale = {
  overall: true,
  values: [
    { id: 'green', label: 'Green', meaning: 'Met.' },
    { id: 'amber', label: 'Amber', meaning: 'Fix within three months.' },
    { id: 'red', label: 'Red', meaning: 'Reassessed.' },
  ],
};
const MET: RatingScale = {
  values: [
    { id: 'met', label: 'Met', meaning: 'Met.' },
    { id: 'not-met', label: 'Not met', meaning: 'Not met.' },
  ],
};
const POINTS = ['1', '2', '3'];

function assessment(): Assessment {
  return createAssessment({
    id: 'a1',
    projectId: 'p1',
    standard: { packId: 'pack', templateId: 'std', version: '1.0.0' },
    stage: 'alpha',
    panelDate: '2027-03-10',
    now: new Date('2027-01-01T09:00:00Z'),
  });
}

function ids() {
  let n = 0;
  return () => `id-${(n += 1)}`;
}

function must(edit: ReturnType<typeof setOutcome>): Assessment {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.assessment;
}

const draft = (over: Partial<OutcomeDraft> = {}): OutcomeDraft => ({
  reportReceived: '2027-03-19',
  pointRatings: { '1': 'green', '2': 'amber', '3': '' },
  overallRating: 'amber',
  response: 'none',
  ...over,
});

describe('rehearsal notes', () => {
  it('keeps the notes of each point, trimmed, and refuses points the assessment does not cover', () => {
    const a = must(setRehearsalNotes(assessment(), POINTS, { '1': '  We talked to 40 people.\r\n', '2': '' }));
    expect(a.answers).toEqual([expect.objectContaining({ pointId: '1', rehearsalNotes: 'We talked to 40 people.' })]);
    const again = must(setRehearsalNotes(a, POINTS, { '1': '' }));
    expect(again.answers[0]?.rehearsalNotes).toBe('');
    expect(setRehearsalNotes(a, POINTS, { '9': 'x' })).toEqual({
      ok: false,
      errors: { point: 'This assessment does not cover that point.' },
    });
    expect(setRehearsalNotes(a, POINTS, { '1': 'x'.repeat(10_001) })).toMatchObject({
      ok: false,
      errors: { 'rehearsal-1': 'The notes for point 1 must be 10,000 characters or fewer' },
    });
  });
});

describe('the panel outcome', () => {
  it('records ratings on the scale and works out the deadline via the working-day calendar', () => {
    // Received Friday 19 March 2027; Good Friday (26 March) and Easter Monday (29 March) are not counted.
    const a = must(setOutcome(assessment(), RAG, POINTS, draft()));
    expect(a.outcome).toEqual({
      pointRatings: { '1': 'green', '2': 'amber' },
      overallRating: 'amber',
      recommendations: [],
      reportReceived: '2027-03-19',
      responseDeadline: '2027-04-06',
      response: 'none',
    });
    expect(outcomeDraftOf(a)).toEqual({ ...draft(), pointRatings: { '1': 'green', '2': 'amber' } });
  });

  it('refuses ratings the scale does not hold, an overall rating the standard does not give, and a bad date', () => {
    const edit = setOutcome(
      assessment(),
      MET,
      POINTS,
      draft({ pointRatings: { '1': 'amber', '2': 'met' }, reportReceived: '2027-02-30' }),
    );
    expect(edit).toEqual({
      ok: false,
      errors: {
        'rating-1': 'Choose a rating for point 1 from the scale',
        overallRating: 'Choose an overall rating from the scale',
        reportReceived: 'Enter a real date, for example 4 1 2027',
      },
    });
    expect(hasOverallRating(MET, null)).toBe(false);
    expect(hasOverallRating(RAG, null)).toBe(true);
    const met = must(
      setOutcome(assessment(), MET, POINTS, draft({ pointRatings: { '3': 'not-met' }, overallRating: '' })),
    );
    expect(met.outcome?.pointRatings).toEqual({ '3': 'not-met' });
    expect(met.outcome?.overallRating).toBeNull();
    // No scale: no rating can be recorded, but the date and response can.
    expect(setOutcome(assessment(), undefined, POINTS, draft({ overallRating: '' })).ok).toBe(false);
    const none = must(
      setOutcome(assessment(), undefined, POINTS, {
        ...draft(),
        pointRatings: {},
        overallRating: '',
        response: 'accepted',
      }),
    );
    expect(none.outcome).toMatchObject({ response: 'accepted', responseDeadline: '2027-04-06' });
  });

  it('asks for the report date before a response, and clears the deadline when the date is removed', () => {
    expect(setOutcome(assessment(), RAG, POINTS, draft({ reportReceived: '', response: 'challenged' }))).toEqual({
      ok: false,
      errors: { reportReceived: 'Enter the date of the report before saying whether it was accepted or challenged' },
    });
    const a = must(setOutcome(assessment(), RAG, POINTS, draft()));
    const cleared = must(setOutcome(a, RAG, POINTS, draft({ reportReceived: '' })));
    expect(cleared.outcome).toMatchObject({ reportReceived: null, responseDeadline: null });
  });
});

describe('recommendations and the actions made from them', () => {
  function withRecommendations(): Assessment {
    const newId = ids();
    let a = must(setOutcome(assessment(), RAG, POINTS, draft()));
    a = must(
      saveRecommendation(a, POINTS, {
        recommendationId: null,
        draft: { pointId: '2', text: 'Map the whole journey' },
        newId,
      }),
    );
    a = must(
      saveRecommendation(a, POINTS, { recommendationId: null, draft: { pointId: '1', text: 'Keep testing' }, newId }),
    );
    return a;
  }

  it('adds, changes and removes recommendations, each about a point or the service', () => {
    const a = withRecommendations();
    expect(a.outcome?.recommendations).toEqual([
      { id: 'id-1', pointId: '2', text: 'Map the whole journey' },
      { id: 'id-2', pointId: '1', text: 'Keep testing' },
    ]);
    const changed = must(
      saveRecommendation(a, POINTS, {
        recommendationId: 'id-2',
        draft: { pointId: '', text: 'Keep testing the whole service' },
        newId: ids(),
      }),
    );
    expect(changed.outcome?.recommendations[1]).toEqual({
      id: 'id-2',
      pointId: null,
      text: 'Keep testing the whole service',
    });
    expect(
      saveRecommendation(a, POINTS, { recommendationId: null, draft: { pointId: '7', text: '' }, newId: ids() }),
    ).toEqual({
      ok: false,
      errors: {
        text: 'Enter what the panel recommends',
        pointId: 'Choose a point this assessment covers, or the service as a whole',
      },
    });
    expect(must(deleteRecommendation(a, 'id-1')).outcome?.recommendations.map((r) => r.id)).toEqual(['id-2']);
  });

  it('makes panel actions, amber ones due three months on (moved off a weekend), and nothing twice', () => {
    const a = withRecommendations();
    const made = must(createActionsFromRecommendations(a, RAG, { newId: () => 'action-1', nextPanelDate: null }));
    // 19 March + 3 months is Saturday 19 June 2027, so the amber action is due Friday 18 June.
    expect(made.actions).toEqual([
      {
        id: 'action-1',
        what: 'Map the whole journey',
        owner: '',
        dueDate: '2027-06-18',
        done: false,
        source: 'panel',
        pointId: '2',
        recommendationId: 'id-1',
      },
      expect.objectContaining({ what: 'Keep testing', dueDate: null, source: 'panel', pointId: '1' }),
    ]);
    const twice = must(createActionsFromRecommendations(made, RAG, { newId: ids(), nextPanelDate: null }));
    expect(twice.actions).toHaveLength(2);
  });

  it('keeps one action per recommendation when the recommendation is changed after its action was made', () => {
    const made = must(
      createActionsFromRecommendations(withRecommendations(), RAG, { newId: ids(), nextPanelDate: null }),
    );
    // The team rewords the action made from "Keep testing"; then both recommendations are changed.
    const reworded = {
      ...made,
      actions: made.actions.map((a) => (a.recommendationId === 'id-2' ? { ...a, what: 'Test with 5 more users' } : a)),
    };
    let changed = must(
      saveRecommendation(reworded, POINTS, {
        recommendationId: 'id-1',
        draft: { pointId: '3', text: 'Map the whole journey, offline steps included' },
        newId: ids(),
      }),
    );
    changed = must(
      saveRecommendation(changed, POINTS, {
        recommendationId: 'id-2',
        draft: { pointId: '1', text: 'Keep testing with people who use assistive technology' },
        newId: ids(),
      }),
    );
    // The untouched action follows its recommendation; the reworded one keeps the team's words.
    expect(changed.actions.map((a) => [a.recommendationId, a.pointId, a.what])).toEqual([
      ['id-1', '3', 'Map the whole journey, offline steps included'],
      ['id-2', '1', 'Test with 5 more users'],
    ]);
    const again = must(createActionsFromRecommendations(changed, RAG, { newId: ids(), nextPanelDate: null }));
    expect(again.actions).toHaveLength(2);
  });

  it('makes an action from a recommendation as long as the form allows', () => {
    const newId = ids();
    const text = 'Show how the service works for people who cannot use it online. '.repeat(60).slice(0, 4000).trim();
    let a = must(setOutcome(assessment(), RAG, POINTS, draft()));
    a = must(saveRecommendation(a, POINTS, { recommendationId: null, draft: { pointId: '2', text }, newId }));
    const made = must(createActionsFromRecommendations(a, RAG, { newId, nextPanelDate: null }));
    expect(made.actions[0]?.what).toBe(text);
    expect(assessmentRecordSchema.safeParse(made).success).toBe(true);
  });

  it('brings an amber due date before the next assessment when that panel comes first', () => {
    const a = withRecommendations();
    // The next panel is Monday 31 May 2027 (a bank holiday), the day before is a Sunday: due Friday 28 May.
    const made = must(createActionsFromRecommendations(a, RAG, { newId: ids(), nextPanelDate: '2027-05-31' }));
    expect(made.actions[0]?.dueDate).toBe('2027-05-28');
    const later = must(createActionsFromRecommendations(a, RAG, { newId: ids(), nextPanelDate: '2027-09-01' }));
    expect(later.actions[0]?.dueDate).toBe('2027-06-18');
  });

  it('moves the due dates the rules gave when the report date or ratings change, not dates set by hand', () => {
    const newId = ids();
    let a = must(
      saveRecommendation(withRecommendations(), POINTS, {
        recommendationId: null,
        draft: { pointId: '2', text: 'Publish the research' },
        newId,
      }),
    );
    a = must(createActionsFromRecommendations(a, RAG, { newId, nextPanelDate: null }));
    expect(a.actions.map((x) => [x.what, x.dueDate])).toEqual([
      ['Map the whole journey', '2027-06-18'],
      ['Keep testing', null],
      ['Publish the research', '2027-06-18'],
    ]);
    // The team dates "Keep testing" and finishes "Publish the research".
    a = {
      ...a,
      actions: a.actions.map((x) =>
        x.what === 'Keep testing'
          ? { ...x, dueDate: '2027-05-01' }
          : x.what === 'Publish the research'
            ? { ...x, done: true }
            : x,
      ),
    };
    // The report is dated Sunday 30 May 2027: three months on is Monday 30 August, the summer bank holiday,
    // so the amber action is due Friday 27 August. Point 1 turning amber leaves the team's own date alone.
    const later = must(
      setOutcome(a, RAG, POINTS, draft({ reportReceived: '2027-05-30', pointRatings: { '1': 'amber', '2': 'amber' } })),
    );
    expect(later.actions.map((x) => [x.what, x.dueDate])).toEqual([
      ['Map the whole journey', '2027-08-27'],
      ['Keep testing', '2027-05-01'],
      ['Publish the research', '2027-06-18'],
    ]);
    // Booked before then, the next panel on Tuesday 1 June 2027 comes first: Monday 31 May is the spring bank
    // holiday, so the action is due on Friday 28 May.
    const capped = must(
      setOutcome(a, RAG, POINTS, draft({ reportReceived: '2027-05-30' }), { nextPanelDate: '2027-06-01' }),
    );
    expect(capped.actions[0]?.dueDate).toBe('2027-05-28');
    // Rated red instead, the action has no date until the reassessment is booked.
    const red = must(
      setOutcome(later, RAG, POINTS, draft({ reportReceived: '2027-05-30', pointRatings: { '2': 'red' } })),
    );
    expect(red.actions[0]?.dueDate).toBeNull();
    // A date the team changed by hand stays when the report date changes.
    const handSet = { ...later, actions: later.actions.map((x, i) => (i === 0 ? { ...x, dueDate: '2027-07-01' } : x)) };
    const kept = must(setOutcome(handSet, RAG, POINTS, draft({ reportReceived: '2027-04-01' })));
    expect(kept.actions[0]?.dueDate).toBe('2027-07-01');
  });

  it('refuses a report dated before the panel, and takes one on the panel day', () => {
    expect(setOutcome(assessment(), RAG, POINTS, draft({ reportReceived: '2027-03-09' }))).toEqual({
      ok: false,
      errors: { reportReceived: 'The report date must be on or after the panel on 10 March 2027' },
    });
    expect(
      must(setOutcome(assessment(), RAG, POINTS, draft({ reportReceived: '2027-03-10' }))).outcome?.reportReceived,
    ).toBe('2027-03-10');
    const unbooked = { ...assessment(), panelDate: null };
    expect(setOutcome(unbooked, RAG, POINTS, draft({ reportReceived: '2027-01-04' })).ok).toBe(true);
  });

  it('says to add recommendations first when there are none', () => {
    expect(createActionsFromRecommendations(assessment(), RAG, { newId: ids(), nextPanelDate: null })).toEqual({
      ok: false,
      errors: { recommendation: 'Add the panel\u2019s recommendations first.' },
    });
  });
});
