// What every screen of one assessment shares: reading the assessment and the standard it is pinned to (and
// saying plainly when either cannot be found or read), and saving a change onto the copy the person was
// shown, with a notice when it is saved.
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { AssessmentOutcome, AssessmentTarget } from '../../app/assessments/assessment-actions';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { findStandard } from '../../app/assessments/standards';
import { ASSESSMENT_STAGE_LABELS, type Assessment } from '../../domain/assessment/assessment-model';
import type { StandardTemplate } from '../../domain/pack';
import type { Project } from '../../domain/project';
import { errorMessage } from '../components/error-message';
import type { ErrorItem } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { AssessmentChangedError, useAssessmentScreenData } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { NotFoundPage } from '../routes/NotFoundPage';
import { useNotices } from '../state/notices';

/** What a screen of one assessment is given once everything is read. */
export interface AssessmentScreen {
  project: Project;
  assessment: Assessment;
  standard: StandardTemplate;
}

/** A screen of one assessment as given to `WithAssessment`'s children: also the ids of the project's evidence. */
export interface AssessmentScreenWithEvidence extends AssessmentScreen {
  evidenceIds: ReadonlySet<string>;
}

/** "GOV.UK Service Standard, alpha assessment": how an assessment is named in captions and titles. */
export function assessmentName(assessment: Assessment, standard: { title: string }): string {
  return `${standard.title}, ${ASSESSMENT_STAGE_LABELS[assessment.stage].toLowerCase()}`;
}

/**
 * Shows `children` once the assessment of the address (`:assessmentId`) and its standard are read. An
 * assessment that cannot be read, or whose standard is no longer installed, is explained under `title`.
 */
export function WithAssessment({
  title,
  children,
}: {
  title: string;
  children: (screen: AssessmentScreenWithEvidence) => ReactNode;
}) {
  const project = useLayoutProject();
  const { assessmentId } = useParams();
  // The assessment, its standard and the evidence ids in one read, so the screen is drawn once.
  const data = useAssessmentScreenData(assessmentId, project.id);
  if (data === undefined) return <p className="muted">Loading…</p>;
  const { stored, versions, evidenceIds } = data;
  const ready = stored?.state === 'ready' && stored.assessment.projectId === project.id ? stored.assessment : null;
  if (stored === null || (stored.state === 'ready' && !ready)) return <NotFoundPage />;
  const problem = (text: string) => (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      <p className="inset">{text}</p>
      <p>
        <Link to={paths.assessments.list(project.id)}>Go to the project&rsquo;s assessments</Link>
      </p>
    </Page>
  );
  if (!ready) return problem('This assessment cannot be read by this version of Waymark, so it is left as it is.');
  const standard = findStandard(versions, ready.standard);
  if (!standard)
    return problem(
      `This assessment uses ${ready.standard.templateId} version ${ready.standard.version}, which is no longer installed. Install its pack again from the Library to open the assessment.`,
    );
  return children({ project, assessment: ready, standard, evidenceIds });
}

export type SaveResult =
  | { kind: 'saved'; assessment: Assessment }
  | { kind: 'invalid'; errors: AssessmentErrors }
  | { kind: 'failed'; message: string };

/**
 * Saving changes from one page. The assessment's `updatedAt` when the page opened is kept (and moved on by
 * each save from this page), so a change made meanwhile in another window is reported, not overwritten.
 */
export function useAssessmentSave(project: Project, assessment: Assessment) {
  const [openedAt, setOpenedAt] = useState(assessment.updatedAt);
  const [saving, setSaving] = useState(false);
  const target: AssessmentTarget = {
    assessmentId: assessment.id,
    projectId: project.id,
    expectedUpdatedAt: openedAt,
  };

  /**
   * Runs a use case on this page's copy; on success shows `message` (kept onto the next page when `carry`).
   * `message` can be worked out once the use case has run, when what it says depends on what was done.
   */
  async function save(
    run: (target: AssessmentTarget) => Promise<AssessmentOutcome>,
    message: string | (() => string),
    carry = false,
  ): Promise<SaveResult> {
    if (saving) return { kind: 'failed', message: 'Your change is still being saved.' };
    setSaving(true);
    try {
      const outcome = await run(target);
      if (!outcome.ok) return { kind: 'invalid', errors: outcome.errors };
      setOpenedAt(outcome.assessment.updatedAt);
      useNotices
        .getState()
        .show({ kind: 'success', message: typeof message === 'string' ? message : message(), carry });
      return { kind: 'saved', assessment: outcome.assessment };
    } catch (error) {
      // Shown as it is now: the person looks, then makes their change again onto that copy.
      if (error instanceof AssessmentChangedError) setOpenedAt(error.current.updatedAt);
      return {
        kind: 'failed',
        message: errorMessage(error, 'Your change could not be saved. Everything saved before is safe. Try again.'),
      };
    } finally {
      setSaving(false);
    }
  }
  return { save, saving, target };
}

/** Shows the outcome of a change made from a list (a button, not a form) when it was not saved. */
export function reportListChange(result: SaveResult): void {
  if (result.kind === 'saved') return;
  const message =
    result.kind === 'failed' ? result.message : (Object.values(result.errors)[0] ?? 'Nothing was changed.');
  useNotices.getState().show({ kind: 'error', message });
}

/** The error summary's items: each field's message linked to its control, then problems with the whole. */
export function summaryItems(
  errors: AssessmentErrors,
  fieldIds: Readonly<Record<string, string>>,
  saveError: string | null,
): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const [field, id] of Object.entries(fieldIds)) {
    const message = errors[field];
    if (message) items.push({ fieldId: id, message });
  }
  for (const [field, message] of Object.entries(errors)) if (message && !(field in fieldIds)) items.push({ message });
  if (saveError) items.push({ message: saveError });
  return items;
}
