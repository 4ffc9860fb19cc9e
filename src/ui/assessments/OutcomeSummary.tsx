// The panel's outcome in brief, for the outcome page and the assessment overview: the ratings in words (the
// tag colour only repeats the word), the date of the report, the deadline to accept or challenge it and the
// team's response.
import type { ReactNode } from 'react';
import { hasOverallRating } from '../../app/assessments/outcome-edits';
import { PANEL_RESPONSE_LABELS, type PanelOutcome } from '../../domain/assessment/assessment-model';
import { ratingLabel } from '../../domain/assessment/panel-outcome';
import { RESPONSE_WORKING_DAYS, responseDeadline } from '../../domain/assessment/working-days';
import type { RatingScale, StandardTemplate } from '../../domain/pack';
import { SummaryList } from '../components/SummaryList';
import { longDate } from './assessment-words';

/** The tag style of a rating: green, amber and red look like their names; any other rating is plain. */
export function ratingTagClass(scale: RatingScale | undefined, ratingId: string | null): string {
  if (ratingId === null) return 'tag tag--grey';
  const label = (scale?.values.find((v) => v.id === ratingId)?.label ?? ratingId).trim().toLowerCase();
  if (ratingId === 'green' || label === 'green' || label === 'met') return 'tag tag--live';
  if (ratingId === 'amber' || label === 'amber') return 'tag tag--alpha';
  if (ratingId === 'red' || label === 'red' || label === 'not met') return 'tag tag--attention';
  return 'tag';
}

export function RatingTag({ scale, rating }: { scale: RatingScale | undefined; rating: string | null }) {
  return <strong className={ratingTagClass(scale, rating)}>{ratingLabel(scale, rating)}</strong>;
}

/**
 * "Accept or challenge the report by Friday 15 January 2027: 10 working days, not counting weekends or bank
 * holidays", or null before the report date is recorded.
 */
export function deadlineSentence(outcome: PanelOutcome | null): string | null {
  if (!outcome?.reportReceived || !outcome.responseDeadline) return null;
  const sentence = `Accept or challenge the report by ${longDate(outcome.responseDeadline)}: ${RESPONSE_WORKING_DAYS} working days, not counting weekends or bank holidays`;
  return responseDeadline(outcome.reportReceived).holidaysKnown
    ? sentence
    : `${sentence}. The bank holidays of that year are not known yet, so check the date`;
}

export function OutcomeSummary({ outcome, standard }: { outcome: PanelOutcome; standard: StandardTemplate }) {
  const scale = standard.rating_scale;
  const rated = standard.points.filter((p) => outcome.pointRatings[p.id] !== undefined);
  const deadline = deadlineSentence(outcome);
  const rows: [string, ReactNode][] = [];
  if (hasOverallRating(scale, outcome))
    rows.push(['Overall rating', <RatingTag key="overall" scale={scale} rating={outcome.overallRating} />]);
  rows.push(['Date of the report', outcome.reportReceived ? longDate(outcome.reportReceived) : 'Not recorded yet']);
  if (deadline) rows.push(['Deadline to answer', <span data-testid="response-deadline">{deadline}</span>]);
  rows.push(['The team\u2019s response', PANEL_RESPONSE_LABELS[outcome.response]]);
  return (
    <div data-testid="outcome-summary">
      <SummaryList rows={rows} />
      {rated.length > 0 && (
        <ul className="list" aria-label="Ratings of the points" data-testid="point-ratings">
          {rated.map((point) => (
            <li key={point.id}>
              {point.id}. {point.title}: <RatingTag scale={scale} rating={outcome.pointRatings[point.id] ?? null} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
