import { describe, expect, it } from 'vitest';
import {
  changePanelDate,
  saveAssessmentAction,
  savePointAnswer,
  startAssessment,
} from '../../../src/app/assessments/assessment-actions';
import {
  assessmentChoiceLabel,
  compareInWords,
  coverageInOtherStandards,
  inOrder,
  markAnswerReviewed,
  nextChoices,
  pointCoverageElsewhere,
  startNextAssessment,
} from '../../../src/app/assessments/next-assessment';
import {
  createPanelActions,
  savePanelOutcome,
  savePanelRecommendation,
} from '../../../src/app/assessments/outcome-actions';
import { findStandard } from '../../../src/app/assessments/standards';
import { assessmentsRepository } from '../../../src/db/assessments-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import type { Assessment } from '../../../src/domain/assessment/assessment-model';
import { assessment as anAssessment } from '../../domain/assessment/fixtures';
import { emptyOutcome } from '../../../src/domain/assessment/panel-outcome';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const GOV_UK = { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.2.0' };

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-12-01T10:00:00.000Z');
  const clock = () => {
    now = new Date(now.getTime() + 60_000);
    return now;
  };
  const packs = packsRepository(db);
  await packs.installBuiltIns([
    await packFrom('templates/gov-uk-service-standard'),
    await packFrom('templates/nhs-service-standard'),
    await packFrom('templates/uk-technology-code-of-practice'),
    await packFrom('templates/waymark-crosswalks'),
  ]);
  const repos = { assessments: assessmentsRepository(db, clock), packs };
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  const standard = findStandard(await packs.versions(GOV_UK.packId), GOV_UK);
  if (!standard) throw new Error('no standard');
  return { repos, project, standard, clock };
}

type Setup = Awaited<ReturnType<typeof setup>>;

function target(s: Setup, assessment: Assessment) {
  return { assessmentId: assessment.id, projectId: s.project.id, expectedUpdatedAt: assessment.updatedAt };
}

/** An alpha assessment with points 1 (ready, one evidence item), 2 (in progress) and 3 answered, two actions. */
async function alphaWithOutcome(s: Setup, ratings: Record<string, string> | null): Promise<Assessment> {
  const started = await startAssessment(s.repos, {
    projectId: s.project.id,
    standard: GOV_UK,
    stage: 'alpha',
    panelDate: '2027-01-11',
  });
  if (!started.ok) throw new Error('not started');
  let assessment = started.assessment;
  const step = async (run: Promise<{ ok: boolean; assessment?: Assessment }>) => {
    const outcome = await run;
    if (!outcome.ok || !outcome.assessment) throw new Error('not saved');
    assessment = outcome.assessment;
  };
  await step(
    savePointAnswer(s.repos, target(s, assessment), '1', {
      status: 'ready',
      notApplicableReason: '',
      narrative: 'We met 40 boat owners.',
    }),
  );
  await step(
    savePointAnswer(s.repos, target(s, assessment), '2', {
      status: 'in-progress',
      notApplicableReason: '',
      narrative: 'Journey mapped.',
    }),
  );
  await step(
    savePointAnswer(s.repos, target(s, assessment), '3', {
      status: 'ready',
      notApplicableReason: '',
      narrative: 'Phone and web.',
    }),
  );
  await step(
    saveAssessmentAction(s.repos, target(s, assessment), {
      actionId: null,
      pointId: '2',
      draft: { what: 'Map the licence renewal', owner: 'Sam', dueDate: '2027-02-01', done: false },
    }),
  );
  await step(
    saveAssessmentAction(s.repos, target(s, assessment), {
      actionId: null,
      pointId: '3',
      draft: { what: 'Test the phone line', owner: 'Ali', dueDate: '', done: true },
    }),
  );
  // Evidence ids are plain references here; the library is not needed for carrying or coverage.
  assessment = await s.repos.assessments.save(
    {
      ...assessment,
      answers: assessment.answers.map((a) => (a.pointId === '1' ? { ...a, evidenceIds: ['ev-research'] } : a)),
      outcome: ratings ? { ...emptyOutcome(), pointRatings: ratings, overallRating: 'red' } : null,
    },
    assessment.updatedAt,
  );
  return assessment;
}

