import { describe, expect, it } from 'vitest';
import { startAssessment } from '../../../src/app/assessments/assessment-actions';
import {
  createPanelActions,
  deletePanelRecommendation,
  nextPanelDate,
  savePanelOutcome,
  savePanelRecommendation,
  saveRehearsalNotes,
} from '../../../src/app/assessments/outcome-actions';
import { installedStandards } from '../../../src/app/assessments/standards';
import { AssessmentChangedError, assessmentsRepository } from '../../../src/db/assessments-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import type { Assessment } from '../../../src/domain/assessment/assessment-model';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

async function setup(templateId = 'gov-uk-service-standard') {
  const db = freshDatabase();
  let now = new Date('2027-03-01T10:00:00.000Z');
  const clock = () => {
    now = new Date(now.getTime() + 60_000);
    return now;
  };
  const packs = packsRepository(db);
  await packs.installBuiltIns([
    await packFrom('templates/gov-uk-service-standard'),
    await packFrom('templates/nhs-service-standard'),
  ]);
  const repos = { assessments: assessmentsRepository(db, clock), packs };
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  const standard = installedStandards(await packs.listActive()).find((s) => s.ref.templateId === templateId);
  const started = await startAssessment(repos, {
    projectId: project.id,
    standard: standard?.ref ?? null,
    stage: 'alpha',
    panelDate: '2027-03-10',
  });
  if (!started.ok) throw new Error('not started');
  const target = (a: Assessment) => ({ assessmentId: a.id, projectId: project.id, expectedUpdatedAt: a.updatedAt });
  return { repos, project, assessment: started.assessment, target };
}

function saved<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
}

