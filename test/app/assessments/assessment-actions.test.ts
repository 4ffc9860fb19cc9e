import { describe, expect, it } from 'vitest';
import {
  addNewPointEvidence,
  changePanelDate,
  choosePointEvidence,
  deleteAssessment,
  deleteAssessmentAction,
  removePointEvidenceItem,
  saveAssessmentAction,
  savePointAnswer,
  setAssessmentActionDone,
  startAssessment,
} from '../../../src/app/assessments/assessment-actions';
import { assessmentEvidenceFinder, installedStandardPoints } from '../../../src/app/evidence/assessment-evidence-uses';
import { projectBundleRepository } from '../../../src/db/project-bundle-repository';
import { findStandard, guidancePhase, installedStandards } from '../../../src/app/assessments/standards';
import { AssessmentChangedError, assessmentsRepository } from '../../../src/db/assessments-repository';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { assessmentOverview } from '../../../src/domain/assessment/assessment-overview';
import { emptyEvidenceDraft } from '../../../src/domain/evidence-rules';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const GOV_UK = { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.2.0' };

async function setup() {
  const db = freshDatabase();
  let now = new Date('2026-12-01T10:00:00.000Z');
  const clock = () => now;
  const advance = () => {
    now = new Date(now.getTime() + 60_000);
  };
  const packs = packsRepository(db);
  await packs.installBuiltIns([
    await packFrom('templates/gov-uk-service-standard'),
    await packFrom('templates/nhs-service-standard'),
    await packFrom('templates/colorado-software-delivery-maturity'),
  ]);
  const repos = { assessments: assessmentsRepository(db, clock), packs, evidence: evidenceRepository(db, clock) };
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  return { db, repos, project, advance };
}

async function started(s: Awaited<ReturnType<typeof setup>>) {
  const outcome = await startAssessment(s.repos, {
    projectId: s.project.id,
    standard: GOV_UK,
    stage: 'alpha',
    panelDate: '2027-01-11',
  });
  if (!outcome.ok) throw new Error('not started');
  return outcome.assessment;
}

describe('assessment use cases', () => {
  it('offers the installed standards, not maturity models, pinned to their versions', async () => {
    const { repos } = await setup();
    const standards = installedStandards(await repos.packs.listActive());
    expect(standards.map((s) => s.ref.templateId)).toEqual(['gov-uk-service-standard', 'nhs-service-standard']);
    expect(standards[0]).toMatchObject({ ref: GOV_UK, title: 'GOV.UK Service Standard', pointCount: 14 });
    expect(findStandard(await repos.packs.versions(GOV_UK.packId), { ...GOV_UK, version: '0.0.1' })).toBeUndefined();
    expect(guidancePhase('beta-reassessment', 'alpha')).toBe('beta');
    expect(guidancePhase('self-check', 'discovery')).toBe('discovery');
  });

  it('starts an assessment against a standard at a stage, or says what is missing', async () => {
    const s = await setup();
    const missing = await startAssessment(s.repos, {
      projectId: s.project.id,
      standard: null,
      stage: null,
      panelDate: '2027-02-30',
    });
    expect(missing).toEqual({
      ok: false,
      errors: {
        standard: 'Choose the standard to assess the project against',
        stage: 'Choose what the assessment is for',
        panelDate: 'Enter a real date, for example 12 1 2027',
      },
    });
    const gone = await startAssessment(s.repos, {
      projectId: s.project.id,
      standard: { ...GOV_UK, version: '9.0.0' },
      stage: 'beta',
      panelDate: '',
    });
    expect(gone.ok ? '' : gone.errors.standard).toMatch(/no longer installed/);
    expect((await s.repos.assessments.list(s.project.id)).assessments).toEqual([]);

    const assessment = await started(s);
    expect(assessment).toMatchObject({ standard: GOV_UK, stage: 'alpha', panelDate: '2027-01-11', scope: null });
    expect(await s.repos.assessments.get(assessment.id)).toEqual(assessment);
  });

  it('records statuses and narratives; not applicable needs a reason', async () => {
    const s = await setup();
    let assessment = await started(s);
    const target = () => ({
      assessmentId: assessment.id,
      projectId: s.project.id,
      expectedUpdatedAt: assessment.updatedAt,
    });
    const refused = await savePointAnswer(s.repos, target(), '4', {
      status: 'not-applicable',
      notApplicableReason: '  ',
      narrative: '',
    });
    expect(refused).toEqual({ ok: false, errors: { notApplicableReason: 'Say why this point does not apply' } });
    const unknown = await savePointAnswer(s.repos, target(), '99', {
      status: 'ready',
      notApplicableReason: '',
      narrative: '',
    });
    expect(unknown.ok).toBe(false);

    s.advance();
    const first = await savePointAnswer(s.repos, target(), '1', {
      status: 'ready',
      notApplicableReason: 'left over',
      narrative: 'We did five rounds of research.\r\n\r\nWith 40 people. ',
    });
    if (!first.ok) throw new Error('not saved');
    assessment = first.assessment;
    const answer = assessment.answers.find((a) => a.pointId === '1');
    expect(answer).toMatchObject({
      status: 'ready',
      notApplicableReason: '',
      narrative: { type: 'plain', text: 'We did five rounds of research.\n\nWith 40 people.' },
    });
    s.advance();
    const second = await savePointAnswer(s.repos, target(), '4', {
      status: 'not-applicable',
      notApplicableReason: 'No public-facing pages',
      narrative: '',
    });
    if (!second.ok) throw new Error('not saved');
    // A window still showing the first copy cannot write over the second.
    await expect(
      savePointAnswer(s.repos, { ...target(), expectedUpdatedAt: first.assessment.updatedAt }, '2', {
        status: 'ready',
        notApplicableReason: '',
        narrative: '',
      }),
    ).rejects.toBeInstanceOf(AssessmentChangedError);
    const overview = assessmentOverview(
      second.assessment,
      Array.from({ length: 14 }, (_, i) => ({ id: String(i + 1), title: '' })),
      '2026-12-01',
    );
    expect([overview.ready, overview.applicableTotal]).toEqual([1, 13]);
  });

  it('uses one evidence item for two points, adds a new one from a point, and removes one from a point only', async () => {
    const s = await setup();
    let assessment = await started(s);
    const target = () => ({
      assessmentId: assessment.id,
      projectId: s.project.id,
      expectedUpdatedAt: assessment.updatedAt,
    });
    const item = await s.repos.evidence.add(s.project.id, { ...emptyEvidenceDraft(), title: 'Research plan' });
    for (const point of ['1', '2']) {
      s.advance();
      const outcome = await choosePointEvidence(s.repos, target(), point, [item.id, item.id]);
      if (!outcome.ok) throw new Error('not saved');
      assessment = outcome.assessment;
    }
    expect(assessment.answers.map((a) => [a.pointId, a.evidenceIds])).toEqual([
      ['1', [item.id]],
      ['2', [item.id]],
    ]);
    expect(await choosePointEvidence(s.repos, target(), '3', ['not-in-library'])).toMatchObject({ ok: false });

    const invalid = await addNewPointEvidence(s.repos, target(), '3', {
      draft: { ...emptyEvidenceDraft(), title: '' },
      file: null,
    });
    expect(invalid).toEqual({ ok: false, errors: { title: 'Enter a title for the evidence' } });
    s.advance();
    const added = await addNewPointEvidence(s.repos, target(), '3', {
      draft: { ...emptyEvidenceDraft(), title: 'Channel map' },
      file: null,
    });
    if (!added.ok) throw new Error('not added');
    assessment = added.assessment;
    expect((await s.repos.evidence.list(s.project.id)).map((i) => i.title).sort()).toEqual([
      'Channel map',
      'Research plan',
    ]);
    expect(assessment.answers.find((a) => a.pointId === '3')?.evidenceIds).toEqual([added.item.id]);

    s.advance();
    const removed = await removePointEvidenceItem(s.repos, target(), '1', item.id);
    if (!removed.ok) throw new Error('not removed');
    expect(removed.assessment.answers.map((a) => [a.pointId, a.evidenceIds.length])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 1],
    ]);
    expect(await s.repos.evidence.get(item.id)).toBeDefined();
  });

  it('adds, changes, completes and deletes actions; changes the panel date; deletes the assessment', async () => {
    const s = await setup();
    let assessment = await started(s);
    const target = () => ({
      assessmentId: assessment.id,
      projectId: s.project.id,
      expectedUpdatedAt: assessment.updatedAt,
    });
    const refused = await saveAssessmentAction(s.repos, target(), {
      actionId: null,
      pointId: '1',
      draft: { what: ' ', owner: '', dueDate: '2027-13-01', done: false },
    });
    expect(refused).toEqual({
      ok: false,
      errors: { what: 'Enter what needs to be done', dueDate: 'Enter a real date, for example 12 1 2027' },
    });
    s.advance();
    const added = await saveAssessmentAction(s.repos, target(), {
      actionId: null,
      pointId: '1',
      draft: { what: 'Book research with disabled users', owner: 'Sam', dueDate: '2026-11-20', done: false },
    });
    if (!added.ok) throw new Error('not added');
    assessment = added.assessment;
    const action = assessment.actions[0];
    expect(action).toMatchObject({ pointId: '1', source: 'team', dueDate: '2026-11-20', done: false });
    const overdue = assessmentOverview(assessment, [{ id: '1', title: 'Users' }], '2026-12-01');
    expect(overdue.overdueActions.map((a) => a.what)).toEqual(['Book research with disabled users']);

    s.advance();
    const changed = await saveAssessmentAction(s.repos, target(), {
      actionId: action?.id ?? '',
      pointId: '1',
      draft: { what: 'Book research with disabled users', owner: 'Priya', dueDate: '', done: false },
    });
    if (!changed.ok) throw new Error('not changed');
    assessment = changed.assessment;
    expect(assessment.actions[0]).toMatchObject({ owner: 'Priya', dueDate: null });
    s.advance();
    const done = await setAssessmentActionDone(s.repos, target(), action?.id ?? '', true);
    if (!done.ok) throw new Error('not done');
    assessment = done.assessment;
    expect(assessment.actions[0]?.done).toBe(true);

    s.advance();
    const dated = await changePanelDate(s.repos, target(), '');
    if (!dated.ok) throw new Error('not changed');
    assessment = dated.assessment;
    expect(assessment.panelDate).toBeNull();
    expect(await changePanelDate(s.repos, target(), '2027-02-29')).toMatchObject({ ok: false });

    s.advance();
    const deleted = await deleteAssessmentAction(s.repos, target(), action?.id ?? '');
    if (!deleted.ok) throw new Error('not deleted');
    expect(deleted.assessment.actions).toEqual([]);

    await deleteAssessment(s.repos, s.project.id, assessment.id);
    expect((await s.repos.assessments.list(s.project.id)).assessments).toEqual([]);
  });
});