describe('starting the next assessment from the last', () => {
  it('offers a reassessment only when the panel rated a point red, and the next phase after alpha', async () => {
    const s = await setup();
    const unrated = await alphaWithOutcome(s, null);
    expect(nextChoices(unrated, s.standard)).toEqual({ reassessment: null, nextStage: 'beta' });
    const rated = await alphaWithOutcome(s, { '1': 'green', '2': 'red', '3': 'amber' });
    expect(nextChoices(rated, s.standard)).toEqual({
      reassessment: { stage: 'alpha-reassessment', pointIds: ['2'] },
      nextStage: 'beta',
    });
    const refused = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: unrated.id,
      kind: 'reassessment',
      panelDate: '',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.kind).toMatch(/no point as red/);
    const none = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: unrated.id,
      kind: null,
      panelDate: '2027-02-30',
    });
    expect(none).toEqual({
      ok: false,
      errors: { kind: 'Choose which assessment to start', panelDate: 'Enter a real date, for example 12 1 2027' },
    });
  });

  it('carries only the red points into a reassessment, marked for review, with the open actions', async () => {
    const s = await setup();
    const alpha = await alphaWithOutcome(s, { '1': 'green', '2': 'red', '3': 'amber' });
    const outcome = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: alpha.id,
      kind: 'reassessment',
      panelDate: '2027-03-01',
    });
    if (!outcome.ok) throw new Error('not started');
    const re = outcome.assessment;
    expect(re.stage).toBe('alpha-reassessment');
    expect(re.scope).toEqual(['2']);
    expect(re.panelDate).toBe('2027-03-01');
    expect(re.carriedFrom).toEqual({ assessmentId: alpha.id, kind: 'reassessment' });
    expect(re.answers.map((a) => [a.pointId, a.status, a.needsReview])).toEqual([['2', 'in-progress', true]]);
    expect(re.actions.map((a) => a.what)).toEqual(['Map the licence renewal']);
    // The earlier assessment is untouched and both are stored.
    expect(await s.repos.assessments.get(alpha.id)).toEqual(alpha);
    expect((await s.repos.assessments.list(s.project.id)).assessments).toHaveLength(2);
  });

  it('carries every answer, narrative and evidence into the next phase, and a reviewed mark clears one', async () => {
    const s = await setup();
    const alpha = await alphaWithOutcome(s, null);
    const outcome = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: alpha.id,
      kind: 'next-stage',
      panelDate: '',
    });
    if (!outcome.ok) throw new Error('not started');
    const beta = outcome.assessment;
    expect(beta.stage).toBe('beta');
    expect(beta.scope).toBeNull();
    expect(beta.panelDate).toBeNull();
    expect(beta.answers.map((a) => [a.pointId, a.status, a.needsReview])).toEqual([
      ['1', 'in-progress', true],
      ['2', 'in-progress', true],
      ['3', 'in-progress', true],
    ]);
    expect(beta.answers[0]).toMatchObject({
      narrative: { type: 'plain', text: 'We met 40 boat owners.' },
      evidenceIds: ['ev-research'],
    });
    const reviewed = await markAnswerReviewed(s.repos, target(s, beta), '1');
    if (!reviewed.ok) throw new Error('not saved');
    expect(reviewed.assessment.answers.map((a) => a.needsReview)).toEqual([false, true, true]);
    expect(reviewed.assessment.answers[0]?.status).toBe('in-progress');
  });
});