describe('mock assessment and panel outcome use cases', () => {
  it('saves rehearsal notes and refuses a stale copy', async () => {
    const s = await setup();
    const a = saved(await saveRehearsalNotes(s.repos, s.target(s.assessment), { '1': 'Forty people, five rounds.' }));
    expect((await s.repos.assessments.get(a.assessment.id))?.answers[0]?.rehearsalNotes).toBe(
      'Forty people, five rounds.',
    );
    await expect(saveRehearsalNotes(s.repos, s.target(s.assessment), { '1': 'Older copy' })).rejects.toBeInstanceOf(
      AssessmentChangedError,
    );
  });

  it('records the outcome on the GOV.UK scale, with the deadline leaving out the Easter bank holidays', async () => {
    const s = await setup();
    const a = saved(
      await savePanelOutcome(s.repos, s.target(s.assessment), {
        reportReceived: '2027-03-19',
        pointRatings: { '1': 'green', '2': 'amber', '3': 'red' },
        overallRating: 'amber',
        response: 'accepted',
      }),
    ).assessment;
    expect(a.outcome).toMatchObject({
      pointRatings: { '1': 'green', '2': 'amber', '3': 'red' },
      overallRating: 'amber',
      responseDeadline: '2027-04-06',
      response: 'accepted',
    });
    const wrong = await savePanelOutcome(s.repos, s.target(a), {
      reportReceived: '2027-03-19',
      pointRatings: { '1': 'met' },
      overallRating: '',
      response: 'accepted',
    });
    expect(wrong).toEqual({ ok: false, errors: { 'rating-1': 'Choose a rating for point 1 from the scale' } });
  });

  it('creates panel actions from recommendations once, due before the next assessment when it is booked', async () => {
    const s = await setup();
    let a = saved(
      await savePanelOutcome(s.repos, s.target(s.assessment), {
        reportReceived: '2027-03-19',
        pointRatings: { '2': 'amber' },
        overallRating: 'amber',
        response: 'none',
      }),
    ).assessment;
    a = saved(
      await savePanelRecommendation(s.repos, s.target(a), {
        recommendationId: null,
        draft: { pointId: '2', text: 'Map the whole journey with the teams before and after' },
      }),
    ).assessment;
    a = saved(
      await savePanelRecommendation(s.repos, s.target(a), {
        recommendationId: null,
        draft: { pointId: '', text: 'Share the research' },
      }),
    ).assessment;
    const extra = a.outcome?.recommendations[1]?.id ?? '';
    a = saved(await deletePanelRecommendation(s.repos, s.target(a), extra)).assessment;
    expect(a.outcome?.recommendations.map((r) => r.text)).toEqual([
      'Map the whole journey with the teams before and after',
    ]);

    // A beta assessment started from this one, with its panel on Monday 31 May 2027 (a bank holiday).
    const beta = saved(
      await startAssessment(s.repos, {
        projectId: s.project.id,
        standard: a.standard,
        stage: 'beta',
        panelDate: '2027-05-31',
      }),
    ).assessment;
    await s.repos.assessments.save(
      { ...beta, carriedFrom: { assessmentId: a.id, kind: 'next-stage' } },
      beta.updatedAt,
    );
    expect(await nextPanelDate(s.repos, s.project.id, a.id)).toBe('2027-05-31');

    const first = saved(await createPanelActions(s.repos, s.target(a)));
    expect(first.added).toBe(1);
    expect(first.assessment.actions).toEqual([
      expect.objectContaining({
        what: 'Map the whole journey with the teams before and after',
        source: 'panel',
        pointId: '2',
        dueDate: '2027-05-28',
        done: false,
      }),
    ]);
    const second = saved(await createPanelActions(s.repos, s.target(first.assessment)));
    expect(second.added).toBe(0);
    expect((await s.repos.assessments.get(a.id))?.actions).toHaveLength(1);
  });

  it('moves the due dates of actions from recommendations when the report date is changed and saved', async () => {
    const s = await setup();
    const outcome = (reportReceived: string) => ({
      reportReceived,
      pointRatings: { '2': 'amber' },
      overallRating: 'amber',
      response: 'none' as const,
    });
    let a = saved(await savePanelOutcome(s.repos, s.target(s.assessment), outcome('2027-03-19'))).assessment;
    a = saved(
      await savePanelRecommendation(s.repos, s.target(a), {
        recommendationId: null,
        draft: { pointId: '2', text: 'Map the whole journey' },
      }),
    ).assessment;
    a = saved(await createPanelActions(s.repos, s.target(a))).assessment;
    expect(a.actions[0]?.dueDate).toBe('2027-06-18');
    // The report was in fact dated Sunday 30 May 2027: due Friday 27 August, before the summer bank holiday.
    const moved = saved(await savePanelOutcome(s.repos, s.target(a), outcome('2027-05-30')));
    expect(moved.redated).toBe(1);
    expect((await s.repos.assessments.get(a.id))?.actions[0]?.dueDate).toBe('2027-08-27');
    const again = saved(await savePanelOutcome(s.repos, s.target(moved.assessment), outcome('2027-05-30')));
    expect(again.redated).toBe(0);
    const early = await savePanelOutcome(s.repos, s.target(again.assessment), outcome('2027-03-05'));
    expect(early).toEqual({
      ok: false,
      errors: { reportReceived: 'The report date must be on or after the panel on 10 March 2027' },
    });
  });

  it('rates another standard on the scale its pack declares, and refuses a value that scale lacks', async () => {
    const s = await setup('nhs-service-standard');
    const ok = await savePanelOutcome(s.repos, s.target(s.assessment), {
      reportReceived: '',
      pointRatings: { '1': 'amber' },
      overallRating: '',
      response: 'none',
    });
    expect(saved(ok).assessment.outcome?.pointRatings).toEqual({ '1': 'amber' });
    const refused = await savePanelOutcome(s.repos, s.target(saved(ok).assessment), {
      reportReceived: '',
      pointRatings: { '17': 'not-met' },
      overallRating: '',
      response: 'none',
    });
    expect(refused).toEqual({ ok: false, errors: { 'rating-17': 'Choose a rating for point 17 from the scale' } });
  });
});
