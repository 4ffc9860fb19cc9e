// The panel's outcome (/assessments/:assessmentId/outcome): the rating of each point and of the service on
// the standard's own scale (radios with the scale's words), the date of the report and with it the deadline
// to accept or challenge it, the team's response, the panel's recommendations and the actions made from them.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { createPanelActions, deletePanelRecommendation, savePanelOutcome } from '../../app/assessments/outcome-actions';
import { hasOverallRating, outcomeDraftOf, type OutcomeDraft } from '../../app/assessments/outcome-edits';
import { outcomeChanged } from '../../app/assessments/unsaved-changes';
import {
  PANEL_RESPONSE_LABELS,
  PANEL_RESPONSES,
  pointsInScope,
  type PanelResponse,
} from '../../domain/assessment/assessment-model';
import { responseDeadline } from '../../domain/assessment/working-days';
import { isRealDate } from '../../domain/evidence-rules';
import { displayDate } from '../../domain/display-date';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup } from '../components/fields';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { LeaveGuardDialog, useLeaveGuard } from '../components/leave-guard';
import { Page } from '../components/Page';
import { SummaryList } from '../components/SummaryList';
import { repositories } from '../data';
import { DateField } from '../evidence/DateField';
import { paths } from '../paths';
import {
  assessmentName,
  reportListChange,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';
import { plural } from './assessment-words';
import { deadlineSentence, OutcomeSummary } from './OutcomeSummary';

const RESPONSE_HINTS: Record<PanelResponse, string> = {
  none: 'The team has not answered the report yet.',
  accepted: 'The team agrees with the report.',
  challenged: 'The team has asked the assessment team to look at the report again.',
};

function Outcome({ project, assessment, standard }: AssessmentScreen) {
  const { save, saving } = useAssessmentSave(project, assessment);
  const scale = standard.rating_scale;
  const [draft, setDraft] = useState<OutcomeDraft>(() => outcomeDraftOf(assessment));
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; text: string } | null>(null);
  const recommendationsHeading = useRef<HTMLHeadingElement>(null);
  const [lastSaved, setLastSaved] = useState<OutcomeDraft | null>(null);
  const guard = useLeaveGuard(
    outcomeChanged(draft, outcomeDraftOf(assessment)) && (lastSaved === null || outcomeChanged(draft, lastSaved)),
  );
  const name = assessmentName(assessment, standard);
  const inScope = new Set(
    pointsInScope(
      assessment,
      standard.points.map((p) => p.id),
    ),
  );
  const points = standard.points.filter((p) => inScope.has(p.id));
  const titleOf = (pointId: string | null) =>
    pointId === null ? 'The service as a whole' : `${pointId}. ${points.find((p) => p.id === pointId)?.title ?? ''}`;
  const ratingOptions = [
    { value: '', label: 'Not rated' },
    ...(scale?.values.map((v) => ({ value: v.id, label: v.label })) ?? []),
  ];
  const overall = hasOverallRating(scale, assessment.outcome);
  const fieldIds: Record<string, string> = {
    reportReceived: 'report-date-day',
    ...(overall ? { overallRating: 'rating-overall' } : {}),
    ...Object.fromEntries(points.map((p) => [`rating-${p.id}`, `rating-${p.id}`])),
    response: 'report-response',
  };
  const preview =
    isRealDate(draft.reportReceived) && draft.reportReceived !== assessment.outcome?.reportReceived
      ? deadlineSentence({
          ...outcomeDraftOf(assessment),
          pointRatings: {},
          overallRating: null,
          recommendations: [],
          reportReceived: draft.reportReceived,
          responseDeadline: responseDeadline(draft.reportReceived).date,
          response: draft.response,
        })
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    let redated = 0;
    const message = () =>
      redated === 0
        ? 'The outcome is saved.'
        : `The outcome is saved. ${plural(redated, 'action from the recommendations has a new due date', 'actions from the recommendations have new due dates')}.`;
    const kept = draft;
    const result = await save(async (target) => {
      const outcome = await savePanelOutcome(repositories(), target, kept);
      if (outcome.ok) redated = outcome.redated ?? 0;
      return outcome;
    }, message);
    if (result.kind === 'saved') setLastSaved(kept);
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind === 'saved') setSaved(message());
  }

  async function makeActions() {
    let added = 0;
    const result = await save(
      async (target) => {
        const outcome = await createPanelActions(repositories(), target);
        if (outcome.ok) added = outcome.added ?? 0;
        return outcome;
      },
      () =>
        added === 0
          ? 'Every recommendation already has an action.'
          : `${plural(added, 'action is', 'actions are')} added from the recommendations.`,
    );
    reportListChange(result);
  }

  async function removeRecommendation() {
    if (!removing) return;
    const { id, text } = removing;
    setRemoving(null);
    const result = await save(
      (target) => deletePanelRecommendation(repositories(), target, id),
      `The recommendation \u201c${text}\u201d is removed.`,
    );
    reportListChange(result);
    // The row and its button are gone: carry on from the heading of the list, not from the top of the page.
    if (result.kind === 'saved') recommendationsHeading.current?.focus();
  }

  const recommendations = assessment.outcome?.recommendations ?? [];
  const panelActions = assessment.actions.filter((a) => a.source === 'panel');
  return (
    <Page title={`Panel outcome: ${name}: ${project.name}`} heading="Panel outcome" caption={name}>
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
      {assessment.outcome && <OutcomeSummary outcome={assessment.outcome} standard={standard} />}

      <h2 id="ratings-heading">Ratings and the report</h2>
      {scale ? (
        <>
          <p>
            The {standard.title} rates each point{scale.overall ? ' and the service as a whole' : ''}:
          </p>
          <SummaryList compact rows={scale.values.map((v) => [v.label, v.meaning] as const)} />
          {scale.note && <p className="hint">{scale.note}</p>}
        </>
      ) : (
        <p className="inset">
          The {standard.title} does not declare a rating scale, so no ratings are recorded here. You can still record
          the report, the team&rsquo;s response and the panel&rsquo;s recommendations.
        </p>
      )}
      <form onSubmit={submit} noValidate className="form" aria-labelledby="ratings-heading">
        <ErrorSummary errors={summaryItems(errors, fieldIds, saveError)} />
        <DateField
          id="report-date"
          legend="When did the report arrive?"
          hint="The team has 10 working days from this date to accept or challenge it. For example 19 3 2027"
          value={draft.reportReceived}
          error={errors.reportReceived}
          onChange={(reportReceived) => setDraft({ ...draft, reportReceived })}
        />
        {preview && <p className="inset">{preview}, once saved.</p>}
        {scale && overall && (
          <RadioGroup
            id="rating-overall"
            legend="Overall rating of the service"
            value={draft.overallRating}
            error={errors.overallRating}
            options={ratingOptions}
            inline
            onChange={(overallRating) => setDraft({ ...draft, overallRating })}
          />
        )}
        {scale &&
          points.map((point) => (
            <RadioGroup
              key={point.id}
              id={`rating-${point.id}`}
              legend={`${point.id}. ${point.title}`}
              value={draft.pointRatings[point.id] ?? ''}
              error={errors[`rating-${point.id}`]}
              options={ratingOptions}
              inline
              onChange={(rating) => setDraft({ ...draft, pointRatings: { ...draft.pointRatings, [point.id]: rating } })}
            />
          ))}
        <RadioGroup
          id="report-response"
          legend="Has the team accepted or challenged the report?"
          value={draft.response}
          error={errors.response}
          options={PANEL_RESPONSES.map((r) => ({ value: r, label: PANEL_RESPONSE_LABELS[r], hint: RESPONSE_HINTS[r] }))}
          onChange={(response) => setDraft({ ...draft, response })}
        />
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Save the outcome
        </button>
        <InlineConfirmation message={saved} />
      </form>
      <LeaveGuardDialog guard={guard} />

      <h2 id="recommendations-heading" ref={recommendationsHeading} tabIndex={-1}>
        Recommendations
      </h2>
      {recommendations.length === 0 ? (
        <p className="inset">No recommendations are recorded yet.</p>
      ) : (
        <DataTable
          caption="The panel's recommendations"
          scrollLabel="Recommendations"
          columns={['Recommendation', 'About', { label: 'Changes', hidden: true }]}
        >
          {recommendations.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.text}</th>
              <td>{titleOf(r.pointId)}</td>
              <td>
                <Link to={paths.assessments.editRecommendation(project.id, assessment.id, r.id)}>
                  Change<span className="visually-hidden"> {r.text}</span>
                </Link>{' '}
                <button type="button" className="link-button" onClick={() => setRemoving({ id: r.id, text: r.text })}>
                  Remove<span className="visually-hidden"> {r.text}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="button-group">
        <Link to={paths.assessments.addRecommendation(project.id, assessment.id)} className="button button--secondary">
          Add a recommendation
        </Link>
        {recommendations.length > 0 && (
          <button type="button" className="button button--secondary" onClick={() => void makeActions()}>
            Create actions from recommendations
          </button>
        )}
      </div>
      <p className="hint">
        Each recommendation becomes an action once. Actions on amber points are due three months after the report, or by
        the last working day before the next assessment&rsquo;s panel if that comes first. Actions on red points are
        fixed before the reassessment: they get a date, the last working day before its panel, once it is booked.
        Changing the report date or the ratings moves these dates, but not a date you have changed yourself. Changing a
        recommendation changes its action too, unless you have reworded the action.
      </p>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this recommendation?"
        confirmLabel="Yes, remove it"
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={() => void removeRecommendation()}
      >
        <p>&ldquo;{removing?.text}&rdquo;</p>
        <p>It is removed from the panel&rsquo;s recommendations. An action already made from it stays.</p>
      </ConfirmDialog>

      <h2>Actions from the panel</h2>
      {panelActions.length === 0 ? (
        <p>No actions have been made from the recommendations yet.</p>
      ) : (
        <DataTable
          caption="Actions from the panel's recommendations"
          scrollLabel="Actions from the panel"
          columns={['What', 'About', 'Due', { label: 'Changes', hidden: true }]}
        >
          {panelActions.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.what}</th>
              <td>{titleOf(action.pointId)}</td>
              <td>{action.dueDate ? displayDate(action.dueDate) : 'Not set'}</td>
              <td>
                <Link to={paths.assessments.editAction(project.id, assessment.id, action.id)}>
                  Change<span className="visually-hidden"> {action.what}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Page>
  );
}

export function OutcomePage() {
  return <WithAssessment title="Panel outcome">{(screen) => <Outcome {...screen} />}</WithAssessment>;
}
