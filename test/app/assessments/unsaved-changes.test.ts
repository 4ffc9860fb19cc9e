import { describe, expect, it } from 'vitest';
import { notesChanged, outcomeChanged, pointAnswerChanged } from '../../../src/app/assessments/unsaved-changes';

const saved = { status: 'not-started', notApplicableReason: '', narrative: 'We met 12 users.' } as const;

describe('pointAnswerChanged', () => {
  it('is false for the form as it was opened, and after typing that only adds spaces or changes line endings', () => {
    expect(pointAnswerChanged({ ...saved }, saved)).toBe(false);
    expect(pointAnswerChanged({ ...saved, narrative: '  We met 12 users.\r\n' }, saved)).toBe(false);
  });

  it('is true when the status or the narrative changed', () => {
    expect(pointAnswerChanged({ ...saved, status: 'ready' }, saved)).toBe(true);
    expect(pointAnswerChanged({ ...saved, narrative: 'We met 14 users.' }, saved)).toBe(true);
    expect(pointAnswerChanged({ ...saved, narrative: '' }, saved)).toBe(true);
  });

  it('counts the reason only when the point does not apply', () => {
    expect(pointAnswerChanged({ ...saved, notApplicableReason: 'Left over' }, saved)).toBe(false);
    const notApplicable = { ...saved, status: 'not-applicable', notApplicableReason: 'No users' } as const;
    expect(pointAnswerChanged({ ...notApplicable, notApplicableReason: 'No users at all' }, notApplicable)).toBe(true);
    expect(pointAnswerChanged({ ...notApplicable }, notApplicable)).toBe(false);
  });
});

describe('notesChanged', () => {
  it('treats a point with no notes and an empty box alike', () => {
    expect(notesChanged({ '1': '', '2': 'Anna answers' }, { '2': 'Anna answers' })).toBe(false);
    expect(notesChanged({}, { '1': '' })).toBe(false);
  });

  it('is true when any point’s notes differ', () => {
    expect(notesChanged({ '1': 'Tom answers', '2': 'Anna answers' }, { '2': 'Anna answers' })).toBe(true);
    expect(notesChanged({ '2': '' }, { '2': 'Anna answers' })).toBe(true);
  });
});

describe('outcomeChanged', () => {
  const outcome = { reportReceived: '', pointRatings: { '1': 'met' }, overallRating: '', response: 'none' };

  it('is false for the form as saved, with "not rated" given as empty or left out', () => {
    expect(outcomeChanged({ ...outcome, pointRatings: { '1': 'met', '2': '' } }, outcome)).toBe(false);
  });

  it('is true when a rating, the report date, the overall rating or the response changed', () => {
    expect(outcomeChanged({ ...outcome, pointRatings: { '1': 'met', '2': 'not-met' } }, outcome)).toBe(true);
    expect(outcomeChanged({ ...outcome, pointRatings: { '1': '' } }, outcome)).toBe(true);
    expect(outcomeChanged({ ...outcome, reportReceived: '2027-03-19' }, outcome)).toBe(true);
    expect(outcomeChanged({ ...outcome, overallRating: 'met' }, outcome)).toBe(true);
    expect(outcomeChanged({ ...outcome, response: 'accepted' }, outcome)).toBe(true);
  });
});