describe('actions from the last panel, due before the next', () => {
  /** The alpha of alphaWithOutcome, reported on Wednesday 13 January 2027: point 1 amber, point 2 red. */
  async function reported(s: Setup): Promise<Assessment> {
    let a = await alphaWithOutcome(s, null);
    const step = async (run: Promise<{ ok: true; assessment: Assessment } | { ok: false }>) => {
      const outcome = await run;
      if (!outcome.ok) throw new Error('not saved');
      a = outcome.assessment;
    };
    await step(
      savePanelOutcome(s.repos, target(s, a), {
        reportReceived: '2027-01-13',
        pointRatings: { '1': 'amber', '2': 'red', '3': 'green' },
        overallRating: 'red',
        response: 'accepted',
      }),
    );
    for (const [pointId, text] of [
      ['1', 'Test with people who use a screen reader'],
      ['2', 'Map the renewal journey end to end'],
    ] as const)
      await step(savePanelRecommendation(s.repos, target(s, a), { recommendationId: null, draft: { pointId, text } }));
    await step(createPanelActions(s.repos, target(s, a)));
    expect(a.actions.filter((x) => x.source === 'panel').map((x) => [x.pointId, x.dueDate])).toEqual([
      ['1', '2027-04-13'],
      ['2', null],
    ]);
    return a;
  }

  it('brings them before the panel when a reassessment is booked, and says how many and by when', async () => {
    const s = await setup();
    const alpha = await reported(s);
    const started = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: alpha.id,
      kind: 'reassessment',
      panelDate: '',
    });
    if (!started.ok) throw new Error('not started');
    expect(started.moved).toBeUndefined();
    // The reassessment's panel is on Tuesday 30 March 2027, the day after Easter Monday; Good Friday is 26 March.
    const booked = await changePanelDate(s.repos, target(s, started.assessment), '2027-03-30');
    if (!booked.ok) throw new Error('not saved');
    expect(booked.moved).toEqual({ count: 2, dueBy: '2027-03-25' });
    expect(booked.assessment.actions.map((x) => [x.what, x.dueDate])).toEqual([
      ['Map the licence renewal', '2027-02-01'],
      ['Test with people who use a screen reader', '2027-03-25'],
      ['Map the renewal journey end to end', '2027-03-25'],
    ]);
    // Moving the panel later moves nothing back; the earlier assessment keeps its own dates.
    const later = await changePanelDate(s.repos, target(s, booked.assessment), '2027-04-20');
    if (!later.ok) throw new Error('not saved');
    expect(later.moved).toBeUndefined();
    expect(later.assessment.actions.map((x) => x.dueDate)).toEqual(['2027-02-01', '2027-03-25', '2027-03-25']);
    expect((await s.repos.assessments.get(alpha.id))?.actions.map((x) => x.dueDate)).toEqual([
      '2027-02-01',
      null,
      '2027-04-13',
      null,
    ]);
  });

  it('brings them before the panel when the next assessment is started with its panel date', async () => {
    const s = await setup();
    const alpha = await reported(s);
    // A beta panel on Monday 29 March 2027 (Easter Monday): the Friday before is Good Friday, so Thursday 25 March.
    const started = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: alpha.id,
      kind: 'next-stage',
      panelDate: '2027-03-29',
    });
    if (!started.ok) throw new Error('not started');
    expect(started.moved).toEqual({ count: 2, dueBy: '2027-03-25' });
    expect((await s.repos.assessments.get(started.assessment.id))?.actions.map((x) => x.dueDate)).toEqual([
      '2027-02-01',
      '2027-03-25',
      '2027-03-25',
    ]);
  });
});

describe('comparing two assessments', () => {
  it('says in words what moved per point and which actions closed or are new', async () => {
    const s = await setup();
    const alpha = await alphaWithOutcome(s, { '1': 'green', '2': 'red', '3': 'amber' });
    const started = await startNextAssessment(s.repos, {
      projectId: s.project.id,
      fromAssessmentId: alpha.id,
      kind: 'next-stage',
      panelDate: '',
    });
    if (!started.ok) throw new Error('not started');
    let beta = started.assessment;
    const step = async (run: Promise<{ ok: boolean; assessment?: Assessment }>) => {
      const outcome = await run;
      if (!outcome.ok || !outcome.assessment) throw new Error('not saved');
      beta = outcome.assessment;
    };
    await step(
      savePointAnswer(s.repos, target(s, beta), '2', {
        status: 'ready',
        notApplicableReason: '',
        narrative: 'Renewal mapped too.',
      }),
    );
    const carried = beta.actions[0];
    if (!carried) throw new Error('no action');
    await step(
      saveAssessmentAction(s.repos, target(s, beta), {
        actionId: carried.id,
        pointId: '2',
        draft: { what: carried.what, owner: 'Sam', dueDate: '2027-02-01', done: true },
      }),
    );
    await step(
      saveAssessmentAction(s.repos, target(s, beta), {
        actionId: null,
        pointId: '5',
        draft: { what: 'Run an accessibility audit', owner: 'Jo', dueDate: '', done: false },
      }),
    );
    expect(inOrder(beta, alpha)).toEqual([alpha, beta]);
    const words = compareInWords(alpha, beta, s.standard);
    expect(words.points.map((p) => [p.pointId, p.status, p.rating])).toEqual([
      ['1', 'Ready to In progress', 'Green to Not rated'],
      ['2', 'In progress to Ready', 'Red to Not rated'],
      ['3', 'Ready to In progress', 'Amber to Not rated'],
    ]);
    expect(words.points[0]?.evidence).toBe('No change (1 kept)');
    expect(words.overall).toBe('Red to Not rated');
    expect(words.closed.map((a) => a.what)).toEqual(['Map the licence renewal']);
    expect(words.added.map((a) => a.what)).toEqual(['Run an accessibility audit']);
    expect(words.stillOpen).toEqual([]);
  });
});