describe('where evidence is used in assessments', () => {
  it('lists each point of each assessment that uses an item, in the standard order', async () => {
    const s = await setup();
    const assessment = await started(s);
    const item = await s.repos.evidence.add(s.project.id, { ...emptyEvidenceDraft(), title: 'Research plan' });
    const target = { assessmentId: assessment.id, projectId: s.project.id, expectedUpdatedAt: assessment.updatedAt };
    s.advance();
    const first = await choosePointEvidence(s.repos, target, '2', [item.id]);
    if (!first.ok) throw new Error('not saved');
    s.advance();
    await choosePointEvidence(s.repos, { ...target, expectedUpdatedAt: first.assessment.updatedAt }, '1', [item.id]);
    const find = assessmentEvidenceFinder(
      (id) => projectBundleRepository(s.db).evidenceCiting(id),
      installedStandardPoints(s.repos.packs),
      { point: (p, a, point) => `/projects/${p}/a/${a}/${point}` },
    );
    expect(await find(s.project.id, item.id)).toEqual([
      {
        area: 'assessments',
        label: 'Alpha assessment: point 1, Understand users and their needs',
        where: `/projects/${s.project.id}/a/${assessment.id}/1`,
      },
      {
        area: 'assessments',
        label: 'Alpha assessment: point 2, Solve a whole problem for users',
        where: `/projects/${s.project.id}/a/${assessment.id}/2`,
      },
    ]);
    expect(await find(s.project.id, 'other')).toEqual([]);
  });
});
