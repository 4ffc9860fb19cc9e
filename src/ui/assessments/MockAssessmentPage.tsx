// The mock assessment (/assessments/:assessmentId/mock): for each point in scope, the questions a panel is
// likely to ask at this stage (from the standard's pack, as plain text) and a box to rehearse the team's
// answer. All the notes are saved together, onto the copy the person was shown.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AssessmentErrors } from '../../app/assessments/assessment-edits';
import { saveRehearsalNotes } from '../../app/assessments/outcome-actions';
import { notesChanged } from '../../app/assessments/unsaved-changes';
import { guidancePhase } from '../../app/assessments/standards';
import { answerFor, ASSESSMENT_LIMITS, pointsInScope } from '../../domain/assessment/assessment-model';
import { PHASE_LABELS } from '../../domain/project';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/fields';
import { InlineConfirmation } from '../components/InlineConfirmation';
import { LeaveGuardDialog, useLeaveGuard } from '../components/leave-guard';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import {
  assessmentName,
  summaryItems,
  useAssessmentSave,
  WithAssessment,
  type AssessmentScreen,
} from './assessment-screen';

function MockAssessment({ project, assessment, standard }: AssessmentScreen) {
  const { save, saving } = useAssessmentSave(project, assessment);
  const phase = guidancePhase(assessment.stage, project.phase);
  const phaseName = PHASE_LABELS[phase].toLowerCase();
  const inScope = new Set(
    pointsInScope(
      assessment,
      standard.points.map((p) => p.id),
    ),
  );
  const points = standard.points.filter((p) => inScope.has(p.id));
  const savedNotes = Object.fromEntries(points.map((p) => [p.id, answerFor(assessment, p.id).rehearsalNotes]));
  const [notes, setNotes] = useState<Record<string, string>>(() => savedNotes);
  // What this page last saved: the page's copy of the assessment catches up a moment later.
  const [lastSaved, setLastSaved] = useState<Record<string, string> | null>(null);
  const guard = useLeaveGuard(
    notesChanged(notes, savedNotes) && (lastSaved === null || notesChanged(notes, lastSaved)),
  );
  const [errors, setErrors] = useState<AssessmentErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const anyQuestions = points.some((p) => (p.questions?.[phase] ?? []).length > 0);
  const name = assessmentName(assessment, standard);
  const fieldIds = Object.fromEntries(points.map((p) => [`rehearsal-${p.id}`, `rehearsal-${p.id}`]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const kept = notes;
    const result = await save(
      (target) => saveRehearsalNotes(repositories(), target, kept),
      'Your rehearsal notes are saved.',
    );
    setErrors(result.kind === 'invalid' ? result.errors : {});
    setSaveError(result.kind === 'failed' ? result.message : null);
    if (result.kind !== 'saved') return;
    setLastSaved(kept);
    setSaved('Your rehearsal notes are saved.');
  }

  return (
    <Page title={`Mock assessment: ${name}: ${project.name}`} heading="Mock assessment" caption={name}>
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
      <p className="lead">
        {anyQuestions
          ? `Practise answering the panel. For each point, read the questions a panel is likely to ask in ${phaseName} and write down what the team will say.`
          : 'Practise answering the panel. For each point, write down what the team will say.'}
      </p>
      {!anyQuestions && (
        <p className="inset" data-testid="no-questions">
          The {standard.title} does not list the questions a panel is likely to ask in {phaseName}. You can still
          rehearse what the team will say about each point.
        </p>
      )}
      <p>
        <Link to={paths.assessments.runSheet(project.id, assessment.id)}>Open the run sheet of the session</Link>
      </p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, fieldIds, saveError)} />
        {points.map((point) => {
          const questions = point.questions?.[phase] ?? [];
          return (
            <section key={point.id} className="mock-point" aria-labelledby={`mock-heading-${point.id}`}>
              <h2 id={`mock-heading-${point.id}`}>
                {point.id}. {point.title}
              </h2>
              {questions.length === 0 ? (
                anyQuestions && <p>The standard gives no likely questions for this point in {phaseName}.</p>
              ) : (
                <>
                  <h3>Questions the panel may ask</h3>
                  <ul className="list list--bullet">
                    {questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                </>
              )}
              <TextArea
                id={`rehearsal-${point.id}`}
                label={`What the team will say about point ${point.id}`}
                hint="Who answers, the story you will tell and the evidence you will show."
                value={notes[point.id] ?? ''}
                error={errors[`rehearsal-${point.id}`]}
                rows={4}
                maxLength={ASSESSMENT_LIMITS.rehearsal}
                onChange={(value) => setNotes({ ...notes, [point.id]: value })}
              />
            </section>
          );
        })}
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Save rehearsal notes
        </button>
        <InlineConfirmation message={saved} />
      </form>
      <LeaveGuardDialog guard={guard} />
    </Page>
  );
}

export function MockAssessmentPage() {
  return <WithAssessment title="Mock assessment">{(screen) => <MockAssessment {...screen} />}</WithAssessment>;
}
