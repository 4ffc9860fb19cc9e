// The run sheet of a mock assessment: an introduction and a demo, then the points grouped by the panel
// member who usually leads them (declared per point in the standard pack), each with the questions a panel
// is likely to ask at this stage and what the team rehearsed, then a close. Times are suggestions that add
// up to a four-hour session, as panels usually run. A reassessment covers only some points: it keeps the
// introduction, demo and close, and gives each point about the time it has in the full session.
import { PANEL_ROLES, type PanelRole, type StandardTemplate } from '../pack';
import { STAGE_PHASE, answerFor, pointsInScope, type Assessment, type PointStatus } from './assessment-model';

export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  'lead-assessor': 'Lead assessor',
  'user-researcher': 'User research assessor',
  designer: 'Design assessor',
  technical: 'Technical assessor',
};

/** The order the specialists usually take: users first, then design, technology, and the lead's points last. */
const ROLE_ORDER: readonly PanelRole[] = ['user-researcher', 'designer', 'technical', 'lead-assessor'];

export const SESSION_MINUTES = 240;
const FIXED_MINUTES = { introduction: 15, demo: 30, break: 15, close: 20 } as const;
/** A shorter session (a reassessment of a few points) has no break below this many minutes. */
const BREAK_FROM_MINUTES = 120;
/** The least time a group of points gets in a shorter session. */
const LEAST_GROUP_MINUTES = 15;

export interface RunSheetPoint {
  pointId: string;
  title: string;
  status: PointStatus;
  questions: string[];
  rehearsalNotes: string;
}

export type RunSheetItem =
  | { kind: 'introduction' | 'demo' | 'break' | 'close'; title: string; minutes: number }
  | { kind: 'role'; role: PanelRole; title: string; minutes: number; points: RunSheetPoint[] };

/**
 * Builds the run sheet for the points in scope. The phase is the stage's (a self check uses `selfCheckPhase`);
 * a point with no declared lead is led by the lead assessor. Minutes left after the fixed items are shared
 * between the groups by their number of points, in whole minutes.
 */
export function runSheet(
  assessment: Assessment,
  standard: StandardTemplate,
  selfCheckPhase: 'alpha' | 'beta' | 'live' = 'alpha',
): RunSheetItem[] {
  const phase = STAGE_PHASE[assessment.stage] ?? selfCheckPhase;
  const byId = new Map(standard.points.map((point) => [point.id, point]));
  const groups = new Map<PanelRole, RunSheetPoint[]>(PANEL_ROLES.map((role) => [role, []]));
  for (const pointId of pointsInScope(
    assessment,
    standard.points.map((point) => point.id),
  )) {
    const point = byId.get(pointId);
    if (!point) continue;
    const answer = answerFor(assessment, pointId);
    groups.get(point.lead ?? 'lead-assessor')?.push({
      pointId,
      title: point.title,
      status: answer.status,
      questions: point.questions?.[phase] ?? [],
      rehearsalNotes: answer.rehearsalNotes,
    });
  }
  const total = [...groups.values()].reduce((sum, points) => sum + points.length, 0);
  const spare = SESSION_MINUTES - Object.values(FIXED_MINUTES).reduce((sum, minutes) => sum + minutes, 0);
  // Only some points (a reassessment): each has about its time in the full session, in steps of five minutes.
  const partial = total < standard.points.length;
  const perPoint = spare / Math.max(standard.points.length, 1);
  const roleItems = ROLE_ORDER.flatMap((role): RunSheetItem[] => {
    const points = groups.get(role) ?? [];
    if (points.length === 0) return [];
    const minutes = partial
      ? Math.max(LEAST_GROUP_MINUTES, Math.ceil((perPoint * points.length) / 5) * 5)
      : Math.floor((spare * points.length) / Math.max(total, 1));
    return [
      { kind: 'role', role, title: `Points led by the ${PANEL_ROLE_LABELS[role].toLowerCase()}`, minutes, points },
    ];
  });
  const half = Math.ceil(roleItems.length / 2);
  const withoutBreak =
    FIXED_MINUTES.introduction +
    FIXED_MINUTES.demo +
    FIXED_MINUTES.close +
    roleItems.reduce((sum, item) => sum + item.minutes, 0);
  const breakItems: RunSheetItem[] =
    partial && withoutBreak < BREAK_FROM_MINUTES
      ? []
      : [{ kind: 'break', title: 'Break', minutes: FIXED_MINUTES.break }];
  return [
    { kind: 'introduction', title: 'Introductions and the service in brief', minutes: FIXED_MINUTES.introduction },
    { kind: 'demo', title: 'Demo of the service', minutes: FIXED_MINUTES.demo },
    ...roleItems.slice(0, half),
    ...breakItems,
    ...roleItems.slice(half),
    { kind: 'close', title: 'Questions from the team and next steps', minutes: FIXED_MINUTES.close },
  ];
}

/** The whole session's minutes: the sum of the run sheet's parts. */
export function sessionMinutes(items: readonly RunSheetItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** "4 hours", "1 hour 20 minutes" or "45 minutes", to the nearest five minutes. */
export function durationWords(minutes: number): string {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const hourWords = hours === 0 ? '' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const minuteWords = rest === 0 ? '' : `${rest} minutes`;
  return [hourWords, minuteWords].filter((w) => w !== '').join(' ');
}