describe('crosswalk coverage of an assessment', () => {
  it('shows for each point of another standard whether it is fully or partly covered, and through which link', async () => {
    const s = await setup();
    const alpha = await alphaWithOutcome(s, null);
    const active = await s.repos.packs.listActive();
    const against = coverageInOtherStandards(alpha, s.standard, active);
    const nhs = against.find((a) => a.standard.templateId === 'nhs-service-standard');
    if (!nhs) throw new Error('no NHS coverage');
    // Point 1 (ready, with evidence) and 3 (ready) cover NHS 1 and 3; point 2 is in progress with no evidence.
    expect(nhs.points.filter((p) => p.coverage !== 'none').map((p) => [p.pointId, p.coverage])).toEqual([
      ['1', 'full'],
      ['3', 'full'],
    ]);
    expect(nhs.points[0]?.through[0]?.words).toBe(
      'equal to GOV.UK Service Standard point 1 (Understand users and their needs)',
    );
    expect(nhs.points.find((p) => p.pointId === '2')?.coverage).toBe('none');
    expect(nhs.full).toBe(2);
    const tcop = against.find((a) => a.standard.templateId === 'uk-technology-code-of-practice');
    const row = (id: string) => tcop?.points.find((p) => p.pointId === id);
    // GOV.UK 1 asks for everything in the Code's point 1: full. GOV.UK 3 overlaps the Code's 9: partial.
    expect(row('1')?.coverage).toBe('full');
    expect(row('1')?.through[0]?.words).toMatch(/^part of GOV\.UK Service Standard point 1 /);
    expect(row('9')?.coverage).toBe('partial');
    expect(row('9')?.through[0]?.words).toMatch(/^overlaps with GOV\.UK Service Standard point 3 /);
    expect(row('13')?.coverage).toBe('partial');
    expect(row('13')?.through.map((t) => t.words.split(' (')[0])).toEqual([
      'includes everything in GOV.UK Service Standard point 1',
      'includes everything in GOV.UK Service Standard point 3',
    ]);
    // On one point's page: only what that point covers.
    expect(
      pointCoverageElsewhere(alpha, s.standard, active, '1')
        .filter((r) => r.standardTitle === nhs.standard.title)
        .map((r) => r.pointId),
    ).toEqual(['1']);
    expect(pointCoverageElsewhere(alpha, s.standard, active, '2')).toEqual([]);
  });
});

describe('assessmentChoiceLabel', () => {
  it('names an assessment by its stage, standard, the day it was started and the panel date when there is one', () => {
    const started = anAssessment({ stage: 'beta', createdAt: '2026-12-01T09:30:00.000Z', panelDate: null });
    expect(assessmentChoiceLabel(started, 'GOV.UK Service Standard')).toBe(
      'Beta assessment against the GOV.UK Service Standard, started 1 December 2026',
    );
    expect(assessmentChoiceLabel({ ...started, panelDate: '2027-01-20' }, 'GOV.UK Service Standard')).toBe(
      'Beta assessment against the GOV.UK Service Standard, started 1 December 2026, panel on 20 January 2027',
    );
  });
});
