import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  savePointAnswer,
  saveAssessmentAction,
  startAssessment,
} from '../../../src/app/assessments/assessment-actions';
import {
  downloadAssessmentActions,
  downloadAssessmentChecklist,
  downloadAssessmentDocument,
  type AssessmentDownloadDeps,
} from '../../../src/app/assessments/assessment-downloads';
import { assessmentsRepository } from '../../../src/db/assessments-repository';
import { evidenceRepository } from '../../../src/db/evidence-repository';
import { packsRepository } from '../../../src/db/packs-repository';
import { projectsRepository } from '../../../src/db/projects-repository';
import { settingsRepository } from '../../../src/db/settings-repository';
import { runExport } from '../../../src/export/export-request';
import { emptyDraft } from '../../../src/domain/project';
import { freshDatabase } from '../../db/test-database';
import { packFrom } from '../pack-fixtures';

const GOV_UK = { packId: 'gov-uk-service-standard', templateId: 'gov-uk-service-standard', version: '1.2.0' };

async function setup() {
  const db = freshDatabase();
  const clock = () => new Date('2026-12-01T10:00:00.000Z');
  const repos = {
    assessments: assessmentsRepository(db, clock),
    packs: packsRepository(db),
    settings: settingsRepository(db),
    projects: projectsRepository(db, clock),
    evidence: evidenceRepository(db, clock),
  };
  await repos.packs.installBuiltIns([await packFrom('templates/gov-uk-service-standard')]);
  await repos.settings.set('authorName', 'Priya Shah');
  const project = await repos.projects.create({
    ...emptyDraft(),
    name: 'Register a boat',
    department: 'Department for Waterways',
    owner: 'Sam Okafor',
  });
  const started = await startAssessment(repos, {
    projectId: project.id,
    standard: GOV_UK,
    stage: 'alpha',
    panelDate: '',
  });
  if (!started.ok) throw new Error('not started');
  const target = {
    assessmentId: started.assessment.id,
    projectId: project.id,
    expectedUpdatedAt: started.assessment.updatedAt,
  };
  const answered = await savePointAnswer(repos, target, '1', {
    status: 'ready',
    notApplicableReason: '',
    narrative: 'We met 40 boat owners at three marinas.',
  });
  if (!answered.ok) throw new Error('not saved');
  const acted = await saveAssessmentAction(
    repos,
    { ...target, expectedUpdatedAt: answered.assessment.updatedAt },
    {
      actionId: null,
      pointId: '1',
      draft: { what: 'Test with lock keepers', owner: 'Ali', dueDate: '2027-01-15', done: false },
    },
  );
  if (!acted.ok) throw new Error('not saved');
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const deps: AssessmentDownloadDeps = {
    repos,
    platform: {
      saveFile: async (name, bytes) => {
        saved.push({ name, bytes });
        return { saved: true, fileName: name };
      },
    },
    exporter: (request) => runExport(request),
    clock,
  };
  return { deps, saved, project, assessment: acted.assessment };
}

describe('downloading an assessment', () => {
  it('saves the Word document as the project\u2019s, with the person as author and each point as a heading', async () => {
    const { deps, saved, project, assessment } = await setup();
    const outcome = await downloadAssessmentDocument(deps, project.id, assessment.id);
    expect(outcome.saved).toBe(true);
    const [file] = saved;
    expect(file?.name).toMatch(/^Register a boat.*alpha assessment.*\.docx$/);
    const bytes = file?.bytes ?? new Uint8Array();
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const parts = unzipSync(bytes);
    const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    for (const words of [
      'Understand users and their needs',
      'Solve a whole problem for users',
      'We met 40 boat owners at three marinas.',
      'Test with lock keepers',
      'Department for Waterways',
    ])
      expect(body.includes(words), words).toBe(true);
    expect(core).toContain('<dc:creator>Priya Shah</dc:creator>');
    expect(core).not.toContain('Waymark');
  });

  it('saves the checklist and the actions as CSV named from the project and the stage', async () => {
    const { deps, saved, project, assessment } = await setup();
    await downloadAssessmentChecklist(deps, project.id, assessment.id);
    await downloadAssessmentActions(deps, project.id, assessment.id);
    expect(saved.map((f) => f.name)).toEqual([
      'Register a boat - Alpha assessment - checklist.csv',
      'Register a boat - Alpha assessment - actions.csv',
    ]);
    const [checklist, actions] = saved.map((f) => new TextDecoder().decode(f.bytes).split('\r\n'));
    expect(checklist?.[0]).toContain('Point');
    expect(checklist?.some((row) => row.includes('We met 40 boat owners at three marinas.'))).toBe(true);
    expect(actions?.some((row) => row.includes('Test with lock keepers') && row.includes('Ali'))).toBe(true);
  });

  it('says plainly when the assessment is gone, and saves nothing', async () => {
    const { deps, saved, project } = await setup();
    await expect(downloadAssessmentChecklist(deps, project.id, 'no-such-assessment')).rejects.toThrow(
      'That assessment no longer exists, so there is nothing to download.',
    );
    expect(saved).toEqual([]);
  });
});
