// One point of an assessment (/assessments/:assessmentId/points/:pointId): the point's guidance for the
// stage and what assessors look for (from the standard's pack, as plain text), then the team's status and
// narrative, the evidence used from the project's library, and the point's actions.
import { useState, type FormEvent, type MouseEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  removePointEvidenceItem,
  savePointAnswer,
  setAssessmentActionDone,
} from '../../app/assessments/assessment-actions';
import type { AssessmentErrors, PointAnswerDraft } from '../../app/assessments/assessment-edits';
import { pointAnswerChanged } from '../../app/assessments/unsaved-changes';
import { guidancePhase, lookFor } from '../../app/assessments/standards';
import {
  answerFor,
  ASSESSMENT_LIMITS,
  POINT_STATUS_LABELS,
  POINT_STATUSES,
  pointsInScope,
  type Assessment,
  type PointAnswer,
} from '../../domain/assessment/assessment-model';
import { displayDate } from '../../domain/display-date';
import { EVIDENCE_KIND_LABELS, type EvidenceItem } from '../../domain/evidence';
import type { StandardPoint } from '../../domain/pack';
import { PHASE_LABELS, type Project } from '../../domain/project';
import { plainText } from '../../domain/rich-text';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { LeaveGuardDialog, useLeaveGuard } from '../components/leave-guard';
import { PlainText } from '../components/PlainText';
import { RadioGroup, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { repositories, useEvidenceList } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import {
  assessmentName,
  reportListChange,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';
import { STATUS_HINTS, today } from './assessment-words';
import { CrosswalkCoverageForPoint } from './CrosswalkCoveragePage';
import { CarriedForwardNotice } from './NextAssessmentPage';

const FIELD_IDS = {
  status: 'point-status',
  notApplicableReason: 'point-reason',
  narrative: 'point-narrative',
};

function narrativeText(answer: PointAnswer): string {
  return answer.narrative.type === 'plain' ? answer.narrative.text : plainText(answer.narrative.doc);
}

function draftOf(answer: PointAnswer): PointAnswerDraft {
  return { status: answer.status, notApplicableReason: answer.notApplicableReason, narrative: narrativeText(answer) };
}

function AnswerForm({
  answer,
  draft,
  setDraft,
  errors,
  saveError,
  saved,
  onSubmit,
}: {
  answer: PointAnswer;
  draft: PointAnswerDraft;
  setDraft: (draft: PointAnswerDraft) => void;
  errors: AssessmentErrors;
  saveError: string | null;
  saved: string | null;
  onSubmit: () => void;
}) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="answer-heading">
      <ErrorSummary errors={summaryItems(errors, FIELD_IDS, saveError)} />
      <RadioGroup
        id={FIELD_IDS.status}
        legend="How ready is this point?"
        value={draft.status}
        error={errors.status}
        options={POINT_STATUSES.map((s) => ({ value: s, label: POINT_STATUS_LABELS[s], hint: STATUS_HINTS[s] }))}
        onChange={(status) => setDraft({ ...draft, status })}
      />
      {draft.status === 'not-applicable' && (
        <TextArea
          id={FIELD_IDS.notApplicableReason}
          label="Why does this point not apply?"
          value={draft.notApplicableReason}
          error={errors.notApplicableReason}
          rows={3}
          maxLength={ASSESSMENT_LIMITS.reason}
          onChange={(notApplicableReason) => setDraft({ ...draft, notApplicableReason })}
        />
      )}
      <TextArea
        id={FIELD_IDS.narrative}
        label="Narrative"
        hint={
          answer.narrative.type === 'rich'
            ? 'What the team will tell the panel about this point. Saving here keeps the words but not bold, lists or links.'
            : 'What the team will tell the panel about this point: what you did, what you learned and what changed. Leave a blank line between paragraphs.'
        }
        value={draft.narrative}
        error={errors.narrative}
        rows={8}
        maxLength={ASSESSMENT_LIMITS.narrative}
        onChange={(narrative) => setDraft({ ...draft, narrative })}
      />
      <button type="submit" className="button">
        Save status and narrative
      </button>
      <InlineConfirmation message={saved} />
    </form>
  );
}

