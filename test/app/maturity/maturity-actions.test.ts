import { describe, expect, it } from 'vitest';
import {
  deleteMaturitySelfAssessment,
  scoreMaturityCategory,
  startMaturitySelfAssessment,
} from '../../../src/app/maturity/maturity-actions';
import { emptyScoreDraft } from '../../../src/app/maturity/maturity-edits';
import {
  chosenEarlier,
  earlierSelfAssessments,
  latestMaturitySelfAssessment,
} from '../../../src/app/maturity/maturity-history';
import { installedMaturityModels, levelDescription } from '../../../src/app/maturity/maturity-models';
import { MaturityChangedError, maturityRepository } from '../../../src/db/maturity-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { maturityGaps } from '../../../src/domain/assessment/maturity-self-assessment';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const COLORADO = {
  packId: 'colorado-software-delivery-maturity',
  templateId: 'colorado-software-delivery-maturity',
  version: '1.1.0',
};
const OSCM = { packId: 'open-source-capability-model', templateId: 'open-source-capability-model', version: '1.1.0' };

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
    await packFrom('templates/colorado-software-delivery-maturity'),
    await packFrom('templates/open-source-capability-model'),
  ]);
  const repos = { maturity: maturityRepository(db, clock), packs };
  const project = await projectsRepository(db, clock).create({ ...emptyDraft(), name: 'Register a boat' });
  return { db, repos, project, advance, clock };
}

async function start(s: Awaited<ReturnType<typeof setup>>, date: string, model = COLORADO) {
  const outcome = await startMaturitySelfAssessment(s.repos, { projectId: s.project.id, model, date }, s.clock);
  if (!outcome.ok) throw new Error('not started');
  return outcome.selfAssessment;
}

const target = (selfAssessment: { id: string; projectId: string; updatedAt: string }) => ({
  selfAssessmentId: selfAssessment.id,
  projectId: selfAssessment.projectId,
  expectedUpdatedAt: selfAssessment.updatedAt,
});

