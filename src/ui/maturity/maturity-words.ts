// The words maturity screens use: a row's movement since an earlier self-assessment, its gap to the
// target, and the sentence that sums the chart up for people who cannot see it.
import type {
  MaturityChartData,
  MaturityChartRow,
  MaturityGap,
} from '../../domain/assessment/maturity-self-assessment';
import { plural } from '../assessments/assessment-words';

function levelName(data: MaturityChartData, value: number | null): string {
  return value === null ? 'Not scored' : (data.levels[value - 1] ?? String(value));
}

/** "Up from Low to Medium", "Down from High to Low", "No change (Medium)", or why it cannot be compared. */
export function movementWords(data: MaturityChartData, row: MaturityChartRow): string {
  if (row.earlier === null && row.current === null) return 'Not scored either time';
  if (row.earlier === null) return 'Not scored before';
  if (row.current === null) return 'Not scored this time';
  const from = levelName(data, row.earlier);
  const to = levelName(data, row.current);
  if (row.current > row.earlier) return `Up from ${from} to ${to}`;
  if (row.current < row.earlier) return `Down from ${from} to ${to}`;
  return `No change (${to})`;
}

/** "2 levels below target", "At target", "Above target", "No target". */
export function gapWords(row: MaturityChartRow): string {
  if (row.target === null) return 'No target';
  if (row.current === null) return 'Not scored';
  if (row.current < row.target) return `${plural(row.target - row.current, 'level', 'levels')} below target`;
  return row.current === row.target ? 'At target' : 'Above target';
}

/** The chart's text alternative: what it shows, how many rows are scored, the gaps and the movement. */
export function chartSummary(
  modelTitle: string,
  data: MaturityChartData,
  gaps: readonly MaturityGap[],
  earlierDate: string | null,
): string {
  const scored = data.rows.filter((r) => r.current !== null).length;
  const parts = [
    `Bar chart of ${modelTitle}: where the project is now against its target${earlierDate ? ` and against the self-assessment of ${earlierDate}` : ''}, for each of ${plural(data.rows.length, 'row', 'rows')} on a scale of ${data.levels.join(', ')}.`,
    `${scored} of ${data.rows.length} scored; ${plural(gaps.length, 'row is', 'rows are')} below target.`,
  ];
  if (earlierDate) {
    const up = data.rows.filter((r) => r.earlier !== null && r.current !== null && r.current > r.earlier).length;
    const down = data.rows.filter((r) => r.earlier !== null && r.current !== null && r.current < r.earlier).length;
    parts.push(`Since then ${up} moved up and ${down} moved down.`);
  }
  parts.push('The table after the chart gives every value.');
  return parts.join(' ');
}
