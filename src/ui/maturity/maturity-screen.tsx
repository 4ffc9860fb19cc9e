// What every screen of one maturity self-assessment shares: reading it and the model it is pinned to
// (and saying plainly when either cannot be found or read), and saving a change onto the copy the person
// was shown, with a notice when it is saved.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { MaturityOutcome, MaturityTarget } from '../../app/maturity/maturity-actions';
import type { MaturityErrors } from '../../app/maturity/maturity-edits';
import { findMaturityModel } from '../../app/maturity/maturity-models';
import type { MaturitySelfAssessment } from '../../domain/assessment/maturity-self-assessment';
import { displayDate } from '../../domain/display-date';
import type { MaturityModelTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import { errorMessage } from '../components/error-message';
import { Page } from '../components/Page';
import { MaturityChangedError, useMaturityScreenData } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';

/** What a screen of one self-assessment is given once everything is read. */
export interface MaturityScreen {
  project: Project;
  selfAssessment: MaturitySelfAssessment;
  model: MaturityModelTemplate;
}

/** "Modern Software Delivery Maturity Index, 1 December 2026": how a self-assessment is named. */
export function maturityName(selfAssessment: MaturitySelfAssessment, model: { title: string }): string {
  return `${model.title}, ${displayDate(selfAssessment.date)}`;
}

/**
 * Shows `children` once the self-assessment of the address (`:maturityId`) and its model are read. One
 * that cannot be read, or whose model is no longer installed, is explained under `title`.
 */
export function WithMaturity({ title, children }: { title: string; children: (screen: MaturityScreen) => ReactNode }) {
  const project = useLayoutProject();
  const { maturityId } = useParams();
  // The self-assessment and its model's pack in one read, so the screen is drawn once: a model looked up
  // before the record arrived would be missing for a moment and show the "no longer installed" page.
  const data = useMaturityScreenData(maturityId);
  if (data === undefined) return <p className="muted">Loading…</p>;
  const { stored, versions } = data;
  const ready =
    stored?.state === 'ready' && stored.selfAssessment.projectId === project.id ? stored.selfAssessment : null;
  if (stored === null || (stored.state === 'ready' && !ready)) return <NotFoundPage />;
  const problem = (text: string) => (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      <p className="inset">{text}</p>
      <p>
        <Link to={paths.assessments.list(project.id)}>Go to the project&rsquo;s assessment preparation</Link>
      </p>
    </Page>
  );
  if (!ready) return problem('This self-assessment cannot be read by this version of Waymark, so it is left as it is.');
  const model = findMaturityModel(versions, ready.model);
  if (!model)
    return problem(
      `This self-assessment uses ${ready.model.templateId} version ${ready.model.version}, which is no longer installed. Install its pack again from the Library to open it.`,
    );
  return children({ project, selfAssessment: ready, model });
}

export type MaturitySaveResult =
  | { kind: 'saved'; selfAssessment: MaturitySelfAssessment }
  | { kind: 'invalid'; errors: MaturityErrors }
  | { kind: 'failed'; message: string };

/**
 * Saving changes from one page. The `updatedAt` when the page opened is kept (and moved on by each save
 * from this page), so a change made meanwhile in another window is reported, not overwritten.
 */
export function useMaturitySave(project: Project, selfAssessment: MaturitySelfAssessment) {
  const [openedAt, setOpenedAt] = useState(selfAssessment.updatedAt);
  const [saving, setSaving] = useState(false);
  const target: MaturityTarget = {
    selfAssessmentId: selfAssessment.id,
    projectId: project.id,
    expectedUpdatedAt: openedAt,
  };

  async function save(
    run: (target: MaturityTarget) => Promise<MaturityOutcome>,
    message: string,
  ): Promise<MaturitySaveResult> {
    if (saving) return { kind: 'failed', message: 'Your change is still being saved.' };
    setSaving(true);
    try {
      const outcome = await run(target);
      if (!outcome.ok) return { kind: 'invalid', errors: outcome.errors };
      setOpenedAt(outcome.selfAssessment.updatedAt);
      useNotices.getState().show({ kind: 'success', message, carry: true });
      return { kind: 'saved', selfAssessment: outcome.selfAssessment };
    } catch (error) {
      if (error instanceof MaturityChangedError) setOpenedAt(error.current.updatedAt);
      return {
        kind: 'failed',
        message: errorMessage(error, 'Your change could not be saved. Everything saved before is safe. Try again.'),
      };
    } finally {
      setSaving(false);
    }
  }
  return { save, saving };
}