describe('maturity self-assessment use cases', () => {
  it('offers the installed maturity models, not standards, with their rows and levels', async () => {
    const { repos } = await setup();
    const models = installedMaturityModels(await repos.packs.listActive());
    expect(models.map((m) => m.ref)).toEqual([COLORADO, OSCM]);
    expect(models[0]).toMatchObject({ title: 'Modern Software Delivery Maturity Index', rowCount: 8 });
    expect(models[0]?.levels).toEqual(['Low', 'Medium', 'High']);
    expect(models[1]?.rowCount).toBeGreaterThan(4);
  });

  it('starts a self-assessment pinned to the model on a date, or says what is missing', async () => {
    const s = await setup();
    const missing = await startMaturitySelfAssessment(s.repos, { projectId: s.project.id, model: null, date: '' });
    expect(missing).toEqual({
      ok: false,
      errors: {
        model: 'Choose the maturity model to score the project on',
        date: 'Enter the date of the self-assessment',
      },
    });
    const wrong = await startMaturitySelfAssessment(s.repos, {
      projectId: s.project.id,
      model: { ...COLORADO, version: '0.0.1' },
      date: '2026-02-30',
    });
    expect(wrong.ok ? {} : wrong.errors).toEqual({
      model: 'That maturity model is no longer installed. Choose another, or install its pack again from the Library',
      date: 'Enter a real date, for example 12 1 2027',
    });
    const started = await start(s, '2026-11-30');
    expect(started).toMatchObject({ model: COLORADO, date: '2026-11-30', scores: [], projectId: s.project.id });
    expect(await s.repos.maturity.get(started.id)).toEqual(started);
  });

  it('scores a category at the model’s levels only, with a target, notes and the next step', async () => {
    const s = await setup();
    const started = await start(s, '2026-11-30');
    const refused = await scoreMaturityCategory(s.repos, target(started), 'team-culture', {
      'team-culture': { current: 'excellent', target: 'green', notes: 'n'.repeat(4001), lever: 'l'.repeat(2001) },
    });
    expect(refused).toEqual({
      ok: false,
      errors: {
        'current:team-culture': 'Choose one of the model\u2019s levels',
        'target:team-culture': 'Choose one of the model\u2019s levels as the target',
        'notes:team-culture': 'The notes must be 4,000 characters or fewer',
        'lever:team-culture': 'The next step must be 2,000 characters or fewer',
      },
    });
    expect((await s.repos.maturity.get(started.id))?.scores).toEqual([]);
    expect(await scoreMaturityCategory(s.repos, target(started), 'no-such-category', {})).toEqual({
      ok: false,
      errors: { category: 'This model has no such category.' },
    });

    s.advance();
    const scored = await scoreMaturityCategory(s.repos, target(started), 'devsecops', {
      devsecops: { current: 'low', target: 'high', notes: ' Manual deploys \r\n ', lever: 'Automate the pipeline' },
    });
    if (!scored.ok) throw new Error('not scored');
    s.advance();
    const second = await scoreMaturityCategory(s.repos, target(scored.selfAssessment), 'team-culture', {
      'team-culture': { ...emptyScoreDraft(), current: 'medium', target: 'medium' },
    });
    if (!second.ok) throw new Error('not scored');
    // Kept in the model's order: team culture comes before DevSecOps.
    expect(second.selfAssessment.scores).toEqual([
      { categoryId: 'team-culture', dimensionId: null, current: 'medium', target: 'medium', notes: '', lever: '' },
      {
        categoryId: 'devsecops',
        dimensionId: null,
        current: 'low',
        target: 'high',
        notes: 'Manual deploys',
        lever: 'Automate the pipeline',
      },
    ]);
    const model = (await s.repos.packs.versions(COLORADO.packId))[0]?.pack.templates.find(
      (t) => t.kind === 'maturity-model',
    );
    if (model?.kind !== 'maturity-model') throw new Error('no model');
    expect(maturityGaps(second.selfAssessment, model).map((g) => [g.row.key, g.levels, g.lever])).toEqual([
      ['devsecops', 2, 'Automate the pipeline'],
    ]);
    expect(levelDescription(model, 'devsecops', null, 'low')).toMatch(/^Testing and deployment are done by hand/);

    // Clearing a category removes its score.
    const cleared = await scoreMaturityCategory(s.repos, target(second.selfAssessment), 'devsecops', {
      devsecops: emptyScoreDraft(),
    });
    expect(cleared.ok && cleared.selfAssessment.scores.map((sc) => sc.categoryId)).toEqual(['team-culture']);

    // A page still showing an older copy is refused, and nothing is lost.
    await expect(
      scoreMaturityCategory(s.repos, target(started), 'team-culture', { 'team-culture': emptyScoreDraft() }),
    ).rejects.toBeInstanceOf(MaturityChangedError);
  });

  it('scores each dimension of a category that has them', async () => {
    const s = await setup();
    const started = await start(s, '2026-11-30', OSCM);
    const scored = await scoreMaturityCategory(s.repos, target(started), 'policy-environment', {
      'policy-environment/political-leadership-and-legislation': { ...emptyScoreDraft(), current: 'low' },
      'policy-environment/government-standards-and-policy': { ...emptyScoreDraft(), current: 'top' },
    });
    expect(scored).toEqual({
      ok: false,
      errors: {
        'current:policy-environment/government-standards-and-policy':
          'Choose one of the model\u2019s levels for Policy environment: Government standards and policy',
      },
    });
  });

  it('finds the earlier self-assessments of the same model and the latest one for the export', async () => {
    const s = await setup();
    expect(await latestMaturitySelfAssessment(s.repos, s.project.id)).toBeNull();
    const june = await start(s, '2026-06-01');
    s.advance();
    const march = await start(s, '2026-03-01');
    s.advance();
    await start(s, '2026-05-01', OSCM);
    s.advance();
    const december = await start(s, '2026-12-01');
    const all = (await s.repos.maturity.list(s.project.id)).selfAssessments;
    expect(earlierSelfAssessments(all, december).map((a) => a.id)).toEqual([june.id, march.id]);
    expect(earlierSelfAssessments(all, march)).toEqual([]);
    const earlier = earlierSelfAssessments(all, december);
    expect(chosenEarlier(earlier, null)?.id).toBe(june.id);
    expect(chosenEarlier(earlier, march.id)?.id).toBe(march.id);
    expect(chosenEarlier(earlier, 'none')).toBeNull();
    expect(chosenEarlier(earlier, december.id)?.id).toBe(june.id);

    const latest = await latestMaturitySelfAssessment(s.repos, s.project.id);
    expect(latest?.selfAssessment.id).toBe(december.id);
    expect(latest?.earlier?.id).toBe(june.id);
    expect(latest?.model.title).toBe('Modern Software Delivery Maturity Index');

    await deleteMaturitySelfAssessment(s.repos, s.project.id, december.id);
    expect((await latestMaturitySelfAssessment(s.repos, s.project.id))?.selfAssessment.id).toBe(june.id);
  });
});
