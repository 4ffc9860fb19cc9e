// The words the assessment's Word and CSV exports share: a point's number and title as the standard's pack
// writes them, ratings in words with a quiet tone, statuses, narratives as plain text, where evidence is kept
// and the action plan's order. One place, so the document and the spreadsheets name everything the same way.
import type { StatusTone } from '../domain/document-model';
import type { EvidenceItem } from '../domain/evidence';
import type { RatingScale, StandardTemplate } from '../domain/pack';
import type { AttachmentMeta } from '../domain/project-file';
import { plainText } from '../domain/rich-text';
import type { AssessmentAction, Narrative, PointStatus } from '../domain/assessment/assessment-model';
import { failingRatings, ratingLabel, timeLimitedRatings } from '../domain/assessment/panel-outcome';

/** The point's number as the pack gives it: its id when that is a number, otherwise its place in the standard. */
export function pointNumber(standard: Pick<StandardTemplate, 'points'>, pointId: string): string {
  if (/^\d+$/.test(pointId)) return pointId;
  const index = standard.points.findIndex((point) => point.id === pointId);
  return index < 0 ? pointId : String(index + 1);
}

/** "1. Understand users and their needs"; a point the standard no longer has keeps its id. */
export function pointHeading(standard: Pick<StandardTemplate, 'points'>, pointId: string): string {
  const point = standard.points.find((p) => p.id === pointId);
  return point ? `${pointNumber(standard, pointId)}. ${point.title}` : `Point ${pointId} (no longer in the standard)`;
}

/** The title alone, or a note that the standard no longer has the point. */
export function pointTitle(standard: Pick<StandardTemplate, 'points'>, pointId: string): string {
  return standard.points.find((p) => p.id === pointId)?.title ?? '(no longer in the standard)';
}

/**
 * The shade a rating gets beside its word: the failing ratings (red, not met) bad, the time-limited ones
 * (amber) a warning, the scale's best good, and anything else none. The word always says it on its own.
 */
export function ratingTone(scale: RatingScale | undefined, ratingId: string | null): StatusTone {
  if (!scale || ratingId === null) return 'neutral';
  if (failingRatings(scale).includes(ratingId)) return 'bad';
  if (timeLimitedRatings(scale).includes(ratingId)) return 'warning';
  return scale.values[0]?.id === ratingId ? 'good' : 'neutral';
}

/** A rating as a table cell: the scale's own word, lightly shaded. */
export function ratingCell(
  scale: RatingScale | undefined,
  ratingId: string | null,
): { text: string; tone: StatusTone } {
  return { text: ratingLabel(scale, ratingId), tone: ratingTone(scale, ratingId) };
}

export const STATUS_TONES: Record<PointStatus, StatusTone> = {
  'not-started': 'bad',
  'in-progress': 'warning',
  ready: 'good',
  'not-applicable': 'neutral',
};

/** A narrative as plain text: as typed when plain, one line per paragraph when written in the editor. */
export function narrativeText(narrative: Narrative): string {
  return narrative.type === 'plain' ? narrative.text.trim() : plainText(narrative.doc).trim();
}

/** Where an evidence item is kept, in words: its address, its path, the attached file's name, or not given. */
export function evidenceWhere(item: EvidenceItem, attachments: ReadonlyMap<string, AttachmentMeta>): string {
  switch (item.source.type) {
    case 'none':
      return 'Not given';
    case 'link':
      return item.source.url;
    case 'path':
      return item.source.path;
    case 'file': {
      const meta = attachments.get(item.source.attachmentId);
      return meta ? `Attached file: ${meta.name}` : 'Attached file (missing)';
    }
  }
}

/** The actions in the order of a plan: by due date, those without one last, then open before done, then as kept. */
export function actionPlanOrder(actions: readonly AssessmentAction[]): AssessmentAction[] {
  return actions
    .map((action, order) => ({ action, order }))
    .sort(
      (a, b) =>
        (a.action.dueDate ?? '\uffff').localeCompare(b.action.dueDate ?? '\uffff') ||
        Number(a.action.done) - Number(b.action.done) ||
        a.order - b.order,
    )
    .map(({ action }) => action);
}

/** `YYYY-MM-DD` of a moment, in UTC, as the assessment's dates are kept. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** "One point", "3 points", "No points". */
export function count(n: number, one: string, many: string): string {
  return `${n === 0 ? 'No' : n === 1 ? 'One' : String(n)} ${n === 1 ? one : many}`;
}