function EvidenceUsed({
  project,
  assessment,
  pointId,
  items,
  remove,
  leave,
}: {
  project: Project;
  assessment: Assessment;
  pointId: string;
  items: EvidenceItem[];
  remove: (evidenceId: string, title: string) => void;
  /** Follows a link out of the page, saving the status and narrative first when they changed. */
  leave: (to: string) => void;
}) {
  const follow = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave(to);
  };
  const choose = paths.assessments.chooseEvidence(project.id, assessment.id, pointId);
  const add = paths.assessments.addEvidence(project.id, assessment.id, pointId);
  const used = answerFor(assessment, pointId).evidenceIds;
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <>
      {used.length === 0 ? (
        <p className="inset">No evidence is used for this point yet.</p>
      ) : (
        <DataTable
          caption="Evidence used for this point"
          scrollLabel="Evidence used"
          columns={['Evidence', 'Kind', { label: 'Actions', hidden: true }]}
        >
          {used.map((id) => {
            const item = byId.get(id);
            const title = item?.title ?? 'An item no longer in the library';
            return (
              <tr key={id}>
                <th scope="row">
                  {item ? <Link to={paths.evidence.item(project.id, item.id)}>{item.title}</Link> : title}
                </th>
                <td>{item ? EVIDENCE_KIND_LABELS[item.kind] : 'Not known'}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => remove(id, title)}>
                    Remove<span className="visually-hidden"> {title} from this point</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <div className="button-group">
        <Link to={choose} className="button button--secondary" onClick={follow(choose)}>
          Choose evidence from the library
        </Link>
        <Link to={add} onClick={follow(add)}>
          Add new evidence
        </Link>
      </div>
    </>
  );
}

function PointActions({
  project,
  assessment,
  pointId,
  setDone,
}: {
  project: Project;
  assessment: Assessment;
  pointId: string;
  setDone: (actionId: string, what: string, done: boolean) => void;
}) {
  const actions = assessment.actions.filter((a) => a.pointId === pointId);
  const now = today();
  return (
    <>
      {actions.length === 0 ? (
        <p className="inset">No actions for this point.</p>
      ) : (
        <DataTable
          caption="Actions for this point"
          scrollLabel="Actions"
          columns={['What', 'Owner', 'Due', 'Status', { label: 'Changes', hidden: true }]}
        >
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.what}</th>
              <td>{action.owner || 'Not given'}</td>
              <td>{action.dueDate ? displayDate(action.dueDate) : 'Not set'}</td>
              <td>
                {action.done ? (
                  <strong className="tag tag--live">Done</strong>
                ) : action.dueDate !== null && action.dueDate < now ? (
                  <strong className="tag tag--attention">Overdue</strong>
                ) : (
                  <strong className="tag tag--grey">Open</strong>
                )}
              </td>
              <td>
                <Link to={paths.assessments.editAction(project.id, assessment.id, action.id)}>
                  Change<span className="visually-hidden"> {action.what}</span>
                </Link>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setDone(action.id, action.what, !action.done)}
                >
                  {action.done ? 'Mark as not done' : 'Mark as done'}
                  <span className="visually-hidden"> {action.what}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <Link to={paths.assessments.addAction(project.id, assessment.id, pointId)} className="button button--secondary">
          Add an action
        </Link>
      </p>
    </>
  );
}

function Guidance({ point, phase }: { point: StandardPoint; phase: ReturnType<typeof guidancePhase> }) {
  const look = lookFor(point, phase);
  const phaseName = PHASE_LABELS[phase].toLowerCase();
  return (
    <>
      <PlainText text={point.summary} className="lead" />
      {point.guidance && (
        <>
          <h2>Guidance</h2>
          <PlainText text={point.guidance} />
        </>
      )}
      <h2>What assessors look for in {phaseName}</h2>
      {look.length === 0 ? (
        <p>The standard does not say what assessors look for in {phaseName}.</p>
      ) : (
        <ul className="list list--bullet">
          {look.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {(point.evidence ?? []).length > 0 && (
        <details className="details">
          <summary>Examples of evidence the standard gives</summary>
          <ul className="list list--bullet">
            {(point.evidence ?? []).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function Point({ project, assessment, standard, point }: AssessmentScreen & { point: StandardPoint }) {
  const evidence = useEvidenceList(project.id);
  const navigate = useNavigate();
  const saver = useAssessmentSave(project, assessment);
  const { save } = saver;
  const answer = answerFor(assessment, point.id);
  const [draft, setDraft] = useState<PointAnswerDraft>(() => draftOf(answer));
  // What this page last saved: the page's copy of the assessment catches up a moment later.
  const [lastSaved, setLastSaved] = useState<PointAnswerDraft | null>(null);
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const dirty =
    pointAnswerChanged(draft, draftOf(answer)) && (lastSaved === null || pointAnswerChanged(draft, lastSaved));
  const guard = useLeaveGuard(dirty);
  if (evidence === undefined) return <p className="muted">Loading…</p>;
  const name = assessmentName(assessment, standard);
  const phase = guidancePhase(assessment.stage, project.phase);

  /** Saves the status and narrative; true when saved. `carry` keeps the notice onto the next page. */
  async function saveAnswer(carry: boolean): Promise<boolean> {
    setSaved(null);
    const kept = draft;
    const result = await save(
      (target) => savePointAnswer(repositories(), target, point.id, kept),
      `Point ${point.id} is saved as ${POINT_STATUS_LABELS[kept.status].toLowerCase()}.`,
      carry,
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind !== 'saved') return false;
    setLastSaved(kept);
    setSaved(`Saved: ${POINT_STATUS_LABELS[kept.status].toLowerCase()}.`);
    return true;
  }

  /** Leaves for `to`; changes to the status and narrative are saved first, and a problem keeps the person here. */
  async function leave(to: string) {
    if (dirty) {
      if (!(await saveAnswer(true))) return;
      guard.release();
    }
    await navigate(to);
  }

  return (
    <Page
      title={`${point.id}. ${point.title}: ${name}: ${project.name}`}
      heading={`${point.id}. ${point.title}`}
      caption={name}
    >
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
      <Guidance point={point} phase={phase} />

      <h2 id="answer-heading" tabIndex={-1}>
        Status and narrative
      </h2>
      <CarriedForwardNotice
        assessment={assessment}
        pointId={point.id}
        saver={saver}
        afterReviewed={() => document.getElementById('answer-heading')?.focus()}
      />
      <AnswerForm
        answer={answer}
        draft={draft}
        setDraft={setDraft}
        errors={errors}
        saveError={saveError}
        saved={saved}
        onSubmit={() => void saveAnswer(false)}
      />

      <h2 id="evidence-heading" tabIndex={-1}>
        Evidence used
      </h2>
      <p>
        Evidence comes from the project&rsquo;s library. One item can support several points.
        {dirty && ' Choosing or adding evidence saves the status and narrative first.'}
      </p>
      <EvidenceUsed
        project={project}
        assessment={assessment}
        pointId={point.id}
        items={evidence}
        leave={(to) => void leave(to)}
        remove={(evidenceId, title) =>
          void save(
            (target) => removePointEvidenceItem(repositories(), target, point.id, evidenceId),
            `\u201c${title}\u201d is no longer used for this point. It stays in the library.`,
          ).then((result) => {
            // The pressed button is gone with its row: the person goes on from the section's heading.
            if (result.kind === 'saved') document.getElementById('evidence-heading')?.focus();
            reportListChange(result);
          })
        }
      />

      <h2>Actions</h2>
      <PointActions
        project={project}
        assessment={assessment}
        pointId={point.id}
        setDone={(actionId, what, done) =>
          void save(
            (target) => setAssessmentActionDone(repositories(), target, actionId, done),
            done ? `\u201c${what}\u201d is done.` : `\u201c${what}\u201d is open again.`,
          ).then(reportListChange)
        }
      />

      {/* Crosswalk coverage: what this point's work counts for in other standards. */}
      <CrosswalkCoverageForPoint
        projectId={project.id}
        assessment={assessment}
        standard={standard}
        pointId={point.id}
      />
      <LeaveGuardDialog guard={guard} />
    </Page>
  );
}

/** A point of the standard that this reassessment does not cover, reached from a link made elsewhere. */
function OutOfScope({ project, assessment, standard, point }: AssessmentScreen & { point: StandardPoint }) {
  const name = assessmentName(assessment, standard);
  return (
    <Page
      title={`${point.id}. ${point.title}: ${name}: ${project.name}`}
      heading={`${point.id}. ${point.title}`}
      caption={name}
    >
      <p className="inset" data-testid="out-of-scope">
        Point {point.id} is not part of this reassessment. A reassessment covers only the points the panel asked to see
        again.
      </p>
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
    </Page>
  );
}

export function PointPage() {
  const { pointId = '' } = useParams();
  return (
    <WithAssessment title="Point">
      {(screen) => {
        const inScope = pointsInScope(
          screen.assessment,
          screen.standard.points.map((p) => p.id),
        ).includes(pointId);
        const point = screen.standard.points.find((p) => p.id === pointId);
        if (!point) return <NotFoundPage />;
        if (!inScope) return <OutOfScope {...screen} point={point} />;
        return <Point key={`${screen.assessment.id}/${point.id}`} {...screen} point={point} />;
      }}
    </WithAssessment>
  );
}
